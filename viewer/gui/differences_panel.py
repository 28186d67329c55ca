"""The Differences panel: every difference flag of the open document, one
row each (¶ and what one version says and the other does not). A click or
Enter shows the pair in the text and marks it.

Built when first shown: most readings never open it."""

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viewer.core.model import Document
from viewer.gui.row_list import RowList

translate = QCoreApplication.translate


class DifferencesModel(QStringListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list = []

    def set_flags(self, flags: list) -> None:
        self.items = list(flags)
        self.setStringList([self.line(flag) for flag in self.items])

    @staticmethod
    def line(flag) -> str:
        return f"¶{flag.paragraph}  {flag.message.text()}"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self.line(self.items[index.row()])
        return super().data(index, role)


class DifferencesPanel(QWidget):
    """Emits `open_paragraph(paragraph)` when the reader asks to see a flag
    in the text."""

    open_paragraph = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = DifferencesModel(self)
        self.list = RowList()
        self.list.setModel(self.model)
        self.list.setEditTriggers(RowList.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(translate("DifferencesPanel", "Differences"))
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.clicked.connect(lambda index: self._open(index.row()))
        self.list.activated.connect(lambda index: self._open(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.show_document(None, [])

    def show_document(self, document: Document | None, flags: list) -> None:
        self.model.set_flags(flags)
        if document is None:
            self.summary.setText(translate("DifferencesPanel", "No document is open."))
            self.list.set_placeholder("")
            return
        status = document.meta.status
        official = "unofficial-translation" not in (status.ru, status.en)
        self.summary.setText(
            (
                translate(
                    "DifferencesPanel",
                    "Both versions are official: these differences are in the documents"
                    " themselves.",
                )
                if official
                else translate(
                    "DifferencesPanel",
                    "One version is the edition's translation: differences the edition"
                    " means are recorded in its notes and not listed.",
                )
            )
            + " "
            + self.tr("%n difference(s).", "", len(flags))
        )
        self.list.set_placeholder(
            translate(
                "DifferencesPanel",
                "No differences: the two versions give the same numbers, dates, names"
                " and quotations.",
            )
        )

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.model.items):
            self.open_paragraph.emit(self.model.items[row].paragraph)
