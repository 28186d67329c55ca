"""The parallel reader: block pairs of one document on aligned rows.

Rows are added in small tables a few at a time (see reader_html), so the
first screen of a long document shows at once and the rest follows without
blocking the window. Marks laid over the text (the counterpart of the block
under the mouse or caret, find hits, search hits) are extra selections, so
they never touch the document itself.
"""

import bisect
import time

from PySide6.QtCore import QCoreApplication, QPoint, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from viewer.core.model import BlockPair, Document
from viewer.core.text import fold_in_place
from viewer.gui.reader_html import CHUNK, ITEM_BULLET, Look, chunk_html, empty_html, style_sheet

translate = QCoreApplication.translate

FIRST_ROWS = 40  # shown before the window gets control back
MAX_FIND_MARKS = 300  # marks from the current hit on; the count covers them all
SLICE_SECONDS = 0.012  # each later step of adding rows stays well under 50 ms

_COLOURS = {
    False: {"counterpart": "#e3f2fd", "find": "#fff59d", "current": "#ff9800", "hit": "#ffb74d"},
    True: {"counterpart": "#1e3a52", "find": "#6b6000", "current": "#b35c00", "hit": "#8a5200"},
}


class ParallelView(QTextBrowser):
    loaded = Signal()  # every row of the document is in place

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(translate("ParallelView", "Parallel text"))
        self.setTextInteractionFlags(
            self.textInteractionFlags() | self.textInteractionFlags().TextSelectableByKeyboard
        )
        self.viewport().setMouseTracking(True)
        self.current: Document | None = None
        self.rows: list[BlockPair] = []
        self.look = Look()
        self._row_of: dict[int, int] = {}
        self._added = 0
        self._starts: list[int] = []  # first document position of each chunk table
        self._tables: list = []  # the chunk tables, in order
        self._layers: dict[str, list] = {}
        self._finds: list[tuple[int, int]] = []  # document positions
        self._find_index = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._continue)
        self.cursorPositionChanged.connect(self._caret_moved)
        self.selectionChanged.connect(self._caret_moved)

    # Showing a document

    def show_document(self, document: Document | None, look: Look, brief: bool = False) -> None:
        """Show `document` (only its key passages when `brief`), replacing
        whatever was shown."""
        self._timer.stop()
        self.current = document
        self.look = look
        self.document().setDefaultStyleSheet(style_sheet(look))
        self._layers = {}
        self._finds, self._find_index = [], -1
        self._starts, self._tables, self._added = [], [], 0
        pairs = list(document.pairs) if document else []
        self.rows = [p for p in pairs if p.is_key] if brief else pairs
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
        self.ensure_row(min(FIRST_ROWS, len(self.rows)) - 1)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        if self._added < len(self.rows):
            self._timer.start(0)
        else:
            self.loaded.emit()

    @property
    def complete(self) -> bool:
        return self._added >= len(self.rows)

    def ensure_row(self, row: int) -> None:
        """Add rows until `row` is shown (at once, for jumps)."""
        while self._added <= row and self._added < len(self.rows):
            self._add_chunk()

    def _add_chunk(self) -> None:
        pairs = self.rows[self._added : self._added + CHUNK]
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(chunk_html(pairs, self.look))
        table = self.document().rootFrame().childFrames()[-1]
        self._tables.append(table)
        self._starts.append(table.firstPosition())
        self._added += len(pairs)

    def _continue(self) -> None:
        began = time.perf_counter()
        while not self.complete and time.perf_counter() - began < SLICE_SECONDS:
            self._add_chunk()
        if self.complete:
            self._apply_layers()
            self.loaded.emit()
        else:
            self._timer.start(0)

    # Where things are

    def _table(self, row: int):
        return self._tables[row // CHUNK]

    def cell_range(self, paragraph: int, lang: str) -> tuple[int, int] | None:
        """Document positions where the text of `lang` in pair `paragraph`
        starts and ends; None if the pair or language is not shown."""
        row = self._row_of.get(paragraph)
        if row is None or lang not in self.look.langs:
            return None
        self.ensure_row(row)
        cell = self._table(row).cellAt(row % CHUNK, 1 + self.look.langs.index(lang))
        return cell.firstPosition(), cell.lastPosition()

    def _text_start(self, pair: BlockPair, lang: str) -> int | None:
        """Where the block's plain text begins in its cell (after a list
        item's bullet); None if that language is not shown."""
        cell = self.cell_range(pair.paragraph, lang)
        if cell is None:
            return None
        return cell[0] + (len(ITEM_BULLET) if pair.kind == "item" else 0)

    def locate(self, cursor: QTextCursor) -> tuple[BlockPair, str] | None:
        """The pair and language of the text at `cursor`; None in a gutter."""
        index = bisect.bisect_right(self._starts, cursor.position()) - 1
        table = cursor.currentTable()
        if index < 0 or table is None:
            return None
        cell = table.cellAt(cursor)
        row = index * CHUNK + cell.row()
        if cell.column() < 1 or row >= len(self.rows):
            return None
        return self.rows[row], self.look.langs[cell.column() - 1]

    def top_paragraph(self) -> int | None:
        """The paragraph number at the top of the view."""
        for y in (4, 24, 48):
            for x in (self.viewport().width() // 2, self.viewport().width() // 4):
                found = self.locate(self.cursorForPosition(QPoint(x, y)))
                if found:
                    return found[0].paragraph
        return None

    def scroll_to_paragraph(self, paragraph: int) -> None:
        row = self._row_of.get(paragraph)
        if row is not None:
            self.ensure_row(row)
            self.scrollToAnchor(f"p{paragraph}")

    # Marks over the text

    def _selection(self, start: int, end: int, colour: str) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        fill = QTextCharFormat()
        fill.setBackground(QColor(colour))
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fill
        return selection

    def _set_layer(self, name: str, selections: list) -> None:
        self._layers[name] = selections
        self._apply_layers()

    def _apply_layers(self) -> None:
        order = ("counterpart", "find", "hits")
        self.setExtraSelections([s for name in order for s in self._layers.get(name, [])])

    def mark_counterpart(self, pair: BlockPair | None, lang: str | None) -> None:
        """Tint the other language's block of `pair` (None clears)."""
        selections = []
        if pair is not None:
            colour = _COLOURS[self.look.dark]["counterpart"]
            for other in self.look.langs:
                span = self.cell_range(pair.paragraph, other) if other != lang else None
                if span:
                    selections.append(self._selection(*span, colour))
        if selections != self._layers.get("counterpart"):
            self._set_layer("counterpart", selections)

    def highlight(self, paragraph: int, marks: dict) -> None:
        """Mark search hits: `marks` maps a language to spans in that block's
        plain text, in pair `paragraph`; an empty dict clears them."""
        selections = []
        pair = self.rows[self._row_of[paragraph]] if marks and paragraph in self._row_of else None
        if pair is not None:
            colour = _COLOURS[self.look.dark]["hit"]
            for lang, spans in marks.items():
                start = self._text_start(pair, lang)
                for begin, end in spans if start is not None else ():
                    selections.append(self._selection(start + begin, start + end, colour))
        self._set_layer("hits", selections)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if not self.textCursor().hasSelection():
            found = self.locate(self.cursorForPosition(event.position().toPoint()))
            self.mark_counterpart(*(found or (None, None)))

    def _caret_moved(self) -> None:
        found = self.locate(self.textCursor())
        if found:
            self.mark_counterpart(*found)

    # Find in the document

    def find_all(self, text: str) -> int:
        """Find every occurrence of `text` in both languages, ignoring case
        and ё/е, and mark the first MAX_FIND_MARKS; return how many there
        are. The search runs over the blocks' plain text, which the cells
        show as is, so a hit's offset is its place in the cell."""
        self._finds, self._find_index = [], -1
        needle = fold_in_place(text)
        if needle.strip():
            for pair in self.rows:
                for lang in self.look.langs:
                    haystack = fold_in_place(pair.text(lang).plain)
                    at = haystack.find(needle)
                    if at < 0:
                        continue
                    base = self._text_start(pair, lang)
                    while at >= 0:
                        self._finds.append((base + at, base + at + len(needle)))
                        at = haystack.find(needle, at + 1)
        self._finds.sort()
        self._paint_finds()
        return len(self._finds)

    def find_step(self, step: int) -> int:
        """Go to the next (step 1) or previous (-1) find hit; its 1-based
        number, or 0 when there is none."""
        if not self._finds:
            return 0
        self._find_index = (self._find_index + step) % len(self._finds)
        start, end = self._finds[self._find_index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._paint_finds()
        return self._find_index + 1

    def _paint_finds(self) -> None:
        colours = _COLOURS[self.look.dark]
        first = max(0, min(self._find_index, len(self._finds) - MAX_FIND_MARKS))
        shown = self._finds[first : first + MAX_FIND_MARKS]
        self._set_layer(
            "find",
            [
                self._selection(
                    start, end, colours["current" if first + i == self._find_index else "find"]
                )
                for i, (start, end) in enumerate(shown)
            ],
        )

    # Selection, for copying with a citation

    def selection_source(self) -> tuple[str, list[int], str] | None:
        """The selected text, the paragraph numbers it spans and its
        language (that of its start); None without a selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = QTextCursor(self.document()), QTextCursor(self.document())
        start.setPosition(cursor.selectionStart())
        end.setPosition(max(cursor.selectionStart(), cursor.selectionEnd() - 1))
        first, last = self.locate(start), self.locate(end)
        if first is None:
            return None
        paragraphs = sorted({first[0].paragraph, (last or first)[0].paragraph})
        text = cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        return text.strip(), paragraphs, first[1]
