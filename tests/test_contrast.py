"""Text stays readable in both themes: every pair of text and background
colours the window draws has a WCAG contrast of 4.5:1 or more, the search
panel's own colours (words found, secondary text, the row under the mouse,
the current row) included."""

import pytest
from PySide6.QtGui import QColor, QPalette

from tests.wcag import AA, NON_TEXT, ratio
from viewer.gui.app import create_app
from viewer.gui.theme import panel_colours

Role = QPalette.ColorRole
PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),  # selected rows, hovered menu items
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),  # links in labels, such as the search notes
    (Role.LinkVisited, Role.Base),
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
]
GROUPS = [QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive]


def test_the_helper_agrees_with_wcag():
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert ratio(QColor(0, 0, 0, 128), QColor("#ffffff")) == pytest.approx(4.0, abs=0.01)  # #7f7f7f


@pytest.fixture
def theme():
    app = create_app()
    before = QPalette(app.palette())
    yield app.theme
    app.setPalette(before)


@pytest.mark.parametrize("choice", ["light", "dark", "system"])
def test_palette_text_is_readable(theme, choice):
    theme.apply(choice)
    palette = create_app().palette()
    poor = {
        f"{group.name} {fg.name} on {bg.name}": round(contrast, 2)
        for group in GROUPS
        for fg, bg in PAIRS
        if (contrast := ratio(palette.color(group, fg), palette.color(group, bg))) < AA
    }
    assert poor == {}


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_search_panel_colours_are_readable(theme, choice):
    theme.apply(choice)
    palette = create_app().palette()
    colours = panel_colours(palette)
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    checks = {
        "words found": (colours["hit_text"], colours["hit"]),
        "secondary text": (colours["muted"], base),
        "secondary text, row under the mouse": (colours["muted"], colours["hover"]),
        "a word of warning": (colours["warning"], base),
        "a word of warning, row under the mouse": (colours["warning"], colours["hover"]),
        "text, row under the mouse": (text, colours["hover"]),
        "current row": (palette.color(Role.HighlightedText), palette.color(Role.Highlight)),
    }
    poor = {name: round(ratio(*pair), 2) for name, pair in checks.items() if ratio(*pair) < AA}
    assert poor == {}
    # A mark stands out from the row it is on.
    assert ratio(colours["hit"], base) > 1.3
    assert ratio(colours["hit"], palette.color(Role.Highlight)) > 1.3


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_panel_buttons_stand_out_in_either_theme(qtbot, tmp_path, theme):
    """The float and close buttons of the panels: Fusion draws them dark grey
    whatever the palette, which vanished on the dark theme. Icons need 3:1
    (WCAG, non-text contrast), also after switching theme at run time."""
    from PySide6.QtWidgets import QAbstractButton

    from tests.conftest import FIXTURES
    from viewer.gui.app import create_window

    window = create_window(create_app(), tmp_path / "data", FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    window.set_theme("dark" if theme == "light" else "light")
    window.set_theme(theme)
    background = create_app().palette().color(Role.Window)
    buttons = window.search_dock.findChildren(QAbstractButton)
    titles = [b for b in buttons if b.metaObject().className() == "QDockWidgetTitleButton"]
    assert len(titles) == 2
    for button in titles:
        image = button.icon().pixmap(16, 16).toImage()
        ink = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert ink
        assert max(ratio(colour, background) for colour in ink) >= NON_TEXT
