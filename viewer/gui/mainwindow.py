"""The main window: the library on the left, the parallel reader beside it,
the search panel below."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
)

from viewer import APP_NAME, __version__
from viewer.core.model import Corpus, Document
from viewer.core.settings import Settings
from viewer.gui.labels import date_text, kind_name
from viewer.gui.reader import ParallelView
from viewer.gui.search_panel import SearchPanel

translate = QCoreApplication.translate


def _to_b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _from_b64(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


class MainWindow(QMainWindow):
    def __init__(self, corpus: Corpus, settings: Settings, ui_language: str, cache_dir: Path):
        super().__init__()
        self.corpus = corpus
        self.settings = settings
        self.ui_language = ui_language
        self.setWindowTitle(APP_NAME)

        self.library = QListWidget()
        self.library.setAccessibleName(translate("MainWindow", "Documents"))
        self.library.setWordWrap(True)
        self.library.setSpacing(3)
        self.library.setAlternatingRowColors(True)
        self.reader = ParallelView()
        self.splitter = QSplitter()  # horizontal
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 920])
        self.setCentralWidget(self.splitter)
        self.search = SearchPanel(corpus, cache_dir, ui_language)
        self.search.open_hit.connect(self.open_hit)
        self.search_dock = QDockWidget(translate("MainWindow", "Search"), self)
        self.search_dock.setObjectName("search")
        self.search_dock.setWidget(self.search)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        self._build_menus()

        for document in corpus.documents:
            self.library.addItem(self._library_item(document))
        self.library.currentRowChanged.connect(self._on_row_changed)
        self._restore()
        count = len(corpus.documents)
        self.statusBar().showMessage(translate("MainWindow", "%n document(s)", "", count))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        search_menu = self.menuBar().addMenu(translate("MainWindow", "&Search"))
        for text, keys, slot in (
            (translate("MainWindow", "Search &All Documents"), "Ctrl+Shift+F", self.focus_search),
            (translate("MainWindow", "&Next Hit"), "F3", lambda: self.search.move(1)),
            (translate("MainWindow", "&Previous Hit"), "Shift+F3", lambda: self.search.move(-1)),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            search_menu.addAction(action)
        search_menu.addAction(self.search_dock.toggleViewAction())
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        about = QAction(translate("MainWindow", "&About Diptych"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _library_item(self, document: Document) -> QListWidgetItem:
        meta = document.meta
        details = [date_text(document)]
        if meta.place:
            details.append(meta.place.get(self.ui_language))
        details.append(kind_name(meta.kind))
        item = QListWidgetItem(f"{meta.title.get(self.ui_language)}\n{' · '.join(details)}")
        item.setToolTip(meta.title.get(self.ui_language))
        return item

    def _on_row_changed(self, row: int) -> None:
        document = self.corpus.documents[row] if 0 <= row < len(self.corpus.documents) else None
        self.reader.show_document(document)
        if document is not None:
            self.setWindowTitle(f"{document.meta.title.get(self.ui_language)} — {APP_NAME}")
            self.settings["reader/document"] = document.id

    def focus_search(self) -> None:
        self.search_dock.show()
        self.search.query.setFocus()
        self.search.query.selectAll()

    def open_hit(self, doc_id: str, position: int, marks: dict) -> None:
        """Show a search hit: its document, scrolled to the pair, hits marked."""
        if self.reader.current is None or self.reader.current.id != doc_id:
            self.open_document(doc_id)
        self.reader.highlight(position, marks)
        self.reader.scroll_to_pair(position)

    def open_document(self, doc_id: str) -> bool:
        for row, document in enumerate(self.corpus.documents):
            if document.id == doc_id:
                self.library.setCurrentRow(row)
                return True
        return False

    def _restore(self) -> None:
        geometry = self.settings["window/geometry"]
        if not geometry or not self.restoreGeometry(_from_b64(geometry)):
            # First run: most of the screen, since two columns of text need width.
            available = self.screen().availableGeometry()
            self.resize(
                min(1400, available.width() * 9 // 10), min(900, available.height() * 9 // 10)
            )
        if state := self.settings["window/state"]:
            self.restoreState(_from_b64(state))
        if splitter := self.settings["window/splitter"]:
            self.splitter.restoreState(_from_b64(splitter))
        if not self.open_document(self.settings["reader/document"]) and self.corpus.documents:
            self.library.setCurrentRow(0)
        if not self.corpus.documents:
            self.reader.show_document(None)

    def closeEvent(self, event) -> None:
        self.settings["window/geometry"] = _to_b64(self.saveGeometry())
        self.settings["window/splitter"] = _to_b64(self.splitter.saveState())
        self.settings["window/state"] = _to_b64(self.saveState())
        self.search.stop()
        try:
            self.settings.save()
        except OSError as error:
            QMessageBox.warning(
                self,
                APP_NAME,
                translate("MainWindow", "Your settings could not be saved: {error}").format(
                    error=error.strerror or error
                ),
            )
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Diptych"),
            translate(
                "MainWindow",
                "<p><b>Diptych {version}</b></p><p>Official texts on counter-terrorism"
                " cooperation in Central Asia, Russian and English side by side.</p>"
                "<p>Works offline; makes no network connection.</p>",
            ).format(version=__version__),
        )
