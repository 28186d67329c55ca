"""Stretches of a document's text, as the reader marks and copies them.

A span is [start, end) in the plain text of one language's version of one
block pair. Offsets count characters of `Text.plain`, the text a reader sees,
so a span means the same whether its row is on screen, in a search result or
in a file of annotations.
"""

from typing import NamedTuple

from viewer.core.model import Document


class Span(NamedTuple):
    paragraph: int
    lang: str
    start: int
    end: int


def block_span(document: Document, paragraph: int, lang: str) -> Span:
    """The whole text of `lang` in pair `paragraph`."""
    return Span(paragraph, lang, 0, len(document.pairs[paragraph - 1].text(lang).plain))


def span_text(document: Document, span: Span) -> str:
    return document.pairs[span.paragraph - 1].text(span.lang).plain[span.start : span.end]


def without(span: Span, holes: tuple[tuple[int, int], ...]) -> list[Span]:
    """The parts of `span` outside `holes` ([start, end) offsets, sorted)."""
    parts, start = [], span.start
    for hole_start, hole_end in holes:
        if hole_start > start:
            parts.append(span._replace(start=start, end=min(hole_start, span.end)))
        start = max(start, hole_end)
        if start >= span.end:
            break
    if start < span.end:
        parts.append(span._replace(start=start))
    return [part for part in parts if part.start < part.end]


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened to whole words where it cuts one, as a reader
    means a highlight made with a hasty mouse."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end
