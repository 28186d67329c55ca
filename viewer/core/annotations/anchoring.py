"""Annotations find their place again when the edition's text changes.

An annotation keeps the text it was made on. Where that text is still at
its place, unchanged, a string comparison says so and nothing else is done.

Otherwise a highlight is looked for in two tiers, the first that finds it
winning. First the quote itself, ignoring case, ё against е and the width
of whitespace (`normalise`; the quote as it was is a case of this): the
candidate whose surroundings agree with the kept prefix and suffix wins,
then the one nearest the old paragraph, then the nearest offset. Context
comes before nearness because a paragraph inserted before moves its
neighbour's text under the old number, and a short quote ("Central Asia")
is often in that neighbour too; and an exact copy elsewhere does not beat
the quote in its own place with a letter's case changed. A quote found out
of its context is taken only if, with what surrounds it, it is as alike as
a fuzzy match must be: another paragraph's "the United Nations" is not the
deleted one's. Then the text most alike to the quote with its kept prefix
and suffix, by edit distance, if alike enough.

A bookmark or a note is looked for by its pair's whole text: as it was,
then normalised, then by a word-level ratio, the nearest pair winning ties.

Searches start at the old paragraph and widen outward; a tier stops at the
first ring where the quote is found in its context, so the usual change,
paragraphs renumbered, costs a few string comparisons per annotation.
"""

import bisect
import re
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from functools import cached_property
from typing import NamedTuple

from viewer.core.annotations.model import CONTEXT_CHARACTERS, Annotation, pair_text
from viewer.core.model import Document
from viewer.core.text import TOKEN_RE, fold_in_place

# A highlight re-attaches by fuzzy match where the text keeps at least
# QUOTE_SIMILARITY of its quote (similarity: 1 - edit distance / the longer
# length) and FUZZY_SIMILARITY of its quote with the prefix and suffix; a
# pair, where PAIR_SIMILARITY of its words (difflib ratio). Measured on the
# corpus by tests/bench/annotations.py, threshold_figures: a typo fixed or
# an ending changed inside a quote keeps 99% of highlights above 0.8, and
# no unrelated text reaches it, only the same names restated elsewhere;
# pairs with a fifth of their words replaced stay above 0.79, while the most
# alike other pair of a document reaches 0.51.
QUOTE_SIMILARITY = 0.5
FUZZY_SIMILARITY = 0.8
PAIR_SIMILARITY = 0.65
# The fuzzy tier looks at every paragraph this near the old one, and stops
# widening at a match this alike (most fixes of a word score above it).
# Only if it found nothing does it look further, at the paragraphs holding
# at least half of the KEY_WORDS rarest words of the quote and its context.
NEAR = 16
SURE_SIMILARITY = 0.9
KEY_WORDS = 4
FAR_AGREEMENT = 3  # tenths of the context beside a quote found beyond NEAR
MAX_SITES = 4  # equally good fuzzy matches examined in one paragraph

_SPACE_RE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """`text` compared case-, ё- and whitespace-insensitively."""
    return _SPACE_RE.sub(" ", fold_in_place(text))


def reanchor(document: Document, annotations: Iterable[Annotation]) -> list[Annotation]:
    """The annotations of `document` whose anchor this edition moves,
    re-attaches or detaches, as they now are; the rest are left out."""
    edition = None
    changed = []
    for annotation in annotations:
        if annotation.doc != document.id:
            continue
        if _in_place(document, annotation):
            if annotation.detached:
                changed.append(annotation.replace(detached=False))
            continue
        edition = edition or _Edition(document)
        if annotation.on_pair:
            placed = _place_on_pair(edition, annotation)
        else:
            placed = _place_highlight(edition, annotation)
        if placed != annotation:
            changed.append(placed)
    return changed


def find_pair(document: Document, paragraph: int, text: str) -> int | None:
    """The number of the pair of `document` whose `pair_text` is `text`, or
    nearly, looking first at `paragraph`; None if no pair is."""
    pairs = document.pairs
    if 0 < paragraph <= len(pairs) and pair_text(pairs[paragraph - 1]) == text:
        return pairs[paragraph - 1].paragraph
    edition = _Edition(document)
    index = edition.find_pair(paragraph, text)
    return None if index is None else pairs[index].paragraph


def _in_place(document: Document, annotation: Annotation) -> bool:
    """Whether the annotation's text is where it says, unchanged: the check
    every annotation gets, so it compares strings and nothing more."""
    pairs = document.pairs
    index = annotation.paragraph - 1
    if not 0 <= index < len(pairs) or pairs[index].paragraph != annotation.paragraph:
        return False
    pair = pairs[index]
    if annotation.on_pair:
        return pair_text(pair) == annotation.quote
    start, end = annotation.start, annotation.end
    if start is None or end is None:
        return False
    plain = pair.text(annotation.lang).plain
    return (
        0 <= start <= end <= len(plain)
        and plain[start:end] == annotation.quote
        and plain[max(0, start - CONTEXT_CHARACTERS) : start] == annotation.prefix
        and plain[end : end + CONTEXT_CHARACTERS] == annotation.suffix
    )


class _Edition:
    """One document's texts, with what the searches need made on first use."""

    def __init__(self, document: Document):
        self.pairs = document.pairs
        self.numbers = [pair.paragraph for pair in self.pairs]
        self._normal: dict[str, list[str]] = {}
        self._joined: dict[str, tuple[str, list[int]]] = {}
        self._words: dict[tuple[int, str], frozenset[str]] = {}
        self._pair_index: dict[bool, dict[str, list[int]]] = {}
        self._postings: dict[str, dict[str, list[int]]] = {}
        self._pair_words: dict[int, list[str]] = {}

    def origin(self, paragraph: int) -> int:
        """The index where a search for something last seen at `paragraph`
        starts: that pair, or the nearest if the document is shorter."""
        numbers = self.numbers
        index = paragraph - 1
        if 0 <= index < len(numbers) and numbers[index] == paragraph:
            return index
        return min(bisect.bisect_left(numbers, paragraph), len(numbers) - 1)

    def rings(self, origin: int) -> Iterator[tuple[int, list[int]]]:
        """The pair indices at each distance from `origin`, nearest first."""
        count = len(self.pairs)
        for distance in range(max(origin, count - 1 - origin) + 1):
            sides = (origin - distance, origin + distance) if distance else (origin,)
            yield distance, [i for i in sides if 0 <= i < count]

    def plain(self, index: int, lang: str) -> str:
        return self.pairs[index].text(lang).plain

    def normal(self, index: int, lang: str) -> str:
        if lang not in self._normal:
            self._normal[lang] = [normalise(pair.text(lang).plain) for pair in self.pairs]
        return self._normal[lang][index]

    def occurrences(self, lang: str, needle: str) -> Iterator[tuple[int, int]]:
        """Where `needle` is in the `normalise`d texts of `lang`, as (index,
        offset), found in all of them joined (one fast scan)."""
        if lang not in self._joined:
            texts = [self.normal(i, lang) for i in range(len(self.pairs))]
            starts = [0]
            for text in texts:
                starts.append(starts[-1] + len(text) + 1)
            self._joined[lang] = ("\0".join(texts), starts)
        joined, starts = self._joined[lang]
        at = joined.find(needle)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            if at + len(needle) < starts[index + 1]:  # not across texts
                yield index, at - starts[index]
            at = joined.find(needle, at + 1)

    def words(self, index: int, lang: str) -> frozenset[str]:
        key = (index, lang)
        if key not in self._words:
            self._words[key] = frozenset(TOKEN_RE.findall(self.normal(index, lang)))
        return self._words[key]

    def postings(self, lang: str) -> dict[str, list[int]]:
        """For each word of `lang`, the indices of the pairs holding it."""
        if lang not in self._postings:
            postings: dict[str, list[int]] = {}
            for index in range(len(self.pairs)):
                for word in self.words(index, lang):
                    postings.setdefault(word, []).append(index)
            self._postings[lang] = postings
        return self._postings[lang]

    def sharing(self, lang: str, words: list[str]) -> list[int]:
        """The indices of the pairs holding at least half of `words`."""
        postings = self.postings(lang)
        hits: dict[int, int] = {}
        for word in words:
            for index in postings.get(word, ()):
                hits[index] = hits.get(index, 0) + 1
        return sorted(index for index, count in hits.items() if 2 * count >= len(words))

    def find_pair(self, paragraph: int, text: str) -> int | None:
        if not self.pairs:
            return None
        origin = self.origin(paragraph)
        for normalised, key in ((False, text), (True, normalise(text).strip())):
            found = self._pair_texts(normalised).get(key)
            if found:
                return min(found, key=lambda index: abs(index - origin))
        return self._find_pair_fuzzy(origin, text)

    def _pair_texts(self, normalised: bool) -> dict[str, list[int]]:
        if normalised not in self._pair_index:
            index: dict[str, list[int]] = {}
            for i, pair in enumerate(self.pairs):
                text = pair_text(pair)
                index.setdefault(normalise(text).strip() if normalised else text, []).append(i)
            self._pair_index[normalised] = index
        return self._pair_index[normalised]

    def _find_pair_fuzzy(self, origin: int, text: str) -> int | None:
        words = TOKEN_RE.findall(normalise(text))
        if not words:
            return None
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(words)  # the matcher caches what it learns of seq2
        best, found = PAIR_SIMILARITY, None
        for _distance, ring in self.rings(origin):
            for index in ring:
                matcher.set_seq1(self._words_of_pair(index))
                # Upper bounds of the ratio first; a tie goes to the nearer.
                if matcher.real_quick_ratio() < best or matcher.quick_ratio() < best:
                    continue
                ratio = matcher.ratio()
                if ratio > best or (found is None and ratio == best):
                    best, found = ratio, index
        return found

    def _words_of_pair(self, index: int) -> list[str]:
        if index not in self._pair_words:
            self._pair_words[index] = TOKEN_RE.findall(normalise(pair_text(self.pairs[index])))
        return self._pair_words[index]


def _place_on_pair(edition: _Edition, annotation: Annotation) -> Annotation:
    index = edition.find_pair(annotation.paragraph, annotation.quote)
    if index is None:
        return annotation.replace(detached=True)
    pair = edition.pairs[index]
    return annotation.replace(paragraph=pair.paragraph, quote=pair_text(pair), detached=False)


class _Clue:
    """What a highlight is looked for by: its quote and context normalised,
    and as patterns for approximate matching, made on first use."""

    def __init__(self, annotation: Annotation):
        self.lang = annotation.lang
        self.normal = normalise(annotation.quote).strip()
        self.prefix = normalise(annotation.prefix)
        self.suffix = normalise(annotation.suffix)
        self.start = annotation.start or 0

    @cached_property
    def patterns(self) -> "_Patterns":
        return _Patterns(self)


class _Site(NamedTuple):
    """A candidate place, in a `normalise`d text, ranked by its fields in
    order (greater is better)."""

    score: float  # a fuzzy match's similarity in context
    agreement: int  # of the surroundings with the kept context, in tenths
    nearness: int  # minus the distance in paragraphs
    closeness: int  # minus the distance in characters from the old start
    index: int
    start: int
    end: int

    @property
    def rank(self):
        return self[:4]


def _site(clue, normal, index, distance, start, end, similarity=0.0) -> _Site:
    agreement = _agreement(clue, normal, start, end)
    return _Site(similarity, agreement, -distance, -abs(start - clue.start), index, start, end)


def _agreement(clue: _Clue, normal: str, start: int, end: int) -> int:
    """How much of the kept prefix and suffix the text beside [start, end)
    still has, from the quote outward, in tenths (10: all of it)."""
    total = len(clue.prefix) + len(clue.suffix)
    if not total:
        return 10
    before = normal[max(0, start - len(clue.prefix)) : start]
    same = _common_length(reversed(clue.prefix), reversed(before))
    same += _common_length(clue.suffix, normal[end : end + len(clue.suffix)])
    return 10 * same // total


def _common_length(a: Iterable[str], b: Iterable[str]) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def _place_highlight(edition: _Edition, annotation: Annotation) -> Annotation:
    clue = _Clue(annotation)
    if not edition.pairs or not clue.normal:
        return annotation.replace(detached=True)
    origin = edition.origin(annotation.paragraph)
    site = _search(edition, clue, origin) or _fuzzy_search(edition, clue, origin)
    if site is None:
        return annotation.replace(detached=True)
    plain = edition.plain(site.index, clue.lang)
    start, end = _in_plain(plain, site.start, site.end)
    return annotation.replace(
        paragraph=edition.pairs[site.index].paragraph,
        start=start,
        end=end,
        quote=plain[start:end],
        prefix=plain[max(0, start - CONTEXT_CHARACTERS) : start],
        suffix=plain[end : end + CONTEXT_CHARACTERS],
        detached=False,
    )


def _search(edition: _Edition, clue: _Clue, origin: int) -> _Site | None:
    """The best place of the quote itself, as it was or `normalise`d alike:
    ring by ring from `origin`, stopping after the first ring that holds it
    in its context; beyond NEAR, in the whole document at once.

    The quote found out of its context is taken only if it is as alike, with
    what surrounds it, as a fuzzy match must be: "the United Nations" of
    another paragraph is not the one a deleted paragraph had."""
    best = None

    def consider(index: int, distance: int, at: int) -> None:
        nonlocal best
        normal = edition.normal(index, clue.lang)
        site = _site(clue, normal, index, distance, at, at + len(clue.normal))
        if best is not None and site.rank <= best.rank:
            return
        # Far away, the text beside the quote must agree in part already: a
        # common phrase is found thousands of times, all out of context.
        if distance > NEAR and site.agreement < FAR_AGREEMENT:
            return
        context = 1.0 if site.agreement == 10 else clue.patterns.in_context(normal, *site[-2:])
        if context >= FUZZY_SIMILARITY:
            best = site

    for distance, ring in edition.rings(origin):
        if distance > NEAR:
            break
        for index in ring:
            normal = edition.normal(index, clue.lang)
            at = normal.find(clue.normal)
            while at >= 0:
                consider(index, distance, at)
                at = normal.find(clue.normal, at + 1)
        if best is not None and best.agreement == 10:
            return best
    for index, at in edition.occurrences(clue.lang, clue.normal):
        if abs(index - origin) > NEAR:
            consider(index, abs(index - origin), at)
    return best


def _in_plain(plain: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of `normalise(plain)`, which neither starts nor ends on
    a space, as offsets in `plain`: only whitespace runs changed length."""
    removed, offsets, wanted = 0, [], [start, end - 1]
    for run in _SPACE_RE.finditer(plain):
        while wanted and run.start() - removed >= wanted[0]:
            offsets.append(wanted.pop(0) + removed)
        if not wanted:
            break
        removed += len(run.group()) - 1
    offsets += [offset + removed for offset in wanted]
    return offsets[0], offsets[1] + 1


def _fuzzy_search(edition: _Edition, clue: _Clue, origin: int) -> _Site | None:
    """The best fuzzy site within NEAR paragraphs, widening ring by ring
    until one is surely the text; failing that, the best of the paragraphs
    further away that share the quote's rarer words."""
    best = None

    def consider(index: int, distance: int) -> None:
        nonlocal best
        normal = edition.normal(index, clue.lang)
        for similarity, start, end in clue.patterns.sites(normal):
            site = _site(clue, normal, index, distance, start, end, similarity)
            if best is None or site.rank > best.rank:
                best = site

    for distance, ring in edition.rings(origin):
        if distance > NEAR:
            break
        for index in ring:
            consider(index, distance)
        if best is not None and best.score >= SURE_SIMILARITY:
            return best
    if best is None:
        for index in edition.sharing(clue.lang, _key_words(edition, clue)):
            if abs(index - origin) > NEAR:
                consider(index, abs(index - origin))
    return best


def _key_words(edition: _Edition, clue: _Clue) -> list[str]:
    """The rarest words of the quote and its context still in the document:
    text that moved away and changed keeps most of them."""
    words = TOKEN_RE.findall(clue.normal)
    # The kept context may begin or end inside a word.
    words += TOKEN_RE.findall(clue.prefix)[1:] + TOKEN_RE.findall(clue.suffix)[:-1]
    postings = edition.postings(clue.lang)
    present = [word for word in set(words) if word in postings]
    return sorted(present, key=lambda word: (len(postings[word]), -len(word), word))[:KEY_WORDS]


# The fuzzy tier: approximate matching by Myers's bit-parallel edit distance
# (Myers 1999, in Hyyrö's formulation), one Python step per text character.


class _Pattern:
    """A text as, for each character, the bit mask of where it stands."""

    def __init__(self, text: str):
        self.length = len(text)
        self.masks: dict[str, int] = {}
        for bit, char in enumerate(text):
            self.masks[char] = self.masks.get(char, 0) | 1 << bit

    def distances(self, text: str, anchored: bool) -> list[int]:
        """For each prefix text[:j + 1], the least edit distance between the
        pattern and a suffix of it (or, anchored, the prefix itself)."""
        full = (1 << self.length) - 1
        top = 1 << (self.length - 1)
        carry = 1 if anchored else 0
        plus, minus, score = full, 0, self.length
        scores = []
        for char in text:
            equal = self.masks.get(char, 0)
            xv = equal | minus
            xh = (((equal & plus) + plus) ^ plus) | equal
            h_plus = minus | (~(xh | plus) & full)
            h_minus = plus & xh
            if h_plus & top:
                score += 1
            elif h_minus & top:
                score -= 1
            h_plus = ((h_plus << 1) | carry) & full
            h_minus = (h_minus << 1) & full
            plus = h_minus | (~(xv | h_plus) & full)
            minus = h_plus & xv
            scores.append(score)
        return scores

    def distance(self, text: str) -> int:
        """The edit distance between the pattern and `text`."""
        return self.distances(text, anchored=True)[-1] if text else self.length


class _Patterns:
    """A highlight's quote, and its quote with prefix and suffix, as
    patterns, forward and backward."""

    def __init__(self, clue: _Clue):
        self.clue = clue
        self.quote = _Pattern(clue.normal)
        self.quote_back = _Pattern(clue.normal[::-1])
        whole = clue.prefix + clue.normal + clue.suffix
        self.whole = _Pattern(whole)
        self.whole_back = _Pattern(whole[::-1])
        first, last = clue.normal[0].isalnum(), clue.normal[-1].isalnum()
        self.on_words = (
            not (first and clue.prefix[-1:].isalnum()),
            not (last and clue.suffix[:1].isalnum()),
        )

    def in_context(self, normal: str, start: int, end: int) -> float:
        """How alike the quote with its prefix and suffix is to [start, end)
        of `normal` with the text either side: a formula the edition repeats
        is alike in itself, less so in its surroundings."""
        before, after = len(self.clue.prefix), len(self.clue.suffix)
        around = normal[max(0, start - before) : end + after]
        return 1 - self.whole.distance(around) / max(self.whole.length, len(around))

    def sites(self, normal: str) -> list[tuple[float, int, int]]:
        """The places of `normalise`d text `normal` alike enough to the
        quote in its context, as (similarity, start, end). They are looked
        for by the quote alone, and by the quote within the text nearest the
        kept prefix, quote and suffix together (a short quote is near too
        many places on its own), which must be near enough in any case."""
        around = _nearest(self.whole, self.whole_back, normal, FUZZY_SIMILARITY)
        if not around:
            return []
        quote = self.quote, self.quote_back, normal, QUOTE_SIMILARITY
        places = set(_nearest(*quote))
        if self.clue.prefix or self.clue.suffix:
            for lo, hi in around:
                places.update(_nearest(*quote, lo, hi))
        found = []
        for start, end in places:
            quoted, start, end = _snapped(self.quote, normal, start, end, self.on_words)
            if quoted >= QUOTE_SIMILARITY:
                similarity = self.in_context(normal, start, end)
                if similarity >= FUZZY_SIMILARITY:
                    found.append((similarity, start, end))
        return found


def _nearest(
    pattern: _Pattern, backward: _Pattern, text: str, floor: float, lo: int = 0, hi: int = -1
) -> list[tuple[int, int]]:
    """The places in text[lo:hi] nearest `pattern` (hi -1: to the end), as
    [start, end) in `text`, if at least `floor` alike (1 - distance / the
    longer length); at most MAX_SITES of them."""
    text = text[lo:] if hi < 0 else text[lo:hi]
    m = pattern.length
    allowed = int((1 - floor) * m / floor)  # the most edits 1 - d / (m + d) >= floor allows
    if len(text) < m - allowed:  # too short to be near enough
        return []
    scores = pattern.distances(text, anchored=False)
    least = min(scores)
    if least > allowed:
        return []
    ends = [j + 1 for j, score in enumerate(scores) if score == least]
    # Runs of neighbouring ends are one place; keep the last of each.
    ends = [end for k, end in enumerate(ends) if k + 1 == len(ends) or ends[k + 1] != end + 1]
    places = []
    for end in ends[:MAX_SITES]:
        window = text[max(0, end - m - least) : end][::-1]
        scores = backward.distances(window, anchored=True)
        lengths = [j + 1 for j, score in enumerate(scores) if score == least]
        start = end - min(lengths, key=lambda length: abs(length - m))
        places.append((lo + start, lo + end))
    return places


def _snapped(
    pattern: _Pattern, text: str, start: int, end: int, on_words: tuple[bool, bool]
) -> tuple[float, int, int]:
    """The likest to `pattern` of [start, end) and its ends moved to the
    nearest word boundaries, without whitespace at either end, as
    (similarity, start, end). An end the quote had on a word boundary
    (`on_words`, for start and end) stays on one: a word fixed at the edge
    of a quote is then taken whole, not cut where the letters stop
    matching; otherwise a boundary wins a tie."""
    best = (0.0, 0, 0, start, end)
    lefts = _boundaries(text, start) if on_words[0] else (start, *_boundaries(text, start))
    rights = _boundaries(text, end) if on_words[1] else (end, *_boundaries(text, end))
    for left in set(lefts):
        for right in set(rights):
            s, e = left, right
            while s < e and text[s] == " ":
                s += 1
            while e > s and text[e - 1] == " ":
                e -= 1
            if s >= e:
                continue
            similarity = 1 - pattern.distance(text[s:e]) / max(pattern.length, e - s)
            words = _is_boundary(text, s) + _is_boundary(text, e)
            candidate = (similarity, words, -abs(s - start) - abs(e - end), s, e)
            best = max(best, candidate)
    return best[0], best[3], best[4]


def _is_boundary(text: str, at: int) -> bool:
    return at <= 0 or at >= len(text) or text[at - 1].isalnum() != text[at].isalnum()


def _boundaries(text: str, at: int) -> tuple[int, int]:
    """The nearest word boundaries at or before `at` and at or after it."""
    left = at
    while not _is_boundary(text, left):
        left -= 1
    right = at
    while not _is_boundary(text, right):
        right += 1
    return left, right
