"""The Outline panel: the headings of the document in the reader, indented
by level, in the language read; Enter, a click or a double click takes the
reader to one; the section being read is the current row as the reader
moves; it follows the document shown and is remembered."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.bench.synthetic import Generator
from tests.reader_support import open_window, press
from tests.test_reader_layout import full_line_lengths
from tests.test_ui_languages import strings_of, untranslated, window_in
from viewer.core.blocks import HEADING
from viewer.core.paths import default_corpus_dir
from viewer.core.settings import Settings
from viewer.gui.outline_panel import PAD
from viewer.gui.theme import panel_colours

DOC = "unoct-south-south-cooperation"  # a title and two sections
ENGLISH = [
    "South-South cooperation",
    "Partnership among equals based on solidarity",
    "Programme in the field of South-South cooperation",
]
RUSSIAN = [
    "Сотрудничество Юг — Юг",
    "Партнерство между равными сторонами на основе солидарности",
    "Программа в области Сотрудничества Юг — Юг",
]
SECTIONS = {1: "#", 40: "##", 80: "##", 100: "###"}  # of the long report
PAIRS = 130


def write_document(root, doc_id: str, blocks: dict[str, list[str]]) -> None:
    folder = root / doc_id
    folder.mkdir(parents=True)
    (folder / "meta.toml").write_text(
        f'id = "{doc_id}"\ndate = "2024-01"\nkind = "report"\nseed = "test"\n'
        f'[title]\nru = "Доклад {doc_id}"\nen = "Report {doc_id}"\n'
        '[status]\nru = "original"\nen = "unofficial-translation"\n'
        '[publisher]\nru = "Тест"\nen = "Test"\n[notes]\nru = []\nen = []\n',
        encoding="utf-8",
    )
    for lang, texts in blocks.items():
        (folder / f"{lang}.md").write_text("\n\n".join(texts) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """A long report with sections at SECTIONS, a text with no heading and
    a report with a heading in English only."""
    root = tmp_path_factory.mktemp("reports") / "corpus"
    generator = Generator()
    long = {lang: [] for lang in ("ru", "en")}
    for paragraph in range(1, PAIRS + 1):
        for lang, texts in long.items():
            if paragraph in SECTIONS:
                texts.append(f"{SECTIONS[paragraph]} {lang} section {paragraph}")
            else:
                texts.append(generator.paragraph(lang))
    write_document(root, "long", long)
    write_document(root, "plain", {"ru": ["Только абзац."], "en": ["Only a paragraph."]})
    # As an import writes a heading of one language that the other lacks.
    write_document(
        root, "annex", {"ru": ["# Доклад", "∅", "Текст."], "en": ["# Report", "## Annex", "Text."]}
    )
    return root


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "data", default_corpus_dir(), size=(1200, 800))
    window.navigate(DOC, 1)
    yield window
    window.close()


@pytest.fixture
def long_window(qtbot, tmp_path, reports):
    window = open_window(qtbot, tmp_path / "data", reports, size=(1200, 800))
    window.navigate("long", 1)
    qtbot.waitUntil(lambda: window.view.complete)
    yield window
    window.close()


def open_outline(qtbot, window):
    """The panel, opened with its keys (it takes the focus), in its place
    beside the text: the text reflows as the panel takes its width."""
    press(qtbot, window, "Ctrl+Shift+O")
    panel = window.outline_panel
    qtbot.waitUntil(panel.hasFocus)
    dock = window.outline_dock
    qtbot.waitUntil(lambda: dock.width() > dock.minimumWidth())
    return panel


def rows(panel) -> list[str]:
    model = panel.model()
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def settled(qtbot, panel) -> int:
    """The current row, once the panel has looked up the reader's place."""
    qtbot.waitUntil(lambda: not panel._follow.isActive())
    return panel.currentIndex().row()


def text_left(panel, row: int) -> int:
    """The viewport x where a row's heading text starts, as painted on its
    first line (a line it wraps to may start with a rounder letter)."""
    image = panel.viewport().grab().toImage()
    scale = image.devicePixelRatio()
    rect = panel.visualRect(panel.model().index(row))
    ground = image.pixelColor(int((rect.left() + 3) * scale), int(rect.center().y() * scale))
    first_line = min(rect.bottom() - 3, rect.top() + PAD + panel.fontMetrics().lineSpacing())
    for x in range(rect.left() + 3, rect.right() - 3):
        for y in range(rect.top() + 3, first_line):
            if image.pixelColor(int(x * scale), int(y * scale)) != ground:
                return x
    raise AssertionError(f"row {row} has no text")


def test_the_headings_are_listed_in_the_language_read_and_indented(qtbot, window):
    panel = open_outline(qtbot, window)
    assert rows(panel) == ENGLISH  # both columns: the interface's language
    window.actions.mode["ru"].trigger()
    assert rows(panel) == RUSSIAN
    window.actions.mode["en"].trigger()
    assert rows(panel) == ENGLISH
    window.actions.mode["en-ru"].trigger()
    assert rows(panel) == ENGLISH
    title, first, second = (text_left(panel, row) for row in range(3))
    assert first == second
    assert first - title >= 2 * panel.fontMetrics().averageCharWidth()
    assert panel.model().data(panel.model().index(1), Qt.ItemDataRole.AccessibleTextRole) == (
        "Partnership among equals based on solidarity, level 2, paragraph 4"
    )


def painted_rows(panel) -> list[int]:
    """Where the rules under the rows are painted, from the top."""
    image = panel.viewport().grab().toImage()
    rule = panel_colours(panel.palette())["rule"].name()
    scale = image.devicePixelRatio()
    return [
        y
        for y in range(panel.viewport().height())
        if image.pixelColor(int(2 * scale), int(y * scale)).name() == rule
    ]


def test_rows_are_laid_out_again_as_the_panel_widens(qtbot, window):
    """Built narrow, the panel is widened: its rows lose the lines they
    wrapped to."""
    panel = open_outline(qtbot, window)
    window.resizeDocks([window.outline_dock], [500], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panel.width() >= 450)
    line = panel.sizeHintForIndex(panel.model().index(0)).height()
    assert all(panel.sizeHintForIndex(panel.model().index(r)).height() == line for r in range(3))
    qtbot.waitUntil(lambda: painted_rows(panel) == [line - 1, 2 * line - 1, 3 * line - 1])


def test_in_the_russian_interface_both_columns_give_russian_headings(qtbot, tmp_path):
    window = window_in(qtbot, tmp_path, "ru")
    window.outline_dock.show()
    panel = window.outline_panel
    assert rows(panel) == ["Заявление"]  # the fixture corpus's statement
    assert panel.accessibleName() == "Заголовки документа"
    said = {window.outline_dock.windowTitle(), panel.note}  # the title only: a note under it
    assert panel.note and untranslated(strings_of(panel) | said, "ru") == []
    window.close()


def test_enter_takes_the_reader_to_a_heading_and_escape_back_to_the_text(qtbot, long_window):
    window, view = long_window, long_window.view
    panel = open_outline(qtbot, window)
    assert settled(qtbot, panel) == 0
    qtbot.keyClick(panel, Qt.Key.Key_Down)
    qtbot.keyClick(panel, Qt.Key.Key_Down)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert view.verticalScrollBar().value() > 0
    assert view.top_paragraph() == 80
    assert view.current_paragraph() == 80
    assert {span.paragraph for span in view.layer("target")} == {80}
    assert settled(qtbot, panel) == 2  # the section gone to stays current
    assert panel.hasFocus()  # for the next heading
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert view.hasFocus()


def test_a_heading_the_end_of_the_text_cannot_bring_to_the_top_stays_current(qtbot, window):
    panel = open_outline(qtbot, window)
    qtbot.keyClick(panel, Qt.Key.Key_End)
    qtbot.keyClick(panel, Qt.Key.Key_Enter)
    assert window.view.current_paragraph() == 7
    assert settled(qtbot, panel) == 2


def test_in_briefing_a_heading_leads_to_the_first_key_passage_under_it(qtbot, window):
    """Briefing shows the key passages only: the section's first one."""
    panel = open_outline(qtbot, window)
    window.actions.brief.trigger()
    assert settled(qtbot, panel) == 0
    qtbot.keyClick(panel, Qt.Key.Key_Down)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert window.view.current_paragraph() == 5
    assert {span.paragraph for span in window.view.layer("target")} == {5}
    assert settled(qtbot, panel) == 1
    assert window.settings["reader/brief"]


def test_a_click_takes_the_reader_to_a_heading_and_a_double_click_once(qtbot, long_window):
    window, view = long_window, long_window.view
    window.outline_dock.toggleViewAction().trigger()
    panel = window.outline_panel
    qtbot.waitUntil(panel.isVisible)
    centre = panel.visualRect(panel.model().index(1)).center()
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert view.top_paragraph() == 40
    steps = len(window.history)
    centre = panel.visualRect(panel.model().index(3)).center()
    viewport, left = panel.viewport(), Qt.MouseButton.LeftButton
    qtbot.mousePress(viewport, left, pos=centre)  # a double click, as the mouse sends it
    qtbot.mouseRelease(viewport, left, pos=centre)
    qtbot.mouseDClick(viewport, left, pos=centre)
    qtbot.mouseRelease(viewport, left, pos=centre)
    assert view.top_paragraph() == 100
    assert len(window.history) == steps + 1  # one step back returns from it


def test_the_section_read_becomes_current_as_the_reader_scrolls(qtbot, long_window):
    view = long_window.view
    long_window.outline_dock.show()
    panel = long_window.outline_panel
    assert settled(qtbot, panel) == 0
    view.scroll_to_paragraph(60)
    qtbot.waitUntil(lambda: panel.currentIndex().row() == 1)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the end: in the section of 100
    qtbot.waitUntil(lambda: panel.currentIndex().row() == 3)
    assert panel.selectionModel().isSelected(panel.currentIndex())
    bar.setValue(0)
    qtbot.waitUntil(lambda: panel.currentIndex().row() == 0)


def test_the_panel_follows_the_document_shown(qtbot, long_window):
    window = long_window
    window.outline_dock.show()
    panel = window.outline_panel
    assert rows(panel) == [f"en section {p}" for p in SECTIONS]
    window.navigate("plain")
    assert rows(panel) == []
    assert settled(qtbot, panel) == -1
    assert panel.placeholder == "This document has no headings."
    assert panel.accessibleDescription() == panel.placeholder
    window.actions.back.trigger()
    assert rows(panel) == [f"en section {p}" for p in SECTIONS]


def test_a_heading_missing_in_the_language_read_is_given_in_the_other(qtbot, long_window):
    window = long_window
    window.outline_dock.show()
    window.actions.mode["ru"].trigger()
    window.navigate("annex")
    assert rows(window.outline_panel) == ["Доклад", "Annex"]


def test_the_panel_is_remembered_and_keeps_out_of_full_screen(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "data", default_corpus_dir(), size=(1200, 800))
    window.navigate(DOC, 1)
    open_outline(qtbot, window)
    window.actions.full_screen.trigger()
    assert not window.outline_dock.isVisible()
    window.actions.full_screen.trigger()
    assert window.outline_dock.isVisible()
    window.close()
    again = open_window(qtbot, tmp_path / "data", default_corpus_dir(), size=(1200, 800))
    assert again.outline_dock.isVisible()
    assert rows(again.built_outline_panel()) == ENGLISH
    again.outline_dock.toggleViewAction().trigger()
    again.close()
    third = open_window(qtbot, tmp_path / "data", default_corpus_dir(), size=(1200, 800))
    assert not third.outline_dock.isVisible()
    assert third.built_outline_panel() is None
    third.close()


def test_the_keys_are_listed_and_open_it_from_anywhere(qtbot, window):
    from viewer.gui.shortcuts import shortcut_rows

    listed = {command: keys for _menu, command, keys in shortcut_rows(window.menuBar())}
    assert listed["Document Outline"] == "Ctrl+Shift+O"
    window.library.filter.setFocus()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, keys)
    qtbot.waitUntil(lambda: window.built_outline_panel() is not None)
    qtbot.waitUntil(window.outline_panel.hasFocus)


BOTTOM, RIGHT = Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


def start(qtbot, data, size, language=None):
    """A window on the data folder `data`, as the app starts (in `language`
    if given)."""
    if language is not None:
        settings = Settings(data / "config")
        settings["ui/language"] = language
        settings.save()
    window = open_window(qtbot, data, default_corpus_dir(), size=size)
    window.navigate(DOC, 1)
    return window


def assert_usable(panel, area=RIGHT) -> None:
    """In `area`, its title shown whole, and a few words of a heading to a
    line."""
    dock = panel.parentWidget()
    assert dock.parentWidget().dockWidgetArea(dock) == area
    title = dock.fontMetrics().horizontalAdvance(dock.windowTitle())
    assert dock.width() >= title + 100  # the float and close buttons
    assert panel.viewport().width() >= 24 * panel.fontMetrics().averageCharWidth()


@pytest.mark.parametrize(
    ("size", "area", "language"),
    [((1024, 640), BOTTOM, "en"), ((1400, 900), RIGHT, "en"), ((1400, 900), RIGHT, "ru")],
)
@pytest.mark.parametrize("saved", ["hidden", "unknown"])
def test_a_saved_arrangement_that_never_showed_the_panel_gives_it_room(
    qtbot, tmp_path, size, area, language, saved
):
    """Opened after a start whose window state was saved with the panel
    hidden, or before the panel existed, it finds its place as on a fresh
    start: under the text in a narrow window, beside it in a wide one."""
    first = start(qtbot, tmp_path / "data", size, language)
    if saved == "unknown":
        first.removeDockWidget(first.outline_dock)
    first.close()
    window = start(qtbot, tmp_path / "data", size)
    assert window.outline_dock.windowTitle() == {"en": "Outline", "ru": "Оглавление"}[language]
    press(qtbot, window, "Ctrl+Shift+O")
    panel = window.outline_panel
    qtbot.waitUntil(panel.hasFocus)
    qtbot.waitUntil(lambda: assert_usable(panel, area))
    window.close()


def test_the_panel_leaves_the_text_its_measure_in_a_wide_window(qtbot, tmp_path):
    """Beside the text, it is as wide as it needs and no wider: both
    columns keep a comfortable line."""
    window = start(qtbot, tmp_path / "data", (1400, 900))
    window.search_dock.hide()
    panel = open_outline(qtbot, window)
    assert window.dockWidgetArea(window.outline_dock) == RIGHT
    assert_usable(panel)
    qtbot.waitUntil(lambda: window.view.complete)
    body = [p.paragraph for p in window.view.current.pairs if p.kind != HEADING]
    for lang in ("ru", "en"):
        lengths = [n for p in body for n in full_line_lengths(window.view, p, lang)]
        assert sum(lengths) / len(lengths) >= 45, lang
    window.close()


def test_a_document_with_only_its_title_says_it_has_no_other_headings(qtbot, window):
    window.navigate("unrcca-ashgabat-declaration-2017")
    panel = open_outline(qtbot, window)
    assert len(rows(panel)) == 1
    assert panel.accessibleDescription() == "The document has no other headings."
    image = panel.viewport().grab().toImage()
    scale = image.devicePixelRatio()
    below = panel.visualRect(panel.model().index(0)).bottom() + 2
    ground = image.pixelColor(2, int(below * scale))
    said = [
        y
        for y in range(below, panel.viewport().height())
        if any(
            image.pixelColor(int(x * scale), int(y * scale)) != ground
            for x in range(0, panel.viewport().width(), 2)
        )
    ]
    line = panel.fontMetrics().height()
    assert said and line // 2 <= said[-1] - said[0] <= 3 * line  # a sentence under the title
    window.navigate(DOC)
    assert len(rows(panel)) == 3
    assert panel.accessibleDescription() == ""


def test_a_width_the_reader_gave_the_panel_is_kept_though_it_was_closed(qtbot, tmp_path):
    first = start(qtbot, tmp_path / "data", (1400, 900))
    open_outline(qtbot, first)
    first.resizeDocks([first.outline_dock], [360], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: first.outline_dock.width() == 360)
    first.outline_dock.toggleViewAction().trigger()
    first.close()
    window = start(qtbot, tmp_path / "data", (1400, 900))
    press(qtbot, window, "Ctrl+Shift+O")
    qtbot.waitUntil(window.outline_panel.hasFocus)
    assert window.outline_dock.width() == 360
    window.close()
