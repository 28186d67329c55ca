"""The import as the reader does it in the window: File → Import or files
dropped onto the library, the review dialog (pairs side by side, weak links
and difference flags marked, merge, split, shift and undo by keyboard), the
details, Save; then the window, library and search follow without a
restart, and the document's details can be edited and the document removed."""

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QToolButton

from tests.annotation_factory import bookmark
from tests.conftest import FIXTURES
from tests.import_support import seed_halves, write
from viewer.core.align import Link, align
from viewer.core.importing import Split
from viewer.core.importing.draft import Draft
from viewer.core.importing.paragraphs import Para
from viewer.core.search.location import learned_lexicon
from viewer.gui.details_form import DetailsDialog
from viewer.gui.import_dialog import CONFIDENCE, ENGLISH, FLAGS, RUSSIAN, ImportDialog
from viewer.gui.library import DOC

RU = [Para("Заседание", "heading", 1), Para("Встреча прошла 3 марта 2025 года в Бишкеке."),
      Para("В ней участвовали 40 экспертов."), Para("Они обсудили 12 проектов.")]  # fmt: skip
EN = [Para("The meeting", "heading", 1), Para("The meeting took place on 3 March 2025 in Bishkek."),
      Para("It was attended by 40 experts."), Para("They discussed 15 projects.")]  # fmt: skip


@pytest.fixture
def window(qtbot, data_dir):
    from viewer.gui.app import create_app, create_window

    window = create_window(create_app(), data_dir(), FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitUntil(window.isVisible)
    yield window
    window.close()


def dialog_for(qtbot, window, ru=RU, en=EN) -> ImportDialog:
    dialog = ImportDialog(window.context, Split(list(ru), list(en), []), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts go to the active window only
    return dialog


def cell(dialog, row: int, column: int) -> str:
    return dialog.table.item(row, column).text()


def choose_statuses(dialog) -> None:
    for lang, status in (("ru", "original"), ("en", "unofficial-translation")):
        combo = dialog.form.status[lang]
        combo.setCurrentIndex(combo.findData(status))


def test_the_aligner_gets_the_edition_lexicon(qtbot, window, monkeypatch):
    import viewer.core.importing.draft

    seen = []

    def recording(ru, en, glossary=None, lexicon=None):
        seen.append(lexicon)
        return align(ru, en, glossary, lexicon)

    monkeypatch.setattr(viewer.core.importing.draft, "align", recording)
    dialog_for(qtbot, window)
    assert seen[0].pairs == learned_lexicon(window.context.corpus).pairs


def test_the_pairs_are_shown_side_by_side_with_their_flags(qtbot, window):
    dialog = dialog_for(qtbot, window)
    assert dialog.table.rowCount() == 4
    assert cell(dialog, 1, RUSSIAN) == RU[1].text and cell(dialog, 1, ENGLISH) == EN[1].text
    assert cell(dialog, 3, FLAGS) == "≠"  # 12 projects against 15
    assert "12" in dialog.table.item(3, FLAGS).toolTip()
    assert cell(dialog, 1, FLAGS) == ""
    assert dialog.form.title["en"].text() == "The meeting"
    assert dialog.form.date.text() == "2025-03-03"
    assert dialog.form.id.text() == "the-meeting"
    dialog.reject()


def test_a_weak_link_is_marked(qtbot, window):
    dialog = dialog_for(qtbot, window)
    dialog.draft = Draft(
        tuple(RU[:2]), tuple(EN[:2]), (Link((0,), (0,), 0.9), Link((1,), (1,), 0.3))
    )
    dialog._fill(0)
    assert cell(dialog, 1, CONFIDENCE).startswith("⚠") and not cell(
        dialog, 0, CONFIDENCE
    ).startswith("⚠")
    assert "1 weak" in dialog.summary.text()
    dialog.reject()


def test_merge_split_shift_and_undo_by_keyboard(qtbot, window):
    dialog = dialog_for(qtbot, window)
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(1, RUSSIAN)
    qtbot.keyClick(table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert table.rowCount() == 3
    assert cell(dialog, 1, RUSSIAN) == f"{RU[1].text}\n\n{RU[2].text}"
    assert not cell(dialog, 1, CONFIDENCE).startswith("⚠")  # reviewed: certain
    qtbot.keyClick(
        table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert cell(dialog, 1, ENGLISH) == EN[1].text
    assert cell(dialog, 2, ENGLISH) == f"{EN[2].text}\n\n{EN[3].text}"
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert table.rowCount() == 4 and cell(dialog, 2, ENGLISH) == EN[2].text
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table.rowCount() == 4 and not dialog.undo.isEnabled()
    dialog.reject()


def test_the_buttons_do_by_mouse_what_the_keys_do(qtbot, window):
    dialog = dialog_for(qtbot, window)
    dialog.table.setCurrentCell(3, RUSSIAN)
    assert not dialog.merge.isEnabled()  # the last pair has none after it
    dialog.table.setCurrentCell(0, RUSSIAN)
    buttons = {b.defaultAction(): b for b in dialog.findChildren(QToolButton)}
    qtbot.mouseClick(buttons[dialog.split], Qt.MouseButton.LeftButton)
    assert cell(dialog, 0, ENGLISH) == "—" and cell(dialog, 1, RUSSIAN) == "—"
    dialog.reject()


def test_saving_needs_the_statuses_then_the_window_follows(qtbot, window):
    hint = window.library.how_to_import
    assert hint.isVisible() and "drop files here, or press Ctrl+O" in hint.text()
    dialog = dialog_for(qtbot, window)
    own = window.context.library.own_dir
    dialog.accept()
    assert dialog.isVisible() and "status" in dialog.problem.text()
    assert not own.exists() or list(own.iterdir()) == []
    choose_statuses(dialog)
    dialog.accept()
    assert not dialog.isVisible() and dialog.saved.id == "the-meeting"
    # The library lists it under its own heading, and search offers it.
    rows = [window.library.list.item(r) for r in range(window.library.list.count())]
    assert [r.data(DOC) for r in rows][-2:] == [None, "the-meeting"]
    assert rows[-2].text() == "Imported by you"
    assert window.library.how_to_import.isHidden()  # shown until the first import
    assert window.documents_count.text() == "3 documents"
    search = window.search
    choices = [tuple(search.document.itemData(i)) for i in range(search.document.count())]
    assert ("the-meeting",) in choices
    search.query.setText("Bishkek")
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=10_000)
    assert {hit.doc for hit, _title in search.model.rows} == {"the-meeting"}


def test_file_import_and_a_drop_open_the_review(qtbot, window, monkeypatch, tmp_path):
    russian, english = seed_halves()
    files = [write(tmp_path / "en.txt", english), write(tmp_path / "ru.txt", russian)]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(f) for f in files], "")
    )
    shown = []

    def review(dialog):
        shown.append(dialog.draft)
        choose_statuses(dialog)
        dialog.form.id.setText(f"ashgabat-{len(shown)}")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", review)
    window.actions.import_document.trigger()
    assert shown[0].ru[0].text.startswith("Генеральный секретарь")  # told apart by script
    assert window.view.current.id == "ashgabat-1"
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    viewport = window.library.list.viewport()
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()  # files are welcome
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(viewport, drop)
    assert window.view.current.id == "ashgabat-2"


def test_a_file_that_cannot_be_imported_is_said_and_nothing_opens(
    qtbot, window, monkeypatch, tmp_path
):
    empty = write(tmp_path / "empty.txt", b"")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(empty)], ""))
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    monkeypatch.setattr(ImportDialog, "exec", lambda _d: pytest.fail("the review opened"))
    window.actions.import_document.trigger()
    assert said and "empty" in said[0]


def import_one(qtbot, window) -> str:
    dialog = dialog_for(qtbot, window)
    choose_statuses(dialog)
    dialog.accept()
    window.navigate(dialog.saved.id)
    return dialog.saved.id


def test_details_are_edited_and_the_library_follows(qtbot, window, monkeypatch):
    doc_id = import_one(qtbot, window)
    assert window.actions.document_details.isEnabled()
    edited = []

    def edit(dialog):
        dialog.form.title["en"].setText("Bishkek meeting")
        dialog.accept()
        edited.append(dialog)

    monkeypatch.setattr(DetailsDialog, "exec", edit)
    window.actions.document_details.trigger()
    assert window.corpus.document(doc_id).meta.title.en == "Bishkek meeting"
    assert window.library.list.currentItem().text() == "Bishkek meeting"
    window.navigate("alpha")
    assert not window.actions.document_details.isEnabled()
    assert not window.actions.remove_document.isEnabled()


@pytest.mark.parametrize("delete", [False, True])
def test_removing_leaves_the_reader_elsewhere_and_keeps_annotations_unless_told(
    qtbot, window, monkeypatch, delete
):
    doc_id = import_one(qtbot, window)
    window.annotator.add([bookmark(id="b1", doc=doc_id, paragraph=2)], "bookmark")

    def answer(box):
        if box.checkBox() is not None:
            box.checkBox().setChecked(delete)
        destructive = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        )
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda _box: destructive)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.actions.remove_document.trigger()
    assert window.corpus.document(doc_id) is None
    assert window.view.current.id != doc_id
    assert doc_id not in {
        window.library.list.item(r).data(DOC) for r in range(window.library.list.count())
    }
    kept = [a for a in window.annotator.of(None) if a.doc == doc_id]
    assert [a.detached for a in kept] == ([] if delete else [True])
    model = window.annotations_panel.model
    assert all("not in your library" in model.spoken(a) for a in kept)


def test_debris_is_left_out_by_keyboard_and_not_saved(qtbot, window):
    dialog = dialog_for(qtbot, window, [*RU, Para("Поделиться")], [*EN, Para("Share this page")])
    table = dialog.table
    table.setCurrentCell(4, RUSSIAN)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 4
    choose_statuses(dialog)
    dialog.accept()
    saved = window.corpus.document(dialog.saved.id)
    assert [p.en.plain for p in saved.pairs] == [p.text for p in EN]


def test_tab_leaves_the_pairs_and_enter_there_does_not_save(qtbot, window):
    dialog = dialog_for(qtbot, window)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert not dialog.table.hasFocus()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    dialog.reject()


def test_a_text_already_in_the_library_is_pointed_out(qtbot, window):
    first = dialog_for(qtbot, window)
    assert not first.duplicate.isVisible()
    choose_statuses(first)
    first.accept()
    second = dialog_for(qtbot, window)
    assert second.duplicate.isVisible()
    assert "The meeting" in second.duplicate.text()
    second.reject()
