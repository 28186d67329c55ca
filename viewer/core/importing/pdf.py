"""A PDF's text layer, read by poppler's `pdftotext -bbox-layout`.

That mode gives poppler's reading order (columns followed, not laid side
by side as `-layout` does) and its blocks, which are paragraphs, with each
line's box: a heading is told by its larger type, and a page number or a
running header or footer by standing first or last on its page and
recurring. pdftotext runs without a shell, on the file's absolute path (a
name starting with "-" is no option), with a time limit and a cap on what
it may print; its XHTML is read by the standard library's parser.
"""

import os
import re
import selectors
import shutil
import statistics
import subprocess
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.importing.paragraphs import BULLET_RE, HEADING, ITEM, PARAGRAPH, Joiner, Para, para
from viewer.core.importing.refused import ImportRefused, refusal

TIMEOUT = 60.0  # seconds
MAX_OUTPUT = 256 * 1024 * 1024  # bytes of pdftotext's XHTML, some ten times the text
_EXIT_ENCRYPTED = 3  # pdftotext: "error related to PDF permissions"
# A block of at most so many lines, in type this much larger than the
# body's, is a heading.
_HEADING_SIZE = 1.15
_MAX_HEADING_LINES = 3
_PAGE_NUMBER_RE = re.compile(
    r"(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?|\d{1,4}\s*(?:/|of|из)\s*\d{1,4}"
    r"|(?:page|p\.|стр\.?|страница|с\.)\s*\d{1,4}(?:\s*(?:/|of|из)\s*\d{1,4})?",
    re.IGNORECASE,
)
# A paragraph that goes on over a page ends its page without these.
_SENTENCE_END = (".", "!", "?", ":", ";", "»", "”", '"', ")")


class Line(NamedTuple):
    text: str
    left: float
    right: float
    height: float


class Block(NamedTuple):
    lines: list[Line]
    left: float
    right: float


def from_pdf(path: Path) -> list[Para]:
    pages = _Parser.pages(_pdftotext(Path(path).resolve()))
    paras = _paras(_without_furniture(pages))
    if not paras:
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The PDF has no text layer (it may be a scan): import a PDF with text,"
                    " or the text itself.",
                )
            )
        )
    return paras


class _Parser(HTMLParser):
    """pdftotext's pages, of blocks of lines of words."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[list[Block]] = []
        self.block: dict[str, float] = {}
        self.lines: list[Line] = []
        self.line: dict[str, float] = {}
        self.words: list[str] = []
        self.word: list[str] | None = None

    @classmethod
    def pages(cls, xhtml: str) -> list[list[Block]]:
        parser = cls()
        parser.feed(xhtml)
        parser.close()
        return parser.found

    def handle_starttag(self, tag, attrs):
        if tag == "page":
            self.found.append([])
        elif tag == "block":
            self.block, self.lines = _box(attrs), []
        elif tag == "line":
            self.line, self.words = _box(attrs), []
        elif tag == "word":
            self.word = []

    def handle_endtag(self, tag):
        if tag == "word" and self.word is not None:
            self.words.append("".join(self.word))
            self.word = None
        elif tag == "line" and self.words:
            box = self.line
            height = box.get("ymax", 0.0) - box.get("ymin", 0.0)
            self.lines.append(
                Line(" ".join(self.words), box.get("xmin", 0.0), box.get("xmax", 0.0), height)
            )
        elif tag == "block" and self.lines and self.found:
            box = self.block
            self.found[-1].append(Block(self.lines, box.get("xmin", 0.0), box.get("xmax", 0.0)))

    def handle_data(self, data):
        if self.word is not None:
            self.word.append(data)


def _box(attrs) -> dict[str, float]:
    box = {}
    for name, value in attrs:
        try:
            box[name.lower()] = float(value)
        except (TypeError, ValueError):
            continue
    return box


def _without_furniture(pages: list[list[Block]]) -> list[list[Block]]:
    """The pages without page numbers, and without a first or last block
    that recurs (digits aside) on a third of the pages or more, when there
    are three pages or more."""
    pages = [[b for b in page if not _PAGE_NUMBER_RE.fullmatch(_text(b))] for page in pages]
    if len(pages) < 3:
        return pages
    counts = Counter(shape for page in pages for shape in {_shape(b) for b in _edges(page)})
    repeated = {shape for shape, count in counts.items() if count >= max(3, len(pages) / 3)}
    return [
        [b for b in page if not (_shape(b) in repeated and any(b is e for e in _edges(page)))]
        for page in pages
    ]


def _edges(page: list[Block]) -> list[Block]:
    return page[:1] + page[-1:]


def _shape(block: Block) -> str:
    return re.sub(r"\d+", "#", _text(block).lower())


def _text(block: Block) -> str:
    return " ".join(" ".join(line.text for line in block.lines).split())


def _paras(pages: list[list[Block]]) -> list[Para]:
    lines = [line for page in pages for block in page for line in block.lines]
    if not lines:
        return []
    body = statistics.median(line.height for line in lines)
    joiner = Joiner([line.text for line in lines])
    paras: list[Para] = []
    open_ended = False  # the last paragraph may go on over the page
    for page in pages:
        for number, block in enumerate(page):
            for group in _paragraph_lines(block):
                text = joiner.join([line.text for line in group])
                height = statistics.median(line.height for line in group)
                if len(group) <= _MAX_HEADING_LINES and height >= _HEADING_SIZE * body:
                    made = para(text, HEADING, 1 if height >= 1.5 * body else 2)
                elif match := BULLET_RE.match(text):
                    made = para(text[match.end() :], ITEM)
                elif number == 0 and open_ended and text[:1].islower():
                    previous = paras.pop()
                    made = para(joiner.join([previous.text, text]), previous.kind)
                else:
                    made = para(text, PARAGRAPH)
                if made:
                    paras.append(made)
                    open_ended = made.kind != HEADING and not made.text.endswith(_SENTENCE_END)
    return paras


def _paragraph_lines(block: Block) -> list[list[Line]]:
    """A block's lines, split after a line that ends a sentence where the
    next line's first word would have fitted (paragraphs set without space
    between them, which poppler keeps in one block)."""
    groups: list[list[Line]] = [[]]
    for line, following in zip(block.lines, [*block.lines[1:], None], strict=True):
        groups[-1].append(line)
        if following is None or not line.text.rstrip().endswith(_SENTENCE_END):
            continue
        per_char = (line.right - line.left) / max(len(line.text), 1)
        first_word = following.text.split(" ", 1)[0]
        if block.right - line.right > per_char * (len(first_word) + 2):
            groups.append([])
    return [group for group in groups if group]


def _pdftotext(path: Path) -> str:
    program = shutil.which("pdftotext")
    if program is None:
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Reading a PDF needs poppler's pdftotext: install the poppler-utils package.",
                )
            )
        )
    try:
        process = subprocess.Popen(
            [program, "-q", "-bbox-layout", "-enc", "UTF-8", str(path), "-"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        raise ImportRefused(_damaged()) from None
    with process:
        output = _read_output(process)
        code = process.wait()
    if code == _EXIT_ENCRYPTED:
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import", "The PDF is protected against copying its text: it cannot be read."
                )
            )
        )
    if code != 0:
        raise ImportRefused(_damaged())
    return output.decode("utf-8", "replace")


def _read_output(process: subprocess.Popen) -> bytes:
    """What `process` prints, within the time limit and the size cap."""
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + TIMEOUT
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                process.kill()
                raise ImportRefused(
                    refusal(
                        QT_TRANSLATE_NOOP(
                            "Import", "Reading the PDF took more than {seconds} seconds."
                        ),
                        seconds=int(TIMEOUT),
                    )
                )
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > MAX_OUTPUT:
                process.kill()
                raise ImportRefused(
                    refusal(QT_TRANSLATE_NOOP("Import", "The PDF holds too much text to import."))
                )
            chunks.append(chunk)


def _damaged():
    return refusal(QT_TRANSLATE_NOOP("Import", "The PDF is damaged and cannot be read."))
