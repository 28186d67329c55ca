"""Which excerpts a choice yields: block pairs with their marks and the
reader's notes on them, grouped by document in the library's order and by
paragraph in reading order. Pure data: what is drawn, not how."""

from collections.abc import Iterable
from typing import NamedTuple

from viewer.core.annotations.model import Annotation
from viewer.core.model import LANGS, BlockPair, Corpus, Document

KEY = None  # the colour of a key passage's mark: it has none of the reader's


class Mark(NamedTuple):
    """[start, end) of a version's plain text, in a highlight's colour or
    marked as a key passage (`colour` is KEY)."""

    start: int
    end: int
    colour: str | None


class Note(NamedTuple):
    """What the reader wrote on an excerpt: a highlight's note (with its
    quote, language and colour), a note on the paragraph, a bookmark's
    label (`text` may be empty: a bookmark without a name)."""

    kind: str  # "highlight", "note" or "bookmark"
    text: str
    lang: str | None = None
    quote: str = ""
    colour: str | None = None


class Excerpt(NamedTuple):
    document: Document
    pair: BlockPair
    marks: dict[str, tuple[Mark, ...]]  # by language, in text order
    notes: tuple[Note, ...]  # bookmarks first, then notes in text order


class Choice(NamedTuple):
    """What to export. `docs` empty means the whole library; `colours`
    empty means highlights of every colour. `places`, when given, is the
    scope itself (search results, say): each of those pairs is an excerpt,
    marked with whatever else is included."""

    docs: tuple[str, ...] = ()
    highlights: bool = False
    colours: tuple[str, ...] = ()
    bookmarks: bool = False
    notes: bool = False
    key_passages: bool = False
    places: tuple[tuple[str, int], ...] | None = None


def excerpts(corpus: Corpus, annotations: Iterable[Annotation], choice: Choice) -> list[Excerpt]:
    by_place: dict[tuple[str, int], list[Annotation]] = {}
    for annotation in annotations:
        if not annotation.detached and included(annotation, choice):
            by_place.setdefault((annotation.doc, annotation.paragraph), []).append(annotation)
    places = set(choice.places) if choice.places is not None else None
    chosen = []
    for document in corpus.documents:
        if choice.docs and document.id not in choice.docs:
            continue
        for pair in document.pairs:
            place = (document.id, pair.paragraph)
            marked = by_place.get(place, [])
            key = choice.key_passages and pair.is_key
            wanted = place in places if places is not None else bool(marked) or key
            if wanted:
                chosen.append(_excerpt(document, pair, marked, choice.key_passages))
    return chosen


def included(annotation: Annotation, choice: Choice) -> bool:
    if annotation.kind == "highlight":
        return choice.highlights and (not choice.colours or annotation.colour in choice.colours)
    if annotation.kind == "bookmark":
        return choice.bookmarks
    return choice.notes


def _excerpt(
    document: Document, pair: BlockPair, annotations: list[Annotation], key_passages: bool
) -> Excerpt:
    marks = {}
    for lang in LANGS:
        text = pair.text(lang)
        spans = [Mark(start, end, KEY) for start, end in text.marks] if key_passages else []
        spans += [
            Mark(a.start, a.end, a.colour)
            for a in annotations
            if a.kind == "highlight" and a.lang == lang and 0 <= a.start < a.end <= len(text.plain)
        ]
        marks[lang] = tuple(sorted(spans, key=lambda m: (m.start, m.end)))
    ordered = sorted(annotations, key=_reading_order)
    notes = tuple(
        Note(a.kind, a.label if a.kind == "bookmark" else a.note, a.lang, a.quote, a.colour)
        for a in ordered
        if a.kind == "bookmark" or a.note.strip()
    )
    return Excerpt(document, pair, marks, notes)


def _reading_order(annotation: Annotation) -> tuple:
    kind = ("bookmark", "note", "highlight").index(annotation.kind)
    lang = LANGS.index(annotation.lang) if annotation.lang in LANGS else -1
    return (kind, lang, annotation.start or 0, annotation.created)


def by_document(chosen: list[Excerpt]) -> list[tuple[Document, list[Excerpt]]]:
    """`chosen` in runs of one document each, in their order."""
    groups: list[tuple[Document, list[Excerpt]]] = []
    for excerpt in chosen:
        if not groups or groups[-1][0].id != excerpt.document.id:
            groups.append((excerpt.document, []))
        groups[-1][1].append(excerpt)
    return groups
