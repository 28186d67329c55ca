"""The application icon: a plain SVG that nothing outside it can reach
through, shown by every window, and checked by the self-test."""

import xml.etree.ElementTree as ET

from PySide6.QtGui import QColor, QIcon

from tests.conftest import FIXTURES
from viewer.gui.app import icon_path
from viewer.selftest import run_self_test

SVG = "{http://www.w3.org/2000/svg}"
# Shapes, groups and gradients: no script, text, font, image, link, use or style.
ALLOWED = {"svg", "defs", "linearGradient", "stop", "g", "rect", "path", "circle"}


def test_the_icon_is_plain_svg_with_nothing_it_could_fetch_or_run():
    source = icon_path().read_text(encoding="utf-8")
    assert "<!DOCTYPE" not in source and "<!ENTITY" not in source
    root = ET.fromstring(source)
    assert root.tag == SVG + "svg" and root.get("version") == "1.1"
    for element in root.iter():
        assert element.tag.startswith(SVG) and element.tag[len(SVG) :] in ALLOWED, element.tag
        for name, value in element.attrib.items():
            assert "href" not in name and not name.startswith("on"), name
            assert "url(" not in value or value.startswith("url(#"), value


def test_every_window_shows_the_icon_of_the_menu_entry(qapp, search_window):
    assert qapp.desktopFileName() == "diptych"  # packaging/diptych.desktop
    icon = search_window.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(16, 16).toImage()
    # The left panel blue, the right one red: the drawing, not a stand-in.
    left, right = QColor(image.pixel(1, 6)), QColor(image.pixel(14, 6))
    assert left.blue() > left.red() + 60 and right.red() > right.blue() + 60


def test_an_icon_that_does_not_draw_fails_the_self_test(qapp, capsys):
    # What a bundle without Qt's SVG icon engine would give.
    shipped = qapp.windowIcon()
    qapp.setWindowIcon(QIcon())
    try:
        assert run_self_test(FIXTURES / "corpus") == 1
    finally:
        qapp.setWindowIcon(shipped)
    assert "Self-test failed: the application icon does not load" in capsys.readouterr().err
