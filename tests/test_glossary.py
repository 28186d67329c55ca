"""The glossary as a reader uses it: where its terms occur (offsets in each
block's plain text, whatever the inflection), which terms a few typed words
name, the Glossary panel driven by keys and mouse, and the counterpart a
term's tip gives in the text."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.conftest import FIXTURES, type_text
from tests.reader_support import open_window, point_of
from tests.test_ui_languages import relaunched_in, strings_of, untranslated, window_in
from viewer.core.glossary_index import GlossaryIndex, term_spans
from viewer.core.loader import load_corpus
from viewer.core.model import Term
from viewer.core.spans import Span, span_text
from viewer.core.terms import Glossary
from viewer.gui.glossary_list import PAIR, both_names
from viewer.gui.term_tips import NOTE_CHARACTERS, term_tip

UN = Term(
    "organisation", ("United Nations", "UN"), ("Организация Объединенных Наций", "ООН"), "A note."
)
CSTO = Term(
    "organisation",
    ("Collective Security Treaty Organization", "CSTO"),
    ("Организация Договора о коллективной безопасности", "ОДКБ"),
)


def found(text: str, lang: str, terms=(UN, CSTO)) -> list[tuple[str, int]]:
    """The text of each term span in `text`, with its term's index."""
    return [(text[s.start : s.end], s.term) for s in term_spans(Glossary(terms), text, lang)]


# Where terms occur


def test_an_inflected_russian_form_is_found_at_its_offsets():
    text = "Генеральный секретарь Организации Объединённых Наций выступил."
    [span] = term_spans(Glossary((UN,)), text, "ru")
    start = text.index("Организации")
    assert (span.start, span.end, span.term) == (
        start,
        start + len("Организации Объединённых Наций"),
        0,
    )


def test_multi_word_forms_span_from_their_first_word_to_their_last():
    text = "Members of the collective security treaty organization (CSTO) met."
    assert found(text, "en") == [("collective security treaty organization", 1), ("CSTO", 1)]
    text = "Государства Организации Договора о коллективной безопасности договорились."
    assert found(text, "ru") == [("Организации Договора о коллективной безопасности", 1)]


def test_acronym_variants_are_found_in_any_case_and_nested_names_count():
    assert found("ОДКБ и ООН", "ru") == [("ОДКБ", 1), ("ООН", 0)]
    assert found("the Un and csto", "en") == [("Un", 0), ("csto", 1)]
    # A form inside a longer name of another term is an occurrence of both.
    inner = Term("term", ("Nations",), ("Наций",))
    assert found("United Nations", "en", (UN, inner)) == [
        ("United Nations", 0),
        ("Nations", 1),
    ]


def test_the_index_lists_each_pair_a_term_occurs_in_with_both_languages_spans():
    corpus = load_corpus(FIXTURES / "corpus")
    index = GlossaryIndex(corpus)
    csto = next(n for n, t in enumerate(corpus.glossary) if "CSTO" in t.en)
    [occurrence] = index.occurrences(csto)
    pair = corpus.document(occurrence.doc).pairs[occurrence.paragraph - 1]
    words = {
        lang: [pair.text(lang).plain[a:b] for a, b in spans]
        for lang, spans in occurrence.spans.items()
    }
    assert words == {
        "ru": ["Организации Договора о коллективной безопасности", "ОДКБ"],
        "en": ["Collective Security Treaty Organization", "CSTO"],
    }


# Which terms typed words name


@pytest.fixture(scope="module")
def index():
    return GlossaryIndex(load_corpus(FIXTURES / "corpus"))


def named(index, typed: str) -> list[str]:
    return [index.terms[n].en[0] for n in index.matching(typed)]


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("одкб", ["Collective Security Treaty Organization"]),
        ("Коллективной", ["Collective Security Treaty Organization"]),  # an inflected word
        ("БОЕВИК", ["foreign terrorist fighters"]),  # the beginning of a word
        ("diplom", ["preventive diplomacy"]),
        ("Terrorist fight", ["foreign terrorist fighters"]),  # every word, in any order
        ("превентивной дипломатии", ["preventive diplomacy"]),
        ("nothing like it", []),
    ],
)
def test_typed_words_name_the_terms_with_such_words(index, typed, terms):
    assert named(index, typed) == terms


def test_yo_and_e_are_one_letter_and_notes_are_searched_last():
    terms = (
        Term("term", ("weapons",), ("оружие",), "Not the Объединённых Наций."),
        UN,
    )
    index = GlossaryIndex(load_corpus(FIXTURES / "corpus")._replace(glossary=terms))
    assert named(index, "объединённых") == ["United Nations", "weapons"]
    assert named(index, "ОБЪЕДИНЕННЫХ") == ["United Nations", "weapons"]
    assert len(index.matching("")) == 2


# The panel


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "data", size=(1400, 800))
    yield window
    window.close()


def opened(qtbot, window):
    """The panel, opened with its keys as a reader would."""
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.glossary_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.filter.hasFocus())
    return panel


def test_the_panel_lists_every_term_and_the_filter_narrows_them(qtbot, window):
    panel = opened(qtbot, window)
    assert panel.model.rowCount() == len(window.corpus.glossary) == 3
    assert panel.count.text() == "3 terms"
    type_text(panel.filter, "ОДКБ")
    assert panel.model.rowCount() == 1
    assert panel.count.text() == "1 of 3 terms"
    panel.filter.clear()
    type_text(panel.filter, "terror")
    assert [panel.model.terms[n].en[0] for n in panel.model.rows] == ["foreign terrorist fighters"]
    type_text(panel.filter, "xyz")
    assert panel.model.rowCount() == 0 and panel.terms.placeholder


def test_enter_lists_a_terms_occurrences_and_opens_one_with_its_words_marked(qtbot, window):
    panel = opened(qtbot, window)
    type_text(panel.filter, "csto")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Tab)
    assert panel.terms.hasFocus()
    qtbot.keyClick(panel.terms, Qt.Key.Key_Return)
    assert panel.occurrences.hasFocus()
    [(hit, _title)] = panel.found.rows
    assert hit.matched == ("ru", "en")  # the term occurs in both languages there
    qtbot.keyClick(panel.occurrences, Qt.Key.Key_Return)
    view = window.view
    assert view.current.id == hit.doc
    marked = [
        (span.lang, " ".join(span_text(view.current, span).split())) for span in view.layer("hits")
    ]
    assert marked == [
        ("ru", "Организации Договора о коллективной безопасности"),
        ("ru", "ОДКБ"),
        ("en", "Collective Security Treaty Organization"),
        ("en", "CSTO"),
    ]
    assert view.row_of(hit.paragraph) is not None
    qtbot.keyClick(panel.occurrences, Qt.Key.Key_Escape)
    assert view.hasFocus()


def test_a_narrow_row_keeps_a_part_of_both_names(qtbot, window):
    panel = opened(qtbot, window)
    metrics = panel.terms.fontMetrics()
    long = Term(
        "organisation",
        ("United Nations Regional Centre for Central Asia",),
        ("Региональный центр ООН для Центральной Азии",),
    )
    text = both_names(metrics, long, 200)
    en, ru = text.split(PAIR)
    assert en.startswith("United") and ru.startswith("Регион")
    assert metrics.horizontalAdvance(text) <= 200
    assert both_names(metrics, long, 2000) == f"{long.en[0]}{PAIR}{long.ru[0]}"


def test_a_click_on_a_term_and_on_an_occurrence_opens_it(qtbot, window):
    panel = opened(qtbot, window)
    rows = panel.model.rows
    diplomacy = next(
        r for r, n in enumerate(rows) if panel.model.terms[n].en[0] == "preventive diplomacy"
    )
    term_rect = panel.terms.visualRect(panel.model.index(diplomacy))
    qtbot.mouseClick(panel.terms.viewport(), Qt.MouseButton.LeftButton, pos=term_rect.center())
    qtbot.waitUntil(lambda: panel.found.rowCount() > 0)
    hit = panel.found.rows[0][0]
    assert hit.doc == "beta"
    rect = panel.occurrences.visualRect(panel.found.index(0))
    qtbot.mouseClick(panel.occurrences.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.current.id == "beta"
    assert {s.lang for s in window.view.layer("hits")} == {"ru", "en"}


def test_tab_goes_filter_terms_occurrences_and_escape_returns_to_the_text(qtbot, window):
    panel = opened(qtbot, window)
    qtbot.keyClick(panel.filter, Qt.Key.Key_Tab)
    assert panel.terms.hasFocus()
    qtbot.keyClick(panel.terms, Qt.Key.Key_Tab)
    assert panel.occurrences.hasFocus()
    qtbot.keyClick(panel.occurrences, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(panel.terms, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert panel.filter.hasFocus()
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)  # ↓ in the filter chooses the next term
    assert panel.terms.currentIndex().row() == 1
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    assert window.view.hasFocus()


@pytest.mark.parametrize("started_before", [False, True])
@pytest.mark.parametrize(("width", "area"), [(1024, "bottom"), (1400, "right")])
def test_the_panel_opens_where_the_text_keeps_its_width(
    qtbot, tmp_path, width, area, started_before
):
    """Also when the window's arrangement was saved before without it: it
    never had room there."""
    if started_before:
        open_window(qtbot, tmp_path / "data", size=(width, 640)).close()
    window = open_window(qtbot, tmp_path / "data", size=(width, 640))
    window.glossary_dock.toggleViewAction().trigger()
    areas = {
        Qt.DockWidgetArea.BottomDockWidgetArea: "bottom",
        Qt.DockWidgetArea.RightDockWidgetArea: "right",
    }
    qtbot.waitUntil(lambda: areas[window.dockWidgetArea(window.glossary_dock)] == area)
    qtbot.waitUntil(lambda: window.glossary_panel.isVisible())
    if area == "right":  # wide enough for a line of both names
        qtbot.waitUntil(lambda: window.glossary_panel.width() >= 380)
    window.close()


def test_the_russian_panel_speaks_russian(qtbot, tmp_path):
    window = window_in(qtbot, tmp_path, "ru")
    window.glossary_dock.show()
    panel = window.glossary_panel
    strings = strings_of(panel) - {panel.heading.text()}  # the heading names the term
    assert panel.filter.placeholderText() in strings
    assert untranslated(strings, "ru") == []
    assert panel.count.text() == "3 термина"
    window.close()


def test_a_change_of_language_keeps_the_filter_and_the_term(qtbot, tmp_path):
    window = window_in(qtbot, tmp_path, "en")
    window.glossary_dock.show()
    panel = window.glossary_panel
    type_text(panel.filter, "terror")
    successor = relaunched_in(qtbot, window, "ru")
    again = successor.built_glossary_panel()
    assert again is not None and again.filter.text() == "terror"
    assert again.model.terms[again.current_term()].en[0] == "foreign terrorist fighters"
    assert again.found.rowCount() == panel.found.rowCount() > 0
    successor.close()


# The tip over a term in the text


def test_a_tip_names_the_counterpart_with_its_variants_kind_and_note_cut_short():
    note = "Founded in 1945. " + "It has many bodies. " * 30
    corpus = load_corpus(FIXTURES / "corpus")
    index = GlossaryIndex(corpus._replace(glossary=(UN._replace(note=note),)))
    text = corpus.document("beta").pairs[0].ru.plain
    span = Span(1, "ru", text.index("ООН") + 1, text.index("ООН") + 1)
    tip = term_tip(index, "beta", span)
    first, second = tip.split("\n")
    assert first == "Glossary: United Nations (UN) — organisation"
    shown = second.removesuffix("…")
    assert second.endswith("…") and note.startswith(shown) and note[len(shown)] == " "
    assert len(shown) <= NOTE_CHARACTERS


@pytest.fixture
def tips(monkeypatch):
    """What the reader's tips show: one text per tip asked for ("" where
    it shows none)."""
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda _at, text, *_args: shown.append(text))
    monkeypatch.setattr(QToolTip, "hideText", lambda: shown.append(""))
    return shown


def tip_over(view, tips, paragraph: int, lang: str, offset: int) -> str:
    point = point_of(view, paragraph, lang, offset)
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    )
    return tips[-1]


def test_a_term_in_the_text_shows_its_counterpart_on_hover(qtbot, window, tips):
    window.navigate("alpha", 2)
    view = window.view
    pair = window.corpus.document("alpha").pairs[1]
    offset = pair.ru.plain.index("ОДКБ") + 1
    assert tip_over(view, tips, 2, "ru", offset) == (
        "Glossary: Collective Security Treaty Organization (CSTO) — organisation"
    )
    offset = pair.en.plain.index("CSTO") + 1
    assert tip_over(view, tips, 2, "en", offset) == (
        "Glossary: Организация Договора о коллективной безопасности (ОДКБ) — organisation"
    )
    assert tip_over(view, tips, 2, "en", pair.en.plain.index("attach") + 1) == ""


def test_the_tip_is_in_russian_in_the_russian_window(qtbot, tmp_path, tips):
    window = window_in(qtbot, tmp_path, "ru")
    window.resize(1400, 800)
    window.navigate("beta", 1)
    pair = window.corpus.document("beta").pairs[0]
    offset = pair.en.plain.index("diplomacy")
    assert tip_over(window.view, tips, 1, "en", offset) == (
        "Глоссарий: превентивная дипломатия — термин"
    )
    window.close()
