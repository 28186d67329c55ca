"""Finding annotations as the reader types: by kind or colour, by tag, and by
words in either language of an annotation's own: its note, label, tags and
quote. A highlight's quote is the text it marks, not the rest of its
paragraph (a word common in the paragraphs would find every highlight);
a bookmark's or a note's is its whole paragraph, in both languages.

Each annotation's text is folded once (and again only when it changes), and
the texts are laid end to end when the list of annotations is read (see
_Index): a keystroke costs a few scans of one long string in C, or, while
typing on narrows what an earlier word found to a few, a test of each of
those.
"""

import bisect
import unicodedata
from collections.abc import Iterable, Sequence

from viewer.core.annotations.model import COLOURS, Annotation
from viewer.core.text import fold, fold_in_place

# Kinds of the kind filter, besides each highlight colour (COLOURS).
ALL, BOOKMARKS, NOTES, HIGHLIGHTS, DETACHED = "all", "bookmark", "note", "highlight", "detached"


def of_kind(annotation: Annotation, kind: str) -> bool:
    """Whether `annotation` passes the kind filter `kind`: NOTES takes every
    annotation that says something, a highlight's note included."""
    if kind == ALL:
        return True
    if kind == NOTES:
        return annotation.kind == "note" or bool(annotation.note.strip())
    if kind == DETACHED:
        return annotation.detached
    if kind in COLOURS:
        return annotation.kind == "highlight" and annotation.colour == kind
    return annotation.kind == kind


def tags_of(annotations: Iterable[Annotation]) -> list[str]:
    """Every tag used, each once, in alphabetical order whatever the case."""
    return sorted({tag for a in annotations for tag in a.tags}, key=lambda t: (fold(t), t))


def _plain_latin() -> dict[int, str]:
    """Accented Latin letters to their plain letters (é to e); Cyrillic
    letters are not in these blocks, so й stays й."""
    table = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        decomposed = unicodedata.normalize("NFKD", chr(code))
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
        if plain != chr(code):
            table[code] = plain
    return table


_PLAIN_LATIN = _plain_latin()


def folded(text: str) -> str:
    """`text` as the filter compares it: lower case, ё as е, Latin accents
    dropped; at the speed of a few string methods, for texts of any length."""
    return fold_in_place(text).translate(_PLAIN_LATIN)


def needles(text: str) -> tuple[str, ...]:
    """The words of a filter, folded: each must be found."""
    return tuple(dict.fromkeys(folded(word) for word in text.split()))


def _folded(*texts: str) -> str:
    return "\n".join(folded(text) for text in texts if text)


class Finder:
    """Keeps what it folded across calls: an annotation's text until it
    changes, and the index of the last list it was asked about until
    another list comes."""

    def __init__(self):
        self._own: dict[str, tuple[Annotation, str]] = {}
        self._index: _Index | None = None

    def select(
        self, annotations: Sequence[Annotation], kind: str = ALL, tag: str = "", text: str = ""
    ) -> list[Annotation]:
        """The annotations among `annotations` that pass the filters, in
        their order."""
        index = self.prepare(annotations)
        passing = index.passing(kind, tag)
        words = needles(text)
        if not words:
            return [annotations[i] for i in passing]
        found = index.matching(words[0])
        for word in words[1:]:
            found = found & index.matching(word)
        return [annotations[i] for i in passing if i in found]

    def prepare(self, annotations: Sequence[Annotation]) -> "_Index":
        """The index of `annotations`, made now unless it was for the same
        list: folding is done before the reader types, not as they do."""
        if self._index is None or self._index.annotations is not annotations:
            self._index = _Index(annotations, self._own_text)
        return self._index

    def _own_text(self, annotation: Annotation) -> str:
        cached = self._own.get(annotation.id)
        if cached is None or (cached[0] is not annotation and cached[0] != annotation):
            a = annotation
            text = _folded(a.note, a.label, " ".join(a.tags), a.quote)
            cached = self._own[annotation.id] = (annotation, text)
        return cached[1]


NARROW = 2000  # candidates few enough to test one by one rather than scan all text


class _Index:
    """One list of annotations as one long text, each annotation's a line
    apart: a word, which has no spaces, is found with a few calls of
    `str.find`, skipping to the next annotation at each hit."""

    def __init__(self, annotations: Sequence[Annotation], own_text):
        self.annotations = annotations
        self.texts = [own_text(a) for a in annotations]  # for testing few one by one
        self.text, self.starts = _joined(self.texts)
        self._found: dict[str, frozenset[int]] = {}
        self._passing: dict[tuple[str, str], list[int]] = {}

    def passing(self, kind: str, tag: str) -> list[int]:
        key = (kind, tag)
        if key not in self._passing:
            self._passing[key] = [
                number
                for number, a in enumerate(self.annotations)
                if of_kind(a, kind) and (not tag or tag in a.tags)
            ]
        return self._passing[key]

    def matching(self, word: str) -> frozenset[int]:
        """The numbers of the annotations whose texts have `word`."""
        found = self._found.get(word)
        if found is not None:
            return found
        # Typing on: a word found before inside this one bounds the search.
        within = min(
            (hits for known, hits in self._found.items() if known in word),
            key=len,
            default=None,
        )
        if within is not None and len(within) <= NARROW:
            texts = self.texts
            found = frozenset(n for n in within if word in texts[n])
        else:
            found = frozenset(_hits(self.text, self.starts, word))
        self._found[word] = found
        return found


def _joined(texts: list[str]) -> tuple[str, list[int]]:
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    return "\n".join(texts), starts


def _hits(text: str, starts: list[int], word: str) -> list[int]:
    """The numbers of the parts of `text` (starting at `starts`) that hold
    `word`, each once, in order."""
    find, after, last = text.find, bisect.bisect_right, len(starts) - 1
    hits = []
    at = find(word)
    while at >= 0:
        part = after(starts, at) - 1
        hits.append(part)
        if part == last:
            break
        at = find(word, starts[part + 1])
    return hits
