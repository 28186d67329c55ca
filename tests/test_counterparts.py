"""Counterpart words: the glossary first, then the learned lexicon; in
search results and in `diptych search --json`."""

import json

import pytest

from tests.conftest import REPO
from viewer.cli import main
from viewer.core.counterparts import GLOSSARY, LEXICON, Counterparts
from viewer.core.lexicon import Lexicon
from viewer.core.loader import load_corpus
from viewer.core.model import Term
from viewer.core.search import open_engine
from viewer.core.terms import Glossary

CSTO = Term(
    kind="organisation",
    en=("Collective Security Treaty Organization", "CSTO"),
    ru=("Организация Договора о коллективной безопасности", "ОДКБ"),
)
LEXICON_PAIRS = Lexicon({("терроризм", "terror"): 0.9, ("борьб", "fight"): 0.8})
TEXTS = {
    "ru": "Члены Организации Договора о коллективной безопасности (ОДКБ)"
    " ведут борьбу с терроризмом.",
    "en": "Members of the Collective Security Treaty Organization (CSTO) fight terrorism.",
}


def word(text: str, word_: str) -> tuple[int, int]:
    start = text.index(word_)
    return start, start + len(word_)


def shown(found, texts=TEXTS):
    return [(texts[c.lang][c.start : c.end], c.source, c.of) for c in found]


@pytest.fixture
def finder():
    return Counterparts(Glossary((CSTO,)), LEXICON_PAIRS)


def test_a_glossary_term_in_an_oblique_case_marks_every_form_of_it(finder):
    term = "Организации Договора о коллективной безопасности"
    found = finder.find(TEXTS, "ru", [word(TEXTS["ru"], term)])
    assert shown(found) == [
        ("Collective Security Treaty Organization", GLOSSARY, term),
        ("CSTO", GLOSSARY, term),
    ]


def test_an_acronym_marks_the_full_name_the_other_way(finder):
    found = finder.find(TEXTS, "en", [word(TEXTS["en"], "CSTO")])
    assert [t for t, source, _of in shown(found) if source == GLOSSARY] == [
        "Организации Договора о коллективной безопасности",
        "ОДКБ",
    ]


def test_one_word_of_a_long_term_is_not_the_term(finder):
    assert finder.find(TEXTS, "ru", [word(TEXTS["ru"], "коллективной")]) == ()


def test_words_outside_terms_ask_the_lexicon(finder):
    found = finder.find(TEXTS, "ru", [word(TEXTS["ru"], "терроризмом")])
    assert shown(found) == [("terrorism", LEXICON, "терроризмом")]
    found = finder.find(TEXTS, "en", [word(TEXTS["en"], "fight terrorism")])
    assert shown(found) == [("борьбу", LEXICON, "fight"), ("терроризмом", LEXICON, "terrorism")]


def test_already_marked_words_and_empty_spans_get_no_counterpart(finder):
    terrorism = word(TEXTS["en"], "terrorism")
    assert finder.find(TEXTS, "ru", [word(TEXTS["ru"], "терроризмом")], exclude=[terrorism]) == ()
    assert finder.find(TEXTS, "ru", [(3, 3)]) == ()
    assert finder.find(TEXTS, "ru", [word(TEXTS["ru"], "Члены")]) == ()


def test_without_a_lexicon_only_the_glossary_speaks():
    finder = Counterparts(Glossary((CSTO,)))
    assert finder.find(TEXTS, "ru", [word(TEXTS["ru"], "терроризмом")]) == ()
    assert finder.find(TEXTS, "ru", [word(TEXTS["ru"], "ОДКБ")])


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    corpus = load_corpus(REPO / "corpus")
    return open_engine(corpus, tmp_path_factory.mktemp("cache"))[0]


def test_a_russian_search_marks_its_english_counterparts(engine):
    hits = engine.search("терроризм").hits
    assert hits
    for hit in hits:
        assert hit.marks["ru"]
        english = {hit.en[c.start : c.end].lower() for c in hit.counterparts if c.lang == "en"}
        assert any("terrorism" in t for t in english)
        for c in hit.counterparts:
            assert not any(c.start < e and s < c.end for s, e in hit.marks[c.lang])


def test_search_json_marks_hits_and_counterparts_by_offset(capsys, tmp_path):
    code = main(["--data-dir", str(tmp_path), "search", "терроризм", "--json"])
    assert code == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits
    kinds = set()
    for hit in hits:
        assert set(hit["marks"]) == {"ru", "en"}
        for lang, marks in hit["marks"].items():
            assert marks == sorted(marks)
            for start, end, kind in marks:
                kinds.add((lang, kind))
                text = hit[lang][start:end]
                assert text.strip() == text and text
                if kind == "hit":
                    assert text.lower().startswith("терроризм")
    assert kinds == {("ru", "hit"), ("en", "counterpart")}
    first = hits[0]
    english = [first["en"][s:e] for s, e, kind in first["marks"]["en"] if kind == "counterpart"]
    assert "terrorism" in english
