"""Excerpts as a PDF to hand to a colleague: a title page, then each
document's excerpts with their citation, both versions side by side (or
one), the reader's marks in their colours and notes set apart; a running
header with the document's title and "page X of Y" below.

Drawn with Qt's own text and PDF machinery: each excerpt is a small
QTextDocument laid out at the writer's resolution and placed on the page by
hand, so that an excerpt moves whole to the next page when it does not fit
(and is cut only when it is longer than a page). Needs a QGuiApplication
(fonts), no widgets. Labels are in the interface language; the texts stay
in theirs."""

import contextlib
import functools
import getpass
import itertools
import os
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)

from viewer import APP_NAME, __version__
from viewer.core.citation import (
    LANGUAGE_NAMES,
    STATUS_NAMES,
    date_words,
    place_and_date,
    source_of,
)
from viewer.core.model import Document
from viewer.export.excerpts import KEY, Excerpt, Mark, Note, by_document
from viewer.export.look import (
    HIGHLIGHT_LINES,
    HIGHLIGHTS,
    KEY_PASSAGE,
    SERIF_FAMILY,
    UI_FAMILY,
    load_fonts,
)
from viewer.export.outline import OutlineError, with_outline

translate = QCoreApplication.translate

LAYOUTS = {"side-by-side": ("ru", "en"), "ru": ("ru",), "en": ("en",)}
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
DPI = 300
MARGINS_MM = QMarginsF(18, 12, 18, 12)
BAND_MM = 10  # the running header's and the footer's height, inside the margins
GAP_MM = 5  # between excerpts
TEXT_PT = 10.5
SMALL_PT = 8.5
MUTED = "#555555"
NOTE_BACKGROUND = "#f2f2f2"


class Options(NamedTuple):
    layout: str = "side-by-side"
    paper: str = "a4"
    language: str = "en"  # of the interface: the labels' and the dates'
    meanings: tuple[tuple[str, str], ...] = ()  # (colour, meaning): annotations.model.meanings
    author: str = ""
    date: str = ""  # ISO, the export's


def application(argv: list[str]) -> QGuiApplication:
    """The application an export needs: text is laid out with fonts, which
    need the GUI library, but a PDF needs no display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(argv)


class Cancelled(Exception):
    """The export was cancelled while it was being drawn."""


class Progress(NamedTuple):
    """How far the drawing has gone, and whether to stop: `report(done,
    total)` hears each step, `cancelled()` is asked at each; both run on the
    thread that draws."""

    report: Callable[[int, int], None] = lambda _done, _total: None
    cancelled: Callable[[], bool] = lambda: False


UNWATCHED = Progress()


def render(chosen: list[Excerpt], options: Options, progress: Progress = UNWATCHED) -> bytes:
    """The PDF of `chosen` (not empty), as bytes; raises Cancelled when
    `progress` says to stop."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    set_up(writer, options)
    title = translate("PdfExport", "Annotated excerpts")
    writer.setTitle(title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setAuthor(options.author)
    outline = paint(writer, chosen, options, progress)
    buffer.close()
    data = bytes(buffer.data().data())
    try:
        return with_outline(data, outline)
    except OutlineError:
        return data  # should Qt write its PDFs otherwise: whole, without an outline


def set_up(device: QPagedPaintDevice, options: Options) -> None:
    """`device`'s paper and margins as `options` say."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[options.paper]),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def paint(
    device: QPagedPaintDevice,
    chosen: list[Excerpt],
    options: Options,
    progress: Progress = UNWATCHED,
) -> list[tuple[str, int]]:
    """Draw `chosen` (not empty) on `device`, a PDF writer or a printer, on
    the pages of its page layout; return each document's title and first
    page, for an outline."""
    prepare_fonts()
    book = _Book(device, options, progress)
    book.write(translate("PdfExport", "Annotated excerpts"), chosen)
    return book.outline


def system_author() -> str:
    """The user's name, as the system knows it, for the PDF's metadata."""
    with contextlib.suppress(ImportError, KeyError, OSError):
        import pwd

        entry = pwd.getpwuid(os.getuid())
        return entry.pw_gecos.split(",")[0] or entry.pw_name
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return ""


@functools.cache
def prepare_fonts() -> None:
    """Load the bundled fonts, once: on the GUI thread, before an export is
    drawn on another."""
    load_fonts()


def _text_mm(millimetres: float) -> float:
    """Inside a QTextDocument, whose layout scales the lengths of its
    formats (margins, padding) from Qt's default 96 dpi to the device's."""
    return millimetres * 96 / 25.4


class _Placed(NamedTuple):
    document: QTextDocument
    y: float
    slice: int  # which page of a document longer than a page


class _Page(NamedTuple):
    header: str
    placed: list[_Placed]


class _Book:
    """Lays the excerpts out on pages, then draws the pages."""

    def __init__(self, writer: QPagedPaintDevice, options: Options, progress: Progress):
        self.writer, self.options, self.progress = writer, options, progress
        self.langs = LAYOUTS[options.layout]
        self.dpi = writer.logicalDpiY()
        area = writer.pageLayout().paintRectPixels(self.dpi)
        self.width = float(area.width())
        self.height = float(area.height())
        self.body_top = self._mm(BAND_MM)
        self.body_height = self.height - 2 * self._mm(BAND_MM)
        self.pages: list[_Page] = []
        self.outline: list[tuple[str, int]] = []  # each document's title and first page
        self.y = 0.0
        self.done, self.steps = 0, 1

    def _mm(self, millimetres: float) -> float:
        """On the page, in the device's dots."""
        return millimetres * self.dpi / 25.4

    def _step(self) -> None:
        """One excerpt laid out, or one page drawn."""
        if self.progress.cancelled():
            raise Cancelled
        self.done += 1
        self.progress.report(self.done, self.steps)

    def write(self, title: str, chosen: list[Excerpt]) -> None:
        groups = by_document(chosen)
        # Laying out an excerpt takes about as long as drawing a page of them.
        self.steps = len(chosen) + max(1, len(chosen) // 3)
        self._new_page("")
        self._place(self._title_page(title, chosen, groups))
        for document, group in groups:
            self._new_page(_title(document, self._header_lang()))
            self.outline.append((self.pages[-1].header, len(self.pages) - 1))
            self._place(self._document_heading(document, len(group)))
            for excerpt in group:
                self._place(self._excerpt(excerpt))
                self._step()
        self.steps = self.done + len(self.pages)
        self._draw()

    def _header_lang(self) -> str:
        return self.options.language if self.options.language in self.langs else self.langs[0]

    # Pagination

    def _new_page(self, header: str) -> None:
        self.pages.append(_Page(header, []))
        self.y = 0.0

    def _place(self, document: QTextDocument) -> None:
        height = document.size().height()
        if height > self.body_height:
            self._run_on(document)
            return
        if self.y + height > self.body_height and self.y > 0:
            self._new_page(self.pages[-1].header)
        self.pages[-1].placed.append(_Placed(document, self.y, 0))
        self.y += height + self._mm(GAP_MM)

    def _run_on(self, document: QTextDocument) -> None:
        """Place `document`, longer than a page, from where the page is
        filled to: Qt breaks it between lines, page by page, after an empty
        line as high as what is on the page. (A root frame's margin would
        be repeated on every page, a block's top margin dropped at the top
        of one.)"""
        if self.y > 0:
            cursor = QTextCursor(document)
            cursor.insertBlock(cursor.blockFormat(), cursor.charFormat())
            spacer = QTextBlockFormat()
            spacer.setLineHeight(
                self.y * 96 / self.dpi,  # a text length: see _text_mm
                QTextBlockFormat.LineHeightTypes.FixedHeight.value,
            )
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            cursor.setBlockFormat(spacer)
        document.setPageSize(QSizeF(self.width, self.body_height))
        for index in range(document.pageCount()):
            if index:
                self._new_page(self.pages[-1].header)
            self.pages[-1].placed.append(_Placed(document, 0.0, index))
        self.y = self.body_height

    # Drawing

    def _draw(self) -> None:
        painter = QPainter(self.writer)
        try:
            for number, page in enumerate(self.pages, 1):
                if number > 1:
                    self.writer.newPage()
                self._header(painter, page.header)
                for placed in page.placed:
                    self._draw_placed(painter, placed)
                self._footer(painter, number)
                self._step()
        finally:
            painter.end()

    def _draw_placed(self, painter: QPainter, placed: _Placed) -> None:
        painter.save()
        top = placed.slice * self.body_height
        painter.translate(0, self.body_top + placed.y - top)
        size = placed.document.size()
        placed.document.drawContents(
            painter, QRectF(0, top, self.width, min(size.height() - top, self.body_height))
        )
        painter.restore()

    def _band_font(self) -> QFont:
        return _font(UI_FAMILY, SMALL_PT)

    def _header(self, painter: QPainter, text: str) -> None:
        if not text:
            return
        font = self._band_font()
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        shown = QFontMetricsF(font, self.writer).elidedText(
            text, Qt.TextElideMode.ElideRight, self.width
        )
        band = QRectF(0, 0, self.width, self._mm(BAND_MM) - self._mm(3))
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, shown)
        painter.drawLine(
            band.bottomLeft() + _down(self._mm(1)), band.bottomRight() + _down(self._mm(1))
        )

    def _footer(self, painter: QPainter, number: int) -> None:
        painter.setFont(self._band_font())
        painter.setPen(QColor(MUTED))
        band = QRectF(
            0,
            self.height - self._mm(BAND_MM) + self._mm(3),
            self.width,
            self._mm(BAND_MM) - self._mm(3),
        )
        text = translate("PdfExport", "Page {page} of {pages}").format(
            page=number, pages=len(self.pages)
        )
        painter.drawText(band, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    # Contents

    def _document(self) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.writer)
        document.setDefaultFont(_font(SERIF_FAMILY, TEXT_PT))
        document.setDocumentMargin(0)
        document.setTextWidth(self.width)
        return document

    def _title_page(self, title: str, chosen: list[Excerpt], groups) -> QTextDocument:
        document = self._document()
        cursor = QTextCursor(document)
        cursor.insertText(title, _format(UI_FAMILY, 22, bold=True))
        when = date_words(self.options.date, self.options.language) if self.options.date else ""
        cursor.insertBlock(_spaced(_text_mm(4)))
        cursor.insertText(
            translate("PdfExport", "Exported on {date}").format(date=when),
            _format(UI_FAMILY, 11, MUTED),
        )
        cursor.insertBlock(_spaced(0))
        cursor.insertText(
            translate("PdfExport", "Excerpts: {count}").format(count=len(chosen)),
            _format(UI_FAMILY, 11, MUTED),
        )
        cursor.insertBlock(_spaced(_text_mm(10)))
        cursor.insertText(
            translate("PdfExport", "Documents: {count}").format(count=len(groups)),
            _format(UI_FAMILY, 12, bold=True),
        )
        for document_, group in groups:
            cursor.insertBlock(_spaced(_text_mm(4)))
            cursor.insertText(document_.meta.title.ru, _format(SERIF_FAMILY, 11, bold=True))
            cursor.insertBlock(_spaced(0))
            cursor.insertText(document_.meta.title.en, _format(SERIF_FAMILY, 11, bold=True))
            cursor.insertBlock(_spaced(0))
            details = [self._statuses(document_), _where(document_, self.options.language)]
            details.append(translate("PdfExport", "Excerpts: {count}").format(count=len(group)))
            cursor.insertText(" · ".join(d for d in details if d), _format(UI_FAMILY, 9, MUTED))
        return document

    def _document_heading(self, source: Document, count: int) -> QTextDocument:
        document = self._document()
        cursor = QTextCursor(document)
        cursor.insertText(source.meta.title.ru, _format(UI_FAMILY, 14, bold=True))
        cursor.insertBlock(_spaced(0))
        cursor.insertText(source.meta.title.en, _format(UI_FAMILY, 14, bold=True))
        cursor.insertBlock(_spaced(_text_mm(1)))
        details = [self._statuses(source), _where(source, self.options.language)]
        details.append(translate("PdfExport", "Excerpts: {count}").format(count=count))
        cursor.insertText(" · ".join(d for d in details if d), _format(UI_FAMILY, 9, MUTED))
        return document

    def _statuses(self, source: Document) -> str:
        return " · ".join(
            translate("PdfExport", "{language}: {status}").format(
                language=_capital(translate("Citation", LANGUAGE_NAMES[lang])),
                status=_status(source.meta.status.get(lang)),
            )
            for lang in self.langs
        )

    def _excerpt(self, excerpt: Excerpt) -> QTextDocument:
        document = self._document()
        cursor = QTextCursor(document)
        small = _format(UI_FAMILY, SMALL_PT, MUTED)
        cursor.setBlockFormat(_spaced(0))
        paragraph = translate("PdfExport", "Paragraph {n}").format(n=excerpt.pair.paragraph)
        cursor.insertText(paragraph, _format(UI_FAMILY, SMALL_PT, bold=True))
        cursor.insertText(" · " + self._statuses(excerpt.document), small)
        for lang in ("ru", "en"):  # the source in both languages, whatever is shown
            citation = source_of(excerpt.document, [excerpt.pair.paragraph], lang)
            cursor.insertBlock(_spaced(0))
            cursor.insertText(", ".join([citation.title, *place_and_date(citation)]), small)
        if len(self.langs) == 2:
            table = cursor.insertTable(1, 2, self._columns())
            for column, lang in enumerate(self.langs):
                self._version(table.cellAt(0, column).firstCursorPosition(), excerpt, lang)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            # Qt keeps an empty block after a table: the first note takes it,
            # else it is made too small to show.
            cursor.setBlockCharFormat(_format(UI_FAMILY, 1))
        else:
            cursor.insertBlock(_spaced(_text_mm(1.5)))
            self._version(cursor, excerpt, self.langs[0])
        for note in excerpt.notes:
            self._note(cursor, note)
        return document

    def _columns(self) -> QTextTableFormat:
        table = QTextTableFormat()
        table.setBorder(0)
        table.setCellPadding(0)
        table.setCellSpacing(0)
        table.setTopMargin(_text_mm(1.5))
        table.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        half = QTextLength(QTextLength.Type.PercentageLength, 50)
        table.setColumnWidthConstraints([half, half])
        return table

    def _version(self, cursor: QTextCursor, excerpt: Excerpt, lang: str) -> None:
        """One language's text of the excerpt, its marks in their colours."""
        block = QTextBlockFormat()
        if len(self.langs) == 2 and lang == self.langs[0]:
            block.setRightMargin(_text_mm(3))
        elif len(self.langs) == 2:
            block.setLeftMargin(_text_mm(3))
        cursor.setBlockFormat(block)
        text = excerpt.pair.text(lang).plain
        plain = _format(SERIF_FAMILY, TEXT_PT, bold=excerpt.pair.kind == "heading")
        for start, end, mark in _segments(text, excerpt.marks[lang]):
            cursor.insertText(text[start:end], _marked(plain, mark) if mark else plain)

    def _note(self, cursor: QTextCursor, note: Note) -> None:
        block = _spaced(_text_mm(1.5))
        block.setBackground(QColor(NOTE_BACKGROUND))
        block.setLeftMargin(_text_mm(4))
        block.setRightMargin(_text_mm(4))
        if cursor.block().length() > 1:
            cursor.insertBlock(block)
        else:
            cursor.setBlockFormat(block)
        label = _format(UI_FAMILY, 9, bold=True)
        body = _format(UI_FAMILY, 9)
        if note.kind == "bookmark":
            cursor.insertText(translate("PdfExport", "Bookmark"), label)
            if note.text:
                cursor.insertText(": " + note.text, body)
            return
        if note.kind == "note":
            cursor.insertText(translate("PdfExport", "Note") + ": ", label)
        else:
            meaning = dict(self.options.meanings).get(note.colour, note.colour or "")
            swatch = QTextCharFormat(label)
            swatch.setBackground(QColor(HIGHLIGHTS[False].get(note.colour, NOTE_BACKGROUND)))
            cursor.insertText(translate("PdfExport", "Note on a highlight"), label)
            cursor.insertText(" ", label)
            cursor.insertText(f" {meaning} ", swatch)
            quoted = "«{}»" if note.lang == "ru" else "“{}”"
            italic = QTextCharFormat(body)
            italic.setFontItalic(True)
            cursor.insertText(" " + quoted.format(note.quote), italic)
            cursor.insertText(": ", body)
        cursor.insertText(note.text, body)


def _down(distance: float) -> QPointF:
    return QPointF(0, distance)


def _title(document: Document, lang: str) -> str:
    return document.meta.title.get(lang)


def _capital(word: str) -> str:
    # The citation's words are lower case, to stand inside a sentence.
    return word[:1].upper() + word[1:]


def _status(status: str) -> str:
    source = STATUS_NAMES.get(status)
    return translate("Citation", source) if source else status


def _where(document: Document, lang: str) -> str:
    """The place and date of `document` in `lang`."""
    return ", ".join(place_and_date(source_of(document, [1], lang)))


# Ligatures would come out of the PDF as one character (ﬁ for "fi"), and a
# reader copying the text would paste a word that no search finds.
NO_LIGATURES = {QFont.Tag("liga"): 0}


def _font(family: str, points: float) -> QFont:
    font = QFont(family)
    font.setPointSizeF(points)
    for tag, value in NO_LIGATURES.items():
        font.setFeature(tag, value)
    return font


def _format(family: str, points: float, colour: str = "", bold: bool = False) -> QTextCharFormat:
    char = QTextCharFormat()
    char.setFontFeatures(NO_LIGATURES)
    char.setFontFamilies([family])
    char.setFontPointSize(points)
    if bold:
        char.setFontWeight(QFont.Weight.Bold)
    if colour:
        char.setForeground(QColor(colour))
    return char


def _spaced(above: float) -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setTopMargin(above)
    return block


def _marked(plain: QTextCharFormat, mark: Mark) -> QTextCharFormat:
    char = QTextCharFormat(plain)
    if mark.colour is KEY:
        char.setBackground(QColor(KEY_PASSAGE[False]))
        return char
    char.setBackground(QColor(HIGHLIGHTS[False][mark.colour]))
    char.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    char.setUnderlineColor(QColor(HIGHLIGHT_LINES[mark.colour]))
    return char


def _segments(text: str, marks: tuple[Mark, ...]):
    """(start, end, mark) runs of `text`, the mark None where there is none;
    a highlight shows over a key passage, the later of two highlights over
    the earlier."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    for start, end in itertools.pairwise(cuts):
        over = [m for m in marks if m.start <= start and m.end >= end]
        highlights = [m for m in over if m.colour is not KEY]
        yield start, end, (highlights or over or [None])[-1]
