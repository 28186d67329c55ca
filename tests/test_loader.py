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
