"""Help → Reading Guide: opened by F1 in either interface language, wholly in
that language, filled in from the menus, readable in a small window and
never loading anything from outside."""

import re

import pytest
from PySide6.QtCore import Qt, QUrl

from tests.test_ui_languages import untranslated, window_in
from viewer.core.labels import status_name
from viewer.gui.guide import PLACEHOLDER, GuideDialog, guide_file
from viewer.gui.shortcuts import ShortcutsDialog

# Offscreen, bringing a window forward is not supported; real platforms do it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def focus_reader(qtbot, window) -> None:
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)


def open_guide(qtbot, window) -> GuideDialog:
    focus_reader(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    guide = window.findChild(GuideDialog)
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    return guide


def prose(guide: GuideDialog) -> set[str]:
    """The guide's text, each run of it apart, without its examples: they
    are set in monospace and are in both languages on purpose."""
    runs = set()
    block = guide.text.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if "monospace" not in (fragment.charFormat().fontFamilies() or []):
                runs.add(fragment.text())
            fragments += 1
        block = block.next()
    return {run.strip() for run in runs if run.strip()}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ru",
            [
                "Ключевые фрагменты",
                "Режим брифинга",
                "официальный: текст выпущен самим органом-автором",
                "оригинал: язык, на котором первоначально написан текст",
                "неофициальный перевод: собственный перевод издания",
                "Вид › Только ключевые фрагменты (для брифинга) (Ctrl+B)",
                "Правка › Копировать со ссылкой на источник (Ctrl+Shift+C)",
            ],
        ),
        (
            "en",
            [
                "Key passages are",
                "Briefing mode",
                "official: issued by the author body itself",
                "original: the language in which a text",
                "unofficial translation: this edition's own translation",
                "View › Key Passages Only (Briefing) (Ctrl+B)",
                "Edit › Copy with Citation (Ctrl+Shift+C)",
            ],
        ),
    ],
)
def test_f1_opens_the_guide_in_the_interface_language(qtbot, tmp_path, language, expected):
    window = window_in(qtbot, tmp_path, language)
    guide = open_guide(qtbot, window)
    text = " ".join(guide.text.toPlainText().split())
    for phrase in expected:
        assert phrase in text
    for example in ['"', "*", "~", "-экстремизм" if language == "ru" else "-extremism"]:
        assert example in text
    for example in ("терроризма", "ОДКБ", "CSTO", "nthhjhbpv", "OR", "ИЛИ"):
        assert example in text
    assert "{" not in text
    assert untranslated(prose(guide), language) == []
    window.close()


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_guide_lists_every_shortcut_of_the_menus(qtbot, tmp_path, language):
    window = window_in(qtbot, tmp_path, language)
    guide = open_guide(qtbot, window)
    text = guide.text.toPlainText()
    actions = window.actions
    for action in (actions.brief, actions.copy_citation, actions.search, actions.go_to):
        assert action.text().replace("&", "") in text
        assert action.shortcut().toString() in text
    assert "F1" in text and "Ctrl+F1" in text
    window.close()


def test_keyboard_shortcuts_moved_beside_the_guide(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    window = window_in(qtbot, tmp_path, "en")
    focus_reader(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    assert window.findChild(GuideDialog) is None
    window.close()


def test_both_guides_have_the_same_sections_and_placeholders():
    def outline(language):
        source = guide_file(language).read_text(encoding="utf-8")
        return (
            re.findall(r'<a name="(\w+)">', source),
            sorted(m.group(0) for m in PLACEHOLDER.finditer(source)),
        )

    assert outline("ru") == outline("en")
    assert len(outline("en")[0]) >= 6


def test_the_guide_loads_nothing_and_follows_only_its_own_anchors(qtbot, tmp_path):
    for language in ("ru", "en"):
        source = guide_file(language).read_text(encoding="utf-8")
        assert re.findall(r'(?:href|src)="([^"]*)"', source)
        assert all(link.startswith("#") for link in re.findall(r'(?:href|src)="([^"]*)"', source))
    window = window_in(qtbot, tmp_path, "en")
    guide = open_guide(qtbot, window)
    browser = guide.text
    assert not browser.openLinks()
    bar = browser.verticalScrollBar()
    browser.anchorClicked.emit(QUrl("#search"))
    assert bar.value() > 0
    browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert browser.source().isEmpty()
    assert browser.loadResource(0, QUrl("file:///etc/hostname")) is None
    window.close()


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_guide_is_readable_in_a_small_window(qtbot, tmp_path, language):
    window = window_in(qtbot, tmp_path, language)
    window.resize(1024, 640)
    guide = open_guide(qtbot, window)
    assert guide.width() <= 1024 and guide.height() <= 640
    browser = guide.text
    assert browser.document().idealWidth() <= browser.viewport().width()
    assert browser.horizontalScrollBar().maximum() == 0
    assert browser.verticalScrollBar().maximum() > 0  # it scrolls, it is not cut
    for status in ("official", "original", "unofficial-translation"):
        assert status_name(status) in browser.toPlainText()
    window.close()
