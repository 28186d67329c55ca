"""The shipped bilingual edition: complete, aligned, clean, and true to the
seeds it was edited from."""

import re

import pytest

from tests.conftest import REPO
from viewer.cli import main
from viewer.core.checker import check_corpus
from viewer.core.model import STATUSES

CORPUS = REPO / "corpus"
SEEDS = {
    "unrcca-ashgabat-declaration-2017": "000_6bcc9d08c7ea94e7.txt",
    "uzbekistan-unoct-returnees-2024": "001_6fbe813604d34135.txt",
    "kazakhstan-unrcca-meeting-2024": "002_cf51325ec8c3c5f6.txt",
    "unoct-south-south-cooperation": "003_d67ce5e5b0079d7d.txt",
    "csto-statement-returning-fighters-2018": "004_c45cd2c457b35d6b.txt",
}


@pytest.fixture(scope="module")
def checked():
    return check_corpus(CORPUS)


@pytest.fixture(scope="module")
def corpus(checked):
    return checked[0]


def full_text(document, lang: str) -> str:
    return "\n".join(pair.text(lang).plain for pair in document.pairs)


def test_check_passes_with_no_problem_at_all(capsys, checked):
    assert checked[1] == []
    assert main(["check", str(CORPUS)]) == 0
    assert re.fullmatch(r"5 documents, \d+ block pairs, OK\n", capsys.readouterr().out)


def test_five_documents_one_per_seed(corpus):
    assert {d.id: d.meta.seed for d in corpus.documents} == SEEDS


def test_metadata(corpus):
    for document in corpus.documents:
        meta = document.meta
        assert meta.title.ru and meta.title.en and meta.publisher and meta.notes
        assert meta.status.ru in STATUSES and meta.status.en in STATUSES
        if meta.date is None or meta.date_inferred:
            assert meta.date_note
    by_id = {d.id: d.meta for d in corpus.documents}
    official = by_id["unrcca-ashgabat-declaration-2017"]
    assert (official.status.ru, official.status.en) == ("official", "official")
    for doc_id in set(SEEDS) - {"unrcca-ashgabat-declaration-2017"}:
        assert by_id[doc_id].status.en == "unofficial-translation"
    assert by_id["uzbekistan-unoct-returnees-2024"].date_inferred
    assert by_id["kazakhstan-unrcca-meeting-2024"].date_inferred
    assert by_id["unoct-south-south-cooperation"].date is None
    assert by_id["csto-statement-returning-fighters-2018"].date.iso == "2018-11-08"


def test_both_languages_have_the_same_structure(corpus):
    for document in corpus.documents:
        assert len(document.pairs) >= 8
        for pair in document.pairs:
            assert pair.ru.plain.strip() and pair.en.plain.strip()
            assert pair.kind in ("heading", "paragraph", "item", "quote")
        assert document.pairs[0].kind == "heading"


def test_two_to_five_key_passages_each_paired(corpus):
    for document in corpus.documents:
        for pair in document.pairs:
            assert len(pair.ru.marks) == len(pair.en.marks), (document.id, pair.paragraph)
        count = sum(len(pair.ru.marks) for pair in document.pairs)
        assert 2 <= count <= 5, (document.id, count)


DEBRIS = {
    "unrcca-ashgabat-declaration-2017": [
        "header",
        "Counter- ...",
        "Надежный партнер",
        "#fc3424",
        "******",
        "Secretary-Generalalso",
        "·",
    ],
    "kazakhstan-unrcca-meeting-2024": ["Arailym Temirgaliyeva", "Kazinform"],
    "unoct-south-south-cooperation": [
        "Диаграмма",
        "Фото из архива",
        "Ресурсы, относящиеся к контртеррористической деятельности",
    ],
}


@pytest.mark.parametrize("doc_id", sorted(SEEDS))
def test_debris_is_gone(corpus, doc_id):
    document = corpus.document(doc_id)
    for lang in ("ru", "en"):
        text = full_text(document, lang)
        for debris in DEBRIS.get(doc_id, []):
            assert debris not in text, (doc_id, lang, debris)
        assert "  " not in text and "\u00a0" not in text


def test_page_breaks_in_the_csto_statement_are_joined(corpus):
    document = corpus.document("csto-statement-returning-fighters-2018")
    blocks = [pair.ru.plain for pair in document.pairs]
    assert any("террористов и экстремистов в политических целях" in b for b in blocks)
    assert any("государств – членов ОДКБ для участия в террористической" in b for b in blocks)


def test_the_two_official_versions_are_not_harmonised(corpus):
    document = corpus.document("unrcca-ashgabat-declaration-2017")
    second = document.pairs[1]
    assert "Turkmenistan" in second.en.plain
    assert "Туркменистан" not in second.ru.plain
    assert "Joint Plan of Action for in Central Asia" in document.pairs[0].en.plain
    russian = full_text(document, "ru")
    assert "ККОНТ" in russian and "ККТ" in russian


def test_glossary_is_rich_and_every_form_occurs(corpus, checked):
    assert len(corpus.glossary) >= 40
    kinds = {term.kind for term in corpus.glossary}
    assert kinds == {"organisation", "person", "place", "state", "term"}
    assert not [p for p in checked[1] if "glossary" in str(p.message)]
    uncct = next(t for t in corpus.glossary if "UNCCT" in t.en)
    assert {"ККТ", "ККОНТ", "КТЦ ООН"} <= set(uncct.ru)
