"""The reader pane: column headers over the parallel view, and the find bar
under it."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from viewer.core.labels import language_name, status_name
from viewer.core.model import Document
from viewer.gui.findbar import FindBar
from viewer.gui.reader import ParallelView
from viewer.gui.reader_html import GUTTER


class ReaderPane(QWidget):
    """Column headers, the parallel view and the find bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = ParallelView()
        self.find = FindBar(self.view)
        self.find.hide()
        self.header = QHBoxLayout()
        self.header.setContentsMargins(6, 4, 20, 2)
        self.labels = [QLabel(), QLabel()]
        self.header.addStretch(GUTTER)
        for label in self.labels:
            self.header.addWidget(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find)
        self.view.loaded.connect(self.find.refresh)

    def set_headers(self, document: Document | None, langs: tuple[str, ...]) -> None:
        """Name each column's language and the status of its text."""
        for index, label in enumerate(self.labels):
            label.setVisible(index < len(langs))
            self.header.setStretch(1 + index, (100 - GUTTER) // len(langs))
            if index < len(langs):
                text = language_name(langs[index])
                if document is not None:
                    text += " · " + status_name(document.meta.status.get(langs[index]))
                label.setText(text)
