"""Render a block's inline Markdown to HTML and to plain text.

Only inline syntax is honoured (emphasis, strong, ``==key passage==``): the
block structure is already decided by `viewer.core.blocks`, so anything that
Markdown would read as block syntax is escaped first. Raw HTML is escaped,
never rendered.
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


class Rendered(NamedTuple):
    html: str
    plain: str
    marks: tuple[tuple[int, int], ...]  # key passages as [start, end) in `plain`


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

    return markdown.Markdown(extensions=[KeyPassageExtension()], output_format="html")


def render_inline(text: str) -> Rendered:
    """Render one block's inline Markdown."""
    escaped = text.replace("<", "&lt;").replace(">", "&gt;")
    escaped = _BLOCK_START_RE.sub(lambda m: m.group(0) + "\\", escaped, count=1)
    body = _markdown().reset().convert(escaped)
    if body.startswith("<p>") and body.endswith("</p>"):
        body = body[3:-4]
    plain, marks = _plain_and_marks(body)
    return Rendered(body, plain, marks)


def _plain_and_marks(body: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    offset = 0
    opened: int | None = None
    for match in _TAG_RE.finditer(body):
        closing, tag = match.group(1), match.group(2)
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
    return "".join(parts), tuple(marks)
