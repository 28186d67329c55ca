"""The reader pane: column headers over the parallel view, and the find bar
under it."""

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from viewer.core.labels import language_name
from viewer.core.model import Document
from viewer.gui.badges import StatusBadge, status_help
from viewer.gui.findbar import FindBar
from viewer.gui.reader import ParallelView


class ColumnHead(QWidget):
    """One column's language and, as a badge, the status of its text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = QLabel()
        self.language.setToolTip(status_help())
        self.badge = StatusBadge()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.language)
        layout.addWidget(self.badge)
        layout.addStretch(1)


class ColumnHeaders(QWidget):
    """A head over each column of the view, placed where the view says its
    columns are, so it lines up in every mode and at any width."""

    def __init__(self, view: ParallelView, parent=None):
        super().__init__(parent)
        self.view = view
        self.heads = [ColumnHead(self), ColumnHead(self)]
        self.setFixedHeight(self.heads[0].sizeHint().height() + 8)
        view.columns_moved.connect(self.place)

    def show_columns(self, document: Document | None, langs: tuple[str, ...], dark: bool) -> None:
        for index, head in enumerate(self.heads):
            shown = document is not None and index < len(langs)
            head.setVisible(shown)
            if shown:
                lang = langs[index]
                head.language.setText(language_name(lang))
                head.badge.show_status(document.meta.status.get(lang), dark)
        self.place()

    def place(self) -> None:
        viewport, window = self.view.viewport(), self.window()
        if viewport.window() is not window:
            return  # not yet in the pane
        for head, (left, right) in zip(self.heads, self.view.column_ranges(), strict=False):
            x = self.mapFrom(window, viewport.mapTo(window, QPoint(left, 0))).x()
            head.setGeometry(x, 4, right - left, self.height() - 6)


class ReaderPane(QWidget):
    """Column headers, the parallel view and the find bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = ParallelView()
        self.find = FindBar(self.view)
        self.find.hide()
        self.headers = ColumnHeaders(self.view)
        self.note = QLabel()  # what the reader should know about the text shown
        self.note.setWordWrap(True)
        self.note.setContentsMargins(8, 4, 8, 4)
        self.note.setAutoFillBackground(True)
        self.note.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.note)
        layout.addWidget(self.headers)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find)
        self.view.loaded.connect(self.find.refresh)

    def set_headers(self, document: Document | None, langs: tuple[str, ...]) -> None:
        """Name each column's language and the status of its text."""
        self.headers.show_columns(document, langs, self.view.look.dark)

    def show_note(self, text: str) -> None:
        """A line over the text (none when `text` is empty)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.headers.place()
