"""A document's outline: its headings in reading order, each with its
paragraph, level and text in one language, and the heading of the section
a paragraph is in."""

import bisect
from typing import NamedTuple

from viewer.core.blocks import HEADING
from viewer.core.model import LANGS, Document


class Heading(NamedTuple):
    paragraph: int
    level: int  # 1 to 6, as the Markdown's number of #
    text: str


def outline(document: Document, lang: str) -> tuple[Heading, ...]:
    """The headings of `document` in `lang`. A heading with no text in
    `lang` is given in the other language: one side of an imported
    document's pair may be empty, and an outline row must say something."""
    other = next(code for code in LANGS if code != lang)
    return tuple(
        Heading(pair.paragraph, pair.level, pair.text(lang).plain or pair.text(other).plain)
        for pair in document.pairs
        if pair.kind == HEADING
    )


def section_of(headings: tuple[Heading, ...], paragraph: int) -> int | None:
    """The index in `headings` of the heading `paragraph` comes under: the
    last one at or before it; None before the first."""
    index = bisect.bisect_right([heading.paragraph for heading in headings], paragraph) - 1
    return index if index >= 0 else None
