"""The Outline panel: the headings of the document in the reader, indented
by level, in the language read (the interface's where both columns are
shown), each with its paragraph number. A click or Enter takes the reader
to a heading; as the reader moves through the text, the heading of the
section being read becomes the current row. Escape gives the focus back to
the text. A document whose only heading is its title says so under it: a
panel of one row would look broken.

Built when first shown: most readings never open it."""

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate

from viewer.core.outline import Heading, outline, section_of
from viewer.gui.reader import ParallelView
from viewer.gui.row_list import RowList, paint_row_ground

translate = QCoreApplication.translate

PAD = 5  # pixels around a row's content
INDENT = 2  # average characters of indent for each level below the outline's top
FOLLOW_MS = 100  # the reader's place is looked up at most this often while it moves
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class OutlineModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.headings: tuple[Heading, ...] = ()
        self.top = 1  # the level of the outline's outermost headings

    def set_headings(self, headings: tuple[Heading, ...]) -> None:
        self.beginResetModel()
        self.headings = headings
        self.top = min((heading.level for heading in headings), default=1)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.headings)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.headings):
            return None
        heading = self.headings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return heading.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("OutlinePanel", "{text}, level {level}, paragraph {paragraph}").format(
                text=heading.text, level=heading.level - self.top + 1, paragraph=heading.paragraph
            )
        return None


class HeadingDelegate(QStyledItemDelegate):
    """Paints a heading: its text wrapped, indented by its level (the
    outermost in bold), and its paragraph number on the right."""

    def _layout(self, option, index) -> tuple[QFont, int, int]:
        """The heading's font, the left of its text and the room for it."""
        model = index.model()
        heading = model.headings[index.row()]
        font = QFont(option.font)
        font.setBold(heading.level == model.top)
        metrics = option.fontMetrics
        left = PAD + (heading.level - model.top) * INDENT * metrics.averageCharWidth()
        number = metrics.horizontalAdvance(f"¶{model.headings[-1].paragraph}") + 2 * PAD
        width = self.parent().viewport().width()
        return font, left, max(width - left - number, number)

    def sizeHint(self, option, index) -> QSize:
        font, _left, room = self._layout(option, index)
        metrics = QFontMetrics(font)
        text = metrics.boundingRect(QRect(0, 0, room, 1 << 20), WRAP, index.data())
        return QSize(1, max(text.height(), metrics.lineSpacing()) + 2 * PAD)

    def paint(self, painter: QPainter, option, index) -> None:
        heading = index.model().headings[index.row()]
        font, left, room = self._layout(option, index)
        painter.save()
        look = paint_row_ground(painter, option, focus_frame=True)
        rect = option.rect.adjusted(0, PAD, -PAD, -PAD)
        painter.setPen(look.muted)
        number = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        painter.drawText(QRectF(rect), number, f"¶{heading.paragraph}")
        painter.setFont(font)
        painter.setPen(look.text)
        text = QRectF(rect.left() + left, rect.top(), room, rect.height())
        painter.drawText(text, WRAP, heading.text)
        painter.restore()


class OutlinePanel(RowList):
    """Emits `open_paragraph(paragraph)` when the reader asks to go to a
    heading. Shows the headings of `view`'s document: see `refresh`."""

    open_paragraph = Signal(int)

    def __init__(self, view: ParallelView, ui_language: str, parent=None):
        super().__init__(parent)
        self.view = view
        self.ui_language = ui_language
        self.note = ""  # said under the rows
        self.setModel(OutlineModel(self))
        self.setItemDelegate(HeadingDelegate(self))
        self.setUniformItemSizes(False)
        self.setWordWrap(True)  # rows laid out again as the width changes: see sizeHint
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(translate("OutlinePanel", "Headings of the document"))
        self.clicked.connect(lambda index: self._open(index.row()))
        self.open_requested.connect(self._open)
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self.follow)
        view.verticalScrollBar().valueChanged.connect(self._schedule)
        view.cursorPositionChanged.connect(self._schedule)
        self.refresh()

    def refresh(self) -> None:
        """Show the headings of the document the reader shows now, in the
        language it is read in."""
        document, langs = self.view.current, self.view.look.langs
        lang = langs[0] if len(langs) == 1 else self.ui_language
        headings = outline(document, lang) if document else ()
        self.model().set_headings(headings)
        self.set_placeholder(
            translate("OutlinePanel", "No document is open.")
            if document is None
            else translate("OutlinePanel", "This document has no headings.")
        )
        self.note = ""
        if len(headings) == 1:
            self.note = translate("OutlinePanel", "The document has no other headings.")
        self.setAccessibleDescription(self.note if headings else self.placeholder)
        self._schedule()

    def _schedule(self) -> None:
        if not self._follow.isActive():
            self._follow.start()

    def follow(self) -> None:
        """Make the heading of the section being read the current row."""
        if not self.isVisible():
            return  # looked up when shown
        paragraph = self.view.current_paragraph()
        headings = self.model().headings
        row = section_of(headings, paragraph) if paragraph is not None else None
        if row is None:
            self.clearSelection()
        self.setCurrentIndex(QModelIndex() if row is None else self.model().index(row))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._schedule()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.note:
            self.paint_sentence(self.note, self.visualRect(self.model().index(0)).bottom() + 1)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
        else:
            super().keyPressEvent(event)

    def _open(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.open_paragraph.emit(self.model().headings[row].paragraph)
