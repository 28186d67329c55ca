"""Finding annotations by kind, tag and words of either language, as the
panel does while the reader types: an annotation is found by its own words,
a highlight not by the rest of its paragraph; narrowing on and widening
again give the same answers as a search from scratch."""

import pytest

from tests.conftest import FIXTURES
from viewer.core.annotations import finder
from viewer.core.annotations.model import highlight, on_pair
from viewer.core.loader import load_corpus


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURES / "corpus")


@pytest.fixture
def made(corpus):
    alpha, beta = corpus.document("alpha"), corpus.document("beta")
    text = alpha.pairs[1].en.plain
    start = text.index("joint")
    return [
        highlight(alpha.pairs[1], "alpha", "en", start, start + 13, "green", note="Café crème"),
        on_pair(alpha.pairs[2], "alpha", "note", note="Ещё о вербовке", tags=("Recruitment",)),
        on_pair(beta.pairs[0], "beta", "bookmark", label="ООН"),
    ]


def found(annotations, text="", kind=finder.ALL, tag="", within=None):
    return [
        a.note or a.label for a in (within or finder.Finder()).select(annotations, kind, tag, text)
    ]


def test_a_highlight_by_its_quote_not_its_paragraph(made):
    assert found(made, "JOINT EFF") == ["Café crème"]
    # The rest of its paragraph, in either language, is not the highlight's.
    assert found(made, "members") == []
    assert found(made, "совместным") == []


def test_a_note_or_bookmark_by_its_paragraph_in_either_language(made):
    assert found(made, "countering иностранных") == ["Ещё о вербовке"]
    assert found(made, "diplomacy") == ["ООН"]
    assert found(made, "превентивной") == ["ООН"]


def test_the_readers_own_words(made):
    assert found(made, "crème") == ["Café crème"]  # a note
    assert found(made, "recruitment") == ["Ещё о вербовке"]  # a tag
    assert found(made, "оон") == ["ООН"]  # a bookmark's name
    assert found(made, "cafe еще") == []  # every word in one annotation


def test_folding_ignores_case_yo_and_latin_accents(made):
    assert found(made, "CAFÉ") == found(made, "cafe") == ["Café crème"]
    assert found(made, "ещё") == found(made, "ЕЩЕ") == ["Ещё о вербовке"]


def test_a_detached_annotation_is_found_by_its_quote(made):
    gone = made[0].replace(detached=True)
    assert found([gone], "joint") == ["Café crème"]


def test_kinds_and_tags(made):
    assert found(made, kind=finder.NOTES) == ["Café crème", "Ещё о вербовке"]
    assert found(made, kind=finder.BOOKMARKS) == ["ООН"]
    assert found(made, kind="green") == ["Café crème"]
    assert found(made, kind="red") == []
    assert found(made, tag="Recruitment") == ["Ещё о вербовке"]
    assert finder.tags_of(made) == ["Recruitment"]


def test_typing_on_and_erasing_answer_as_from_scratch(made):
    many = made * 700  # past the point where narrowing tests one by one
    kept = finder.Finder()
    typed = "вербовке"
    for end in [*range(1, len(typed) + 1), *range(len(typed) - 1, 0, -1)]:
        assert found(many, typed[:end], within=kept) == found(many, typed[:end])
