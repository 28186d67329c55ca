"""A list of rows as the panels show them: one delegate-painted row per
item, a sentence where there are none, Escape to give the focus back."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
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
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(8, 6, -8, -6),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self.placeholder,
        )


def row_look(option) -> tuple:
    """What a delegate paints a row with: the palette, the panel's colours,
    whether the row is selected, and the palette's group for its state."""
    palette = option.palette
    group = palette.ColorGroup.Active
    if not option.state & QStyle.StateFlag.State_Active:
        group = palette.ColorGroup.Inactive
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    return palette, panel_colours(palette), selected, group
