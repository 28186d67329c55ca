"""A list of rows as the panels show them: one delegate-painted row per
item, a sentence where there are none, Escape to give the focus back."""

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle

from viewer.gui.theme import panel_colours


class RowList(QListView):
    """`open_requested(row)` when a row is opened; `escaped` on Escape.
    Says `placeholder` where there are no rows."""

    open_requested = Signal(int)
    escaped = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.placeholder = ""
        self.setUniformItemSizes(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.setAccessibleDescription(text)
        self.viewport().update()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is None or self.model().rowCount() or not self.placeholder:
            return
        self.paint_sentence(self.placeholder, 0)

    def paint_sentence(self, text: str, top: int) -> None:
        """Paint `text` as the placeholder is, from viewport y `top` down."""
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(8, top + 6, -8, -6),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            text,
        )


class RowLook(NamedTuple):
    """What a delegate paints a row's content with."""

    colours: dict  # the panel's colours (theme.panel_colours)
    selected: bool
    text: QColor  # the colour of the row's main text
    muted: QColor  # of its secondary text


def paint_row_ground(painter: QPainter, option, focus_frame: bool = False) -> RowLook:
    """Paint a row's ground: the selection's or the hover's fill, a dotted
    frame when it has the focus (with `focus_frame`), and the rule under it."""
    palette = option.palette
    group = palette.ColorGroup.Active
    if not option.state & QStyle.StateFlag.State_Active:
        group = palette.ColorGroup.Inactive
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    colours = panel_colours(palette)
    rect = option.rect
    if selected:
        painter.fillRect(rect, palette.color(group, palette.ColorRole.Highlight))
    elif option.state & QStyle.StateFlag.State_MouseOver:
        painter.fillRect(rect, colours["hover"])
    text = palette.color(
        group, palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
    )
    if focus_frame and option.state & QStyle.StateFlag.State_HasFocus:
        painter.setPen(QPen(palette.color(group, palette.ColorRole.Text), 1, Qt.PenStyle.DotLine))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
    painter.setPen(colours["rule"])
    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
    return RowLook(colours, selected, text, text if selected else colours["muted"])
