"""The reader driven as a reader drives it: keys, shortcuts, mouse."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog

from tests.conftest import type_text
from tests.reader_support import long_corpus, open_window, press, window

__all__ = ["long_corpus", "window"]  # fixtures


def headers(window) -> list[str]:
    heads = window.reader.headers.heads
    return [f"{h.language.text()} · {h.badge.text()}" for h in heads if not h.isHidden()]


def test_library_shows_status_badges_and_filters(qtbot, window):
    titles = window.library.visible_titles()
    assert titles == ["Statement on cooperation", "The UN strengthens cooperation"]
    qtbot.keyClicks(window.library.filter, "kazinform")
    assert window.library.visible_titles() == ["The UN strengthens cooperation"]
    window.library.filter.clear()
    qtbot.keyClicks(window.library.filter, "Astana 2018")
    assert window.library.visible_titles() == ["Statement on cooperation"]


def test_series_filters_in_both_languages_and_shows_in_the_interface_one(qtbot, window):
    from viewer.gui.docinfo import info_html

    for words in ("испытаний", "trial series"):
        window.library.filter.clear()
        type_text(window.library.filter, words)
        assert window.library.visible_titles() == ["Statement on cooperation"]
    alpha = window.corpus.document("alpha")
    assert "Trial series, Part 2" in info_html(alpha, "en")
    assert "Серия испытаний Часть 2" in info_html(alpha, "ru")
    assert "Серия испытаний" not in info_html(alpha, "en")


def test_column_modes(qtbot, window):
    assert headers(window) == ["Russian · official", "English · unofficial translation"]
    press(qtbot, window, "Ctrl+2")
    assert headers(window)[0].startswith("English")
    first_en, _ = window.view.cell_range(2, "en")
    first_ru, _ = window.view.cell_range(2, "ru")
    assert first_en < first_ru
    press(qtbot, window, "Ctrl+3")
    text = window.view.toPlainText()
    assert "Ни одна страна" in text and "No one country" not in text
    press(qtbot, window, "Ctrl+4")
    text = window.view.toPlainText()
    assert "No one country" in text and "Ни одна страна" not in text
    assert window.settings["reader/mode"] == "en"


def marked_texts(window) -> list[str]:
    return [s.cursor.selectedText() for s in window.view.extraSelections()]


def test_caret_in_a_block_marks_its_counterpart(qtbot, window):
    start, _ = window.view.cell_range(2, "ru")
    cursor = window.view.textCursor()
    cursor.setPosition(start + 3)
    window.view.setTextCursor(cursor)
    assert any(t.startswith("We, the members") for t in marked_texts(window))
    assert not any(t.startswith("Мы, члены") for t in marked_texts(window))


def test_hovering_a_block_marks_its_counterpart(qtbot, window):
    start, _ = window.view.cell_range(2, "en")
    cursor = window.view.textCursor()
    cursor.setPosition(start + 2)
    point = window.view.cursorRect(cursor).center()
    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(point),
        QPointF(window.view.viewport().mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.view.viewport(), event)
    assert any(t.startswith("Мы, члены Совета") for t in marked_texts(window))


def test_selecting_text_marks_the_counterpart_block(qtbot, window):
    start, _end = window.view.cell_range(4, "en")
    cursor = window.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 10, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    assert any(t.startswith("«Сотрудничество Юг") for t in marked_texts(window))


def test_key_passage_style_toggles_and_brief_mode(qtbot, window):
    assert "span.key" in window.view.document().defaultStyleSheet()
    press(qtbot, window, "Ctrl+K")
    assert "span.key" not in window.view.document().defaultStyleSheet()
    press(qtbot, window, "Ctrl+K")
    press(qtbot, window, "Ctrl+B")
    assert [pair.paragraph for pair in window.view.rows] == [2]
    text = window.view.toPlainText()
    assert "No one country can defeat terrorism alone." in text
    assert "Countering the recruitment" not in text
    press(qtbot, window, "Ctrl+B")
    assert len(window.view.rows) == 4


def test_find_in_document_both_languages(qtbot, window):
    press(qtbot, window, "Ctrl+F")
    bar = window.reader.find
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "security")
    qtbot.waitUntil(lambda: bar.count.text() == "2 hits")  # "Security", twice, in the English only
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "CSTO")
    qtbot.waitUntil(lambda: len(bar.hits) == 1)
    one = len(bar.hits)
    bar.edit.clear()
    type_text(bar.edit, "Ё")  # ё and е are one letter here, case aside
    qtbot.waitUntil(lambda: len(bar.hits) > one)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count.text().startswith("1 of ")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{len(bar.hits)} of {len(bar.hits)}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_go_to_paragraph_history_and_reopening_where_left(
    qtbot, tmp_path, long_corpus, monkeypatch
):
    window = open_window(qtbot, tmp_path / "data", long_corpus)
    first, second = (d.id for d in window.corpus.documents)
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: dialog.setIntValue(150) or 1)
    press(qtbot, window, "Ctrl+G")
    qtbot.waitUntil(lambda: window.view.top_paragraph() in (149, 150, 151))
    window.library.list.setCurrentRow(1)
    assert window.view.current.id == second
    press(qtbot, window, "Alt+Left")
    assert window.view.current.id == first
    assert window.view.top_paragraph() in (149, 150, 151)
    press(qtbot, window, "Alt+Right")
    assert window.view.current.id == second
    press(qtbot, window, "Alt+Left")
    window.close()
    again = open_window(qtbot, tmp_path / "data", long_corpus)
    assert again.view.current.id == first
    assert again.view.top_paragraph() in (149, 150, 151)
    again.close()


def test_long_document_loads_in_steps_and_completes(qtbot, tmp_path, long_corpus):
    window = open_window(qtbot, tmp_path / "data", long_corpus)
    assert window.view.complete or window.view._timer.isActive()
    qtbot.waitUntil(lambda: window.view.complete)
    assert window.view.toPlainText().count("\n") > 200
    window.close()


def test_zoom_and_serif_persist(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "data")
    normal = window.view.font().pointSizeF()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font().pointSizeF() > normal
    window.actions.serif.trigger()
    assert window.view.font().family() == "PT Sans"
    assert window.view.font().pointSizeF() > normal
    window.close()
    again = open_window(qtbot, tmp_path / "data")
    assert again.view.font().pointSizeF() > normal
    assert again.settings["reader/serif"] is False
    assert again.view.font().family() == "PT Sans"
    press(qtbot, again, "Ctrl+0")
    assert again.view.font().pointSizeF() == pytest.approx(normal)
    again.close()


def test_dark_theme(qtbot, window):
    window.set_theme("dark")
    assert QGuiApplication.palette().base().color().lightness() < 128
    assert window.view.look.dark
    assert "#e6e6e6" in window.view.document().defaultStyleSheet()
    window.set_theme("light")
    assert not window.view.look.dark


def test_full_screen_reading_hides_the_panels(qtbot, window):
    press(qtbot, window, "F11")
    assert window.isFullScreen() and not window.library.isVisible()
    press(qtbot, window, "F11")
    assert not window.isFullScreen() and window.library.isVisible()


def test_copy_with_citation(qtbot, window):
    start, _ = window.view.cell_range(2, "ru")
    text = window.view.current.pairs[1].ru.plain
    offset = text.index("Ни одна страна")
    cursor = window.view.textCursor()
    cursor.setPosition(start + offset)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    press(qtbot, window, "Ctrl+Shift+C")
    assert QGuiApplication.clipboard().text() == (
        "«Ни одна страна не может победить терроризм в одиночку.» — Заявление о сотрудничестве,"
        " Астана, 8 ноября 2018 г., абз. 2 (русский, официальный)"
    )


def test_shortcuts_are_listed_under_help(qtbot, window, monkeypatch):
    from viewer.gui.shortcuts import ShortcutsDialog

    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    press(qtbot, window, "Ctrl+F1")
    table = shown[0].table
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Copy with Citation"] == "Ctrl+Shift+C"
    assert rows["Go to Paragraph…"] == "Ctrl+G"
    assert rows["Full Screen Reading"] == "F11"
    assert rows["Back"] == "Alt+Left"


def test_panels_persist(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "data")
    window.info_dock.show()
    window.search_dock.hide()
    window.close()
    again = open_window(qtbot, tmp_path / "data")
    assert again.info_dock.isVisible() and not again.search_dock.isVisible()
    assert "Editorial notes" in again.info.toPlainText()
    again.close()


def test_a_library_filter_that_matches_nothing_says_so(qtbot, window):
    window.library.filter.setFocus()
    type_text(window.library.filter, "zzz")
    assert window.library.visible_titles() == []
    assert window.library.no_match.isVisible()
    assert "«zzz»" in window.library.no_match.text()
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Backspace)
    assert not window.library.no_match.isVisible()
    assert len(window.library.visible_titles()) == 2
