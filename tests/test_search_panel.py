"""The search panel driven as a user drives it: typing, clicks, arrows,
Enter, F3; its results measured in a fresh window."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import FIXTURES, REPO, type_text
from viewer.gui.app import create_app, create_window


@pytest.fixture
def window(search_window):
    return search_window


def search(qtbot, window, text: str) -> None:
    window.focus_search()
    type_text(window.search.query, text)
    qtbot.waitUntil(lambda: window.search.result is not None and window.search.result.query == text)


def rows(window) -> list[str]:
    """What each result row says to a screen reader."""
    model = window.search.model
    return [
        model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(len(model.rows))
    ]


def marked_in_reader(window) -> list[str]:
    """The words the reader marks as search hits (not its other marks)."""
    hit = window.view.colours["hit"]
    return [
        s.cursor.selectedText()
        for s in window.view.extraSelections()
        if s.format.background().color().name() == hit
    ]


def click_row(qtbot, window, row: int, where: str = "center") -> None:
    view = window.search.results
    rect = view.visualRect(window.search.model.index(row))
    point = {"center": rect.center(), "right": QPoint(rect.right() - 10, rect.center().y())}
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point[where])


def test_typing_shows_pairs_with_hits_marked(qtbot, window):
    search(qtbot, window, "ОДКБ")
    panel = window.search
    assert panel.count.text() == "1 paragraph · 1 document"
    assert "also searched as" in panel.notes.text() and "CSTO" in panel.notes.text()
    [row] = rows(window)
    assert row.startswith("Statement on cooperation, paragraph 2. Russian: Мы, члены Совета")
    assert "English: We, the members" in row
    hit = panel.model.rows[0][0]
    assert "ОДКБ" in [hit.ru[s:e] for s, e in hit.marks["ru"]]
    assert "CSTO" in [hit.en[s:e] for s, e in hit.marks["en"]]


def test_results_are_grouped_by_document(qtbot, window):
    search(qtbot, window, "терроризм OR ООН OR дипломатии")
    docs = [hit.doc for hit, _title in window.search.model.rows]
    assert docs == sorted(docs, key=docs.index)  # each document's hits together
    assert len(set(docs)) == 2


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
    marked = marked_in_reader(window)
    assert "ОДКБ" in marked and "CSTO" in marked
    assert "Организации Договора о коллективной безопасности" in marked


def test_enter_before_the_answer_opens_the_first_hit_when_it_comes(qtbot, window):
    window.library.list.setCurrentRow(0)
    window.focus_search()
    type_text(window.search.query, "превентивной")
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)  # before the debounce ran
    qtbot.waitUntil(lambda: window.view.current.id == "beta")
    assert "превентивной" in marked_in_reader(window)


def test_a_click_anywhere_on_a_result_opens_it(qtbot, window):
    search(qtbot, window, "ООН OR ОДКБ")
    second = window.search.model.rows[1][0]
    window.library.list.setCurrentRow(0 if second.doc == "beta" else 1)
    click_row(qtbot, window, 1, "right")  # on the English text, far from any link
    assert (window.view.current.id, window.search.current) == (second.doc, 1)
    assert marked_in_reader(window)
    first = window.search.model.rows[0][0]
    click_row(qtbot, window, 0)
    assert window.view.current.id == first.doc


def test_up_and_down_move_through_results_from_the_query_and_the_list(qtbot, window):
    search(qtbot, window, "ООН OR терроризм")
    panel = window.search
    assert panel.current == 0
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    assert panel.current == 1 and panel.query.hasFocus()
    qtbot.keyClick(panel.query, Qt.Key.Key_Up)
    assert panel.current == 0
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    opened = panel.model.rows[1][0]
    assert window.view.current.id == opened.doc

    panel.results.setFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Up)
    assert panel.current == 0
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.view.current.id == panel.model.rows[0][0].doc
    qtbot.keyClick(panel.results, Qt.Key.Key_Escape)
    assert panel.query.hasFocus()


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


def test_a_new_search_clears_the_marks_of_the_last(qtbot, window):
    search(qtbot, window, "CSTO")
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    assert "CSTO" in marked_in_reader(window)
    window.search.query.selectAll()
    type_text(window.search.query, "превентивной")
    qtbot.waitUntil(lambda: window.search.result.query == "превентивной")
    assert marked_in_reader(window) == []

    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    assert "превентивной" in marked_in_reader(window)
    window.search.query.clear()  # as its clear button does
    qtbot.waitUntil(lambda: window.search.result is None)
    assert marked_in_reader(window) == []


def test_filters_narrow_the_results(qtbot, window):
    search(qtbot, window, "ООН OR ОДКБ")
    assert len(window.search.result.hits) == 2
    window.search.key_only.setChecked(True)
    qtbot.waitUntil(lambda: len(window.search.result.hits) == 1)
    assert window.search.result.hits[0].doc == "alpha"
    window.search.key_only.setChecked(False)
    window.search.document.setCurrentIndex(2)  # beta
    qtbot.waitUntil(lambda: [h.doc for h in window.search.result.hits] == ["beta"])


def test_wrong_layout_is_corrected_and_the_original_offered(qtbot, window):
    search(qtbot, window, "lbgkjvfnbb")  # «дипломатии» typed on an English layout
    assert window.search.result.hits
    notes = window.search.notes
    assert "showing results for «дипломатии»" in notes.text()
    assert "Search for «lbgkjvfnbb» as typed" in notes.text()
    notes.linkActivated.emit("#0")  # as a click on the link does
    qtbot.waitUntil(lambda: window.search.result.hits == ())
    assert window.search.query.text() == "lbgkjvfnbb"
    assert "showing results" not in notes.text()


def test_garbage_input_never_breaks_the_panel(qtbot, window):
    search(qtbot, window, '"-*~ OR (')
    assert window.search.result.hits == ()
    assert window.search.count.text() == ""
    assert window.search.results.placeholder == 'Nothing found for «"-*~ OR (».'


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


@pytest.mark.parametrize("size", [(1024, 640), (1400, 900), (921, 576)])
def test_a_fresh_window_shows_three_results_whole(qtbot, data_dir, size):
    """At the size of a small laptop screen (and the 90 % of it a first run
    takes), a large one, and without dragging anything: three results or
    more in full view."""
    window = create_window(create_app(), data_dir(REPO / "corpus"), REPO / "corpus")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    search(qtbot, window, "ОДКБ OR terrorism")
    view = window.search.results
    assert len(window.search.model.rows) >= 4
    qtbot.waitUntil(lambda: not view.visualRect(window.search.model.index(0)).isEmpty())
    whole = [
        row
        for row in range(len(window.search.model.rows))
        if view.viewport().rect().contains(view.visualRect(window.search.model.index(row)))
    ]
    assert len(whole) >= 3
    assert window.view.height() >= window.search.height()  # the reader keeps the most room
    window.close()


def test_switching_language_keeps_the_query_and_results(qtbot, data_dir):
    window = create_window(create_app(), data_dir(), FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    search(qtbot, window, "ООН OR терроризм")
    window.search.key_only.setChecked(True)
    qtbot.waitUntil(lambda: len(window.search.result.hits) == 1)
    window.search.key_only.setChecked(False)
    qtbot.waitUntil(lambda: len(window.search.result.hits) == 2)
    qtbot.keyClick(window.search.query, Qt.Key.Key_Down)
    window.search.document.setCurrentIndex(0)
    window.actions.language["ru"].trigger()
    successor = next(
        w
        for w in QApplication.topLevelWidgets()
        if w is not window and w.isVisible() and hasattr(w, "search")
    )
    qtbot.addWidget(successor)
    panel = successor.search
    assert panel.query.text() == "ООН OR терроризм"
    qtbot.waitUntil(lambda: panel.result is not None and len(panel.result.hits) == 2)
    assert panel.count.text() == "2 абзаца · 2 документа"
    assert panel.current == 1
    successor.close()


def test_filters_say_what_they_do_when_they_are_wrong_or_find_nothing(qtbot, window):
    panel = window.search
    type_text(panel.date_from, "2020-13-45")  # the pattern's shape, but no day of the year
    search(qtbot, window, "terrorism")
    assert "«2020-13-45» is not a date" in panel.notes.text()
    assert panel.result.hits  # not applied: the search is not narrowed by it

    panel.date_from.clear()
    type_text(panel.date_from, "2024-01-01")
    type_text(panel.date_to, "2018-01-01")
    panel.run()
    qtbot.waitUntil(lambda: "wrong way round" in panel.notes.text())
    assert not panel.result.hits
    assert "filters beside the query narrow the search" in panel.notes.text()
