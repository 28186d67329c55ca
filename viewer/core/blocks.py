"""Split a language file of the corpus into its Markdown blocks."""

import re
from typing import NamedTuple

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"
QUOTE = "quote"
KINDS = (HEADING, PARAGRAPH, ITEM, QUOTE)

_HEADING_RE = re.compile(r"(#{1,6})\s+")
_ITEM_RE = re.compile(r"(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE_RE = re.compile(r"^>\s?")


class SourceBlock(NamedTuple):
    """One block as written: its kind, its inline Markdown and where it starts."""

    kind: str
    level: int  # heading level 1-6; 0 for other kinds
    text: str  # inline Markdown, block marker removed, lines joined
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
    return SourceBlock(kind, level, " ".join(part.strip() for part in lines), start)
