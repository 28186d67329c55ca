"""An export to PDF drawn on a thread of its own, so that the window keeps
answering: a progress bar with Cancel appears when it takes longer than
half a second. The file is written whole or not at all (write_atomic): a
cancelled or failed export leaves none.

Qt paints on a QPdfWriter, with QPainter and QTextDocument, off the GUI
thread (its documentation: painting on printers and PDF writers is
supported in threads, and text where the platform renders fonts in threads,
which tests/test_pdf_dialog.py checks); the fonts are loaded before, on the
GUI thread."""

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from viewer.core.atomic import write_atomic
from viewer.export.excerpts import Excerpt
from viewer.export.pdf import Cancelled, Options, Progress, prepare_fonts, render

SHOW_AFTER_MS = 500
STEPS = 1000  # of the progress bar


class _Worker(QObject):
    progress = Signal(int, int)
    written = Signal()
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, stop: threading.Event):
        super().__init__()
        self.stop = stop

    @Slot(object, object, str)
    def run(self, chosen: list[Excerpt], options: Options, path: str) -> None:
        watch = Progress(self.progress.emit, self.stop.is_set)
        try:
            data = render(chosen, options, watch)
            if self.stop.is_set():
                raise Cancelled
            write_atomic(Path(path), data, shared=True)
        except Cancelled:
            self.cancelled.emit()
        except OSError as error:
            self.failed.emit(error.strerror or str(error))
        else:
            self.written.emit()


class PdfJob(QObject):
    """One export: `start()` it; it ends with `written`, `failed(reason)`
    or `cancelled`, then `finished`, and its thread is gone."""

    written = Signal()
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()
    _run = Signal(object, object, str)

    def __init__(self, parent: QWidget, chosen: list[Excerpt], options: Options, path: Path):
        super().__init__(parent)
        self.chosen, self.options, self.path = chosen, options, path
        self.stop = threading.Event()
        self.thread = QThread(self)
        self.worker = _Worker(self.stop)
        self.worker.moveToThread(self.thread)
        self.thread.finished.connect(self.worker.deleteLater)
        self._run.connect(self.worker.run)
        self.bar: QProgressDialog | None = None  # made at the start: it shows itself when due
        self.worker.progress.connect(self._advance)
        for signal, ours in (
            (self.worker.written, self.written),
            (self.worker.failed, self.failed),
            (self.worker.cancelled, self.cancelled),
        ):
            signal.connect(ours)
            signal.connect(self._end)

    def start(self) -> None:
        prepare_fonts()
        self.bar = bar = QProgressDialog(self.parent())
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setLabelText(self.tr("Writing {file}…").format(file=self.path.name))
        bar.setRange(0, STEPS)
        bar.setMinimumDuration(SHOW_AFTER_MS)
        bar.setAutoClose(False)
        bar.setAutoReset(False)
        bar.canceled.connect(self.cancel)
        self.thread.start()
        bar.setValue(0)  # counts the half second from here
        self._run.emit(self.chosen, self.options, str(self.path))

    def cancel(self) -> None:
        """Stop at the next excerpt or page; nothing is written."""
        self.stop.set()

    def stop_now(self) -> None:
        """Cancel and wait for the drawing thread to end: the window closes."""
        self.cancel()
        self.thread.quit()
        self.thread.wait()

    def _advance(self, done: int, total: int) -> None:
        if self.bar is not None and not self.bar.wasCanceled():
            self.bar.setValue(done * STEPS // max(total, 1))

    def _end(self, *_args) -> None:
        if self.bar is not None:
            self.bar.reset()
            self.bar.hide()
            self.bar.deleteLater()
            self.bar = None
        self.thread.quit()
        self.thread.wait()
        self.finished.emit()
