"""The reader's own colours keep text readable: WCAG contrast of at least
4.5:1 for the text on every mark, for paragraph numbers on the page and for
the words on status badges, in the light and the dark theme."""

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from tests.reader_support import window
from tests.wcag import AA, ratio
from viewer.gui.badges import STATUS_COLOURS
from viewer.gui.reader import MARK_COLOURS
from viewer.gui.reader_html import PALETTES

__all__ = ["window"]  # fixtures


def contrast(first, second) -> float:
    return ratio(QColor(first), QColor(second))


def test_the_helper_agrees_with_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_reader_colours_keep_text_readable(qtbot, window, theme):
    window.set_theme(theme)
    view = window.view
    base = QPalette.ColorRole.Base
    qtbot.waitUntil(lambda: view.palette().color(base) == QGuiApplication.palette().color(base))
    dark = view.look.dark
    assert dark == (theme == "dark")
    text = view.palette().color(QPalette.ColorRole.Text)
    page = view.palette().color(QPalette.ColorRole.Base)
    backgrounds = {**MARK_COLOURS[dark], "key": PALETTES[dark]["key"]}
    for name, background in backgrounds.items():
        assert contrast(text, background) >= AA, (theme, name, background)
    assert contrast(PALETTES[dark]["number"], page) >= AA
    assert contrast(PALETTES[dark]["marker"], page) >= 3  # a sign, not text
    for status, (fill, words) in STATUS_COLOURS[dark].items():
        assert contrast(words, fill) >= AA, (theme, status)
    window.set_theme("light")
