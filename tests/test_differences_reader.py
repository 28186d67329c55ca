"""Difference flags in the reader: a sign in the margin of each flagged
row with the flag's words as its tip, the words marked in the text as the
"differences" layer, the Differences panel (a click or Enter shows the
pair) and View ▸ Mark Differences, which hides them and is remembered."""

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.reader_support import open_window
from viewer.core.paths import default_corpus_dir
from viewer.core.spans import Span
from viewer.gui.reader import DIFFERENCE_SIGN, MARK_COLOURS

DOC = "unrcca-ashgabat-declaration-2017"  # both versions official, three flags


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "data", default_corpus_dir(), size=(1200, 800))
    window.navigate(DOC, 1)
    qtbot.waitUntil(lambda: window.view.complete)
    yield window
    window.close()


def sign_pixels(view, paragraph: int) -> int:
    """Pixels of the difference sign's colour in the margin beside the first
    line of `paragraph`."""
    line = view.line_rect(paragraph, view.look.langs[0])
    image = view.viewport().grab().toImage()
    sign = QColor(DIFFERENCE_SIGN[view.look.dark])
    left = view.column_ranges()[0][0]
    count = 0
    for y in range(max(0, line.top()), min(image.height(), line.top() + 16)):
        for x in range(left):
            colour = image.pixelColor(x, y)
            near = abs(colour.red() - sign.red()) + abs(colour.green() - sign.green())
            if near + abs(colour.blue() - sign.blue()) < 60:
                count += 1
    return count


def tip_at(monkeypatch, view, point: QPoint) -> str:
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda _at, text, *_args: shown.append(text))
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    return "".join(shown)


def test_a_flagged_row_has_a_sign_in_the_margin_and_others_none(window):
    view = window.view
    assert view.differences_of(2) and not view.differences_of(3)
    assert sign_pixels(view, 2) > 10
    assert sign_pixels(view, 3) == 0


def test_the_sign_tells_the_difference_in_words(monkeypatch, window):
    view = window.view
    line = view.line_rect(2, "ru")
    tip = tip_at(monkeypatch, view, QPoint(6, line.center().y()))
    assert tip == "The English names Turkmenistan; the Russian paragraph does not (Туркменистан)."


def test_the_words_of_a_difference_are_marked_and_tell_it_too(monkeypatch, window):
    view = window.view
    en = view.current.pairs[1].en.plain
    start = en.index("Turkmenistan")
    assert Span(2, "en", start, start + len("Turkmenistan")) in view.layer("differences")
    ru = view.current.pairs[7].ru.plain
    at = ru.index("Ашхабаде")
    assert Span(8, "ru", at, at + len("Ашхабаде")) in view.layer("differences")
    colours = {s.format.background().color().name() for s in view.extraSelections()}
    assert MARK_COLOURS[False]["differences"] in colours
    cursor = view.textCursor()
    cursor.setPosition(view.cell_range(2, "en")[1] - len(en) + start + 3)
    tip = tip_at(monkeypatch, view, view.cursorRect(cursor).center())
    assert "The English names Turkmenistan" in tip


def test_the_panel_lists_every_flag_and_enter_shows_the_pair(qtbot, window):
    window.differences_dock.toggleViewAction().trigger()
    panel = window.differences_panel
    qtbot.waitUntil(panel.list.isVisible)
    # under the text, tabbed with search; and the side panels keep their width
    qtbot.waitUntil(
        lambda: window.search_dock in window.tabifiedDockWidgets(window.differences_dock)
    )
    rows = panel.model.stringList()
    assert [row.split()[0] for row in rows] == ["¶2", "¶8", "¶13"]
    assert "Turkmenistan" in rows[0]
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(1))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert {s.paragraph for s in window.view.layer("target")} == {8}


def test_a_click_in_the_panel_shows_the_pair(qtbot, window):
    window.differences_dock.toggleViewAction().trigger()
    panel = window.differences_panel
    qtbot.waitUntil(panel.list.isVisible)
    rect = panel.list.visualRect(panel.model.index(2))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert {s.paragraph for s in window.view.layer("target")} == {13}


def test_the_toggle_hides_signs_and_marks_and_is_remembered(qtbot, tmp_path, window):
    action = window.actions.differences
    assert action.isCheckable() and action.isChecked()
    action.trigger()
    view = window.view
    assert view.layer("differences") == []
    assert not view.differences_of(2)
    assert sign_pixels(view, 2) == 0
    assert window.settings["reader/differences"] is False
    window.saver.save_now()
    window.close()
    again = open_window(qtbot, tmp_path / "data", default_corpus_dir(), size=(1200, 800))
    again.navigate(DOC, 1)
    assert not again.actions.differences.isChecked()
    assert again.view.layer("differences") == []
    again.actions.differences.trigger()
    assert again.view.differences_of(2)
    again.close()


def test_the_difference_colours_keep_apart_from_key_passages_in_both_themes():
    from viewer.gui.reader_html import PALETTES

    for dark in (False, True):
        mark, key = QColor(MARK_COLOURS[dark]["differences"]), QColor(PALETTES[dark]["key"])
        apart = min(abs(mark.hue() - key.hue()), 360 - abs(mark.hue() - key.hue()))
        assert apart >= 40, dark
