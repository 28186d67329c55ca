"""The window's commands on the library: import a document (from the File
menu, or by dropping files onto the library), edit the details of an
imported one, remove it. Core does the work (reading, saving, removing);
the library's listeners make the window follow."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMenu, QMessageBox

from viewer import APP_NAME
from viewer.core.annotations.store import StoreError
from viewer.core.importing import ImportRefused
from viewer.core.importing.split import read_sources
from viewer.core.removal import remove_document
from viewer.gui.library import DOC

translate = QCoreApplication.translate


class LibraryCommands(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.context = window.context
        actions = window.actions
        actions.import_document.triggered.connect(lambda: self.import_document())
        actions.document_details.triggered.connect(lambda: self.edit_details())
        actions.remove_document.triggered.connect(lambda: self.remove())
        keys = actions.import_document.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        window.library.name_import_keys(keys)
        documents = window.library.list
        documents.setAcceptDrops(True)
        documents.viewport().setAcceptDrops(True)
        documents.viewport().installEventFilter(self)
        documents.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        documents.customContextMenuRequested.connect(self._menu)
        self.refresh()

    def refresh(self) -> None:
        """Details and removal are for the reader's own documents only."""
        own = self._current_own() is not None
        self.window.actions.document_details.setEnabled(own)
        self.window.actions.remove_document.setEnabled(own)

    def _current_own(self):
        current = self.window.view.current
        if current is None or not self.context.library.is_own(current.id):
            return None
        return self.context.corpus.document(current.id)

    # Importing

    def import_document(self, paths: list[Path] | None = None) -> None:
        """Read one bilingual file or two, one per language (asked for when
        not given), and open the review; nothing is saved until the reader
        saves there."""
        if paths is None:
            names, _filter = QFileDialog.getOpenFileNames(
                self.window,
                translate("LibraryCommands", "Import a Document: One Bilingual File or Two Files"),
                "",
                translate(
                    "LibraryCommands",
                    "Documents (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)",
                ),
            )
            paths = [Path(name) for name in names]
        if not paths:
            return
        if len(paths) > 2:
            self._warn(
                translate(
                    "LibraryCommands",
                    "Choose one file holding both languages, or two files: one Russian and one"
                    " English.",
                )
            )
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            split = read_sources(paths)
        except ImportRefused as refused:
            QGuiApplication.restoreOverrideCursor()
            self._warn(refused.reason.text())
            return
        QGuiApplication.restoreOverrideCursor()
        from viewer.gui.import_dialog import ImportDialog

        dialog = ImportDialog(self.context, split, self.window)
        if dialog.exec() and dialog.saved is not None:
            self.window.navigate(dialog.saved.id)
            self.window.statusBar().showMessage(
                translate("LibraryCommands", "Imported «{title}».").format(
                    title=_short(dialog.saved.meta.title.get(self.window.ui_language))
                ),
                10_000,
            )

    def eventFilter(self, watched, event) -> bool:
        """Files dropped onto the library are imported."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and (paths := _files(event.mimeData())):
            event.acceptProposedAction()
            self.import_document(paths)
            return True
        return super().eventFilter(watched, event)

    # The reader's own documents

    def edit_details(self) -> None:
        document = self._current_own()
        if document is None:
            return
        from viewer.gui.details_form import DetailsDialog

        DetailsDialog(self.context.library, document, self.window).exec()

    def remove(self) -> None:
        document = self._current_own()
        if document is None:
            return
        count = len(self.window.annotator.of(document.id))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("LibraryCommands", "Remove Document"),
            translate(
                "LibraryCommands",
                "Remove «{title}» from your library? The files you imported it from are not"
                " touched.",
            ).format(title=document.meta.title.get(self.window.ui_language)),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        remove = box.addButton(
            translate("LibraryCommands", "Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        delete = QCheckBox(
            translate("LibraryCommands", "Also delete my annotations of it ({count})").format(
                count=count
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter keeps the document
        if count:
            box.setCheckBox(delete)
            box.setInformativeText(
                translate(
                    "LibraryCommands",
                    "Unless you delete them, your annotations of it are kept, marked detached.",
                )
            )
        box.exec()
        if box.clickedButton() is not remove:
            return
        try:
            remove_document(
                self.context.library, self.context.annotations, document.id, delete.isChecked()
            )
        except (OSError, KeyError) as error:
            self._warn(
                translate("LibraryCommands", "The document could not be removed: {error}").format(
                    error=getattr(error, "strerror", None) or str(error)
                )
            )
        except StoreError as error:
            self._warn(error.message.text())
        self.window.annotator.reload()

    def _menu(self, point) -> None:
        item = self.window.library.list.itemAt(point)
        if item is None or not item.data(DOC):
            return
        self.window.navigate(item.data(DOC))
        menu = QMenu(self.window)
        actions = self.window.actions
        menu.addActions([actions.document_details, actions.remove_document])
        menu.addSeparator()
        menu.addAction(actions.import_document)
        menu.exec(self.window.library.list.viewport().mapToGlobal(point))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, text)


def _files(mime) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _short(title: str, most: int = 60) -> str:
    return title if len(title) <= most else title[: most - 1].rstrip() + "…"
