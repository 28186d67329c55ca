"""The search panel driven as a user drives it: typing, arrows, Enter, F3."""

import pytest
from PySide6.QtCore import Qt

from tests.conftest import FIXTURES, type_text
from viewer.gui.app import create_app, create_window


@pytest.fixture
def window(qtbot, tmp_path):
    window = create_window(create_app(), tmp_path / "data", FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isVisible)
    yield window
    window.close()


def search(qtbot, window, text: str) -> None:
    window.focus_search()
    type_text(window.search.query, text)
    qtbot.waitUntil(lambda: window.search.result is not None and window.search.result.query == text)


def test_typing_shows_grouped_pairs_with_hits_marked(qtbot, window):
    search(qtbot, window, "ОДКБ")
    panel = window.search
    assert panel.count.text() == "1 paragraph · 1 document"
    assert "also searched as" in panel.notes.text() and "CSTO" in panel.notes.text()
    results = panel.results.toHtml()
    assert "Statement on cooperation (1)" in panel.results.toPlainText()
    assert "ОДКБ" in results and "CSTO" in results
    plain = panel.results.toPlainText()
    assert "Мы, члены Совета" in plain and "We, the members" in plain


def test_typing_does_not_wait_for_the_search(qtbot, window):
    window.focus_search()
    type_text(window.search.query, "дипломатии")
    assert window.search.result is None  # the debounce and the worker thread answer later
    qtbot.waitUntil(lambda: window.search.result is not None)


def test_enter_opens_the_document_at_the_hit_with_hits_marked(qtbot, window):
    window.library.list.setCurrentRow(1)
    search(qtbot, window, "CSTO")
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    assert window.view.current.id == "alpha"
    marked = [s.cursor.selectedText() for s in window.view.extraSelections()]
    assert "ОДКБ" in marked and "CSTO" in marked
    assert "Организации Договора о коллективной безопасности" in marked


def test_f3_steps_through_hits(qtbot, window):
    search(qtbot, window, "ООН OR терроризм")
    assert len(window.search.result.hits) == 2
    qtbot.keyClick(window, Qt.Key.Key_F3)
    first = (window.view.current.id, window.search.current)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    second = (window.view.current.id, window.search.current)
    assert first != second
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert (window.view.current.id, window.search.current) == first


def test_filters_narrow_the_results(qtbot, window):
    search(qtbot, window, "ООН OR ОДКБ")
    assert len(window.search.result.hits) == 2
    window.search.key_only.setChecked(True)
    qtbot.waitUntil(lambda: len(window.search.result.hits) == 1)
    assert window.search.result.hits[0].doc == "alpha"
    window.search.key_only.setChecked(False)
    window.search.document.setCurrentIndex(2)  # beta
    qtbot.waitUntil(lambda: [h.doc for h in window.search.result.hits] == ["beta"])


def test_wrong_layout_and_suggestion_notes(qtbot, window):
    search(qtbot, window, "lbgkjvfnbb")  # «дипломатии» typed on an English layout
    assert window.search.result.hits
    assert "showing results for «дипломатии»" in window.search.notes.text()


def test_garbage_input_never_breaks_the_panel(qtbot, window):
    search(qtbot, window, '"-*~ OR (')
    assert window.search.result.hits == ()
    assert window.search.count.text() == "0 paragraphs · 0 documents"


def test_unavailable_index_leaves_reading_working(qtbot, tmp_path, monkeypatch):
    import viewer.core.search as search_package

    def broken(*_args, **_kwargs):
        raise search_package.IndexUnavailable("disk error")

    monkeypatch.setattr(search_package, "open_engine", broken)
    window = create_window(create_app(), tmp_path / "data", FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.search.prepare()
    qtbot.waitUntil(lambda: "Search is unavailable: disk error" in window.search.notes.text())
    assert not window.search.query.isEnabled()
    assert "No one country can defeat terrorism alone." in window.view.toPlainText()
    window.close()
