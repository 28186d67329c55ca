"""The window's commands to export excerpts to PDF (the dialog, then the
export on its own thread, and what came of it in words), and to print them
or see them before printing: the excerpts of the dialog's last choice, drawn
by the same code on the printer's pages."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from viewer import APP_NAME
from viewer.core.annotations.model import meanings
from viewer.export.excerpts import Excerpt
from viewer.export.pdf import Options, paint, set_up, system_author
from viewer.gui.pdf_dialog import ExportDialog, Sources, remembered
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
        for document in window.corpus.documents:  # as the command line does: cheap when unchanged
            window.annotator.follow(document)
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

    def stop(self) -> None:
        """Cancel an export under way, leaving no file: the window closes."""
        if self.job is not None:
            self.job.stop_now()

    # Printing

    def _printed(self) -> tuple[list[Excerpt], Options] | None:
        """The excerpts to print and how, or None (and why, said)."""
        chosen = remembered(self.window.context, self.sources())
        if not chosen:
            QMessageBox.information(
                self.window,
                APP_NAME,
                self.tr(
                    "Nothing to print: the choice last made in File › Export Excerpts to PDF"
                    " yields no excerpt here. Choose there what to include."
                ),
            )
            return None
        settings = self.window.settings
        return chosen, self.options(settings["export/layout"], settings["export/paper"])

    def _printer(self, options: Options):
        from PySide6.QtPrintSupport import QPrinter  # loaded when first printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up(printer, options)
        printer.setDocName(self.tr("Annotated excerpts"))
        printer.setCreator(APP_NAME)
        return printer

    def print_(self) -> bool:
        """Print the excerpts of the dialog's last choice, after the
        system's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog

        printed = self._printed()
        if printed is None:
            return False
        chosen, options = printed
        printer = self._printer(options)
        dialog = QPrintDialog(printer, self.window)
        if not dialog.exec():
            return False
        self._paint(printer, chosen, options)
        return True

    def preview(self) -> None:
        """Show the pages the excerpts of the dialog's last choice print on."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printed = self._printed()
        if printed is None:
            return
        chosen, options = printed
        printer = self._printer(options)  # the dialog does not own it: kept alive here
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.paintRequested.connect(lambda printer: self._paint(printer, chosen, options))
        dialog.exec()

    def _paint(self, printer, chosen: list[Excerpt], options: Options) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paint(printer, chosen, options)
        finally:
            QGuiApplication.restoreOverrideCursor()

    # What came of an export

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
