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
    assert "Self-test passed" in run.stdout
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
