"""Render a block's inline Markdown to HTML and to plain text.

Only inline syntax is honoured (emphasis, strong, code, ``==key passage==``):
the block structure is already decided by `viewer.core.blocks`, so anything
that Markdown would read as block syntax is escaped first. Raw HTML is
escaped, never rendered. Links, images, autolinks and reference definitions
are not parsed at all: they stay as their source text, so no rendered block
ever names a file or an address for the reader to load.
"""

import html
import re
import xml.etree.ElementTree as etree
from functools import cache
from typing import NamedTuple

KEY_MARK = "=="
# Markdown would read these at the start of a line as block syntax.
_BLOCK_START_RE = re.compile(r"^(?:\d+(?=[.)]\s)|(?=#|[-*+](?:\s|$)|[-*_](?:\s*[-*_]){2,}\s*$))")
_TAG_RE = re.compile(r"<(/?)([a-z]+)[^>]*>|[^<]+")
# Beyond these a block is shown as plain text: a huge block or deep nesting
# of emphasis costs Markdown and Qt time and says nothing a reader needs.
MAX_BLOCK_CHARS = 20_000
MAX_NESTING = 8
# Inline patterns and block processors that would turn text into a link or an image.
_LINK_PATTERNS = (
    "reference",
    "link",
    "image_link",
    "image_reference",
    "short_reference",
    "short_image_ref",
    "autolink",
    "automail",
)


class Rendered(NamedTuple):
    html: str
    plain: str
    marks: tuple[tuple[int, int], ...]  # key passages as [start, end) in `plain`
    plain_only: str = ""  # why Markdown was not applied: "", "long" or "nested"


@cache
def _markdown():
    """The Markdown converter, built on first use: importing this module (the
    checker does) costs nothing until a block is rendered."""
    import markdown
    from markdown.extensions import Extension
    from markdown.inlinepatterns import InlineProcessor

    class KeyPassage(InlineProcessor):
        def handleMatch(self, m, data):
            element = etree.Element("mark")
            element.set("class", "key")
            element.text = m.group(1)
            return element, m.start(0), m.end(0)

    class KeyPassageExtension(Extension):
        def extendMarkdown(self, md):
            md.inlinePatterns.register(KeyPassage(r"==(.+?)==", md), "key-passage", 65)

    converter = markdown.Markdown(extensions=[KeyPassageExtension()], output_format="html")
    for name in _LINK_PATTERNS:
        converter.inlinePatterns.deregister(name)
    converter.parser.blockprocessors.deregister("reference")
    return converter


def render_inline(text: str) -> Rendered:
    """Render one block's inline Markdown."""
    if len(text) > MAX_BLOCK_CHARS:
        return _as_text(text, "long")
    escaped = text.replace("<", "&lt;").replace(">", "&gt;")
    escaped = _BLOCK_START_RE.sub(lambda m: m.group(0) + "\\", escaped, count=1)
    body = _markdown().reset().convert(escaped)
    if body.startswith("<p>") and body.endswith("</p>"):
        body = body[3:-4]
    plain, marks, depth = _plain_and_marks(body)
    if depth > MAX_NESTING:
        return _as_text(text, "nested")
    return Rendered(body, plain, marks)


def _as_text(text: str, reason: str) -> Rendered:
    return Rendered(html.escape(text, quote=False), text, (), reason)


def _plain_and_marks(body: str) -> tuple[str, tuple[tuple[int, int], ...], int]:
    """The plain text, the key passages and the deepest nesting of tags."""
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    offset = 0
    opened: int | None = None
    depth = deepest = 0
    for match in _TAG_RE.finditer(body):
        closing, tag = match.group(1), match.group(2)
        if tag is not None and tag != "br":
            depth += -1 if closing else 1
            deepest = max(deepest, depth)
        if tag is None:
            text = html.unescape(match.group(0))
            parts.append(text)
            offset += len(text)
        elif tag == "mark" and not closing:
            opened = offset
        elif tag == "mark" and opened is not None:
            marks.append((opened, offset))
            opened = None
        elif tag == "br":
            parts.append(" ")
            offset += 1
    return "".join(parts), tuple(marks), deepest
