"""The engine over a real whoosh index on disk, built from the edition."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from viewer.core.loader import load_corpus
from viewer.core.search import Filters, open_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    corpus = load_corpus(REPO / "corpus")
    engine, note = open_engine(corpus, tmp_path_factory.mktemp("cache"))
    assert note is None
    return engine


def places(result):
    return {(hit.doc, hit.paragraph) for hit in result.hits}


CSTO = "csto-statement-returning-fighters-2018"
UZ = "uzbekistan-unoct-returnees-2024"
ASHGABAT = "unrcca-ashgabat-declaration-2017"


def test_russian_inflection_finds_every_form(engine):
    one = places(engine.search("террористическая организация"))
    other = places(engine.search("террористических организаций"))
    assert one == other
    assert (CSTO, 3) in one


def test_all_words_must_match(engine):
    both = places(engine.search("Воронков Мирзиёев"))
    assert both == {(UZ, 5)}


def test_phrase_requires_adjacent_words(engine):
    result = engine.search('"дорожная карта"')
    assert places(result) >= {(UZ, 7), (UZ, 8)}
    hit = next(h for h in result.hits if h.paragraph == 7)
    start, end = hit.marks["ru"][0]
    assert hit.ru[start:end] == "Дорожной карты"


def test_yo_and_case_do_not_matter(engine):
    assert places(engine.search("МИРЗИЁЕВ")) == places(engine.search("мирзиеев")) != set()


def test_prefix_fuzzy_or_and_exclusion(engine):
    assert (CSTO, 7) in places(engine.search("боевик*"))
    assert places(engine.search("Kamilof~")) == places(engine.search("Kamilov"))
    either = places(engine.search("Имнадзе OR Воронков"))
    assert places(engine.search("Имнадзе")) | places(engine.search("Воронков")) == either
    without = places(engine.search("Казахстан -Астане"))
    assert without and not without & places(engine.search("Астане"))


def test_acronym_finds_the_other_language(engine):
    result = engine.search("CSTO", Filters(langs=("ru",)))
    assert (CSTO, 1) in places(result)
    assert any(n.kind == "glossary" and "ОДКБ" in str(n.message) for n in result.notes)
    hit = next(h for h in result.hits if h.paragraph == 8)
    assert [hit.ru[s:e] for s, e in hit.marks["ru"]] == [
        "Организации Договора о коллективной безопасности",
        "ОДКБ",
    ]


def test_variant_acronyms_of_one_body(engine):
    assert (
        places(engine.search("ККТ"))
        == places(engine.search("КТЦ ООН"))
        == places(engine.search("UNCCT"))
    )


def test_wrong_keyboard_layout_is_converted(engine):
    result = engine.search("ljhj;yfz rfhnf")
    assert (UZ, 7) in places(result)
    assert result.notes[0].kind == "layout"
    assert result.notes[0].query == "дорожная карта"
    assert "ljhj;yfz rfhnf" in str(result.notes[0].message)


def test_a_misspelling_is_corrected_and_the_original_offered(engine):
    result = engine.search("terorism")
    assert result.query == "terorism"
    assert places(result) == places(engine.search("terrorism")) != set()
    shown, as_typed = result.notes[:2]
    assert shown.kind == "spelling" and shown.query == "terrorism"
    assert "showing results for «terrorism»" in shown.message.text()
    assert as_typed.kind == "as-typed" and as_typed.query == "terorism"
    exact = engine.search(as_typed.query, correct=False)
    assert exact.hits == () and not exact.notes


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Ашгабад", "Ашхабад"),  # not the commoner, lower-case «ашхабаде»
        ("ашгабад", "ашхабад"),
        ("АШГАБАД", "АШХАБАД"),
        ("Ашгабадом", "Ашхабадом"),  # the user's case ending, on the corrected stem
        ("Ашгабаде", "Ашхабаде"),
        ("Terorism", "Terrorism"),
        ("diplomacyy", "diplomacy"),  # not its stem, «diplomaci»
    ],
)
def test_a_correction_keeps_the_users_form(engine, typed, meant):
    assert engine.search(typed).notes[0].query == meant


def test_a_correction_falls_back_to_the_dictionary_form(engine):
    """«returning» has no form of the nearest stem (returne-): the word of
    that stem found in the texts stands in."""
    assert engine.search("returning").notes[0].query == "returnees"


def test_did_you_mean_when_little_is_found(engine):
    result = engine.search("Воронков OR terorism")
    assert result.hits
    suggestion = next(n for n in result.notes if n.kind == "suggestion")
    assert suggestion.query == "Воронков OR terrorism"
    assert len(engine.search(suggestion.query).hits) > len(result.hits)


def test_several_words_no_paragraph_has_all_of(engine):
    """No paragraph says "returning fighters": the ones with "fighters" are
    shown, saying so, rather than nothing."""
    result = engine.search("returning fighters")
    assert places(result) == places(engine.search("fighters")) != set()
    assert result.total == len(result.hits)
    assert result.notes[0].kind == "partial"
    assert "No paragraph has all the words" in result.notes[0].message.text()
    for hit in result.hits:
        assert [hit.en[s:e] for s, e in hit.marks["en"]] == ["fighters"]


def test_most_of_the_words_rank_first(engine):
    """Three words, none of the paragraphs has all: those with two of them
    are shown, not those with one."""
    result = engine.search("fighters recruitment returning")
    assert places(result) == places(engine.search("fighters recruitment")) == {(CSTO, 7)}
    assert result.notes[0].kind == "partial"


def test_most_of_the_words_honours_exclusions_and_filters(engine):
    assert places(engine.search("fighters returning -recruitment")) == {(ASHGABAT, 6)}
    only = engine.search("fighters returning", Filters(docs=(CSTO,)))
    assert places(only) == {(CSTO, 7)}


def test_one_missing_word_is_still_nothing(engine):
    result = engine.search("Zanzibar", correct=False)
    assert result.hits == () and result.total == 0


def test_filters(engine):
    only_key = engine.search("Казахстан", Filters(key_only=True))
    assert only_key.hits and all(hit.key for hit in only_key.hits)
    in_doc = engine.search("ООН", Filters(docs=(UZ,)))
    assert in_doc.hits and {hit.doc for hit in in_doc.hits} == {UZ}
    dated = engine.search("ООН", Filters(date_from="2024", date_to="2024-06"))
    assert {hit.doc for hit in dated.hits} == {UZ}
    english_only = engine.search("terrorism", Filters(langs=("en",)))
    assert english_only.hits and all(hit.matched == ("en",) for hit in english_only.hits)


def test_snippet_marks_hits_and_escapes(engine):
    hit = engine.search("Гутерриш").hits[0]
    assert "<mark>Антониу Гутерриш" not in hit.snippet()
    assert "<mark>Гутерриш" in hit.snippet() or "<mark>Гутерриша" in hit.snippet()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=200))
def test_any_input_gives_results_or_a_hint(engine, text):
    result = engine.search(text)
    assert isinstance(result.hits, tuple)
    for hit in result.hits:
        assert hit.snippet() is not None


def test_ten_thousand_characters(engine):
    result = engine.search("терроризм " * 1000)
    assert result.hits and result.hints
