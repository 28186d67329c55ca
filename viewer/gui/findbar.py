"""Find in the document: both languages at once, every hit marked.

The search runs over the blocks' plain text, case- and ё-insensitively, so
no row of the reader has to be in place; hits are spans, painted as the
reader's "find" and "find-current" layers.
"""

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from viewer.core.spans import Span
from viewer.core.text import fold_in_place

translate = QCoreApplication.translate

MAX_MARKS = 300  # marks from the current hit on; the count covers them all


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translate("FindBar", "Find in this document…"))
        self.edit.setAccessibleName(translate("FindBar", "Find in this document"))
        self.count = QLabel()
        self.previous = QToolButton()
        self.previous.setText("▲")
        self.previous.setToolTip(translate("FindBar", "Previous (Shift+Enter)"))
        self.previous.setAccessibleName(translate("FindBar", "Previous hit"))
        self.next = QToolButton()
        self.next.setText("▼")
        self.next.setToolTip(translate("FindBar", "Next (Enter)"))
        self.next.setAccessibleName(translate("FindBar", "Next hit"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("FindBar", "Close (Esc)"))
        self.close_button.setAccessibleName(translate("FindBar", "Close find"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.edit, self.count, self.previous, self.next, self.close_button):
            layout.addWidget(widget)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)  # one search when typing pauses, not one per key
        self.timer.timeout.connect(lambda: self._search(self.edit.text()))
        self.edit.textChanged.connect(lambda _text: self.timer.start())
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.dismiss)
        self.hits: list[Span] = []
        self.current = -1  # index into hits; -1 before the first step

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._search(self.edit.text())

    def dismiss(self) -> None:
        self._search("")
        self.hide()
        self.view.setFocus()
        self.closed.emit()

    def refresh(self) -> None:
        """Search again, as the document shown has changed."""
        if self.isVisible():
            self._search(self.edit.text())

    def _search(self, text: str) -> None:
        """Find every occurrence of `text` in the languages shown."""
        self.hits, self.current = [], -1
        needle = fold_in_place(text)
        if needle.strip():
            for pair in self.view.rows:
                for lang in self.view.look.langs:
                    haystack = fold_in_place(pair.text(lang).plain)
                    at = haystack.find(needle)
                    while at >= 0:
                        self.hits.append(Span(pair.paragraph, lang, at, at + len(needle)))
                        at = haystack.find(needle, at + 1)
        self._paint()
        self._show_count(0)

    def step(self, step: int) -> None:
        """Go to the next (step 1) or previous (-1) hit."""
        if self.timer.isActive():  # Enter before the pause: search first
            self.timer.stop()
            self._search(self.edit.text())
        if not self.hits:
            return
        self.current = (self.current + step) % len(self.hits)
        self.view.select_span(self.hits[self.current])
        self._paint()
        self._show_count(self.current + 1)

    def _paint(self) -> None:
        first = max(0, min(self.current, len(self.hits) - MAX_MARKS))
        shown = range(first, min(first + MAX_MARKS, len(self.hits)))
        colours = self.view.colours
        others = [self.hits[i] for i in shown if i != self.current]
        self.view.set_layer("find", others, colours["find"])
        current = [self.hits[self.current]] if self.current >= 0 else []
        self.view.set_layer("find-current", current, colours["current"])

    def _show_count(self, current: int) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif current:
            self.count.setText(
                translate("FindBar", "{current} of {total}").format(
                    current=current, total=len(self.hits)
                )
            )
        else:
            self.count.setText(self.tr("%n hit(s)", "", len(self.hits)))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        else:
            super().keyPressEvent(event)
