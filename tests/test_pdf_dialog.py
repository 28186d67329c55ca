"""File → Export Excerpts to PDF… in the window: the dialog (stubbed as a
reader would answer it), the count it shows as the choice changes, the PDF
written on a thread of its own and read back with poppler, a cancelled or
failed export leaving no file, and the choices remembered."""

import errno
import subprocess

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QMessageBox

import viewer.gui.pdf_job as pdf_job
from tests.reader_support import open_window
from viewer.core.annotations.model import COLOURS, highlight, on_pair
from viewer.gui.pdf_dialog import ExportDialog
from viewer.gui.pdf_job import PdfJob

NOTE = "Compare with the Dushanbe declaration"


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "data")
    alpha = window.corpus.document("alpha")
    beta = window.corpus.document("beta")
    window.annotator.add(
        [
            highlight(alpha.pairs[1], "alpha", "en", 4, 15, "green"),
            highlight(alpha.pairs[2], "alpha", "ru", 0, 5, "red", note=NOTE),
            on_pair(beta.pairs[0], "beta", "bookmark", label="Start"),
        ],
        "t",
    )
    window.navigate("alpha")
    yield window
    window.close()


def dialog_of(window) -> ExportDialog:
    return ExportDialog(window.context, window.pdf.sources(), window)


def count_text(dialog: ExportDialog) -> str:
    return dialog.count.text()


def test_the_count_follows_the_choices(window):
    dialog = dialog_of(window)
    dialog.scope["document"].setChecked(True)
    assert count_text(dialog) == "This choice yields 2 excerpts."
    dialog.colours["green"].setChecked(False)
    assert count_text(dialog) == "This choice yields 1 excerpt."
    dialog.key_passages.setChecked(True)  # paragraph 2 of alpha is one
    assert count_text(dialog) == "This choice yields 2 excerpts."
    dialog.scope["library"].setChecked(True)
    assert count_text(dialog) == "This choice yields 3 excerpts."  # and beta's bookmark
    dialog.bookmarks.setChecked(False)
    dialog.key_passages.setChecked(False)
    dialog.colours["red"].setChecked(False)
    assert count_text(dialog).startswith("This choice yields no excerpt")
    assert not dialog.export_button.isEnabled()


def test_scopes_without_anything_are_disabled_with_a_reason(window):
    dialog = dialog_of(window)
    assert not dialog.scope["selected"].isEnabled()
    assert "(none is selected)" in dialog.scope["selected"].text()
    assert not dialog.scope["search"].isEnabled()
    assert "(there are none)" in dialog.scope["search"].text()


def test_the_annotations_selected_in_the_panel(window, qtbot):
    window.notes_dock.show()
    panel = window.annotations_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.list.selectAll()
    dialog = dialog_of(window)
    assert dialog.scope["selected"].isEnabled()
    dialog.scope["selected"].setChecked(True)
    assert count_text(dialog) == "This choice yields 2 excerpts."
    dialog.key_passages.setChecked(True)  # marked where chosen; none sought elsewhere
    assert count_text(dialog) == "This choice yields 2 excerpts."
    dialog.colours["red"].setChecked(False)
    assert count_text(dialog) == "This choice yields 1 excerpt."


def test_the_current_search_results(search_window, qtbot):
    window = search_window
    search = window.search
    search.query.setText("terrorism")
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=10_000)
    dialog = dialog_of(window)
    dialog.scope["search"].setChecked(True)
    hits = search.model.rowCount()
    assert count_text(dialog) == f"This choice yields {hits} excerpt{'s' * (hits > 1)}."


def answer(monkeypatch, path, **changes):
    """The dialog answered: the file `path`, `changes` (widget -> value), Export."""

    def exec_(dialog):
        for name, value in changes.items():
            widget = getattr(dialog, name)
            if name == "scope":
                dialog.scope[value].setChecked(True)
            else:
                widget.setCurrentIndex(widget.findData(value))
        dialog.file.setText(str(path))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", exec_)


def run_export(window, qtbot):
    with qtbot.waitSignal(window.pdf.done, timeout=30_000):
        window.actions.export_pdf.trigger()


def text_of(pdf) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True)
    return " ".join(out.stdout.split())


def test_a_pdf_is_written_off_the_gui_thread_and_reads_back(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "excerpts.pdf"
    answer(monkeypatch, out, scope="document")
    threads = []
    render = pdf_job.render

    def watched(*args):
        threads.append(QThread.currentThread())
        return render(*args)

    monkeypatch.setattr(pdf_job, "render", watched)
    run_export(window, qtbot)
    assert threads and threads[0] is not QCoreApplication.instance().thread()
    text = text_of(out)
    alpha = window.corpus.document("alpha")
    for lang in ("ru", "en"):
        assert " ".join(alpha.pairs[1].text(lang).plain.split()) in text
    assert NOTE in text
    assert "2 excerpts written to excerpts.pdf." in window.statusBar().currentMessage()


def test_an_existing_file_is_replaced_only_when_the_reader_agrees(
    window, qtbot, tmp_path, monkeypatch
):
    out = tmp_path / "old.pdf"
    out.write_bytes(b"old")
    answer(monkeypatch, out)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **_k: asked.append(a[2]) or QMessageBox.StandardButton.No,
    )
    window.actions.export_pdf.trigger()
    assert asked == ["old.pdf exists. Replace it?"]
    assert window.pdf.job is None and out.read_bytes() == b"old"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    run_export(window, qtbot)
    assert out.read_bytes().startswith(b"%PDF")


def test_a_folder_is_refused_with_a_clear_message(window, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    answer(monkeypatch, tmp_path)
    window.actions.export_pdf.trigger()
    assert said == [f"{tmp_path} is a folder: give the PDF a file name."]
    assert window.pdf.job is None


def test_a_cancelled_export_leaves_no_file(window, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    answer(monkeypatch, folder / "excerpts.pdf")
    start = PdfJob.start

    def start_then_cancel(job):
        # Cancel as the first excerpt is laid out, on the drawing thread.
        job.worker.progress.connect(job.cancel, Qt.ConnectionType.DirectConnection)
        start(job)

    monkeypatch.setattr(PdfJob, "start", start_then_cancel)
    run_export(window, qtbot)
    assert list(folder.iterdir()) == []
    assert window.statusBar().currentMessage() == "Export cancelled; no file was written."


def test_a_full_disk_is_said_and_leaves_no_file(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "excerpts.pdf"
    answer(monkeypatch, out)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf_job, "write_atomic", full)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    run_export(window, qtbot)
    assert said == [
        f"The PDF could not be written to {out}: No space left on device. No file was left."
    ]
    assert not out.exists()


def test_the_choices_are_remembered(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "excerpts.pdf"
    answer(monkeypatch, out, scope="library", layout_choice="ru", paper="letter")
    dialog_exec = ExportDialog.exec

    def fewer(dialog):
        dialog.colours["blue"].setChecked(False)
        dialog.key_passages.setChecked(True)
        return dialog_exec(dialog)

    monkeypatch.setattr(ExportDialog, "exec", fewer)
    run_export(window, qtbot)
    again = dialog_of(window)
    assert again.current_scope() == "library"
    assert again.layout_value() == "ru" and again.paper_value() == "letter"
    assert [c for c, box in again.colours.items() if box.isChecked()] == [
        c for c in COLOURS if c != "blue"
    ]
    assert again.key_passages.isChecked() and again.bookmarks.isChecked()
    assert again.file.text() == str(out)


def test_printing_draws_the_same_text_as_the_pdf(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    exported = tmp_path / "exported.pdf"
    answer(monkeypatch, exported, scope="document")
    run_export(window, qtbot)
    printed = tmp_path / "printed.pdf"

    def exec_(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    window.actions.print_.trigger()
    assert text_of(printed) == text_of(exported)


def test_print_preview_opens_on_the_same_pages(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    exported = tmp_path / "exported.pdf"
    answer(monkeypatch, exported, scope="document")
    run_export(window, qtbot)
    previewed = tmp_path / "previewed.pdf"
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        printer = dialog.printer()  # the pages the preview shows
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(previewed))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    window.actions.print_preview.trigger()
    assert len(shown) == 1
    assert text_of(previewed) == text_of(exported)


def test_nothing_to_print_is_said(window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    window.settings["export/colours"] = []
    window.settings["export/bookmarks"] = False
    window.settings["export/notes"] = False
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: said.append(text))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: pytest.fail("no print dialog"))
    window.actions.print_.trigger()
    assert said and said[0].startswith("Nothing to print")


def test_the_progress_bars_cancel_stops_the_export(window, qtbot, tmp_path, monkeypatch):
    import threading

    from PySide6.QtWidgets import QPushButton

    folder = tmp_path / "out"
    folder.mkdir()
    answer(monkeypatch, folder / "excerpts.pdf")
    go = threading.Event()
    start = PdfJob.start

    def start_held(job):
        # The drawing thread waits at its first step until the reader has chosen.
        job.worker.progress.connect(lambda *_: go.wait(10), Qt.ConnectionType.DirectConnection)
        start(job)

    monkeypatch.setattr(PdfJob, "start", start_held)
    with qtbot.waitSignal(window.pdf.done, timeout=30_000):
        window.actions.export_pdf.trigger()
        bar = window.pdf.job.bar
        assert bar.minimumDuration() == 500  # shown only when it takes longer
        bar.findChild(QPushButton).click()
        go.set()
    assert list(folder.iterdir()) == []
    assert window.statusBar().currentMessage() == "Export cancelled; no file was written."


def test_closing_the_window_during_an_export_leaves_no_file(qtbot, tmp_path, monkeypatch):
    import threading

    window = open_window(qtbot, tmp_path / "data")
    alpha = window.corpus.document("alpha")
    window.annotator.add([highlight(alpha.pairs[1], "alpha", "en", 4, 15, "green")], "t")
    window.navigate("alpha")
    folder = tmp_path / "out"
    folder.mkdir()
    answer(monkeypatch, folder / "excerpts.pdf")
    held = threading.Event()
    start = PdfJob.start

    def start_held(job):
        job.worker.progress.connect(lambda *_: held.wait(1), Qt.ConnectionType.DirectConnection)
        start(job)

    monkeypatch.setattr(PdfJob, "start", start_held)
    window.actions.export_pdf.trigger()
    thread = window.pdf.job.thread
    window.close()
    assert not thread.isRunning()
    assert list(folder.iterdir()) == []
