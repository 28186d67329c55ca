"""One model of an imported document for every format: its paragraphs, in
order, each a heading, a list item or a plain paragraph of one line of text.

Plain text and PDF come as lines; `from_text` decides where a paragraph
ends, unwraps hard-wrapped lines and joins words hyphenated at a line end.
PDF pages also lose their page numbers and the running headers and footers
repeated on many pages.
"""

import re
from collections import Counter
from typing import NamedTuple

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"


class Para(NamedTuple):
    text: str  # one line, whitespace collapsed, no control characters
    kind: str = PARAGRAPH  # heading, paragraph or item
    level: int = 0  # 1-6 for a heading


_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_SPACE_RE = re.compile(r"\s+")
_BULLET_RE = re.compile(r"^(?:[•·▪◦●‣∙○■□–—*+-]|\d{1,3}[.)])\s+")
# A line this long was not wrapped by hand: each such line is a paragraph
# (web copies hold one paragraph a line, some without blank lines between).
_UNWRAPPED = 120
# A heading of plain text: one short line alone, not ending as a sentence or clause does.
_MAX_HEADING = 150
_CLAUSE_END = (".", ",", ";", ":")
_SENTENCE_INSIDE_RE = re.compile(r"[.!?]\s")
_HYPHEN_END_RE = re.compile(r"([^\W\d_]+)-$")
_WORD_START_RE = re.compile(r"^([^\W\d_]+)")
_PAGE_NUMBER_RE = re.compile(
    r"^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*(?:/|of|из)\s*\d{1,4}"
    r"|(?:page|p\.|стр\.?|страница|с\.)\s*\d{1,4}(?:\s*(?:/|of|из)\s*\d{1,4})?)$",
    re.IGNORECASE,
)


def clean(text: str) -> str:
    """`text` on one line: control characters as spaces, runs of white space as one."""
    return _SPACE_RE.sub(" ", _CONTROL_RE.sub(" ", text)).strip()


def para(text: str, kind: str = PARAGRAPH, level: int = 0) -> Para | None:
    """A paragraph of `text` cleaned, or None when nothing of it is left."""
    text = clean(text)
    if not text:
        return None
    return Para(text, kind, min(max(level, 1), 6) if kind == HEADING else 0)


def from_text(text: str, pages: bool = False) -> list[Para]:
    """The paragraphs of plain text: blocks between blank lines, split
    further where lines are paragraphs of their own. `pages`: the text is
    a PDF's, with form feeds between pages."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if pages:
        lines = _without_page_furniture(lines)
    lines = [line.replace("\f", " ").rstrip() for line in lines]
    joiner = _Joiner(lines)
    paras: list[Para] = []
    for block in _blocks(lines):
        paras.extend(_block_paras(block, joiner, pages))
    return paras


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _block_paras(block: list[str], joiner: "_Joiner", pages: bool) -> list[Para]:
    if len(block) == 1 and _looks_like_heading(block[0]) and not pages:
        return [Para(clean(block[0]), HEADING, 1)]
    groups: list[list[str]] = []
    width = max(len(line) for line in block)
    for line in block:
        starts_new = (
            not groups
            or width > _UNWRAPPED
            or _BULLET_RE.match(line)
            or _ends_short(groups[-1][-1], width)
        )
        if starts_new:
            groups.append([line])
        else:
            groups[-1].append(line)
    found = []
    for group in groups:
        text = joiner.join(group)
        kind = PARAGRAPH
        if match := _BULLET_RE.match(text):
            kind, text = ITEM, text[match.end() :]
        if made := para(text, kind):
            found.append(made)
    return found


def _looks_like_heading(line: str) -> bool:
    """One short line of two words or more, starting with a capital or a
    digit, with no sentence's end inside or at its end, and no address."""
    line = line.strip()
    return (
        len(line) <= _MAX_HEADING
        and len(line.split()) >= 2
        and (line[0].isupper() or line[0].isdigit())
        and not line.endswith(_CLAUSE_END)
        and not _SENTENCE_INSIDE_RE.search(line)
        and not _BULLET_RE.match(line)
        and "@" not in line
        and "://" not in line
    )


def _ends_short(line: str, width: int) -> bool:
    """A wrapped paragraph's last line: a sentence's end well short of the block's width."""
    return len(line) < 0.6 * width and line.endswith((".", "!", "?", ":", "»", "”", '"'))


class _Joiner:
    """Joins a paragraph's lines. A word broken by a hyphen at a line's end
    is joined without it only when the rest starts in lower case and the
    document never writes the word with its hyphen inside a line."""

    def __init__(self, lines: list[str]):
        self.words = Counter(
            word.lower() for line in lines for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line)
        )

    def join(self, lines: list[str]) -> str:
        text = lines[0]
        for line in lines[1:]:
            end = _HYPHEN_END_RE.search(text)
            start = _WORD_START_RE.match(line)
            if end and start and start.group(1)[0].islower():
                hyphenated = f"{end.group(1)}-{start.group(1)}".lower()
                if not self.words[hyphenated]:
                    text = text[:-1] + line
                    continue
                text += line
                continue
            text += " " + line
        return text


def _without_page_furniture(lines: list[str]) -> list[str]:
    """The lines of a PDF's text without page breaks (a paragraph may go on
    over one), without page numbers, and without the first and last lines of
    a page that recur (digits aside) on a third of the pages or more, when
    there are three pages or more."""
    pages: list[list[str]] = [[]]
    for line in lines:
        *before, last = line.split("\f")
        for part in before:
            pages[-1].append(part)
            pages.append([])
        pages[-1].append(last)
    pages = [[line for line in page if not _PAGE_NUMBER_RE.match(line.strip())] for page in pages]
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_shape(line) for line in _edges(page)})
    repeated = (
        {shape for shape, count in counts.items() if count >= max(3, len(pages) / 3)}
        if len(pages) >= 3
        else set()
    )
    kept: list[str] = []
    for page in pages:
        edges = set(_edges(page))
        kept.extend(line for line in page if not (line in edges and _shape(line) in repeated))
    return kept


def _edges(page: list[str]) -> list[str]:
    filled = [line for line in page if line.strip()]
    return filled[:2] + filled[-2:]


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", clean(line).lower())
