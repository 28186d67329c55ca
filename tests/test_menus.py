"""Menu mnemonics: one for every menu and command, unique at each level in
both interface languages, and answering in either keyboard layout."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.test_ui_languages import window_in
from viewer.gui.mnemonics import mnemonic, same_key

# Offscreen, an open popup menu asks for what the platform cannot do.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def levels(menu_bar):
    """(path, actions) for the menu bar and every menu under it."""
    found = []

    def walk(path, actions):
        found.append((path, [a for a in actions if not a.isSeparator()]))
        for action in actions:
            if action.menu():
                walk(f"{path} › {action.text()}", action.menu().actions())

    walk("menu bar", menu_bar.actions())
    return found


def physical(letter: str) -> str:
    """The Latin letter on the key that types `letter`."""
    return letter if letter.isascii() else same_key(letter)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_menu_level_has_unique_mnemonics(qtbot, tmp_path, language):
    window = window_in(qtbot, tmp_path, language)
    for path, actions in levels(window.menuBar()):
        letters = [mnemonic(a.text()) for a in actions]
        assert None not in letters, (path, [a.text() for a in actions])
        keys = [physical(letter) for letter in letters]
        assert len(set(keys)) == len(keys), (path, [a.text() for a in actions])
    window.close()


def alt_key(widget, key: int, text: str) -> None:
    """Alt and a letter as the keyboard sends them in the active layout."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.AltModifier, text))


def open_menus(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.menu().isVisible()]


def close_menus(window) -> None:
    for action in window.menuBar().actions():
        action.menu().hide()
    window.menuBar().setActiveAction(None)


def focused_filter(qtbot, window):
    """The library's filter box, focused, as the reader leaves it."""
    box = window.library.filter
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    return box


@pytest.mark.parametrize(
    ("key", "text"),
    [(0x412, "в"), (Qt.Key.Key_D, "d")],
    ids=["cyrillic-layout", "latin-layout"],
)
def test_russian_view_menu_opens_in_either_layout(qtbot, tmp_path, key, text):
    window = window_in(qtbot, tmp_path, "ru")
    box = focused_filter(qtbot, window)
    alt_key(box, key, text)
    assert open_menus(window) == ["&Вид"]
    assert box.text() == ""
    close_menus(window)
    window.close()


def test_english_view_menu_opens_with_alt_v_in_either_layout(qtbot, tmp_path):
    window = window_in(qtbot, tmp_path, "en")
    box = focused_filter(qtbot, window)
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert open_menus(window) == ["&View"]
    close_menus(window)
    focused_filter(qtbot, window)
    alt_key(box, 0x41C, "м")  # the V key in the Russian layout
    assert open_menus(window) == ["&View"]
    assert box.text() == ""
    close_menus(window)
    window.close()


def test_a_letter_in_an_open_menu_works_in_either_layout(qtbot, tmp_path):
    """In the Russian interface with the Latin layout on, View then "r" (the
    key of К) opens «&Колонки»."""
    window = window_in(qtbot, tmp_path, "ru")
    box = focused_filter(qtbot, window)
    alt_key(box, Qt.Key.Key_D, "d")
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Вид")
    columns = next(a.menu() for a in view.actions() if a.text() == "&Колонки")
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert columns.isVisible()
    columns.hide()
    close_menus(window)
    window.close()


def test_mnemonic_reads_the_letter_after_a_single_ampersand():
    assert mnemonic("Пере&ход") == "х"
    assert mnemonic("Save && &Quit") == "q"
    assert mnemonic("No mnemonic") is None
    assert same_key("в") == "d" and same_key("d") == "в"
