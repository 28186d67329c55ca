"""Finding annotations as the reader types: by kind or colour, by tag, and by
words in either language, in the note, label, tags, quote or the text of the
paragraph they stand on.

Each annotation's own text is folded once (and again only when it changes),
each paragraph's text once for the life of the finder, and both are laid
end to end when the list of annotations is read (see _Index): a keystroke
costs a few scans of two long strings in C, or, while typing on narrows
what an earlier word found to a few, a test of each of those.
"""

import bisect
import unicodedata
from collections.abc import Iterable, Sequence

from viewer.core.annotations.model import COLOURS, Annotation
from viewer.core.model import Corpus
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
    """Keeps what it folded across calls: the paragraphs' texts for its
    life, an annotation's own text until it changes, and the index of the
    last list it was asked about until another list comes."""

    def __init__(self, corpus: Corpus):
        self._documents = {document.id: document for document in corpus.documents}
        self._pairs: dict[tuple[str, int], str] = {}
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
            self._index = _Index(annotations, self._own_text, self.pair_text)
        return self._index

    def _own_text(self, annotation: Annotation) -> str:
        """What an annotation says of its own: note, name, tags, and the
        text it marks unless that is its paragraph's, searched as such."""
        cached = self._own.get(annotation.id)
        if cached is None or (cached[0] is not annotation and cached[0] != annotation):
            searched_as_paragraph = (
                annotation.on_pair
                and not annotation.detached
                and self.pair_text(annotation.doc, annotation.paragraph)
            )
            quote = "" if searched_as_paragraph else annotation.quote
            text = _folded(annotation.note, annotation.label, " ".join(annotation.tags), quote)
            cached = self._own[annotation.id] = (annotation, text)
        return cached[1]

    def pair_text(self, doc: str, paragraph: int) -> str:
        """Both languages of a paragraph, folded; empty when the edition has
        no such paragraph."""
        key = (doc, paragraph)
        text = self._pairs.get(key)
        if text is None:
            document = self._documents.get(doc)
            pair = (
                document.pairs[paragraph - 1]
                if document and 1 <= paragraph <= len(document.pairs)
                else None
            )
            text = self._pairs[key] = _folded(pair.ru.plain, pair.en.plain) if pair else ""
        return text


NARROW = 2000  # candidates few enough to test one by one rather than scan all text


class _Index:
    """One list of annotations as two long texts, each annotation's own and
    each of their paragraphs' (once however many annotations it has), a
    line apart: a word, which has no spaces, is found with a few calls of
    `str.find`, skipping to the next annotation (or paragraph) at each hit."""

    def __init__(self, annotations: Sequence[Annotation], own_text, pair_text):
        self.annotations = annotations
        owns = [own_text(a) for a in annotations]
        self.own, self.own_starts = _joined(owns)
        pairs: dict[tuple[str, int], list[int]] = {}
        for number, a in enumerate(annotations):
            if not a.detached:  # its paragraph's text is not its own any more
                pairs.setdefault((a.doc, a.paragraph), []).append(number)
        texts = [pair_text(doc, paragraph) for doc, paragraph in pairs]
        self.pairs, self.pair_starts = _joined(texts)
        self.of_pair = list(pairs.values())  # annotation numbers, by pair number
        # For testing few candidates one by one: each one's texts.
        self.texts = [(own, "") for own in owns]
        for text, numbers in zip(texts, self.of_pair, strict=True):
            for number in numbers:
                self.texts[number] = (owns[number], text)
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
            found = frozenset(n for n in within if word in texts[n][0] or word in texts[n][1])
        else:
            found = frozenset(_hits(self.own, self.own_starts, word)) | frozenset(
                number
                for pair in _hits(self.pairs, self.pair_starts, word)
                for number in self.of_pair[pair]
            )
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
