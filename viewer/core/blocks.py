"""Split a language file of the corpus into its Markdown blocks."""

import re
from typing import NamedTuple

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"
QUOTE = "quote"
EMPTY = "empty"
KINDS = (HEADING, PARAGRAPH, ITEM, QUOTE)
# A block holding only this is the empty side of a link: a paragraph of the
# other language that has no counterpart (a 1:0 or 0:1 link).
NO_COUNTERPART = "∅"
# A line holding only this inside a block starts a further paragraph of the
# same link (the two paragraphs of a 1:2 link). In plain text the paragraphs
# are separated by a newline, which no joined block line ever holds.
JOIN = "+"
PARTS = "\n"

_HEADING_RE = re.compile(r"(#{1,6})\s+")
_ITEM_RE = re.compile(r"(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE_RE = re.compile(r"^>\s?")


class SourceBlock(NamedTuple):
    """One block as written: its kind, its inline Markdown and where it starts."""

    kind: str
    level: int  # heading level 1-6; 0 for other kinds
    text: str  # inline Markdown, block marker removed, lines joined; parts split by PARTS
    line: int  # 1-based line of the block's first line in the file


def split_blocks(source: str) -> list[SourceBlock]:
    """Return the blocks of `source`, which are separated by blank lines."""
    blocks: list[SourceBlock] = []
    lines: list[str] = []
    start = 0
    for number, raw in enumerate(source.splitlines(), start=1):
        if raw.strip():
            if not lines:
                start = number
            lines.append(raw.strip())
        elif lines:
            blocks.append(_make_block(lines, start))
            lines = []
    if lines:
        blocks.append(_make_block(lines, start))
    return blocks


def _make_block(lines: list[str], start: int) -> SourceBlock:
    if lines == [NO_COUNTERPART]:
        return SourceBlock(EMPTY, 0, "", start)
    first = lines[0]
    if match := _HEADING_RE.match(first):
        kind, level = HEADING, len(match.group(1))
        lines = [first[match.end() :], *lines[1:]]
    elif match := _ITEM_RE.match(first):
        kind, level = ITEM, 0
        lines = [first[match.end() :], *lines[1:]]
    elif _QUOTE_RE.match(first):
        kind, level = QUOTE, 0
        lines = [_QUOTE_RE.sub("", line, count=1) for line in lines]
    else:
        kind, level = PARAGRAPH, 0
    parts: list[list[str]] = [[]]
    for line in lines:
        if line == JOIN and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(line.strip())
    return SourceBlock(kind, level, PARTS.join(" ".join(part) for part in parts if part), start)
