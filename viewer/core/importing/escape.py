"""Imported text written in the corpus format (corpus/README.md): every
character that the loader would read as Markdown is escaped, so that the
loaded text is the imported text, character for character, and the checker
finds no markup in it."""

import re

from viewer.core.blocks import NO_COUNTERPART
from viewer.core.importing.paragraphs import HEADING, ITEM, Para

# Inline syntax: backslash escapes for what Markdown can escape; `==`
# (a key passage), `<` (HTML, an autolink), an `&` that could begin an entity,
# and a link's `[` cannot be escaped so: they are written as character references.
_INLINE_RE = re.compile(r"[\\`*_]|=(?==)|<|&(?=#|[^\W_])|\[")
_REFERENCES = {"=": "&#61;", "<": "&lt;", "&": "&amp;", "[": "&#91;"}
# What `viewer.core.blocks` reads as a block's kind at the start of its first line.
_BLOCK_START_RE = re.compile(r"^(?:([#+-])|(>)|(\d{1,3})([.)]))")


def escape(text: str) -> str:
    """`text` as inline Markdown that renders as `text` (on one line)."""
    text = " ".join(text.split())
    if text == NO_COUNTERPART:  # alone in a block, the sign means "no counterpart"
        return "&#8709;"
    text = _INLINE_RE.sub(_escaped, text)
    return _BLOCK_START_RE.sub(_block_start, text, count=1)


def to_markdown(paras: list[Para]) -> str:
    """One language file of the corpus: the paragraphs as blocks."""
    blocks = []
    for p in paras:
        if p.kind == HEADING:
            blocks.append(f"{'#' * max(p.level, 1)} {escape(p.text)}")
        elif p.kind == ITEM:
            blocks.append(f"- {escape(p.text)}")
        else:
            blocks.append(escape(p.text))
    return "\n\n".join(blocks) + "\n"


def _escaped(match: re.Match) -> str:
    char = match.group(0)
    return _REFERENCES.get(char, "\\" + char)


def _block_start(match: re.Match) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    if match.group(2):  # the loader escapes ">" as HTML before Markdown reads "\>"
        return "&gt;"
    return match.group(3) + "\\" + match.group(4)
