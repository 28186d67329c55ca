"""Light and dark: follow the system unless the reader chose. Whichever
palette is used, its text stays readable: a pair of colours below the WCAG
contrast for text (4.5:1) is corrected before the palette is applied."""

from PySide6.QtGui import QColor, QPalette

from viewer.gui.style import refresh_icons

Role = QPalette.ColorRole

_DARK = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e6e6e6",
    Role.Base: "#1f1f1f",
    Role.AlternateBase: "#262626",
    Role.Text: "#e6e6e6",
    Role.Button: "#333333",
    Role.ButtonText: "#e6e6e6",
    Role.BrightText: "#ffffff",
    Role.Light: "#4a4a4a",
    Role.Midlight: "#3c3c3c",
    Role.Mid: "#2f2f2f",
    Role.Dark: "#1a1a1a",
    Role.Shadow: "#0d0d0d",
    Role.Highlight: "#2f5d8a",
    Role.HighlightedText: "#ffffff",
    Role.Accent: "#2f5d8a",
    Role.ToolTipBase: "#333333",
    Role.ToolTipText: "#e6e6e6",
    Role.PlaceholderText: "#9a9a9a",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
}
_DARK_DISABLED = {
    Role.WindowText: "#7f7f7f",
    Role.Text: "#7f7f7f",
    Role.ButtonText: "#7f7f7f",
    Role.Base: "#262626",
    Role.Highlight: "#3a3a3a",
}

MIN_CONTRAST = 4.5  # WCAG 2 AA for text
# (text, background, which of the two may change to reach MIN_CONTRAST)
TEXT_PAIRS = (
    (Role.WindowText, Role.Window, Role.WindowText),
    (Role.Text, Role.Base, Role.Text),
    (Role.Text, Role.AlternateBase, Role.Text),
    (Role.ButtonText, Role.Button, Role.ButtonText),
    (Role.HighlightedText, Role.Highlight, Role.Highlight),
    (Role.Link, Role.Base, Role.Link),
    (Role.Link, Role.Window, Role.Link),  # links in labels
    (Role.LinkVisited, Role.Base, Role.LinkVisited),
    (Role.PlaceholderText, Role.Base, Role.PlaceholderText),
    (Role.ToolTipText, Role.ToolTipBase, Role.ToolTipText),
)
READ_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


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
        dark = self.is_dark(choice)
        if dark:
            palette = QPalette()
            for role, colour in _DARK.items():
                palette.setColor(role, QColor(colour))
            for role, colour in _DARK_DISABLED.items():
                palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
        else:
            palette = QPalette(
                self.system if choice == "system" else self.app.style().standardPalette()
            )
        self.app.setPalette(readable(palette))
        refresh_icons(self.app)
        return dark


def readable(palette: QPalette) -> QPalette:
    """`palette` with every pair of TEXT_PAIRS at MIN_CONTRAST or more: the
    changeable colour of a pair is made lighter or darker, away from the
    other, as little as it takes. A translucent colour (the light style's
    placeholder text) is first made solid over its background."""
    palette = QPalette(palette)
    for group in READ_GROUPS:
        for text_role, background_role, changeable in TEXT_PAIRS:
            text = palette.color(group, text_role)
            background = palette.color(group, background_role)
            text = _over(text, background)
            if contrast(text, background) >= MIN_CONTRAST:
                palette.setColor(group, text_role, text)
                continue
            if changeable == text_role:
                palette.setColor(group, text_role, _away_from(text, background))
            else:
                palette.setColor(group, background_role, _away_from(background, text))
    return palette


def panel_colours(palette: QPalette) -> dict[str, QColor]:
    """The search and annotations panels' own colours for `palette`: words
    found ("hit", with "hit_text" on it), secondary text ("muted"), a word
    of warning ("warning"), a row under the mouse ("hover") and the rule
    between rows. Each text colour reads at MIN_CONTRAST on the background
    it is drawn on."""
    base = palette.color(Role.Base)
    dark = base.lightness() < 128
    hover = _mix(base, palette.color(Role.Highlight), 0.22 if dark else 0.12)
    muted = _away_from(QColor("#a6a6a6" if dark else "#6b6b6b"), hover, base)
    return {
        "hit": QColor("#e8b93a" if dark else "#ffd54f"),
        "hit_text": QColor("#1b1b1b"),
        "muted": muted,
        "warning": _away_from(QColor("#ff8a65" if dark else "#c62828"), hover, base),
        "hover": hover,
        "rule": _mix(base, palette.color(Role.Text), 0.14),
    }


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _over(colour: QColor, background: QColor) -> QColor:
    return _mix(background, QColor(colour.rgb()), colour.alphaF())


def _mix(one: QColor, other: QColor, share: float) -> QColor:
    """`share` of `other` laid over `one`."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * share,
        one.greenF() + (other.greenF() - one.greenF()) * share,
        one.blueF() + (other.blueF() - one.blueF()) * share,
    )


def _away_from(colour: QColor, *backgrounds: QColor) -> QColor:
    """`colour`, made darker (on light backgrounds) or lighter (on dark
    ones) in small steps until it reads on all of `backgrounds`."""
    target = QColor("#000000" if luminance(backgrounds[0]) > 0.18 else "#ffffff")
    for step in range(21):
        candidate = _mix(colour, target, step / 20)
        if all(contrast(candidate, b) >= MIN_CONTRAST for b in backgrounds):
            return candidate
    return target
