"""`diptych --self-test`: passes on a working installation, says in one line
what failed on a broken one (exit 1), and leaves the user's folders alone."""

import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, REPO, files_under, isolated_env
from viewer.selftest import run_self_test


@pytest.mark.parametrize("corpus", [None, FIXTURES / "corpus"], ids=["shipped", "fixture"])
def test_the_self_test_passes_and_writes_nothing_in_the_users_folders(tmp_path, corpus):
    env = isolated_env(tmp_path)
    del env["QT_QPA_PLATFORM"]  # the self-test goes offscreen by itself
    options = [] if corpus is None else ["--corpus", str(corpus)]
    run = subprocess.run(
        [sys.executable, "-m", "viewer", *options, "--self-test"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # no notices of the offscreen platform around the line
    assert len(run.stdout.splitlines()) == 1
    assert "Self-test passed" in run.stdout and "a document imported" in run.stdout
    assert files_under(tmp_path) == []


def test_a_corpus_without_documents_fails_with_a_line_saying_so(qapp, tmp_path, capsys):
    empty = tmp_path / "corpus"
    empty.mkdir()
    assert run_self_test(empty) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("Self-test failed:") and "the corpus holds no document" in err


def test_a_broken_document_fails_the_self_test_from_the_command_line(corpus_dir):
    (corpus_dir / "beta" / "meta.toml").write_text("title = [broken", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "viewer", "--corpus", str(corpus_dir), "--self-test"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert run.stdout == ""
    assert "Self-test failed:" in run.stderr and "meta.toml" in run.stderr


def test_a_search_that_raises_fails_the_self_test(qapp, monkeypatch, capsys):
    from viewer.core.search.engine import SearchEngine

    def broken(*_args, **_kwargs):
        raise RuntimeError("the index is unreadable")

    monkeypatch.setattr(SearchEngine, "search", broken)
    assert run_self_test(FIXTURES / "corpus") == 1
    err = capsys.readouterr().err
    assert "Self-test failed: RuntimeError: the index is unreadable" in err


def test_a_pdf_without_pages_is_refused(tmp_path):
    from viewer.selftest import Failed, pdf_pages

    path = tmp_path / "out.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Pages /Count 0 >> endobj\n%%EOF\n")
    with pytest.raises(Failed):
        pdf_pages(path)
    path.write_bytes(b"")
    with pytest.raises(Failed):
        pdf_pages(path)


def test_the_self_test_takes_no_command():
    run = subprocess.run(
        [sys.executable, "-m", "viewer", "--self-test", "check"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert "--self-test takes no command" in run.stderr


def test_the_sample_document_is_a_legacy_russian_text_and_a_word_file_without_styles(tmp_path):
    """What makes the self-test's import go through the encoding detector
    and python-docx's own default styles, as the bundle must allow."""
    import zipfile

    from viewer.core.importing import read_document
    from viewer.selftest import SAMPLE_EN, SAMPLE_ENCODING, SAMPLE_RU, write_docx

    with pytest.raises(UnicodeDecodeError):
        "\n\n".join(SAMPLE_RU).encode(SAMPLE_ENCODING).decode("utf-8")
    path = tmp_path / "en.docx"
    write_docx(path, SAMPLE_EN)
    with zipfile.ZipFile(path) as archive:
        assert "word/styles.xml" not in archive.namelist()
    assert tuple(p.text for p in read_document(path)) == SAMPLE_EN


@pytest.mark.parametrize("module", ["charset_normalizer", "docx"])
def test_a_reader_of_imports_missing_fails_the_self_test(qapp, monkeypatch, capsys, module):
    """As in a bundle that left it out."""
    monkeypatch.setitem(sys.modules, module, None)  # its import raises ModuleNotFoundError
    assert run_self_test(FIXTURES / "corpus") == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"Self-test failed: ModuleNotFoundError: import of {module} halted; None in sys.modules\n"
    )


def test_python_docx_without_its_default_styles_fails_the_self_test(qapp, monkeypatch, capsys):
    """As in a bundle where `docx/parts/../templates` does not resolve."""
    from docx.parts.styles import StylesPart

    def missing(cls):
        raise FileNotFoundError("default-styles.xml")

    monkeypatch.setattr(StylesPart, "_default_styles_xml", classmethod(missing))
    assert run_self_test(FIXTURES / "corpus") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("Self-test failed: the sample document is not imported: ")
    assert err.endswith("en.docx: The Word document is damaged and cannot be read.\n")


def test_an_import_the_search_does_not_find_fails_the_self_test(qapp, monkeypatch, capsys):
    from viewer.core.search.engine import SearchEngine

    monkeypatch.setattr(SearchEngine, "follow", lambda self, corpus: None)
    assert run_self_test(FIXTURES / "corpus") == 1
    err = capsys.readouterr().err
    assert err.startswith("Self-test failed: a search for «") and "found nothing" in err


def test_the_self_tests_import_aligns_with_the_editions_lexicon(qapp, monkeypatch, capsys):
    """As the window's import does."""
    from viewer.core.importing import draft

    given = []

    def align(ru, en, glossary=None, lexicon=None):
        given.append(lexicon)
        return real(ru, en, glossary, lexicon)

    real = draft.align
    monkeypatch.setattr(draft, "align", align)
    assert run_self_test(FIXTURES / "corpus") == 0, capsys.readouterr().err
    assert len(given) == 1 and given[0] is not None
