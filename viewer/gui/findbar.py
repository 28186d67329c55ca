"""Find in the document: both languages at once, every hit marked."""

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

translate = QCoreApplication.translate


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
        self.total = 0

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._search(self.edit.text())

    def dismiss(self) -> None:
        self.view.find_all("")
        self.hide()
        self.view.setFocus()
        self.closed.emit()

    def refresh(self) -> None:
        """Search again, as the document shown has changed."""
        if self.isVisible():
            self._search(self.edit.text())

    def _search(self, text: str) -> None:
        self.total = self.view.find_all(text)
        self._show_count(0)

    def step(self, step: int) -> None:
        if self.timer.isActive():  # Enter before the pause: search first
            self.timer.stop()
            self._search(self.edit.text())
        self._show_count(self.view.find_step(step))

    def _show_count(self, current: int) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif current:
            self.count.setText(
                translate("FindBar", "{current} of {total}").format(
                    current=current, total=self.total
                )
            )
        else:
            self.count.setText(self.tr("%n hit(s)", "", self.total))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        else:
            super().keyPressEvent(event)
