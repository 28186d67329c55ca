"""Presentation the reader and the exports share: the colours of the
reader's highlights and of key passages, and the bundled font families."""

from PySide6.QtGui import QFontDatabase

from viewer.core.paths import resource_dir

UI_FAMILY = "PT Sans"
SERIF_FAMILY = "PT Serif"

# The reader's highlights (see annotations.model.COLOURS) on a light page
# (False) and a dark one (True): one hue each, none of them the yellow of
# key passages, each light (or dark) enough for the text on it to keep a
# contrast of 4.5:1.
HIGHLIGHTS = {
    False: {
        "blue": "#c9defc",
        "violet": "#e4d4fa",
        "red": "#fccfcf",
        "green": "#c8ecd4",
        "pink": "#f9d0ec",
    },
    True: {
        "blue": "#1e3f66",
        "violet": "#47305f",
        "red": "#5e2525",
        "green": "#1f4d33",
        "pink": "#5a2448",
    },
}

# Highlights are underlined in a strong tone of their colour too, so that
# none is taken for the selection or a passing mark (and on paper, in grey,
# still reads as marked).
HIGHLIGHT_LINES = {
    "blue": "#1e88e5",
    "violet": "#ab47bc",
    "red": "#e53935",
    "green": "#43a047",
    "pink": "#e91e63",
}

KEY_PASSAGE = {False: "#fff0b3", True: "#5a4a12"}


def load_fonts() -> set[str]:
    """Register every bundled font file; return the families now available.
    A bare system may have no Cyrillic font at all, and Qt then draws
    Russian as empty boxes without any error."""
    families: set[str] = set()
    for path in sorted((resource_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families
