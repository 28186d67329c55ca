"""The bundled font families: a bare system may have no Cyrillic font at all,
and Qt then draws Russian as empty boxes without any error."""

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from viewer.core.paths import resource_dir

UI_FAMILY = "PT Sans"
SERIF_FAMILY = "PT Serif"


def load_fonts() -> set[str]:
    """Register every bundled font file; return the families now available."""
    families: set[str] = set()
    for path in sorted((resource_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply_ui_font(app: QApplication) -> None:
    font = QFont(UI_FAMILY)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
