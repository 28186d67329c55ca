"""A Markdown file reduced to its text and structure: headings (`#` and
underlined), list items and paragraphs, with inline formatting dropped and
no link or image followed."""

import html
import re

from viewer.core.importing.paragraphs import HEADING, ITEM, PARAGRAPH, Para, para

_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_ITEM_RE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE_RE = re.compile(r"^\s*>\s?")
_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_FENCE_RE = re.compile(r"^\s{0,3}(```|~~~)")
# Inline syntax whose text is kept and marks dropped.
_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK_RE = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK_RE = re.compile(r"<((?:[A-Za-z][A-Za-z0-9+.-]*:|[^<>@\s]+@)[^<>\s]*)>")
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->")
_EMPHASIS_RE = re.compile(r"(\*{1,3}|_{1,3}|`+|==|~~)(?=\S)(.+?)(?<=\S)\1")
_PRIVATE_RE = re.compile("[\ue000\ue001]")
_ASIDE_RE = re.compile("\ue000(\\d+)\ue001")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>=<~|])")


def from_markdown(text: str) -> list[Para]:
    paras: list[Para] = []
    lines: list[str] = []
    kind, level = PARAGRAPH, 0
    fenced = False

    def flush():
        nonlocal lines, kind, level
        if lines and (made := para(_inline(" ".join(lines)), kind, level)):
            paras.append(made)
        lines, kind, level = [], PARAGRAPH, 0

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _FENCE_RE.match(raw):
            flush()
            fenced = not fenced
            continue
        if fenced:
            lines.append(raw)
            continue
        if not raw.strip() or (_RULE_RE.match(raw) and not lines):
            flush()
            continue
        if (setext := _SETEXT_RE.match(raw)) and lines and kind == PARAGRAPH:
            kind, level = HEADING, 1 if setext.group(1)[0] == "=" else 2
            flush()
            continue
        if match := _HEADING_RE.match(raw):
            flush()
            lines, kind, level = [match.group(2)], HEADING, len(match.group(1))
            flush()
            continue
        if match := _ITEM_RE.match(raw):
            flush()
            numbered = match.group(0).strip()[0].isdigit()  # keeps its number, as cited
            lines, kind = [raw.strip() if numbered else raw[match.end() :]], ITEM
            continue
        lines.append(_QUOTE_RE.sub("", raw, count=1))
    flush()
    return paras


def _inline(text: str) -> str:
    # Escaped characters stand aside (numbered between private-use
    # characters) while the marks around them go.
    escaped: list[str] = []

    def aside(match):
        escaped.append(match.group(1))
        return f"\ue000{len(escaped) - 1}\ue001"

    text = _ESCAPE_RE.sub(aside, _PRIVATE_RE.sub("", text))
    text = _IMAGE_RE.sub(r"\1", text)
    text = _LINK_RE.sub(r"\1", text)
    text = _AUTOLINK_RE.sub(r"\1", text)
    text = _TAG_RE.sub("", text)
    previous = None
    while previous != text:
        previous, text = text, _EMPHASIS_RE.sub(r"\2", text)
    text = html.unescape(text)
    return _ASIDE_RE.sub(lambda match: escaped[int(match.group(1))], text)
