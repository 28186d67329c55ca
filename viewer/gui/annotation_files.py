"""Annotations to and from a file: a colleague's, or one for a colleague
(the format is exchange's, documented in the README)."""

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from viewer import APP_NAME
from viewer.core.annotations import exchange
from viewer.core.annotations.exchange import ExchangeError
from viewer.core.annotations.model import Annotation
from viewer.core.annotations.store import StoreError
from viewer.gui.annotator import Annotator


def _folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class AnnotationFiles(QObject):
    """The window's commands to export and import annotations."""

    def __init__(self, window: QMainWindow, annotator: Annotator):
        super().__init__(window)
        self.window = window
        self.annotator = annotator

    def export(self, annotations: list[Annotation], name: str) -> bool:
        """Ask where, then write `annotations` there (the dialog asks before
        replacing a file); `name` is the file name proposed."""
        window = self.window
        if not annotations:
            QMessageBox.information(
                window, APP_NAME, self.tr("There are no annotations to export.")
            )
            return False
        path, _chosen = QFileDialog.getSaveFileName(
            window,
            self.tr("Export Annotations"),
            str(Path(_folder()) / f"{name}.json"),
            self.tr("Diptych annotations (*.json);;All files (*)"),
        )
        if not path:
            return False
        try:
            count = exchange.export(Path(path), annotations)
        except ExchangeError as error:
            QMessageBox.warning(window, APP_NAME, error.message.text())
            return False
        window.statusBar().showMessage(
            self.tr("%n annotation(s) exported to {file}.", "", count).format(file=Path(path).name),
            8000,
        )
        return True

    def import_file(self) -> bool:
        """Ask for a file of annotations and merge it; say what was added,
        updated and skipped, or why nothing was."""
        window = self.window
        path, _chosen = QFileDialog.getOpenFileName(
            window,
            self.tr("Import Annotations"),
            _folder(),
            self.tr("Diptych annotations (*.json);;All files (*)"),
        )
        if not path:
            return False
        try:
            report = exchange.import_file(self.annotator.store, Path(path))
        except (ExchangeError, StoreError) as error:
            QMessageBox.warning(window, APP_NAME, error.message.text())
            return False
        self.annotator.reload()
        added = self.tr("%n added", "", report.added)
        updated = self.tr("%n updated", "", report.updated)
        skipped = self.tr("%n skipped (already here)", "", report.skipped)
        QMessageBox.information(
            window,
            APP_NAME,
            self.tr("From {file}: {added}, {updated}, {skipped}.").format(
                file=Path(path).name, added=added, updated=updated, skipped=skipped
            ),
        )
        return True
