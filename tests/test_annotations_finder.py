"""Finding annotations by kind, tag and words of either language, as the
panel does while the reader types: narrowing on and widening again give the
same answers as a search from scratch."""

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


def found(corpus, annotations, text="", kind=finder.ALL, tag="", within=None):
    return [
        a.note or a.label
        for a in (within or finder.Finder(corpus)).select(annotations, kind, tag, text)
    ]


def test_words_of_the_paragraph_in_either_language(corpus, made):
    assert found(corpus, made, "совместным") == ["Café crème"]  # its paragraph in Russian
    assert found(corpus, made, "JOINT EFF") == ["Café crème"]
    assert found(corpus, made, "вербовке recruitment") == ["Ещё о вербовке"]
    assert found(corpus, made, "diplomacy") == ["ООН"]
    assert found(corpus, made, "cafe еще") == []  # every word in one annotation


def test_folding_ignores_case_yo_and_latin_accents(corpus, made):
    assert found(corpus, made, "CAFÉ") == found(corpus, made, "cafe") == ["Café crème"]
    assert found(corpus, made, "ещё") == found(corpus, made, "ЕЩЕ") == ["Ещё о вербовке"]


def test_a_detached_annotation_is_found_by_its_quote_not_the_paragraph(corpus, made):
    gone = made[0].replace(detached=True)
    assert found(corpus, [gone], "joint") == ["Café crème"]
    assert found(corpus, [gone], "совместным") == []


def test_kinds_and_tags(corpus, made):
    assert found(corpus, made, kind=finder.NOTES) == ["Café crème", "Ещё о вербовке"]
    assert found(corpus, made, kind=finder.BOOKMARKS) == ["ООН"]
    assert found(corpus, made, kind="green") == ["Café crème"]
    assert found(corpus, made, kind="red") == []
    assert found(corpus, made, tag="Recruitment") == ["Ещё о вербовке"]
    assert finder.tags_of(made) == ["Recruitment"]


def test_typing_on_and_erasing_answer_as_from_scratch(corpus, made):
    many = made * 700  # past the point where narrowing tests one by one
    kept = finder.Finder(corpus)
    typed = "вербовке"
    for end in [*range(1, len(typed) + 1), *range(len(typed) - 1, 0, -1)]:
        assert found(corpus, many, typed[:end], within=kept) == found(corpus, many, typed[:end])
