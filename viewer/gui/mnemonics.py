"""Menu mnemonics that answer in either keyboard layout.

Qt matches Alt+letter against a menu's mnemonic by the letter the active
layout produces, so in the Russian interface «&Вид» opens with Alt+В but not
with Alt+D, the same key while the Latin layout is on, and the letter goes
to whatever has the focus instead. Readers switch layouts all day; the
menus should not depend on which one happens to be active. What Qt does not
match itself is tried again here as the same physical key in the other
layout.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget


def mnemonic(text: str) -> str | None:
    """The lower-case letter after the single '&' in `text` ("&&" is a
    literal ampersand), or None."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return None


def same_key(letter: str) -> str | None:
    """The letter on the same key in the other layout: "d" for "в" and back."""
    # Imported when a key is typed: the search package is not needed to start.
    from viewer.core.search.layout import switch_layout

    other = switch_layout(letter)
    return other.lower() if other and other.isalpha() and other != letter else None


def _letter(event: QKeyEvent) -> str | None:
    key = event.key()
    if key < 0x110000 and chr(key).isalpha():  # letters' key codes are their capitals
        return chr(key).lower()
    text = event.text()
    return text.lower() if len(text) == 1 and text.isalpha() else None


def _match(actions, letter: str):
    return next(
        (a for a in actions if a.isVisible() and a.isEnabled() and mnemonic(a.text()) == letter),
        None,
    )


class LayoutMnemonics(QObject):
    """Alt+letter on the window and a letter in an open menu, when no
    mnemonic matches the letter typed, are matched again as the same key in
    the other layout. Watches only the focused widget of the window and the
    window's menus, which is where these keys arrive."""

    def __init__(self, bar: QMenuBar):
        super().__init__(bar)
        self.bar = bar
        self.window = bar.window()
        self.window.installEventFilter(self)
        for menu in bar.findChildren(QMenu):
            menu.installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._follow_focus)

    @Slot(QWidget, QWidget)  # a slot of this object: the connection ends with it
    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and old is not self.window:
            old.removeEventFilter(self)
        if new is not None and new.window() is self.window:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if isinstance(watched, QMenu):
            return self._in_menu(watched, event)
        if event.modifiers() == Qt.KeyboardModifier.AltModifier:
            return self._open_menu(event)
        return False

    def _open_menu(self, event: QKeyEvent) -> bool:
        """Reached only when no shortcut took the key: Qt's own mnemonics
        come first."""
        letter = _letter(event)
        other = letter and same_key(letter)
        found = other and _match(self.bar.actions(), other)
        if not found:
            return False
        self.bar.setActiveAction(found)
        return True

    def _in_menu(self, menu: QMenu, event: QKeyEvent) -> bool:
        """QMenu matches a mnemonic by the event's text: when only the other
        layout's letter matches, hand the menu that letter instead."""
        if event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        letter = _letter(event)
        if not letter or _match(menu.actions(), letter):
            return False
        other = same_key(letter)
        if not other or not _match(menu.actions(), other):
            return False
        QApplication.sendEvent(
            menu, QKeyEvent(QEvent.Type.KeyPress, ord(other.upper()), event.modifiers(), other)
        )
        return True
