"""Every window and dialog in both interface languages, with no string left
untranslated; Qt's own dialogs too; switching applies at once."""

import re
from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from tests.conftest import FIXTURES, REPO
from tests.import_support import SEED
from viewer.core.settings import Settings
from viewer.gui.app import create_app, create_window
from viewer.gui.import_dialog import ImportDialog
from viewer.gui.pdf_dialog import ExportDialog
from viewer.gui.shortcuts import ShortcutsDialog

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Names that stay as they are in either language: the product, the language
# choices (each in its own language), key names inside shortcuts, the names
# of a file format and a paper size.
KEEP = {"Diptych", "English", "Русский", "Shift+Enter", "Enter", "Esc", "ОК", "PDF", "Letter"}


def window_in(qtbot, tmp_path, language: str):
    settings = Settings(tmp_path / "data" / "config")
    settings["ui/language"] = language
    settings.save()
    window = create_window(create_app(), tmp_path / "data", FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    return window


def strings_of(widget: QWidget) -> set[str]:
    found = {widget.windowTitle()}
    for action in widget.findChildren(QAction):
        found |= {action.text(), action.toolTip()}
    for menu in widget.findChildren(QMenu):
        found.add(menu.title())
    for child in widget.findChildren(QWidget):
        found |= {child.accessibleName(), child.toolTip()}
        if isinstance(child, (QLabel, QAbstractButton)):
            found.add(child.text())
        if isinstance(child, QLineEdit):
            found.add(child.placeholderText())
        if isinstance(child, QComboBox):
            found |= {child.itemText(i) for i in range(child.count())}
        if isinstance(child, QDockWidget):
            found.add(child.windowTitle())
    return {s.replace("&", "") for s in found if s and not s.isspace()}


def untranslated(strings: set[str], language: str) -> list[str]:
    def stripped(text: str) -> str:
        for keep in KEEP:
            text = text.replace(keep, "")
        return re.sub(r"Ctrl|Shift|Alt|Del|F\d+|<[^>]+>|\{\w+\}", "", text)

    if language == "ru":
        return sorted(s for s in strings if LATIN_WORD.search(stripped(s)))
    return sorted(s for s in strings if CYRILLIC.search(stripped(s)))


def dialogs_of(window, monkeypatch) -> set[str]:
    """Open every dialog the window has, capturing what it shows."""
    shown: set[str] = set()

    def capture_input(dialog):
        shown.update({dialog.windowTitle(), dialog.labelText()})
        return 0

    def capture_about(_parent, title, text):
        shown.update({title, re.sub(r"<[^>]+>", " ", text)})

    monkeypatch.setattr(QInputDialog, "exec", capture_input)
    monkeypatch.setattr(QMessageBox, "about", capture_about)
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.update(strings_of(self)) or 0)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: shown.update(strings_of(self)) or 0)

    def capture_import(dialog):
        # The paragraphs left out are the document's text, not the interface's.
        content = {dialog.left_out.toolTip()} if hasattr(dialog, "left_out") else set()
        shown.update(strings_of(dialog) - content)
        reviewed.append(dialog)
        return 0

    reviewed = []

    monkeypatch.setattr(ImportDialog, "exec", capture_import)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: ([str(SEED)], ""))
    window.actions.import_document.trigger()  # the review of a bilingual file
    assert reviewed
    window.go_to_paragraph()
    window.pdf.export()
    window._about()
    window.show_shortcuts()
    window.copy_with_citation()  # no selection: a status message
    shown.add(window.statusBar().currentMessage())
    return {s.replace("&", "") for s in shown if s}


@pytest.mark.parametrize("language", ["ru", "en"])
def test_no_untranslated_string_anywhere(qtbot, tmp_path, monkeypatch, language):
    window = window_in(qtbot, tmp_path, language)
    window.info_dock.show()
    window.reader.find.open()
    strings = strings_of(window) | dialogs_of(window, monkeypatch)
    assert len(strings) > 60
    assert untranslated(strings, language) == []
    window.close()


def test_qt_dialogs_speak_russian(qtbot, tmp_path):
    window = window_in(qtbot, tmp_path, "ru")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text().replace("&", "") == "Отмена"
    window.close()


def relaunched_in(qtbot, window, language: str):
    """The window that takes the place of `window` when the reader chooses
    `language` in its menu."""
    windows = []
    original = window.relaunch

    def relaunch():
        original()
        windows.extend(
            w for w in create_app().topLevelWidgets() if w.isVisible() and w is not window
        )

    window.relaunch = relaunch
    window.actions.language[language].trigger()
    successor = next(w for w in windows if hasattr(w, "library"))
    qtbot.addWidget(successor)
    return successor


def test_switching_language_applies_at_once(qtbot, tmp_path):
    window = window_in(qtbot, tmp_path, "en")
    window.library.list.setCurrentRow(1)
    window.move(window.x() + 40, window.y() + 30)
    where = window.geometry()
    successor = relaunched_in(qtbot, window, "ru")
    assert successor.geometry() == where  # not moved by a frame it may not have
    assert successor.menuBar().actions()[0].text() == "&Файл"
    assert successor.view.current.id == "beta"
    assert not window.isVisible()
    successor.close()
    assert Settings(tmp_path / "data" / "config")["ui/language"] == "ru"


def test_russian_window_reports_corpus_problems_in_russian(qtbot, tmp_path, corpus_dir):
    """The corpus is loaded (and cached) before the catalogues are installed;
    its problems are data, translated only when the window shows them."""
    (corpus_dir / "beta" / "ru.md").write_bytes(b"\xff\xfe garbage\n")
    settings = Settings(tmp_path / "data" / "config")
    settings["ui/language"] = "ru"
    settings.save()
    window = create_window(create_app(), tmp_path / "data", corpus_dir)
    qtbot.addWidget(window)
    window.show()
    box = next(b for b in window.findChildren(QMessageBox) if "beta" in b.text())
    assert "текст не в корректной кодировке UTF-8" in box.text()
    assert "not valid UTF-8 text" not in box.text()
    assert "ошибка" in box.text()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_count_has_its_plural_forms(language):
    """A `%n` message shows "3 difference(s)" unless the catalogue gives
    the language's forms: English two, Russian three."""
    forms = {"en": 2, "ru": 3}[language]
    catalogue = ElementTree.parse(REPO / "resources" / "i18n" / f"diptych_{language}.ts")
    missing = []
    for entry in catalogue.iter("message"):
        if entry.get("numerus") != "yes":
            continue
        texts = [form.text or "" for form in entry.find("translation").iter("numerusform")]
        if len(texts) != forms or any(not text or "(s)" in text for text in texts):
            missing.append(entry.findtext("source"))
    assert missing == []
