"""The interface font: the bundled sans (see export.look), never smaller
than 10 points."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from viewer.export.look import UI_FAMILY


def apply_ui_font(app: QApplication) -> None:
    font = QFont(UI_FAMILY)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
