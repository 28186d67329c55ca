"""Counterpart words in the reader: the probable translations of the words
searched or selected, marked in the other column as their own layer, with a
tooltip saying where each came from."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.conftest import REPO, type_text
from tests.reader_support import click, drag, open_window, point_of
from viewer.core.settings import Settings
from viewer.core.spans import Span
from viewer.export.look import HIGHLIGHTS, KEY_PASSAGE
from viewer.gui.reader import MARK_COLOURS

# Offscreen, showing the search panel asks for what the platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

CORPUS = REPO / "corpus"
CSTO = "csto-statement-returning-fighters-2018"


@pytest.fixture
def window(qtbot, data_dir):
    window = open_window(qtbot, data_dir(CORPUS), CORPUS, size=(1400, 900))
    yield window
    window.close()


def marked(view, layer: str) -> list[tuple[str, str]]:
    """(language, text) of each span of `layer`, in reading order."""
    document = view.current
    return [
        (s.lang, document.pairs[s.paragraph - 1].text(s.lang).plain[s.start : s.end])
        for s in view.layer(layer)
    ]


def painted(view, colour: str) -> list[str]:
    return [
        s.cursor.selectedText()
        for s in view.extraSelections()
        if s.format.background().color().name() == colour
    ]


def tip_at(view, paragraph: int, lang: str, offset: int) -> str:
    point = point_of(view, paragraph, lang, offset)
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    )
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_colours_are_their_own_in_both_themes():
    for dark in (False, True):
        colours = MARK_COLOURS[dark]
        others = {v for k, v in colours.items() if k != "equivalent"}
        others |= set(HIGHLIGHTS[dark].values()) | {KEY_PASSAGE[dark]}
        assert colours["equivalent"] not in others


def test_a_russian_search_marks_the_english_counterparts(qtbot, window):
    window.focus_search()
    type_text(window.search.query, "терроризм")
    qtbot.waitUntil(lambda: window.search.result is not None)
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    view = window.view
    qtbot.waitUntil(lambda: bool(view.layer("equivalents")))
    found = marked(view, "equivalents")
    assert ("en", "terrorism") in found
    assert all(lang == "en" for lang, _text in found)
    assert all(lang == "ru" for lang, _text in marked(view, "hits"))
    assert "terrorism" in painted(view, view.colours["equivalent"])
    # The tooltip on the marked word says where it comes from.
    document = view.current
    span = next(
        s
        for s in view.layer("equivalents")
        if document.pairs[s.paragraph - 1].en.plain[s.start : s.end] == "terrorism"
    )
    word = view.equivalents_at(span)[0].of
    assert word.lower().startswith("терроризм")
    tip = tip_at(view, span.paragraph, "en", span.start + 2)
    assert tip.split("\n\n")[0] == f"Counterpart of «{word}» (learned from the edition)"
    # A new search drops them with the hits.
    type_text(window.search.query, " x")
    qtbot.waitUntil(lambda: not view.layer("equivalents"))


def pair_with(view, ru: str, en: str):
    return next(p for p in view.current.pairs if ru in p.ru.plain and en in p.en.plain)


def test_selecting_a_word_marks_its_counterpart_until_the_selection_goes(qtbot, window):
    window.navigate(CSTO)
    view = window.view
    qtbot.waitUntil(lambda: view.complete)
    pair = pair_with(view, "ОДКБ", "CSTO")
    start = pair.ru.plain.index("ОДКБ")
    drag(
        view,
        point_of(view, pair.paragraph, "ru", start),
        point_of(view, pair.paragraph, "ru", start + 4),
    )
    assert [s.end - s.start for s in view.selection_spans()] == [4]
    qtbot.waitUntil(lambda: bool(view.layer("equivalents")))
    assert ("en", "CSTO") in marked(view, "equivalents")
    en = pair.en.plain
    tip = tip_at(view, pair.paragraph, "en", en.index("CSTO") + 1)
    # First the mark's own tip; the glossary term the word belongs to follows.
    assert tip.split("\n\n")[0] == "Counterpart of «ОДКБ» (glossary)"
    click(view, point_of(view, pair.paragraph, "ru", 2))
    qtbot.waitUntil(lambda: not view.layer("equivalents"))


def test_a_selected_word_outside_the_glossary_asks_the_learned_lexicon(qtbot, window):
    window.navigate(CSTO)
    view = window.view
    qtbot.waitUntil(lambda: view.complete)
    qtbot.waitUntil(lambda: window.search.counterparts() is not None)
    pair = pair_with(view, "конфликт", "conflict")
    start = pair.ru.plain.index("конфликт")
    end = start + len("конфликтов")
    view.select_span(Span(pair.paragraph, "ru", start, end))
    qtbot.waitUntil(lambda: bool(view.layer("equivalents")))
    [(lang, _text)] = [item for item in marked(view, "equivalents") if "onflict" in item[1]]
    assert lang == "en"
    offset = pair.en.plain.lower().index("conflict")
    assert tip_at(view, pair.paragraph, "en", offset + 2).split("\n\n")[0] == (
        f"Counterpart of «{pair.ru.plain[start:end]}» (learned from the edition)"
    )


def test_a_long_selection_marks_no_counterparts(qtbot, window):
    window.navigate(CSTO)
    view = window.view
    qtbot.waitUntil(lambda: view.complete)
    pair = pair_with(view, "ОДКБ", "CSTO")
    start = pair.ru.plain.index("ОДКБ")
    word = Span(pair.paragraph, "ru", start, start + 4)
    view.select_span(word)
    qtbot.waitUntil(lambda: bool(view.layer("equivalents")))
    view.select_span(word._replace(start=0, end=len(pair.ru.plain)))  # reading, not asking
    qtbot.waitUntil(lambda: not view.layer("equivalents"))


def test_the_tooltip_in_russian(qtbot, tmp_path, data_dir):
    data = data_dir(CORPUS)
    settings = Settings(data / "config")
    settings["ui/language"] = "ru"
    settings.save()
    window = open_window(qtbot, data, CORPUS, size=(1400, 900))
    window.navigate(CSTO)
    view = window.view
    qtbot.waitUntil(lambda: view.complete)
    pair = pair_with(view, "ОДКБ", "CSTO")
    start = pair.ru.plain.index("ОДКБ")
    view.select_span(Span(pair.paragraph, "ru", start, start + 4))
    qtbot.waitUntil(lambda: bool(view.layer("equivalents")))
    tip = tip_at(view, pair.paragraph, "en", pair.en.plain.index("CSTO") + 1)
    assert tip.split("\n\n")[0] == "Соответствие «ОДКБ» (из глоссария)"
    window.close()
