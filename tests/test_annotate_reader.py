"""Making annotations in the reader as a reader does: select with the mouse
or the keys, then a shortcut, the context menu or the selection bar."""

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolTip

from tests.reader_support import click, drag, open_window, point_of, press, window
from viewer.core.annotations.model import on_pair
from viewer.core.annotations.store import AnnotationStore
from viewer.core.spans import Span
from viewer.gui.note_dialog import NoteDialog

__all__ = ["window"]  # fixtures

# Offscreen, a popup menu asks for what the platform cannot do.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def stored(window):
    """What the database holds, read with a store of its own."""
    store = AnnotationStore(window.context.dirs.data)
    try:
        return store.all()
    finally:
        store.close()


def select_with_mouse(window, paragraph, lang, start, end):
    view = window.view
    drag(view, point_of(view, paragraph, lang, start), point_of(view, paragraph, lang, end))
    return view.selection_spans()


def test_a_shortcut_highlights_the_selection_in_its_colour_in_whole_words(qtbot, window):
    view = window.view
    text = window.corpus.document(view.current.id).pairs[1].ru.plain
    cut = text.index("Совета") + 2  # the mouse let go inside a word
    spans = select_with_mouse(window, 2, "ru", 4, cut)
    assert spans == [Span(2, "ru", 4, cut)]
    press(qtbot, window, "Alt+3")
    [made] = stored(window)
    assert (made.kind, made.colour, made.paragraph, made.lang) == ("highlight", "red", 2, "ru")
    assert made.quote == "члены Совета"
    assert view.layer("highlights") == [Span(2, "ru", made.start, made.end)]
    assert not view.textCursor().hasSelection()  # the colour shows, not the selection
    marks = [m for m in view.extraSelections() if m.cursor.selectedText() == made.quote]
    assert marks and marks[0].format.background().color().name() == view.colours["red"]


def test_keys_alone_select_and_highlight(qtbot, window):
    view = window.view
    click(view, point_of(view, 2, "en", 3))
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, window, "Alt+1")
    [made] = stored(window)
    assert (made.paragraph, made.lang, made.colour) == (2, "en", "blue")
    assert made.end - made.start == 4


def test_a_selection_over_two_blocks_makes_a_highlight_each_and_one_undo(qtbot, window):
    view = window.view
    drag(view, point_of(view, 2, "ru", 5), point_of(view, 3, "ru", 5))
    assert len(view.selection_spans()) == 2
    press(qtbot, window, "Alt+2")
    assert len(stored(window)) == 2
    press(qtbot, window, "Ctrl+Z")
    assert stored(window) == []
    assert view.layer("highlights") == []
    press(qtbot, window, "Ctrl+Shift+Z")
    assert len(stored(window)) == 2


def test_the_caret_in_a_highlight_recolours_and_removes_it_and_undo_brings_it_back(qtbot, window):
    view = window.view
    select_with_mouse(window, 2, "en", 2, 10)
    press(qtbot, window, "Alt+1")
    click(view, point_of(view, 2, "en", 5))
    press(qtbot, window, "Alt+4")
    [recoloured] = stored(window)
    assert recoloured.colour == "green"
    press(qtbot, window, "Alt+0")  # deleted from the reader
    assert stored(window) == []
    press(qtbot, window, "Ctrl+Z")
    assert stored(window) == [recoloured]
    assert view.layer("highlights") == [Span(2, "en", recoloured.start, recoloured.end)]


def test_without_a_selection_the_status_bar_says_what_to_do(qtbot, window):
    click(window.view, point_of(window.view, 2, "ru", 1))
    press(qtbot, window, "Alt+1")
    assert stored(window) == []
    assert "Select some text" in window.statusBar().currentMessage()


def test_ctrl_d_toggles_the_bookmark_of_the_caret_paragraph(qtbot, window):
    view = window.view
    click(view, point_of(view, 3, "ru", 2))
    press(qtbot, window, "Ctrl+D")
    [mark] = stored(window)
    assert (mark.kind, mark.paragraph) == ("bookmark", 3)
    assert view.bookmark_of(3) == mark
    press(qtbot, window, "Ctrl+D")
    assert stored(window) == [] and view.bookmark_of(3) is None


def test_the_bookmark_is_painted_in_the_margin(qtbot, window):
    view = window.view
    before = view.viewport().grab().toImage()
    click(view, point_of(view, 2, "ru", 2))
    press(qtbot, window, "Ctrl+D")
    view.viewport().repaint()
    after = view.viewport().grab().toImage()
    line = view.line_rect(2, "ru")
    left = view.column_ranges()[0][0]
    changed = [
        (x, y)
        for x in range(0, left - 20)
        for y in range(line.top(), line.bottom())
        if before.pixel(x, y) != after.pixel(x, y)
    ]
    assert changed  # the ribbon, left of the number


def answer_note(monkeypatch, note="", tags="", label=None):
    """Stub the note dialog: it answers with these fields."""
    asked = []

    def exec_(dialog):
        asked.append(dialog)
        dialog.note.setPlainText(note)
        dialog.tags.setText(tags)
        if label is not None:
            dialog.label.setText(label)
        return 1

    monkeypatch.setattr(NoteDialog, "exec", exec_)
    return asked


def test_a_note_on_the_selection_makes_a_highlight_with_its_note_and_tags(
    qtbot, window, monkeypatch
):
    asked = answer_note(monkeypatch, "Сверить с оригиналом", "check, treaty")
    select_with_mouse(window, 2, "ru", 0, 8)
    press(qtbot, window, "Ctrl+Shift+N")
    [made] = stored(window)
    assert asked and made.kind == "highlight"
    assert made.note == "Сверить с оригиналом" and made.tags == ("check", "treaty")
    # Hovering over the highlight shows its note.
    view = window.view
    point = point_of(view, 2, "ru", 3)
    QApplication.sendEvent(
        view.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)),
    )
    assert QToolTip.text() == "quote: Сверить с оригиналом"  # the first colour's meaning
    QToolTip.hideText()


def test_a_note_without_a_selection_stands_on_the_paragraph_and_is_edited_again(
    qtbot, window, monkeypatch
):
    answer_note(monkeypatch, "On the whole paragraph")
    click(window.view, point_of(window.view, 3, "en", 1))
    press(qtbot, window, "Ctrl+Shift+N")
    [made] = stored(window)
    assert (made.kind, made.paragraph, made.lang, made.note) == ("note", 3, None, made.note)
    answer_note(monkeypatch, "Changed")
    press(qtbot, window, "Ctrl+Shift+N")
    [edited] = stored(window)
    assert edited.id == made.id and edited.note == "Changed"
    press(qtbot, window, "Ctrl+Z")
    assert stored(window)[0].note == "On the whole paragraph"


def test_the_context_menu_offers_the_colours_and_highlights(qtbot, window, monkeypatch):
    view = window.view
    select_with_mouse(window, 2, "en", 0, 6)
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _at, _action=None: shown.append(menu))
    point = point_of(view, 2, "en", 3)
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
        ),
    )
    [menu] = shown
    colours = next(a.menu() for a in menu.actions() if a.menu())
    assert len(colours.actions()) == 5
    colours.actions()[4].trigger()
    [made] = stored(window)
    assert (made.colour, made.paragraph, made.lang) == ("pink", 2, "en")


def test_the_selection_bar_appears_and_its_buttons_highlight(qtbot, window):
    view = window.view
    bar = window.commands.bar
    view.setFocus()  # as a real press would
    select_with_mouse(window, 3, "ru", 0, 9)
    qtbot.waitUntil(bar.isVisible)
    assert view.viewport().rect().contains(bar.geometry())
    qtbot.mouseClick(bar.buttons["violet"], Qt.MouseButton.LeftButton)
    [made] = stored(window)
    assert (made.colour, made.paragraph) == ("violet", 3)
    qtbot.waitUntil(lambda: not bar.isVisible())


def test_go_bookmarks_lists_bookmarks_and_jumps(qtbot, tmp_path):
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    other = window.corpus.documents[1]
    window.annotator.add([on_pair(other.pairs[0], other.id, "bookmark", label="Here")], "t")
    menu = window.actions.bookmarks.menu()
    menu.aboutToShow.emit()
    [entry] = [a for a in menu.actions() if a.isEnabled()]
    assert "Here" in entry.text() and "¶1" in entry.text()
    entry.trigger()
    assert window.view.current.id == other.id
    assert window.view.layer("target")  # marked for the eye
    window.close()


def test_annotations_of_another_instance_appear(qtbot, window):
    document = window.view.current
    other = AnnotationStore(window.context.dirs.data)
    other.save([on_pair(document.pairs[1], document.id, "bookmark")])
    other.close()
    qtbot.waitUntil(lambda: window.view.bookmark_of(2) is not None, timeout=5000)


def test_annotations_in_the_russian_interface(qtbot, tmp_path, monkeypatch):
    from tests.test_ui_languages import window_in

    window = window_in(qtbot, tmp_path, "ru")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.actions.colour["blue"].text() == "&1 Выделить: цитата"
    asked = answer_note(monkeypatch, "Заметка")
    click(window.view, point_of(window.view, 2, "ru", 1))
    press(qtbot, window, "Ctrl+Shift+N")
    assert asked[0].windowTitle() == "Заметка к абзацу 2"
    menu = window.actions.bookmarks.menu()
    menu.aboutToShow.emit()
    assert menu.actions()[0].text().startswith("Закладок пока нет")
    window.close()


def test_a_hostile_offset_in_the_database_is_not_painted(qtbot, tmp_path):
    from viewer.core.annotations.model import highlight

    data = tmp_path / "data"
    window = open_window(qtbot, data)
    document = window.view.current
    made = highlight(document.pairs[1], document.id, "ru", 0, 4, "blue")
    window.annotator.add([made.replace(start=10_000, end=10_004)], "t")
    assert window.view.layer("highlights") == []
    window.close()


def test_a_damaged_database_is_restored_and_the_reader_is_told(qtbot, tmp_path):
    from tests.conftest import FIXTURES
    from tests.test_corpus_offline import warning_box
    from viewer.core.paths import user_dirs
    from viewer.gui.app import create_app, create_window

    data = tmp_path / "data"
    folder = user_dirs(data).data
    window = open_window(qtbot, data)
    document = window.view.current
    window.annotator.add([on_pair(document.pairs[1], document.id, "bookmark")], "t")
    window.close()
    AnnotationStore(folder).close()  # the next opening backs it up
    (folder / "annotations.sqlite3").write_bytes(b"\0garbage" * 512)
    for extra in ("-wal", "-shm"):
        (folder / f"annotations.sqlite3{extra}").unlink(missing_ok=True)

    window = create_window(create_app(), data, FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    box = warning_box(qtbot, window)
    assert "damaged" in box.text() and "restored from the backup" in box.text()
    assert window.view.bookmark_of(2) is not None
    kept = list(folder.glob("annotations-damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"\0garbage")
    box.close()
    window.close()


def test_the_reader_names_the_colours_once(qtbot, window, monkeypatch):
    from viewer.gui.colour_names import ColourNamesDialog

    def exec_(dialog):
        dialog.edits["red"].setText("  спорно ")
        return 1

    monkeypatch.setattr(ColourNamesDialog, "exec", exec_)
    window.actions.meanings.trigger()
    assert window.settings["annotations/meanings"] == {"red": "спорно"}
    assert window.actions.colour["red"].text() == "&3 Highlight: спорно"
    assert window.actions.colour["blue"].text() == "&1 Highlight: quote"  # left as it was
    assert "спорно" in window.actions.colour["red"].toolTip()


def test_a_selection_made_from_elsewhere_shows_no_selection_bar(qtbot, window):
    """A jump from the annotations panel selects the highlight's text; the
    reader is not selecting, so the bar stays away."""
    window.library.filter.setFocus()
    qtbot.waitUntil(window.library.filter.hasFocus)
    window.view.select_span(Span(2, "en", 0, 6))
    window.commands.bar.place()
    assert not window.commands.bar.isVisible()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    window.commands.bar.place()
    assert window.commands.bar.isVisible()


def test_shift_f10_opens_the_menu_at_the_caret(qtbot, window, monkeypatch):
    view = window.view
    click(view, point_of(view, 2, "ru", 4))
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, at, _action=None: shown.append(at))
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert shown == [view.viewport().mapToGlobal(view.cursorRect().center())]


def test_the_menu_key_opens_the_menu_at_the_caret_without_moving_it(qtbot, window, monkeypatch):
    view = window.view
    click(view, point_of(view, 3, "ru", 4))
    caret = view.caret_span()
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, at, _action=None: shown.append(at))
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1), QPoint(1, 1)),
    )
    assert view.caret_span() == caret
    caret_at = view.viewport().mapToGlobal(view.cursorRect().center())
    assert shown == [caret_at]


def test_ctrl_home_keeps_the_caret_in_the_text_so_shift_right_selects_one_letter(qtbot, window):
    view = window.view
    click(view, point_of(view, 2, "en", 5))
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection_spans() == [Span(1, "ru", 0, 1)]
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.caret_span() is not None


def test_highlighting_many_paragraphs_at_once_is_asked_first(qtbot, window, monkeypatch):
    view = window.view
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or answers.pop(0)
    )
    click(view, point_of(view, 1, "ru", 0))
    qtbot.keyClick(
        view,
        Qt.Key.Key_End,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    press(qtbot, window, "Alt+2")
    assert asked == ["Highlight the whole of 4 paragraphs?"] and stored(window) == []
    press(qtbot, window, "Alt+2")
    assert len(stored(window)) >= 4
    assert window.statusBar().currentMessage() == "Done: Highlight: check (Ctrl+Z undoes it)."


def test_the_note_dialog_asks_before_throwing_typed_words_away(qtbot, window, monkeypatch):
    document = window.view.current
    dialog = NoteDialog(on_pair(document.pairs[1], document.id, "note"), "Note", window)
    qtbot.addWidget(dialog)
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    dialog.show()
    dialog.note.setPlainText("Half a thought")
    answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.note.toPlainText() == "Half a thought"
    answers.append(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
