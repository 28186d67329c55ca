"""Light and dark: follow the system unless the reader chose."""

from PySide6.QtGui import QColor, QPalette

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#333333",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#2f5d8a",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#333333",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Link: "#8ab4f8",
}


class Theme:
    """The palettes of one application. Keeps the palette the platform gave
    before any theme replaced it: a dark desktop gives a dark one, and
    "system" follows it."""

    def __init__(self, app):
        self.app = app
        self.system = QPalette(app.palette())

    def is_dark(self, choice: str) -> bool:
        if choice in ("light", "dark"):
            return choice == "dark"
        return self.system.window().color().lightness() < 128

    def apply(self, choice: str) -> bool:
        """Set the application palette for `choice`; True when it is dark."""
        if not self.is_dark(choice):
            light = self.system if choice == "system" else self.app.style().standardPalette()
            self.app.setPalette(light)
            return False
        palette = QPalette()
        for role, colour in _DARK.items():
            palette.setColor(role, QColor(colour))
        self.app.setPalette(palette)
        return True
