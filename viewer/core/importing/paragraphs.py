"""One model of an imported document for every format: its paragraphs, in
order, each a heading, a list item or a plain paragraph of one line of text.

Plain text comes as lines: `from_text` decides where a paragraph ends,
unwraps hard-wrapped lines and joins words hyphenated at a line end.
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
# White space but for the no-break spaces, which bind "13 June", "г-н Гутерриш".
_SPACE_RE = re.compile(r"[^\S\u00a0\u202f]+")
BULLET_RE = re.compile(r"^(?:[•·▪◦●‣∙○■□–—*+-]|\d{1,3}[.)])\s+")
# A line this long was not wrapped by hand: each such line is a paragraph
# (web copies hold one paragraph a line, some without blank lines between).
_UNWRAPPED = 120
# A heading of plain text: one short line alone, not ending as a sentence or clause does.
_MAX_HEADING = 150
_CLAUSE_END = (".", ",", ";", ":")
_SENTENCE_INSIDE_RE = re.compile(r"[.!?]\s")
_YEAR_RE = re.compile(r",\s.*\b(?:1[89]|20)\d\d\b")
_HYPHEN_END_RE = re.compile(r"([^\W\d_]+)-$")
_WORD_START_RE = re.compile(r"^([^\W\d_]+)")


# Typographic ligatures, which PDFs keep as single characters.
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)


def clean(text: str) -> str:
    """`text` on one line: control characters as spaces, runs of white space
    as one, ligatures as their letters."""
    return _SPACE_RE.sub(" ", _CONTROL_RE.sub(" ", text)).strip().translate(_LIGATURES)


def para(text: str, kind: str = PARAGRAPH, level: int = 0) -> Para | None:
    """A paragraph of `text` cleaned, or None when nothing of it is left."""
    text = clean(text)
    if not text:
        return None
    return Para(text, kind, min(max(level, 1), 6) if kind == HEADING else 0)


def from_text(text: str) -> list[Para]:
    """The paragraphs of plain text: blocks between blank lines, split
    further where lines are paragraphs of their own."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    joiner = Joiner(lines)
    paras: list[Para] = []
    for block in _blocks(lines):
        paras.extend(_block_paras(block, joiner))
    return paras


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _block_paras(block: list[str], joiner: "Joiner") -> list[Para]:
    if len(block) == 1 and _looks_like_heading(block[0]):
        return [Para(clean(block[0]), HEADING, 1)]
    groups: list[list[str]] = []
    width = max(len(line) for line in block)
    for line in block:
        starts_new = (
            not groups
            or width > _UNWRAPPED
            or BULLET_RE.match(line)
            or _ends_short(groups[-1][-1], width)
            or (len(groups) == 1 == len(groups[0]) and _short_title(groups[0][0], width))
        )
        if starts_new:
            groups.append([line])
        else:
            groups[-1].append(line)
    found = []
    for group in groups:
        text = joiner.join(group)
        kind = PARAGRAPH
        if match := BULLET_RE.match(text):
            # A numbered paragraph keeps its number: it is how the text is cited.
            kind, text = ITEM, text if match.group(0)[0].isdigit() else text[match.end() :]
        elif (
            group is groups[0] and len(groups) > 1 and len(group) == 1 and _short_title(text, width)
        ):
            kind = HEADING
        if made := para(text, kind):
            found.append(made)
    return found


def _short_title(line: str, width: int) -> bool:
    """A heading on the line above its paragraph's: a block's first line
    that looks like one, short of the paragraph's width."""
    return len(line) < 0.7 * width and _looks_like_heading(line)


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
        and not BULLET_RE.match(line)
        and "@" not in line
        and "://" not in line
        and not _YEAR_RE.search(line)  # a dateline ("Душанбе, 15 марта 2021 года")
    )


def _ends_short(line: str, width: int) -> bool:
    """A wrapped paragraph's last line: a sentence's end well short of the block's width."""
    return len(line) < 0.6 * width and line.endswith((".", "!", "?", ":", "»", "”", '"'))


class Joiner:
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
            if end and start:
                hyphenated = f"{end.group(1)}-{start.group(1)}".lower()
                if start.group(1)[0].islower() and not self.words[hyphenated]:
                    text = text[:-1] + line
                else:
                    text += line
                continue
            text += " " + line
        return text
