"""Help → Keyboard Shortcuts: every menu command that has a key, read from
the menus themselves so the list cannot drift from them."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

translate = QCoreApplication.translate


def shortcut_rows(menu_bar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action with a shortcut."""
    rows = []

    def walk(menu, path: str) -> None:
        for action in menu.actions():
            if action.menu():
                walk(action.menu(), f"{path} › {action.menu().title().replace('&', '')}")
            elif action.shortcuts():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                rows.append((path, action.text().replace("&", ""), keys))

    for action in menu_bar.actions():
        if action.menu():
            walk(action.menu(), action.menu().title().replace("&", ""))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        rows = shortcut_rows(menu_bar)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ShortcutsDialog", "Menu"),
                translate("ShortcutsDialog", "Command"),
                translate("ShortcutsDialog", "Keys"),
            ]
        )
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 520)
