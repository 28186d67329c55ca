"""Names for the controls Qt makes on its own, which a screen reader would
otherwise announce as a bare "button"."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QWidget

translate = QCoreApplication.translate

CLEAR_ACTION = "_q_qlineeditclearaction"  # QLineEdit's own name for it


def name_clear_buttons(root: QWidget) -> None:
    """Name the clear button of every text field under `root` after its
    field ("Clear Search query"); the button shows its field's action."""
    for edit in root.findChildren(QLineEdit):
        action = edit.findChild(QAction, CLEAR_ACTION)
        if action is None:
            continue
        field = edit.accessibleName() or edit.placeholderText()
        name = translate("Accessibility", "Clear {field}").format(field=field)
        action.setText(name)
        action.setToolTip(name)
