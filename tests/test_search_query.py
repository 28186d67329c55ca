from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.search.query import MAX_CLAUSES, Clause, parse
from viewer.core.text import TOKEN_RE


def test_words_phrases_prefix_fuzzy_negation_and_or():
    parsed = parse('терроризм "дорожная карта" боев* terorism~ -Turkmenistan OR CSTO')
    assert parsed.alternatives == (
        (
            Clause(("терроризм",)),
            Clause(("дорожная", "карта")),
            Clause(("боев",), prefix=True),
            Clause(("terorism",), fuzzy=True),
            Clause(("Turkmenistan",), negated=True),
        ),
        (Clause(("CSTO",)),),
    )
    assert parsed.hints == ()


def test_hyphenated_word_is_a_phrase():
    assert parse("боевиков-террористов").alternatives == ((Clause(("боевиков", "террористов")),),)


def test_unbalanced_quote_closes_at_the_end():
    assert parse('"road map').alternatives == ((Clause(("road", "map")),),)


def test_lone_operators_are_dropped():
    for text in ("-", "*", "~", "OR", "OR OR", '""', "| -"):
        assert parse(text).alternatives == (), text


def test_short_prefix_gets_a_hint():
    parsed = parse("б*")
    assert parsed.alternatives == ()
    assert "at least 2 letters" in str(parsed.hints[0])


def test_only_exclusions_gets_a_hint():
    parsed = parse("-терроризм")
    assert not parsed.positive
    assert "minus" in str(parsed.hints[0])


def test_overlong_query_is_cut_with_a_hint():
    parsed = parse("слово " * 5000)
    assert len(parsed.alternatives[0]) == MAX_CLAUSES
    assert "long" in str(parsed.hints[0])


def test_control_characters_are_spaces():
    assert parse("терроризм\x00\x07карта").alternatives == (
        (Clause(("терроризм",)), Clause(("карта",))),
    )


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses(text):
    """Whatever is typed parses into clauses of real words, within bounds,
    or into a hint that says why there is nothing to search."""
    parsed = parse(text)
    clauses = [c for group in parsed.alternatives for c in group]
    assert len(clauses) <= MAX_CLAUSES
    assert all(group for group in parsed.alternatives)
    for clause in clauses:
        assert clause.words and all(TOKEN_RE.fullmatch(word) for word in clause.words)
        assert not (clause.prefix and clause.fuzzy)
    for hint in parsed.hints:
        assert hint.text()
