"""Annotations re-attach to a changed edition by the text they quote: the
shipped corpus's documents, changed as a corrected edition changes them."""

import functools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.annotations import anchoring
from viewer.core.annotations.anchoring import find_pair, normalise, reanchor
from viewer.core.annotations.model import highlight, on_pair, pair_text
from viewer.core.loader import load_corpus
from viewer.core.model import Corpus, Document
from viewer.core.paths import default_corpus_dir
from viewer.core.text import TOKEN_RE


@functools.cache
def shipped() -> Corpus:
    loaded = load_corpus(default_corpus_dir())
    assert not loaded.errors
    return loaded


def longest() -> Document:
    """The longest document, its paragraphs of prose with the most text."""
    return max(shipped().documents, key=lambda d: len(d.pairs))


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return shipped()


@pytest.fixture(scope="module")
def document() -> Document:
    return longest()


@pytest.fixture(scope="module")
def other(corpus, document) -> Document:
    return next(d for d in corpus.documents if d.id != document.id)


# Editions: a document changed as a corrected edition would be.


def renumbered(document: Document, pairs) -> Document:
    return document._replace(
        pairs=tuple(pair._replace(paragraph=n) for n, pair in enumerate(pairs, start=1))
    )


def inserted(document: Document, index: int, pair) -> Document:
    pairs = list(document.pairs)
    pairs.insert(index, pair)
    return renumbered(document, pairs)


def deleted(document: Document, index: int) -> Document:
    return renumbered(document, document.pairs[:index] + document.pairs[index + 1 :])


def rewritten(document: Document, index: int, lang: str, plain: str) -> Document:
    pairs = list(document.pairs)
    pair = pairs[index]
    pairs[index] = pair._replace(**{lang: pair.text(lang)._replace(plain=plain)})
    return document._replace(pairs=tuple(pairs))


def prose(document: Document) -> list[int]:
    """The indices of the document's pairs of some length, longest last."""
    long = [i for i, pair in enumerate(document.pairs) if len(pair.en.plain) > 200]
    return sorted(long, key=lambda i: len(document.pairs[i].en.plain))


def words_mark(document: Document, index: int, lang: str, first: int, count: int):
    """A highlight of `count` words from word `first` of a pair's text."""
    pair = document.pairs[index]
    words = list(TOKEN_RE.finditer(pair.text(lang).plain))
    start, end = words[first].start(), words[first + count - 1].end()
    return highlight(pair, document.id, lang, start, end, "blue")


def by_id(changed):
    return {annotation.id: annotation for annotation in changed}


def anchor(annotation):
    return annotation.paragraph, annotation.start, annotation.end, annotation.detached


# Nothing changed.


def test_nothing_changed_changes_nothing(document):
    marks = [words_mark(document, i, lang, 2, 5) for i in prose(document) for lang in ("ru", "en")]
    marks += [on_pair(pair, document.id, "bookmark") for pair in document.pairs]
    assert reanchor(document, marks) == []


def test_annotations_of_other_documents_are_left_alone(document, other):
    mark = words_mark(other, prose(other)[-1], "en", 2, 5)
    assert reanchor(inserted(document, 0, other.pairs[0]), [mark]) == []


# Highlights.


def test_highlights_follow_their_text_when_a_pair_is_inserted_before(document, other):
    marks = [words_mark(document, i, lang, 3, 6) for i in prose(document) for lang in ("ru", "en")]
    edition = inserted(document, 0, other.pairs[-1])
    moved = by_id(reanchor(edition, marks))
    assert set(moved) == {mark.id for mark in marks}
    for mark in marks:
        now = moved[mark.id]
        assert anchor(now) == (mark.paragraph + 1, mark.start, mark.end, False)
        assert (now.quote, now.prefix, now.suffix) == (mark.quote, mark.prefix, mark.suffix)
        assert now.modified == mark.modified
        assert edition.pairs[now.paragraph - 1].text(now.lang).plain[now.start : now.end] == (
            mark.quote
        )


def test_only_the_highlights_after_an_insertion_move(document, other):
    first, last = prose(document)[0], prose(document)[-1]
    early, late = sorted((first, last))
    marks = [words_mark(document, early, "en", 1, 4), words_mark(document, late, "en", 1, 4)]
    moved = reanchor(inserted(document, early + 1, other.pairs[-1]), marks)
    assert [annotation.id for annotation in moved] == [marks[1].id]


def fix_word(plain: str, word: re.Match, lang: str) -> tuple[str, str]:
    """The text with `word` corrected: its ending changed, as an editor
    fixes a case or a plural; and the new word."""
    new = word.group()[:-1] + ("ами" if lang == "ru" else "ings")
    return plain[: word.start()] + new + plain[word.end() :], new


def half_replaced(plain: str, donor: str) -> str:
    """`plain` with the second half of its words replaced by `donor`'s."""
    words, others = plain.split(), donor.split() * 10
    half = len(words) // 2
    return " ".join(words[:half] + others[: len(words) - half])


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("where", ["first", "inside", "last"])
def test_a_highlight_follows_its_text_when_a_word_in_it_is_fixed(document, lang, where):
    index = prose(document)[-1]
    mark = words_mark(document, index, lang, 4, 7)
    plain = document.pairs[index].text(lang).plain
    words = [w for w in TOKEN_RE.finditer(plain) if mark.start <= w.start() < mark.end]
    word = {"first": words[0], "inside": words[3], "last": words[-1]}[where]
    fixed, new = fix_word(plain, word, lang)
    edition = rewritten(document, index, lang, fixed)

    [now] = reanchor(edition, [mark])
    grown = len(new) - len(word.group())
    assert anchor(now) == (mark.paragraph, mark.start, mark.end + grown, False)
    # The whole corrected word, at either edge too: not cut where it differs.
    assert now.quote == fixed[mark.start : mark.end + grown]
    assert new in now.quote
    assert now.prefix == fixed[max(0, now.start - 32) : now.start]
    assert now.suffix == fixed[now.end : now.end + 32]
    assert now.modified == mark.modified


def test_a_fixed_highlight_follows_its_text_into_a_renumbered_paragraph(document, other):
    index = prose(document)[-1]
    mark = words_mark(document, index, "en", 2, 8)
    plain = document.pairs[index].en.plain
    word = [w for w in TOKEN_RE.finditer(plain) if mark.start <= w.start() < mark.end][4]
    fixed, _new = fix_word(plain, word, "en")
    edition = inserted(rewritten(document, index, "en", fixed), 0, other.pairs[-1])

    [now] = reanchor(edition, [mark])
    assert now.paragraph == mark.paragraph + 1 and not now.detached
    assert now.start == mark.start
    assert normalise(now.quote) != normalise(mark.quote)


def test_a_highlight_follows_its_text_through_whitespace_and_yo(document):
    index = prose(document)[-1]
    mark = words_mark(document, index, "ru", 3, 6)
    plain = document.pairs[index].ru.plain
    inside = plain[mark.start : mark.end]
    assert "е" in inside and " " in inside
    # Another edition spaces and spells differently: ё for е, a line break
    # and a no-break space inside the quote, two spaces before it.
    changed = inside.replace("е", "ё", 1).replace(" ", "\n", 1).replace(" ", "\u00a0 ", 1)
    before = plain[: mark.start].replace(" ", "  ", 1)
    edition = rewritten(document, index, "ru", before + changed + plain[mark.end :])

    [now] = reanchor(edition, [mark])
    assert anchor(now) == (mark.paragraph, len(before), len(before) + len(changed), False)
    assert now.quote == changed
    assert normalise(now.quote) == normalise(mark.quote)


def test_a_recased_letter_keeps_a_quote_in_place_though_a_copy_stands_elsewhere(document):
    index = prose(document)[-1]
    mark = words_mark(document, index, "ru", 3, 4)
    plain = document.pairs[index].ru.plain
    at = mark.start + 1
    edition = rewritten(document, index, "ru", plain[:at] + plain[at].swapcase() + plain[at + 1 :])
    # The old text, unchanged, at the end of the document.
    edition = inserted(edition, len(edition.pairs), document.pairs[index])

    [now] = reanchor(edition, [mark])
    assert anchor(now) == (mark.paragraph, mark.start, mark.end, False)
    assert now.quote != mark.quote and normalise(now.quote) == normalise(mark.quote)


def repeated(text: str) -> tuple[str, int, int]:
    """A phrase of three words `text` has twice, and where each starts."""
    for match in re.finditer(r"(?=\b(\w+ \w+ \w+)\b)", text):
        second = text.find(match.group(1), match.end(1))
        if second > 0:
            return match.group(1), match.start(1), second
    raise LookupError


def test_prefix_and_suffix_pick_which_of_two_equal_quotes(document):
    found = None
    for index in prose(document):
        try:
            found = (index, *repeated(document.pairs[index].ru.plain))
            break
        except LookupError:
            continue
    index, phrase, first, second = found
    pair = document.pairs[index]
    mark = highlight(pair, document.id, "ru", second, second + len(phrase), "red")
    # An added sentence moves both; the first now lies nearer the old offset.
    added = "Дополнение редакции. " * (1 + (second - first) // 20)
    edition = rewritten(document, index, "ru", added + pair.ru.plain)
    assert abs(len(added) + first - second) < len(added)

    [now] = reanchor(edition, [mark])
    assert anchor(now) == (
        mark.paragraph,
        len(added) + second,
        len(added) + second + len(phrase),
        False,
    )


def test_a_short_quote_in_the_neighbour_that_slides_under_its_number_stays_put(document, other):
    # "the United Nations" is in many paragraphs: a pair inserted before
    # puts one of them under the highlight's old number.
    phrase = "the United Nations"
    holding = [i for i, pair in enumerate(document.pairs) if phrase in pair.en.plain]
    index = next(i for i in holding if i - 1 in holding)
    pair = document.pairs[index]
    start = pair.en.plain.index(phrase)
    mark = highlight(pair, document.id, "en", start, start + len(phrase), "green")

    [now] = reanchor(inserted(document, 0, other.pairs[-1]), [mark])
    assert anchor(now) == (mark.paragraph + 1, mark.start, mark.end, False)


def test_a_highlight_whose_pair_is_deleted_is_detached_with_its_quote(document):
    index = prose(document)[-1]
    mark = words_mark(document, index, "en", 2, 9)
    later = words_mark(document, len(document.pairs) - 1, "en", 0, 3)

    changed = by_id(reanchor(deleted(document, index), [mark, later]))
    gone = changed[mark.id]
    assert gone.detached
    assert (gone.quote, gone.prefix, gone.suffix) == (mark.quote, mark.prefix, mark.suffix)
    assert gone == mark.replace(detached=True)
    assert anchor(changed[later.id]) == (later.paragraph - 1, later.start, later.end, False)


def test_a_detached_highlight_reattaches_when_its_text_is_back(document):
    index = prose(document)[-1]
    mark = words_mark(document, index, "ru", 2, 9)
    [gone] = reanchor(deleted(document, index), [mark])
    assert gone.detached

    # The same edition again: found where it was.
    [back] = reanchor(document, [gone])
    assert back == mark.replace(detached=False)
    # The pair back elsewhere, at the end: found there.
    moved = deleted(document, index)
    moved = inserted(moved, len(moved.pairs), document.pairs[index])
    [there] = reanchor(moved, [gone])
    assert anchor(there) == (len(document.pairs), mark.start, mark.end, False)
    # Still gone: left as it is.
    assert reanchor(deleted(document, index), [gone]) == []


def test_a_common_phrase_is_not_taken_for_a_deleted_one(document):
    # "the United Nations" is in many paragraphs, but not in its context.
    phrase = "the United Nations"
    holding = [i for i, pair in enumerate(document.pairs) if phrase in pair.en.plain]
    index = holding[len(holding) // 2]
    pair = document.pairs[index]
    start = pair.en.plain.index(phrase)
    mark = highlight(pair, document.id, "en", start, start + len(phrase), "violet")
    assert len(holding) > 2 and mark.prefix and mark.suffix

    [gone] = reanchor(deleted(document, index), [mark])
    assert gone == mark.replace(detached=True)


def test_a_highlight_rewritten_beyond_recognition_is_detached(document):
    index = prose(document)[-1]
    mark = words_mark(document, index, "en", 3, 5)
    plain = document.pairs[index].en.plain
    # Every word of the quote replaced by another of the same length.
    inside = re.sub(r"\w+", lambda m: "x" * len(m.group()), mark.quote)
    edition = rewritten(document, index, "en", plain[: mark.start] + inside + plain[mark.end :])
    [now] = reanchor(edition, [mark])
    assert now == mark.replace(detached=True)


def test_a_highlight_on_a_repeated_pair_stays_with_the_nearer_copy(document):
    index = prose(document)[-1]
    mark = words_mark(document, index, "en", 2, 6)
    twice = inserted(document, 0, document.pairs[index])
    twice = inserted(twice, len(twice.pairs), document.pairs[index])
    [now] = reanchor(twice, [mark])
    assert anchor(now) == (mark.paragraph + 1, mark.start, mark.end, False)


def test_what_a_shorter_document_lost_is_detached(document):
    marks = [words_mark(document, i, "en", 1, 10) for i in prose(document)]
    marks += [on_pair(pair, document.id, "bookmark") for pair in document.pairs]
    keep = len(document.pairs) // 2
    shorter = renumbered(document, document.pairs[:keep])
    changed = by_id(reanchor(shorter, marks))
    for mark in marks:
        lost = mark.paragraph > keep
        assert (mark.id in changed) == lost
        if lost:
            assert changed[mark.id] == mark.replace(detached=True)
    empty = renumbered(document, ())
    assert all(a.detached for a in reanchor(empty, marks))
    assert find_pair(empty, 1, marks[-1].quote) is None


# Bookmarks and notes.


def test_bookmarks_and_notes_follow_their_pair_when_a_pair_is_inserted_before(document, other):
    marks = [on_pair(pair, document.id, "bookmark") for pair in document.pairs]
    marks += [on_pair(document.pairs[3], document.id, "note", note="see the annex")]
    edition = inserted(document, 1, other.pairs[0])
    moved = by_id(reanchor(edition, marks))
    assert set(moved) == {mark.id for mark in marks if mark.paragraph >= 2}
    for mark in marks[1:]:
        now = moved[mark.id]
        assert (now.paragraph, now.quote, now.detached) == (mark.paragraph + 1, mark.quote, False)
        assert pair_text(edition.pairs[now.paragraph - 1]) == mark.quote
        assert now.note == mark.note and now.modified == mark.modified


def test_a_bookmark_follows_its_pair_through_a_fixed_word_and_spacing(document, other):
    index = prose(document)[-1]
    mark = on_pair(document.pairs[index], document.id, "bookmark")
    plain = document.pairs[index].en.plain
    word = list(TOKEN_RE.finditer(plain))[5]
    fixed, _new = fix_word(plain, word, "en")
    edition = rewritten(document, index, "en", fixed.replace(" ", "  "))
    edition = inserted(edition, 0, other.pairs[0])

    [now] = reanchor(edition, [mark])
    assert (now.paragraph, now.detached) == (mark.paragraph + 1, False)
    assert now.quote == pair_text(edition.pairs[now.paragraph - 1]) != mark.quote


def test_a_bookmark_whose_pair_is_deleted_or_rewritten_is_detached(document, other):
    index = prose(document)[-1]
    pair = document.pairs[index]
    mark = on_pair(pair, document.id, "note", note="check the Russian")

    [gone] = reanchor(deleted(document, index), [mark])
    assert gone == mark.replace(detached=True)

    # Rewritten: every other word of both texts replaced by another's.
    donor = other.pairs[-1]
    edition = rewritten(document, index, "ru", half_replaced(pair.ru.plain, donor.ru.plain))
    edition = rewritten(edition, index, "en", half_replaced(pair.en.plain, donor.en.plain))
    [rewritten_away] = reanchor(edition, [mark])
    assert rewritten_away == mark.replace(detached=True)

    # And back again.
    [back] = reanchor(document, [gone])
    assert back == mark


# Reading positions.


def test_find_pair_follows_the_pair_by_its_text(document, other):
    index = prose(document)[-1]
    pair = document.pairs[index]
    text = pair_text(pair)
    assert find_pair(document, pair.paragraph, text) == pair.paragraph
    assert find_pair(document, 1, text) == pair.paragraph  # looked for elsewhere too
    assert find_pair(inserted(document, 0, other.pairs[0]), pair.paragraph, text) == (
        pair.paragraph + 1
    )
    assert find_pair(deleted(document, index), pair.paragraph, text) is None

    word = list(TOKEN_RE.finditer(pair.en.plain))[5]
    fixed, _new = fix_word(pair.en.plain, word, "en")
    edition = inserted(rewritten(document, index, "en", fixed), 2, other.pairs[0])
    assert find_pair(edition, pair.paragraph, text) == pair.paragraph + 1

    donor = other.pairs[-1]
    away = rewritten(document, index, "en", half_replaced(pair.en.plain, donor.en.plain))
    away = rewritten(away, index, "ru", half_replaced(pair.ru.plain, donor.ru.plain))
    assert find_pair(away, pair.paragraph, text) is None


def test_find_pair_prefers_the_nearest_of_equal_pairs(document):
    pair = document.pairs[prose(document)[-1]]
    twice = inserted(document, 0, pair)
    assert find_pair(twice, pair.paragraph + 2, pair_text(pair)) == pair.paragraph + 1
    assert find_pair(twice, 2, pair_text(pair)) == 1


def test_the_fuzzy_threshold_separates_a_fixed_word_from_a_rewrite(document, monkeypatch):
    """The thresholds are what decide: loosened, a rewrite would stick."""
    index = prose(document)[-1]
    mark = words_mark(document, index, "en", 3, 5)
    plain = document.pairs[index].en.plain
    inside = re.sub(r"\w+", lambda m: "x" * len(m.group()), mark.quote)
    edition = rewritten(document, index, "en", plain[: mark.start] + inside + plain[mark.end :])
    monkeypatch.setattr(anchoring, "QUOTE_SIMILARITY", 0.1)
    monkeypatch.setattr(anchoring, "FUZZY_SIMILARITY", 0.1)
    [now] = reanchor(edition, [mark])
    assert not now.detached


# Any edition: what re-anchoring returns is consistent with it.

_EDITS = st.lists(
    st.tuples(
        st.floats(0, 1),
        st.sampled_from(["insert", "delete", "replace"]),
        st.sampled_from(list("aeё еЁ\u00a0\n,.-Ax")),
    ),
    max_size=12,
)
_INVISIBLE = st.lists(
    st.tuples(st.floats(0, 1), st.sampled_from(["space", "yo", "case"])), max_size=12
)


def edit(plain: str, edits) -> str:
    for where, how, char in edits:
        at = min(int(where * len(plain)), len(plain) - 1)
        if how == "insert":
            plain = plain[:at] + char + plain[at:]
        elif how == "delete":
            plain = plain[:at] + plain[at + 1 :]
        else:
            plain = plain[:at] + char + plain[at + 1 :]
    return plain


def respell(plain: str, edits) -> str:
    """`plain` spaced, cased and spelt with ё otherwise: the same text to
    `normalise`."""
    for where, how in edits:
        at = min(int(where * len(plain)), len(plain) - 1)
        char = plain[at]
        if how == "space" and char.isspace():
            new = " \u00a0\n "[: 1 + at % 4]
        elif how == "yo" and char in "еёЕЁ":
            new = {"е": "ё", "ё": "е", "Е": "Ё", "Ё": "Е"}[char]
        elif how == "case" and char.isalpha():
            new = char.swapcase() if len(char.swapcase()) == 1 else char
        else:
            continue
        plain = plain[:at] + new + plain[at + 1 :]
    return plain


def assert_consistent(edition: Document, now) -> None:
    plain = edition.pairs[now.paragraph - 1].text(now.lang).plain
    assert 0 <= now.start < now.end <= len(plain)
    assert now.quote == plain[now.start : now.end]
    assert now.prefix == plain[max(0, now.start - 32) : now.start]
    assert now.suffix == plain[now.end : now.end + 32]
    assert reanchor(edition, [now]) == []  # settled: a second pass changes nothing


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    where=st.integers(0, 100),
    lang=st.sampled_from(["ru", "en"]),
    first=st.integers(0, 20),
    count=st.integers(1, 12),
    edits=_INVISIBLE,
)
def test_a_highlight_survives_any_respelling(where, lang, first, count, edits):
    document = longest()
    index = prose(document)[where % len(prose(document))]
    plain = document.pairs[index].text(lang).plain
    first = min(first, len(TOKEN_RE.findall(plain)) - 1)
    count = min(count, len(TOKEN_RE.findall(plain)) - first)
    mark = words_mark(document, index, lang, first, count)
    edition = rewritten(document, index, lang, respell(plain, edits))
    [now] = reanchor(edition, [mark]) or [mark]
    assert not now.detached and now.paragraph == mark.paragraph
    assert normalise(now.quote) == normalise(mark.quote)
    assert_consistent(edition, now)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    where=st.integers(0, 100),
    lang=st.sampled_from(["ru", "en"]),
    first=st.integers(0, 20),
    count=st.integers(1, 12),
    edits=_EDITS,
)
def test_a_highlight_after_any_edit_is_placed_consistently_or_detached(
    where, lang, first, count, edits
):
    document = longest()
    index = prose(document)[where % len(prose(document))]
    plain = document.pairs[index].text(lang).plain
    first = min(first, len(TOKEN_RE.findall(plain)) - 1)
    count = min(count, len(TOKEN_RE.findall(plain)) - first)
    mark = words_mark(document, index, lang, first, count)
    edition = rewritten(document, index, lang, edit(plain, edits))
    [now] = reanchor(edition, [mark]) or [mark]
    if now.detached:
        assert now == mark.replace(detached=True)
    else:
        assert_consistent(edition, now)
