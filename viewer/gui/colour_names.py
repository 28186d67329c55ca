"""The dialog where the reader names what each highlight colour means."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from viewer.core.annotations.model import COLOURS, DEFAULT_MEANINGS

translate = QCoreApplication.translate

MAX_NAME = 40  # characters: the settings refuse longer names


class ColourNamesDialog(QDialog):
    def __init__(self, named: dict[str, str], colours: dict[str, str], parent=None):
        """`named`: the reader's names so far (colour -> name); `colours`:
        how each colour is painted."""
        super().__init__(parent)
        self.setWindowTitle(translate("ColourNamesDialog", "Name the Colours"))
        form = QFormLayout(self)
        intro = QLabel(
            translate(
                "ColourNamesDialog",
                "Say what each highlight colour means to you. An empty name keeps the default.",
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.edits: dict[str, QLineEdit] = {}
        for number, colour in enumerate(COLOURS, 1):
            edit = QLineEdit(named.get(colour, ""))
            edit.setMaxLength(MAX_NAME)
            edit.setPlaceholderText(translate("Colours", DEFAULT_MEANINGS[colour]))
            swatch = QLabel(f"&{number}")
            swatch.setBuddy(edit)
            swatch.setMinimumWidth(48)
            swatch.setStyleSheet(f"background: {colours[colour]}; padding: 2px 8px;")
            form.addRow(swatch, edit)
            self.edits[colour] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def names(self) -> dict[str, str]:
        """The names given, for the settings (colours left empty are left out)."""
        return {c: e.text().strip() for c, e in self.edits.items() if e.text().strip()}
