"""The parallel reader: block pairs of one document on aligned rows.

Rows are added in small tables a few at a time (see reader_html), so the
first screen of a long document shows at once and the rest follows without
blocking the window.

Spans and layers. Whatever the reader points at, selects or has marked is
a `Span`: paragraph, language, start and end offsets in that block's plain
text. It is never a Qt document position, so it does not depend on which
rows are in place yet.

- `span_at(point)`, `caret_span()` and `selection_spans()` say where the
  reader is;
- `set_layer(name, spans, colour)` paints a named layer of marks and
  `clear_layer(name)` takes it away. A layer is kept as data: the marks of a
  row are made when its chunk of rows is added, so marking a late row never
  makes the rows before it load. Marks are Qt extra selections; they never
  change the document.

Layers are painted in the order of LAYERS, bottom to top: where two marks
overlap, the upper one shows.
"""

import bisect
import itertools
import time
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QPoint,
    QPointF,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip

from viewer.core.annotations.model import Annotation
from viewer.core.citation import copied_text
from viewer.core.model import Document
from viewer.core.spans import Span, block_span, without
from viewer.core.text import TOKEN_RE
from viewer.export.look import HIGHLIGHT_LINES, HIGHLIGHTS, SERIF_FAMILY, UI_FAMILY
from viewer.gui import reader_access
from viewer.gui.reader_html import (
    CHUNK,
    ITEM_BULLET,
    PALETTES,
    Look,
    chunk_html,
    empty_html,
    style_sheet,
)

translate = QCoreApplication.translate

FIRST_ROWS = 40  # shown before the window gets control back
NUMBER_GAP = 6  # pixels between a paragraph number and its row's text
MARKER_WIDTH = 36  # pixels left of the numbers: a bookmark's ribbon, a note's sign, a difference
NOTE_CORNER = 6  # pixels: the corner that says a highlight carries a note
LINE_CHARACTERS = 80  # the most a line holds when one language has the width
# A line of ordinary prose in each language, to measure a character's width.
_PROSE = (
    "Стороны обсудили вопросы превентивной дипломатии и роль ООН в регионе. "
    "The sides discussed preventive diplomacy and the role of the UN in the region."
)
MARKED_AROUND = 30  # rows above and below the view whose marks Qt holds
SLICE_SECONDS = 0.012  # each later step of adding rows stays well under 50 ms

# Bottom to top: the reader's highlights over the counterpart tint and the
# words a difference flag is about, under the marks of a jump, a search and
# a find. "equivalents" are the probable translations of the words searched
# or selected, in the other column.
LAYERS = (
    "counterpart",
    "differences",
    "highlights",
    "target",
    "equivalents",
    "hits",
    "find",
    "selection",
    "find-current",
)
TARGET_SECONDS = 1.5  # how long a paragraph reached by a jump stays marked
EQUIVALENTS_DELAY_MS = 250  # a selection this still is looked up
MOST_SELECTED_WORDS = 8  # a longer selection is reading, not asking for words

# One hue per meaning, none of them the yellow of key passages, each light
# (or dark) enough for the text on it to keep a contrast of 4.5:1; the
# reader's highlights are shared with the exports (see export.look).
MARK_COLOURS = {
    False: {
        "counterpart": "#e0f2f1",
        "target": "#e3e3f0",
        "hit": "#c5e8c5",
        "equivalent": "#ffd8a8",
        "find": "#e6d2f7",
        "current": "#ff9800",
        "selection": "#b3d4fc",
        "differences": "#c8eef5",
        **HIGHLIGHTS[False],
    },
    True: {
        "counterpart": "#1d3a38",
        "target": "#3a3a4c",
        "hit": "#1f5a36",
        "equivalent": "#7d3c0c",
        "find": "#4a2d66",
        "current": "#b3261e",
        "selection": "#2f5d8a",
        "differences": "#0f4c59",
        **HIGHLIGHTS[True],
    },
}
# Underlined layers, and how: a counterpart's dotted line tells it from a
# highlight without its colour; the words of a difference have a wavy line,
# which sets them apart from every tint (no hue is far from all the others)
# and from key passages.
UNDERLINED = {
    "highlights": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "equivalents": QTextCharFormat.UnderlineStyle.DotLine,
    "differences": QTextCharFormat.UnderlineStyle.WaveUnderline,
}
EQUIVALENT_LINES = {False: "#b85c00", True: "#ffb74d"}
# The margin's sign of a difference flag, and the wavy line under its words.
DIFFERENCE_SIGN = {False: "#00798a", True: "#5fd4e6"}


class _Layer:
    """One layer's spans, with their colours, by row, and the marks made for
    the rows in place."""

    def __init__(self, underlined: QTextCharFormat.UnderlineStyle | None = None):
        self.underlined = underlined
        self.by_row: dict[int, list[tuple[Span, str]]] = {}
        # (row, span, colour) -> its mark, in the order made; a layer set
        # again reuses the marks it still has (a thousand highlights and one
        # more make one new mark, not a thousand and one).
        self.marks: dict[tuple, QTextEdit.ExtraSelection] = {}


class ParallelView(QTextBrowser):
    loaded = Signal()  # every row of the document is in place
    columns_moved = Signal()  # the columns' places may have changed: see column_ranges

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(translate("ParallelView", "Parallel text"))
        self.setTextInteractionFlags(
            self.textInteractionFlags() | self.textInteractionFlags().TextSelectableByKeyboard
        )
        self.viewport().setMouseTracking(True)
        self.accessible_rows = True  # the viewport is a table of rows: see reader_access
        reader_access.install()
        self.current: Document | None = None
        self.rows = []  # the block pairs shown, in order
        self.look = Look()
        self._line_of: dict[str, str] = {}  # see show_document
        self._row_of: dict[int, int] = {}  # paragraph -> row
        self._added = 0
        self._starts: list[int] = []  # first document position of each chunk table
        self._tables: list = []  # the chunk tables, in order
        self._layers: dict[str, _Layer] = {}
        self._highlights: list[Annotation] = []  # of the document shown, in place
        self._painted: dict[str, tuple] = {}  # id -> (highlight, its span, its colour)
        self._meanings: dict[str, str] = {}  # colour -> what it means to the reader
        # What the tip says over a word besides its highlights' notes (the
        # glossary's counterpart of a term): given the place, set by the window.
        self.word_tip: Callable[[Span], str] | None = None
        self._bookmarked: dict[int, Annotation] = {}  # paragraph -> its bookmark
        self._pair_notes: dict[int, list[Annotation]] = {}  # paragraph -> notes on it
        self._differences: dict[int, list] = {}  # paragraph -> its difference flags
        self._unshown = False  # marks made that the view does not show yet
        self._marked_rows = (0, -1)  # the rows whose marks Qt holds
        self._in_mouse = False  # a mouse event is being handled
        # Qt moves the ends of a selection across cells to cell boundaries:
        # where the mouse went down and where a drag has reached.
        self._press = 0
        self._drag: tuple[int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._continue)
        self._target_timer = QTimer(self)
        self._target_timer.setSingleShot(True)
        self._target_timer.timeout.connect(lambda: self.clear_layer("target"))
        # (pair, span selected) -> its counterparts in the other language (a
        # tuple of core Counterpart), set by the window; None: not looked up.
        self.find_counterparts = None
        self._found = {"search": [], "selection": []}  # (Span, Counterpart) of each
        self._equivalents_timer = QTimer(self)
        self._equivalents_timer.setSingleShot(True)
        self._equivalents_timer.setInterval(EQUIVALENTS_DELAY_MS)
        self._equivalents_timer.timeout.connect(self._selection_equivalents)
        self.cursorPositionChanged.connect(self._caret_moved)
        self.verticalScrollBar().valueChanged.connect(self._show_marks)
        self.selectionChanged.connect(self._selection_changed)

    @property
    def colours(self) -> dict[str, str]:
        return MARK_COLOURS[self.look.dark]

    def loadResource(self, _kind, _name):
        # Corpus text must never make the view open a file or an address;
        # the reader shows no image of its own, so nothing is allowed.
        return None

    # Showing a document

    def show_document(self, document: Document | None, look: Look, brief: bool = False) -> None:
        """Show `document` (only its key passages when `brief`), replacing
        whatever was shown, marks included."""
        self._timer.stop()
        self.current = document
        self.look = look
        # A highlight's tint, as its layer gives it, to the tone it is underlined in.
        self._line_of = {self.colours[name]: line for name, line in HIGHLIGHT_LINES.items()}
        self._line_of[self.colours["equivalent"]] = EQUIVALENT_LINES[look.dark]
        self._line_of[self.colours["differences"]] = DIFFERENCE_SIGN[look.dark]
        self.document().setDefaultStyleSheet(style_sheet(look))
        self._hide_qt_selection()
        self._layers = {}
        self._found = {"search": [], "selection": []}
        self._highlights, self._bookmarked, self._pair_notes, self._painted = [], {}, {}, {}
        self._differences = {}
        self._starts, self._tables, self._added = [], [], 0
        pairs = list(document.pairs) if document else []
        self.rows = [p for p in pairs if p.is_key] if brief else pairs
        reader_access.rows_changed(self)
        self._row_of = {pair.paragraph: row for row, pair in enumerate(self.rows)}
        self.setExtraSelections([])
        if document is None or not self.rows:
            message = (
                translate("ParallelView", "No document is open.")
                if document is None
                else translate("ParallelView", "This document has no key passages.")
            )
            self.setHtml(empty_html(message))
            self.loaded.emit()
            return
        self.clear()
        # The face goes into the widget's font, which the zoom sizes: the
        # style sheet's body font never reaches the rows added as fragments.
        face = QFont(self.font())
        face.setFamily(SERIF_FAMILY if look.serif else UI_FAMILY)
        self.setFont(face)
        self._set_margins()
        self.ensure_row(min(FIRST_ROWS, len(self.rows)) - 1)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.clear_layer("counterpart")  # the caret is put there, not by the reader
        self.columns_moved.emit()
        if self._added < len(self.rows):
            self._timer.start(0)
        else:
            self.loaded.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._set_margins()
        self._show_marks()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._set_margins()

    # The margins: paragraph numbers on the left, and in one language a
    # line no longer than LINE_CHARACTERS, centred

    def _number_font(self) -> QFont:
        font = QFont(self.font())
        font.setFamily(UI_FAMILY)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def _set_margins(self) -> None:
        digits = len(str(self.rows[-1].paragraph)) if self.rows else 1
        numbers = QFontMetrics(self._number_font()).horizontalAdvance("9" * max(2, digits))
        numbers += MARKER_WIDTH
        left = right = 0
        if len(self.look.langs) == 1:
            metrics = QFontMetrics(self.font())
            line = metrics.horizontalAdvance(_PROSE) * LINE_CHARACTERS // len(_PROSE) + 20
            room = self.viewport().width() - 2 * self.document().documentMargin() - numbers
            left = right = max(0, int(room - line) // 2 - NUMBER_GAP)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        if (frame.leftMargin(), frame.rightMargin()) != (left + numbers + NUMBER_GAP, right):
            frame.setLeftMargin(left + numbers + NUMBER_GAP)
            frame.setRightMargin(right)
            root.setFrameFormat(frame)
        self.columns_moved.emit()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._added:
            return
        painter = QPainter(self.viewport())
        painter.setFont(self._number_font())
        painter.setPen(QColor(PALETTES[self.look.dark]["number"]))
        right = int(self.document().rootFrame().frameFormat().leftMargin()) - NUMBER_GAP
        right += int(self.document().documentMargin())
        digits = QFontMetrics(painter.font()).horizontalAdvance("9" * 2)
        visible = list(self._visible_numbers())
        for paragraph, line in visible:
            box = QRect(0, line.top(), right, line.height())
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, align, str(paragraph))
        marker = QColor(PALETTES[self.look.dark]["marker"])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(marker)
        x = max(2, right - digits - MARKER_WIDTH)
        for paragraph, line in visible:
            if paragraph in self._bookmarked:
                _ribbon(painter, x, line.top() + 2)
            if paragraph in self._pair_notes:
                _note_sign(painter, x + 12, line.top() + 3)
        painter.setPen(QColor(DIFFERENCE_SIGN[self.look.dark]))
        for paragraph, line in visible:
            if paragraph in self._differences:
                _difference_sign(painter, x + 25, line.top() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        shown = {paragraph for paragraph, _line in visible}
        for annotation in self._highlights:
            if annotation.note and annotation.paragraph in shown:
                corner = self._end_rect(annotation)
                if corner is not None:
                    _corner(painter, corner.right(), corner.top())

    def _end_rect(self, annotation: Annotation) -> QRect | None:
        """Where the last character of a highlight is, in the viewport."""
        row = self._row_of.get(annotation.paragraph)
        if row is None or row >= self._added or annotation.lang not in self.look.langs:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._text_range(row, annotation.lang)[0] + annotation.end)
        return self.cursorRect(cursor)

    def _visible_numbers(self):
        """(paragraph, its first line's rectangle) of the rows in view."""
        first_column = self.column_ranges()[0][0]
        place = self._place(self.cursorForPosition(QPoint(first_column + 2, 0)).position())
        row = max(0, place[0] - 1) if place else 0
        height = self.viewport().height()
        while row < self._added:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._tables[row // CHUNK].cellAt(row % CHUNK, 0).firstPosition())
            line = self.cursorRect(cursor)
            if line.top() > height:
                break
            yield self.rows[row].paragraph, line
            row += 1

    @property
    def complete(self) -> bool:
        return self._added >= len(self.rows)

    def ensure_row(self, row: int) -> None:
        """Add rows until `row` is shown (at once, for jumps)."""
        while self._added <= row and self._added < len(self.rows):
            self._add_chunk()
        self._show_marks()

    def _add_chunk(self) -> None:
        first = self._added
        pairs = self.rows[first : first + CHUNK]
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(chunk_html(pairs, self.look))
        table = self.document().rootFrame().childFrames()[-1]
        self._tables.append(table)
        self._starts.append(table.firstPosition())
        self._added += len(pairs)
        for layer in self._layers.values():
            for row in range(first, self._added):
                for span, colour in layer.by_row.get(row, ()):
                    layer.marks[row, span, colour] = self._mark(row, span, colour, layer.underlined)
                    self._unshown = True

    def _continue(self) -> None:
        began = time.perf_counter()
        while not self.complete and time.perf_counter() - began < SLICE_SECONDS:
            self._add_chunk()
        self._show_marks()
        if self.complete:
            self.loaded.emit()
        else:
            self._timer.start(0)

    # Where things are

    def _text_range(self, row: int, lang: str) -> tuple[int, int]:
        """Document positions where the block's plain text starts and ends in
        its cell (after a list item's bullet); the row must be in place."""
        pair = self.rows[row]
        table = self._tables[row // CHUNK]
        cell = table.cellAt(row % CHUNK, self.look.langs.index(lang))
        start = cell.firstPosition() + (len(ITEM_BULLET) if pair.kind == "item" else 0)
        return start, start + len(pair.text(lang).plain)

    def _place(self, position: int) -> tuple[int, int, int] | None:
        """Row, column (0 for the first language shown) and offset of
        document `position`; None outside the rows."""
        index = bisect.bisect_right(self._starts, position) - 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        table = cursor.currentTable()
        if index < 0 or table is None:
            return None
        cell = table.cellAt(cursor)
        row, column = index * CHUNK + cell.row(), cell.column()
        start, end = self._text_range(row, self.look.langs[column])
        return row, column, min(max(position, start), end) - start

    def _span_at_position(self, position: int) -> Span | None:
        place = self._place(position)
        if place is None:
            return None
        row, column, offset = place
        return Span(self.rows[row].paragraph, self.look.langs[column], offset, offset)

    def span_at(self, point: QPoint) -> Span | None:
        """Where the viewport point `point` falls in the text: an empty span
        at the offset under it; None outside the rows."""
        return self._span_at_position(self.cursorForPosition(point).position())

    def caret_span(self) -> Span | None:
        """Where the caret is, as an empty span; None outside the text."""
        return self._span_at_position(self.textCursor().position())

    def _selection_end(self, position: int) -> tuple[int, int, int]:
        """`_place` for an end of a selection: a place between chunk tables
        stands for the start of the next row, the end of the document for
        its last offset."""
        place = self._place(position)
        if place is not None:
            return place
        row = (bisect.bisect_right(self._starts, position)) * CHUNK
        if row < self._added:
            return row, 0, 0
        last = len(self.look.langs) - 1
        row = self._added - 1
        return row, last, len(self.rows[row].text(self.look.langs[last]).plain)

    def selection_spans(self) -> list[Span]:
        """The selection as one span per block it touches, row by row and
        column by column; empty without a selection. Its two ends decide:
        in one row, the text between them; down one column, that column's
        text between them; across rows and columns, the whole blocks of the
        rows and columns between (and whole blocks too for a selection the
        keyboard made across cells, as Qt selects cells then)."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or not self._added:
            return []
        # Qt's own selection grows to whole chunk tables when it crosses
        # from one to the next; the reader chose the two ends.
        anchor, position = self._drag or (cursor.anchor(), cursor.position())
        # Without a drag to say where its ends are, a selection across the
        # cells of one table is of whole cells, as Qt makes it.
        whole_cells = self._drag is None and cursor.hasComplexSelection()
        (row1, col1, off1), (row2, col2, off2) = sorted(
            (self._selection_end(anchor), self._selection_end(position))
        )
        langs = self.look.langs
        spans = []
        for row in range(row1, row2 + 1):
            pair = self.rows[row]
            for col in range(min(col1, col2), max(col1, col2) + 1):
                length = len(pair.text(langs[col]).plain)
                start, end = 0, length
                if not whole_cells and (row1 == row2 or col1 == col2):  # cut at the ends
                    start = off1 if (row, col) == (row1, col1) else 0
                    end = off2 if (row, col) == (row2, col2) else length
                if start < end:
                    spans.append(Span(pair.paragraph, langs[col], start, end))
        return spans

    def cell_range(self, paragraph: int, lang: str) -> tuple[int, int] | None:
        """Document positions where the text of `lang` in pair `paragraph`
        starts and ends, its row added first if need be; None if the pair or
        language is not shown."""
        row = self._row_of.get(paragraph)
        if row is None or lang not in self.look.langs:
            return None
        self.ensure_row(row)
        cell = self._tables[row // CHUNK].cellAt(row % CHUNK, self.look.langs.index(lang))
        return cell.firstPosition(), cell.lastPosition()

    def top_paragraph(self) -> int | None:
        """The paragraph number at the top of the view."""
        for y in (4, 24, 48):
            for x in (self.viewport().width() // 2, self.viewport().width() // 4):
                found = self.span_at(QPoint(x, y))
                if found:
                    return found.paragraph
        return None

    def column_ranges(self) -> list[tuple[int, int]]:
        """Where each language's column is, left to right, as viewport x
        from where its text starts to where the next column's starts (or
        the view ends); empty when no row is shown."""
        if not self._added:
            return []
        lefts = []
        for column in range(len(self.look.langs)):
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._tables[0].cellAt(0, column).firstPosition())
            lefts.append(self.cursorRect(cursor).left())
        rights = [*lefts[1:], self.viewport().width()]
        return list(zip(lefts, rights, strict=True))

    def row_of(self, paragraph: int) -> int | None:
        """The row pair `paragraph` is shown on; None if it is not shown."""
        return self._row_of.get(paragraph)

    def line_rect(self, paragraph: int, lang: str) -> QRect | None:
        """The first line of a block, in viewport coordinates; None while its
        row is not laid out (or not shown)."""
        row = self._row_of.get(paragraph)
        if row is None or row >= self._added or lang not in self.look.langs:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._text_range(row, lang)[0])
        return self.cursorRect(cursor)

    def current_paragraph(self) -> int | None:
        """The caret's paragraph while the caret is in view, else the one at
        the top of the view."""
        caret = self.caret_span()
        if caret is not None and self.viewport().rect().intersects(self.cursorRect()):
            return caret.paragraph
        return self.top_paragraph()

    def scroll_to_paragraph(self, paragraph: int) -> int | None:
        """Bring `paragraph` to the top, or when it is not shown (briefing)
        the next one that is, else the last; the paragraph now at the top."""
        shown = [pair.paragraph for pair in self.rows]
        if not shown:
            return None
        index = bisect.bisect_left(shown, paragraph)
        target = shown[min(index, len(shown) - 1)]
        self.ensure_row(self._row_of[target])
        self.scrollToAnchor(f"p{target}")
        return target

    def mark_target(self, paragraph: int) -> None:
        """Mark for a moment the paragraph a jump brought the reader to, so
        that the eye finds it (it is not always at the top: the end of the
        document cannot scroll there)."""
        if self.current is None or paragraph not in self._row_of:
            return
        spans = [block_span(self.current, paragraph, lang) for lang in self.look.langs]
        self.set_layer("target", spans, self.colours["target"])
        self._target_timer.start(int(TARGET_SECONDS * 1000))

    # Layers of marks

    def set_layer(self, name: str, spans: Iterable[Span], colour: str | Sequence[str]) -> None:
        """Mark `spans` with the background `colour` (or each span with its
        own, one colour per span) as layer `name` (one of LAYERS), in place
        of what that layer marked before. Spans outside
        the rows shown (a language not shown, a paragraph the briefing
        leaves out) are dropped; those of rows not yet added are marked when
        their rows come."""
        if name not in LAYERS:
            raise ValueError(f"unknown layer {name!r}")
        layer, before = _Layer(UNDERLINED.get(name)), self._layers.get(name)
        made = before.marks if before is not None else {}
        colours = itertools.repeat(colour) if isinstance(colour, str) else colour
        for span, paint in zip(spans, colours, strict=False):
            row = self._row_of.get(span.paragraph)
            if row is None or span.lang not in self.look.langs or span.start >= span.end:
                continue
            layer.by_row.setdefault(row, []).append((span, paint))
            if row < self._added:
                key = (row, span, paint)
                layer.marks[key] = made.get(key) or self._mark(row, span, paint, layer.underlined)
        self._layers[name] = layer
        self._unshown = True
        self._show_marks()

    def clear_layer(self, name: str) -> None:
        self.set_layer(name, (), "")

    def layer(self, name: str) -> list[Span]:
        """The spans of layer `name`, in reading order."""
        found = self._layers.get(name)
        return [s for row in sorted(found.by_row) for s, _ in found.by_row[row]] if found else []

    def _mark(
        self, row: int, span: Span, colour: str, underlined: QTextCharFormat.UnderlineStyle | None
    ) -> QTextEdit.ExtraSelection:
        start, _end = self._text_range(row, span.lang)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start + span.start)
        cursor.setPosition(start + span.end, QTextCursor.MoveMode.KeepAnchor)
        fill = QTextCharFormat()
        fill.setBackground(QColor(colour))
        if underlined is not None:
            fill.setUnderlineStyle(underlined)
            fill.setUnderlineColor(QColor(self._line_of.get(colour, colour)))
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format = fill
        return mark

    def _show_marks(self) -> None:
        """Hand Qt the marks of the rows in view and some way around them:
        Qt goes through every mark it holds at each paint, and a long
        document may have thousands."""
        rows = self._rows_in_view()
        if (
            not self._unshown
            and self._marked_rows[0] <= rows[0]
            and rows[1] <= self._marked_rows[1]
        ):
            return
        self._unshown = False
        low, high = rows[0] - MARKED_AROUND, rows[1] + MARKED_AROUND
        self._marked_rows = (low, high)
        self.setExtraSelections(
            [
                mark
                for name in LAYERS
                if name in self._layers
                for (row, _span, _colour), mark in self._layers[name].marks.items()
                if low <= row <= high
            ]
        )

    def _rows_in_view(self) -> tuple[int, int]:
        """The first and last rows in the viewport (all rows when it cannot
        be told)."""
        if not self._added:
            return 0, 0
        x = self.column_ranges()[0][0] + 2
        top = self._place(self.cursorForPosition(QPoint(x, 0)).position())
        bottom = self._place(self.cursorForPosition(QPoint(x, self.viewport().height())).position())
        if top is None or bottom is None:
            return 0, len(self.rows)
        return top[0], bottom[0]

    # The marks the reader sees

    def mark_counterpart(self, span: Span | None) -> None:
        """Tint the other languages' blocks of the pair `span` is in (None
        clears), around their key passages, which keep their own colour."""
        spans = []
        if span is not None:
            pair = self.rows[self._row_of[span.paragraph]]
            for other in self.look.langs:
                text = pair.text(other)
                whole = Span(pair.paragraph, other, 0, len(text.plain))
                if other != span.lang:
                    spans += without(whole, text.marks) if self.look.key_style else [whole]
        if spans != self.layer("counterpart"):
            self.set_layer("counterpart", spans, self.colours["counterpart"])

    def highlight(self, paragraph: int, marks: dict, counterparts: Sequence = ()) -> None:
        """Mark search hits: `marks` maps a language to spans in that block's
        plain text, in pair `paragraph`, and `counterparts` (core
        Counterpart) are their probable translations in the other column;
        an empty dict clears them."""
        spans = [
            Span(paragraph, lang, begin, end)
            for lang, found in marks.items()
            for begin, end in found
        ]
        self.set_layer("hits", spans, self.colours["hit"])
        self._found["search"] = [
            (Span(paragraph, c.lang, c.start, c.end), c) for c in counterparts if marks
        ]
        self._show_equivalents()

    def _show_equivalents(self) -> None:
        """The counterparts of the selection while there is one, else of the
        search hit shown."""
        found = self._found["selection"] or self._found["search"]
        self.set_layer("equivalents", [span for span, _c in found], self.colours["equivalent"])

    def _selection_equivalents(self) -> None:
        """Mark the counterparts of a selection of a few words in one block."""
        spans = self.selection_spans()
        found = []
        if len(spans) == 1 and self.find_counterparts is not None:
            span = spans[0]
            pair = self.rows[self._row_of[span.paragraph]]
            words = TOKEN_RE.findall(pair.text(span.lang).plain[span.start : span.end])
            if 0 < len(words) <= MOST_SELECTED_WORDS:
                found = [
                    (Span(span.paragraph, c.lang, c.start, c.end), c)
                    for c in self.find_counterparts(pair, span)
                    if c.lang in self.look.langs
                ]
        if found != self._found["selection"]:
            self._found["selection"] = found
            self._show_equivalents()

    def equivalents_at(self, span: Span) -> list:
        """The counterparts marked where `span` is (a Counterpart each)."""
        return [
            c
            for marked, c in self._found["selection"] or self._found["search"]
            if (marked.paragraph, marked.lang) == (span.paragraph, span.lang)
            and marked.start <= span.start
            and span.end <= marked.end
            and span.start < marked.end
        ]

    # The reader's annotations

    def show_annotations(
        self, annotations: Iterable[Annotation], meanings: dict[str, str] | None = None
    ) -> None:
        """Paint the highlights of the document shown and put its bookmarks
        and notes in the margin; `meanings` names each colour in the tips.
        Detached annotations, and any whose place is not in the text (a
        damaged or foreign database), are left out."""
        self._meanings = meanings or {}
        document = self.current
        painted, self._painted = self._painted, {}
        self._highlights, self._bookmarked, self._pair_notes = [], {}, {}
        spans, colours = [], []
        for annotation in annotations:
            known = painted.get(annotation.id)
            if known is not None and known[0] is annotation:  # unchanged since last shown
                self._painted[annotation.id] = known
                self._highlights.append(annotation)
                spans.append(known[1])
                colours.append(known[2])
                continue
            if document is None or annotation.doc != document.id or annotation.detached:
                continue
            if not 1 <= annotation.paragraph <= len(document.pairs):
                continue
            if annotation.kind == "bookmark":
                self._bookmarked[annotation.paragraph] = annotation
            elif annotation.kind == "note":
                self._pair_notes.setdefault(annotation.paragraph, []).append(annotation)
            elif annotation.end <= len(
                document.pairs[annotation.paragraph - 1].text(annotation.lang).plain
            ):
                span = Span(annotation.paragraph, annotation.lang, annotation.start, annotation.end)
                colour = self.colours.get(annotation.colour, self.colours["blue"])
                self._painted[annotation.id] = (annotation, span, colour)
                self._highlights.append(annotation)
                spans.append(span)
                colours.append(colour)
        self.set_layer("highlights", spans, colours)
        self.viewport().update()

    def highlights_at(self, span: Span) -> list[Annotation]:
        """The highlights that `span` touches (an empty span: the highlights
        around its offset), in reading order."""
        return [
            a
            for a in self._highlights
            if (a.paragraph, a.lang) == (span.paragraph, span.lang)
            and a.start <= span.end
            and span.start <= a.end
            and (span.start < a.end or span.start == span.end)
        ]

    # Difference flags: what one version says and the other does not

    def show_differences(self, flags: Iterable) -> None:
        """Put a sign in the margin of each flagged row and mark the words
        each flag is about (`flags`: core.compare Flag records, of the
        document shown; none clears)."""
        self._differences = {}
        spans = []
        for flag in flags:
            if flag.paragraph not in self._row_of:
                continue
            self._differences.setdefault(flag.paragraph, []).append(flag)
            spans += [Span(flag.paragraph, flag.only_in, a, b) for a, b in flag.spans]
        self.set_layer("differences", spans, self.colours["differences"])
        self.viewport().update()

    def differences_of(self, paragraph: int) -> list:
        return self._differences.get(paragraph, [])

    def bookmark_of(self, paragraph: int) -> Annotation | None:
        return self._bookmarked.get(paragraph)

    def notes_of(self, paragraph: int) -> list[Annotation]:
        return self._pair_notes.get(paragraph, [])

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self._tip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _tip_at(self, point: QPoint) -> str:
        """What the annotations under `point` say: in the margin, the row's
        bookmark and notes; over the text, the notes of its highlights, and
        what `word_tip` says of the word."""
        in_margin = self._added and point.x() < self.column_ranges()[0][0]
        found = (
            self.span_at(QPoint(self.column_ranges()[0][0] + 2, point.y()))
            if in_margin
            else self.span_at(point)
        )
        if found is None:
            return ""
        if in_margin:
            parts = []
            if (bookmark := self.bookmark_of(found.paragraph)) is not None:
                parts.append(
                    translate("ParallelView", "Bookmark: {label}").format(label=bookmark.label)
                    if bookmark.label
                    else translate("ParallelView", "Bookmark")
                )
            parts += [note.note for note in self.notes_of(found.paragraph)]
            parts += [flag.message.text() for flag in self.differences_of(found.paragraph)]
            return "\n\n".join(parts)
        parts = [equivalent_tip(c) for c in self.equivalents_at(found)]
        parts += [
            ": ".join(part for part in (self._meanings.get(a.colour, ""), a.note) if part)
            for a in self.highlights_at(found)
        ]
        parts += [
            flag.message.text()
            for flag in self.differences_of(found.paragraph)
            if flag.only_in == found.lang and any(a <= found.start < b for a, b in flag.spans)
        ]
        if self.word_tip is not None:
            parts.append(self.word_tip(found))
        return "\n\n".join(part for part in parts if part)

    # The selection, painted as a layer: Qt would paint whole chunk tables

    def _hide_qt_selection(self) -> None:
        """Qt's selection paints nothing; the selection layer shows it. Only
        these two roles are set, so the rest follow the theme."""
        text = QGuiApplication.palette().brush(QPalette.ColorRole.Text)
        palette = QPalette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(0, 0, 0, 0))
            palette.setBrush(group, QPalette.ColorRole.HighlightedText, text)
        self.setPalette(palette)

    def _selection_changed(self) -> None:
        if not self._in_mouse:  # the keyboard or a find moved the selection
            self._drag = None
        self._paint_selection()

    def _paint_selection(self) -> None:
        spans = self.selection_spans()
        self.set_layer("selection", spans, self.colours["selection"])
        if spans:
            self._equivalents_timer.start()
        elif self._found["selection"]:  # the selection went: so do its counterparts
            self._equivalents_timer.stop()
            self._found["selection"] = []
            self._show_equivalents()
        self._caret_moved()

    def _in_text(self, event: QMouseEvent) -> QMouseEvent:
        """`event` moved right onto the text when it is over the paragraph
        numbers, so that pressing there starts at the row's beginning."""
        left = self.column_ranges()[0][0] + 1 if self._added else 0
        if event.position().x() >= left:
            return event
        point = QPointF(left, event.position().y())
        return QMouseEvent(
            event.type(),
            point,
            QPointF(self.viewport().mapToGlobal(point.toPoint())),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )

    def mousePressEvent(self, event) -> None:
        event = self._in_text(event)
        self._in_mouse = True
        super().mousePressEvent(event)
        self._in_mouse = False
        if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # Shift extends
            self._press = self.cursorForPosition(event.position().toPoint()).position()
        self._drag = None

    def mouseMoveEvent(self, event) -> None:
        event = self._in_text(event)
        self._in_mouse = True
        super().mouseMoveEvent(event)
        self._in_mouse = False
        point = event.position().toPoint()
        if event.buttons() & Qt.MouseButton.LeftButton and self.textCursor().hasSelection():
            self._drag = (self._press, self.cursorForPosition(point).position())
            self._paint_selection()
        elif not self.textCursor().hasSelection():
            self.mark_counterpart(self.span_at(point))

    def mouseReleaseEvent(self, event) -> None:
        self._in_mouse = True
        super().mouseReleaseEvent(self._in_text(event))
        self._in_mouse = False

    def mouseDoubleClickEvent(self, event) -> None:
        self._in_mouse = True
        super().mouseDoubleClickEvent(self._in_text(event))
        self._in_mouse = False

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copying gives the selected text of each block, a paragraph each:
        no paragraph numbers, no blank line before it."""
        spans = self.selection_spans()
        if self.current is None or not spans:
            return super().createMimeDataFromSelection()
        data = QMimeData()
        data.setText(copied_text(self.current, spans))
        return data

    def _caret_moved(self) -> None:
        self._keep_caret_in_text()
        found = self.caret_span()
        if found:
            self.mark_counterpart(found)

    def _keep_caret_in_text(self) -> None:
        """Ctrl+Home and Ctrl+End take Qt's caret outside the rows, where a
        selection would grow to whole tables: keep both ends of it between
        the first row's text and the end of the last row in place."""
        if not self._added:
            return
        first = self._text_range(0, self.look.langs[0])[0]
        last = self._text_range(self._added - 1, self.look.langs[-1])[1]
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        kept = (min(max(anchor, first), last), min(max(position, first), last))
        if kept != (anchor, position):
            cursor.setPosition(kept[0])
            cursor.setPosition(kept[1], QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)

    def select_span(self, span: Span) -> None:
        """Select the text of `span` and scroll it into view."""
        row = self._row_of[span.paragraph]
        self.ensure_row(row)
        start, _end = self._text_range(row, span.lang)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start + span.start)
        cursor.setPosition(start + span.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


def equivalent_tip(counterpart) -> str:
    """Where a counterpart word comes from, for its tooltip."""
    if counterpart.source == "glossary":
        text = translate("ParallelView", "Counterpart of «{words}» (glossary)")
    else:
        text = translate("ParallelView", "Counterpart of «{words}» (learned from the edition)")
    return text.format(words=counterpart.of)


def _ribbon(painter: QPainter, x: int, y: int) -> None:
    """A bookmark: a ribbon with a notch at its foot."""
    painter.drawPolygon(
        [
            QPoint(x, y),
            QPoint(x + 9, y),
            QPoint(x + 9, y + 13),
            QPoint(x + 4, y + 9),
            QPoint(x, y + 13),
        ]
    )


def _note_sign(painter: QPainter, x: int, y: int) -> None:
    """A note on the paragraph: a speech bubble."""
    painter.drawRoundedRect(QRect(x, y, 11, 8), 2, 2)
    painter.drawPolygon([QPoint(x + 2, y + 7), QPoint(x + 6, y + 7), QPoint(x + 2, y + 11)])


def _difference_sign(painter: QPainter, x: int, y: int) -> None:
    """A difference between the versions: a not-equal sign."""
    pen = painter.pen()
    pen.setWidthF(1.6)
    painter.setPen(pen)
    painter.drawLine(x, y + 5, x + 9, y + 5)
    painter.drawLine(x, y + 9, x + 9, y + 9)
    painter.drawLine(x + 7, y + 2, x + 2, y + 12)


def _corner(painter: QPainter, x: int, y: int) -> None:
    """A highlight's note: a small corner over its last character."""
    painter.drawPolygon(
        [QPoint(x - NOTE_CORNER, y), QPoint(x + 1, y), QPoint(x + 1, y + NOTE_CORNER + 1)]
    )
