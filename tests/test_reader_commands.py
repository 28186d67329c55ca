"""Go to paragraph and briefing mode, as a reader uses them."""

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QInputDialog

from tests.reader_support import open_window, press, window
from viewer.core.paths import default_corpus_dir

__all__ = ["window"]  # fixtures


def test_go_to_shows_its_whole_title_and_starts_at_the_current_paragraph(
    qtbot, window, monkeypatch
):
    shown = []
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    start, _ = window.view.cell_range(3, "en")
    cursor = window.view.textCursor()
    cursor.setPosition(start + 4)
    window.view.setTextCursor(cursor)
    press(qtbot, window, "Ctrl+G")
    dialog = shown[0]
    assert dialog.intValue() == 3
    dialog.show()
    title_font = QFont(dialog.font())
    title_font.setBold(True)
    title = QFontMetrics(title_font).horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= title + 150  # a title bar's icon and buttons take the rest
    dialog.close()


def test_briefing_says_how_many_paragraphs_it_hides(qtbot, window):
    note = window.reader.note
    assert not note.isVisible()
    press(qtbot, window, "Ctrl+B")
    assert note.isVisible()
    assert note.text() == (
        "Briefing: 1 paragraph with key passages shown, 3 other paragraphs hidden"
        " (Ctrl+B shows them all)."
    )
    press(qtbot, window, "Ctrl+B")
    assert not note.isVisible()


def test_briefing_keeps_the_readers_place(qtbot, tmp_path):
    """Into briefing at a paragraph without key passages: the next one with
    them comes to the top; out again without moving: back where it was."""
    window = open_window(qtbot, tmp_path / "data", default_corpus_dir(), size=(780, 420))
    window.navigate("unrcca-ashgabat-declaration-2017", 3)  # ¶3 has no key passage
    assert window.view.top_paragraph() == 3
    press(qtbot, window, "Ctrl+B")
    assert window.view.top_paragraph() == 4  # the next with one
    press(qtbot, window, "Ctrl+B")
    assert window.view.top_paragraph() == 3
    press(qtbot, window, "Ctrl+B")
    window.navigate("unrcca-ashgabat-declaration-2017", 5)  # moved while briefing
    press(qtbot, window, "Ctrl+B")
    assert window.view.top_paragraph() == 5
    window.close()


def test_a_jump_marks_its_target_for_a_moment(qtbot, window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: dialog.setIntValue(3) or 1)
    press(qtbot, window, "Ctrl+G")
    assert {(s.paragraph, s.lang) for s in window.view.layer("target")} == {(3, "ru"), (3, "en")}
    marked = [s.format.background().color().name() for s in window.view.extraSelections()]
    assert window.view.colours["target"] in marked
    qtbot.waitUntil(lambda: not window.view.layer("target"), timeout=5000)
