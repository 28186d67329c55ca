"""Light and dark: follow the system unless the reader chose."""

from PySide6.QtGui import QColor, QGuiApplication, QPalette

_system_palette: list[QPalette] = []


def remember_system_palette(app) -> None:
    """Keep the palette the platform gave, before any theme replaces it:
    a dark desktop gives a dark one, and "system" follows it."""
    if not _system_palette:
        _system_palette.append(QPalette(app.palette()))


def is_dark(choice: str) -> bool:
    if choice in ("light", "dark"):
        return choice == "dark"
    palette = _system_palette[0] if _system_palette else QGuiApplication.palette()
    return palette.window().color().lightness() < 128


def apply_theme(app, choice: str) -> bool:
    """Set the application palette for `choice`; True when it is dark."""
    remember_system_palette(app)
    dark = is_dark(choice)
    if not dark:
        app.setPalette(_system_palette[0] if choice == "system" else app.style().standardPalette())
        return False
    palette = QPalette()
    roles = {
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
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    return True
