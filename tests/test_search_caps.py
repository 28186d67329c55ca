"""Long words and long queries cost bounded time: approximate matching and
spelling suggestions stop at what is worth it, and the worker skips
queries the user has typed past."""

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from viewer.core.loader import load_corpus
from viewer.core.search import open_engine, spelling
from viewer.core.search.query import MAX_FUZZY, MAX_FUZZY_LENGTH, Clause, parse


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine, note = open_engine(load_corpus(REPO / "corpus"), tmp_path_factory.mktemp("cache"))
    assert note is None
    return engine


def places(result):
    return {(hit.doc, hit.paragraph) for hit in result.hits}


def test_a_word_too_long_for_approximate_matching_is_searched_as_typed():
    word = "a" * (MAX_FUZZY_LENGTH + 1)
    parsed = parse(f"{word}~ terorism~")
    assert parsed.alternatives == ((Clause((word,)), Clause(("terorism",), fuzzy=True)),)
    assert "searched as typed" in parsed.hints[0].text()
    assert parse("a" * MAX_FUZZY_LENGTH + "~").alternatives[0][0].fuzzy


def test_only_the_first_words_of_a_query_are_approximate():
    words = [f"terorism{i}" for i in range(MAX_FUZZY + 2)]
    clauses = parse(" OR ".join(f"{w}~" for w in words)).alternatives
    assert [group[0].fuzzy for group in clauses] == [True] * MAX_FUZZY + [False, False]


def test_a_long_word_is_found_exactly_not_approximately(engine, monkeypatch):
    monkeypatch.setattr("viewer.core.search.query.MAX_FUZZY_LENGTH", 5)
    exact = places(engine.search("Kamilov", correct=False))
    assert exact
    assert places(engine.search("Kamilov~", correct=False)) == exact
    assert not engine.search("Kamilof~", correct=False).hits
    monkeypatch.undo()
    assert places(engine.search("Kamilof~", correct=False)) == exact


def test_a_fuzzy_word_is_looked_up_once_per_field(engine, monkeypatch):
    """whoosh's FuzzyTerm builds its automaton again at every step of a
    search: 104 automata for a query of four approximate words."""
    from whoosh.automata import lev

    built = []
    original = lev.levenshtein_automaton

    def counting(*args, **kwargs):
        built.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(lev, "levenshtein_automaton", counting)
    engine.search("Kamilof~", correct=False)
    assert len(built) == 2  # one per language


class _Reader:
    """A reader that knows no word and notes what it was asked."""

    def __init__(self):
        self.asked = []

    def doc_frequency(self, _field, _text):
        return 0

    def terms_within(self, _field, text, _distance, prefix=0):
        self.asked.append(text)
        return iter(())


def test_a_word_longer_than_any_real_one_gets_no_suggestion():
    reader = _Reader()
    assert spelling.correct_word(reader, "terorism" * 4) is None
    assert reader.asked == []
    spelling.correct_word(reader, "terorism")
    assert reader.asked


def test_a_pasted_query_of_many_words_gets_no_suggestion(engine):
    reader = engine._searcher().reader()
    assert spelling.corrected(reader, "terorism") == "terrorism"
    many = " ".join(
        ["terorism", "diplomasy", "extremizm", "Kamilof", "Astanna", "Ashgabad", "SCOO"]
    )
    assert len(many.split()) > spelling.MAX_WORDS
    assert spelling.corrected(reader, many) is None


_QUERY_PARTS = st.one_of(
    st.sampled_from(["terrorism", "терроризм", "ОДКБ", "CSTO", "Kamilof", "дипломатии"]),
    st.sampled_from(["OR", "|", "ИЛИ", '"', "-", "*", "~", "~2", " "]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя", max_size=200),
    st.text(max_size=50),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_QUERY_PARTS, max_size=60).map(lambda parts: "".join(parts)[:1000]))
def test_any_query_of_up_to_1000_characters_is_answered(engine, text):
    result = engine.search(text, limit=20)
    for hit in result.hits:
        hit.snippet()
    for note in result.notes:
        assert note.message.text()


def test_the_worker_skips_queries_typed_past(qtbot, search_window):
    """While one query runs, those typed after it wait; only the newest of
    them is searched, not every one in turn."""
    from viewer.core.search import Filters

    searcher = search_window.search.searcher
    worker = searcher.worker
    qtbot.waitUntil(lambda: worker.engine is not None)
    searched = []
    started, release = threading.Event(), threading.Event()
    real = worker.engine

    class Slow:
        def search(self, text, *args):
            searched.append(text)
            if text == "slow":
                started.set()
                release.wait(30)
            return real.search(text, *args)

    worker.engine = Slow()
    answers = []
    worker.answered.connect(lambda number, _result: answers.append(number))
    searcher.requested.emit(101, "slow", Filters(), 20, True)
    assert started.wait(30)
    for number, text in ((102, "a"), (103, "b"), (104, "ОДКБ")):
        searcher.requested.emit(number, text, Filters(), 20, True)
    release.set()
    qtbot.waitUntil(lambda: 104 in answers)
    assert searched == ["slow", "ОДКБ"]
    worker.engine = real
