import os
from pathlib import Path

from tests.conftest import FIXTURES
from viewer.core.loader import load_corpus
from viewer.core.model import Bilingual, PartialDate


def test_fixture_corpus_loads_into_documents_and_pairs():
    corpus = load_corpus(FIXTURES / "corpus")
    assert corpus.problems == ()
    assert [d.id for d in corpus.documents] == ["alpha", "beta"]  # sorted by date
    alpha = corpus.document("alpha")
    assert alpha.meta.title.en == "Statement on cooperation"
    assert alpha.meta.place.ru == "Астана"
    assert alpha.meta.series == Bilingual(ru="Серия испытаний Часть 2", en="Trial series, Part 2")
    assert corpus.document("beta").meta.series is None
    assert alpha.meta.status.en == "unofficial-translation"
    assert [p.kind for p in alpha.pairs] == ["heading", "paragraph", "item", "quote"]
    assert [p.paragraph for p in alpha.pairs] == [1, 2, 3, 4]
    second = alpha.pairs[1]
    assert second.is_key
    assert second.ru.source.startswith("Мы, члены Совета")
    assert "Ни одна страна не может победить терроризм в одиночку." in second.ru.plain
    assert '<mark class="key">No one country can defeat terrorism alone.</mark>' in second.en.html
    start, end = second.en.marks[0]
    assert second.en.plain[start:end] == "No one country can defeat terrorism alone."
    assert second.ru.line == 3 and second.en.line == 3


def test_partial_and_inferred_dates():
    beta = load_corpus(FIXTURES / "corpus").document("beta")
    assert beta.meta.date == PartialDate("2024-08")
    assert beta.meta.date_inferred
    assert PartialDate("2024-08").sort_key == "2024-08-01"
    assert PartialDate("2019").sort_key == "2019-01-01"


def test_series_is_a_bilingual_table_not_a_string(corpus_dir):
    """The old plain-string form is an error on its line, not a silent caption."""
    meta = corpus_dir / "alpha" / "meta.toml"
    text = meta.read_text(encoding="utf-8")
    text = text.replace(
        '\n[series]\nru = "Серия испытаний Часть 2"\nen = "Trial series, Part 2"\n', ""
    )
    text = text.replace(
        'seed = "fixture-alpha.txt"\n', 'seed = "fixture-alpha.txt"\nseries = "Part 2"\n'
    )
    meta.write_text(text, encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    assert [d.id for d in corpus.documents] == ["beta"]
    line = text.splitlines().index('series = "Part 2"') + 1
    assert [(p.path, p.line) for p in corpus.errors] == [(meta, line)]


def test_glossary_terms_load():
    glossary = load_corpus(FIXTURES / "corpus").glossary
    assert glossary[0].en == ("Collective Security Treaty Organization", "CSTO")
    assert glossary[0].forms("ru")[1] == "ОДКБ"


def test_broken_document_is_left_out_and_the_rest_loads(corpus_dir):
    (corpus_dir / "alpha" / "en.md").write_text("# Statement\n", encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    assert [d.id for d in corpus.documents] == ["beta"]
    assert corpus.errors


def test_undecodable_file_is_a_problem_not_a_crash(corpus_dir):
    (corpus_dir / "beta" / "ru.md").write_bytes(b"\xff\xfe\x00garbage\n")
    corpus = load_corpus(corpus_dir)
    assert any("UTF-8" in str(p.message) for p in corpus.errors)


def test_missing_corpus_directory(tmp_path):
    corpus = load_corpus(tmp_path / "nowhere")
    assert corpus.documents == ()
    assert "not found" in str(corpus.errors[0].message)


def _permission_denied(*_args, **_kwargs):
    raise PermissionError(13, "Permission denied")


def test_an_unlistable_corpus_root_is_a_problem(corpus_dir, monkeypatch):
    """Tests run as root, so the missing read permission is simulated."""
    import viewer.core.loader as loader

    monkeypatch.setattr(Path, "iterdir", _permission_denied)
    monkeypatch.setattr(loader.os, "scandir", _permission_denied)
    corpus = load_corpus(corpus_dir)
    assert corpus.documents == ()
    assert (corpus_dir, 1) in [(p.path, p.line) for p in corpus.errors]
    assert any("cannot read: Permission denied" in str(p.message) for p in corpus.errors)


def test_an_unreadable_document_folder_is_a_problem(corpus_dir, monkeypatch):
    is_file = Path.is_file

    def guarded(path):
        if path.parent.name == "alpha":
            raise PermissionError(13, "Permission denied")
        return is_file(path)

    monkeypatch.setattr(Path, "is_file", guarded)
    corpus = load_corpus(corpus_dir)
    assert [d.id for d in corpus.documents] == ["beta"]
    assert {p.path.name for p in corpus.errors} == {"meta.toml", "ru.md", "en.md"}
    assert all("Permission denied" in str(p.message) for p in corpus.errors)


def _corpus_problems(corpus_dir, tmp_path):
    """What `diptych check` and the app's cached load each report."""
    from viewer.core.checker import check_corpus
    from viewer.core.corpus_cache import load_corpus_cached

    cached, _note = load_corpus_cached(corpus_dir, tmp_path / "cache")
    checked = check_corpus(corpus_dir)[0]
    assert sorted(map(str, cached.problems)) == sorted(map(str, checked.problems))
    return cached


def test_files_the_loader_never_reads_do_not_stop_the_app(corpus_dir, tmp_path):
    """A dangling link, a FIFO, a file name that is not UTF-8 beside the
    documents and a directory named like a file in one: the digest of the
    corpus skips them, like the loader."""
    (corpus_dir / "README.md").symlink_to(corpus_dir / "gone")
    os.mkfifo(corpus_dir / "pipe.md")
    Path(os.fsdecode(bytes(corpus_dir) + b"/README\xff.md")).write_text("x")
    (corpus_dir / "alpha" / "draft.md").mkdir()
    corpus = _corpus_problems(corpus_dir, tmp_path)
    assert corpus.problems == () and len(corpus.documents) == 2


def test_an_unreadable_file_is_reported_by_app_and_check_alike(corpus_dir, tmp_path, monkeypatch):
    read_bytes, open_ = Path.read_bytes, Path.open

    def guard(original):
        def read(path, *args, **kwargs):
            if path.name in ("README.md", "ru.md") and path.parent.name in ("corpus", "beta"):
                raise PermissionError(13, "Permission denied")
            return original(path, *args, **kwargs)

        return read

    (corpus_dir / "README.md").write_text("the corpus", encoding="utf-8")
    monkeypatch.setattr(Path, "read_bytes", guard(read_bytes))
    monkeypatch.setattr(Path, "open", guard(open_))
    corpus = _corpus_problems(corpus_dir, tmp_path)
    assert [d.id for d in corpus.documents] == ["alpha"]
    assert [(p.path.relative_to(corpus_dir), str(p.message)) for p in corpus.errors] == [
        (Path("beta/ru.md"), "cannot read: Permission denied")
    ]


def test_a_folder_name_that_is_not_utf8_is_reported_and_left_out(corpus_dir, tmp_path, capsys):
    from viewer.cli import main

    os.rename(corpus_dir / "beta", os.fsdecode(bytes(corpus_dir) + b"/bet\xff"))
    corpus = _corpus_problems(corpus_dir, tmp_path)
    assert [d.id for d in corpus.documents] == ["alpha"]
    assert [(p.path.name, str(p.message)) for p in corpus.errors] == [
        ("bet\ufffd", "folder name is not valid UTF-8")
    ]
    assert main(["check", str(corpus_dir)]) == 1
    assert "bet\ufffd:1: error: folder name is not valid UTF-8" in capsys.readouterr().err


def test_special_and_huge_document_files_are_not_read(corpus_dir, monkeypatch):
    """A FIFO would block the read for good; a huge file is refused unread."""
    import viewer.core.loader as loader

    (corpus_dir / "alpha" / "ru.md").unlink()
    os.mkfifo(corpus_dir / "alpha" / "ru.md")
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 100)
    corpus = load_corpus(corpus_dir)
    assert corpus.documents == ()
    messages = {(p.path.relative_to(corpus_dir).as_posix(), str(p.message)) for p in corpus.errors}
    assert ("alpha/ru.md", "missing file") in messages
    assert ("beta/ru.md", "file larger than 0 MB") in messages


def test_a_byte_order_mark_is_read_as_nothing(corpus_dir):
    for name in ("alpha/meta.toml", "alpha/ru.md", "glossary.toml"):
        path = corpus_dir / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    corpus = load_corpus(corpus_dir)
    assert corpus.problems == ()
    assert corpus.document("alpha").pairs[0].ru.plain == "Заявление"
