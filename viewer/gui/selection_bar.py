"""A small bar over the selection in the reader: a button for each colour,
and one for a note, so that a highlight is one click away from the mouse."""

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton

from viewer.gui.reader import ParallelView

translate = QCoreApplication.translate

SHOW_DELAY_MS = 250  # a selection that keeps growing (Shift+arrows) shows the bar once
SWATCH = 14  # pixels


class SelectionBar(QFrame):
    def __init__(self, view: ParallelView, actions):
        super().__init__(view.viewport())
        self.view = view
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(translate("SelectionBar", "Annotate the selection"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 2, 3, 2)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for colour, action in [*actions.colour.items(), ("note", actions.note)]:
            button = QToolButton(self)
            button.setDefaultAction(action)
            # Keyboard focus stays in the text: the bar is for the mouse.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(True)
            button.setIconSize(QSize(SWATCH, SWATCH))
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonTextOnly
                if colour == "note"
                else Qt.ToolButtonStyle.ToolButtonIconOnly
            )
            layout.addWidget(button)
            self.buttons[colour] = button
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_DELAY_MS)
        self._timer.timeout.connect(self.place)
        view.selectionChanged.connect(self.schedule)
        view.verticalScrollBar().valueChanged.connect(self.place)

    def schedule(self) -> None:
        """Place the bar once the selection has stopped growing."""
        self._timer.start()

    def place(self) -> None:
        """Over the end of the selection while there is one in view."""
        spans = self.view.selection_spans()
        # Only for a selection the reader is making: a jump from a panel
        # selects text too, with the focus elsewhere.
        if not spans or not self.view.hasFocus():
            self.hide()
            return
        cursor = self.view.textCursor()
        ends = []
        for position in sorted((cursor.anchor(), cursor.position())):
            end = QTextCursor(cursor)
            end.setPosition(position)
            ends.append(self.view.cursorRect(end))
        first, last = ends
        viewport = self.view.viewport().rect()
        if not (viewport.intersects(first) or viewport.intersects(last)):
            self.hide()
            return
        self.adjustSize()
        # Over the selection's first line, so that the text chosen stays in
        # sight; under its last when there is no room above.
        top = first.top() - self.height() - 2
        left = first.left()
        if top < 0:
            top, left = last.bottom() + 2, last.left()
        top = min(top, viewport.height() - self.height())
        left = min(max(0, left - self.width() // 4), viewport.width() - self.width())
        self.move(QPoint(left, top))
        self.show()
        self.raise_()


def swatch(colour: str) -> QIcon:
    """A colour's sign in menus and on the bar."""
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour).darker(160))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(1, 1, SWATCH - 2, SWATCH - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)
