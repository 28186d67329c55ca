"""The window's commands to export excerpts to PDF: the dialog, then the
export on its own thread, and what came of it in words."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from viewer import APP_NAME
from viewer.core.annotations.model import meanings
from viewer.export.pdf import Options, system_author
from viewer.gui.pdf_dialog import ExportDialog, Sources
from viewer.gui.pdf_job import PdfJob

STATUS_MS = 10_000


class PdfExport(QObject):
    """Emits `done` when an export has ended, written or not."""

    done = Signal()

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.job: PdfJob | None = None  # the export under way

    def sources(self) -> Sources:
        window = self.window
        panel = window.built_annotations_panel()
        search = window.built_search_panel()
        found = (
            tuple((hit.doc, hit.paragraph) for hit, _title in search.model.rows) if search else ()
        )
        return Sources(
            annotations=window.annotator.of(None),
            document=window.view.current.id if window.view.current is not None else None,
            selected=panel.selected() if panel is not None else [],
            found=found,
        )

    def options(self, layout: str, paper: str) -> Options:
        context = self.window.context
        return Options(
            layout=layout,
            paper=paper,
            language=context.language,
            meanings=tuple(meanings(context.settings["annotations/meanings"]).items()),
            author=system_author(),
            date=date.today().isoformat(),
        )

    def export(self) -> PdfJob | None:
        """Ask what to export and where, then start writing it."""
        if self.job is not None:
            return None
        dialog = ExportDialog(self.window.context, self.sources(), self.window)
        if not dialog.exec():
            return None
        options = self.options(dialog.layout_value(), dialog.paper_value())
        self.job = job = PdfJob(self.window, dialog.chosen, options, dialog.path())
        count = len(dialog.chosen)
        job.written.connect(lambda: self._written(job.path, count))
        job.failed.connect(lambda reason: self._failed(job.path, reason))
        job.cancelled.connect(
            lambda: self.window.statusBar().showMessage(
                self.tr("Export cancelled; no file was written."), STATUS_MS
            )
        )
        job.finished.connect(self._finished)
        job.start()
        return job

    def _written(self, path: Path, count: int) -> None:
        self.window.statusBar().showMessage(
            self.tr("%n excerpt(s) written to {file}.", "", count).format(file=path.name),
            STATUS_MS,
        )

    def _failed(self, path: Path, reason: str) -> None:
        QMessageBox.warning(
            self.window,
            APP_NAME,
            self.tr("The PDF could not be written to {path}: {reason}. No file was left.").format(
                path=path, reason=reason
            ),
        )

    def _finished(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
            self.job = None
        self.done.emit()
