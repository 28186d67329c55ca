"""The search panel through the accessibility interface a screen reader
uses (AT-SPI on Linux): every control has a name, and the results read row
by row, each with its document, paragraph and both texts."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from tests.conftest import type_text


@pytest.fixture
def window(search_window):
    return search_window


NAME = QAccessible.Text.Name


def accessible(widget):
    return QAccessible.queryAccessibleInterface(widget)


def descendants(interface):
    for number in range(interface.childCount()):
        child = interface.child(number)
        yield child
        yield from descendants(child)


def test_results_read_row_by_row(qtbot, window):
    window.focus_search()
    type_text(window.search.query, "ООН OR ОДКБ")
    qtbot.waitUntil(lambda: window.search.result is not None)
    results = accessible(window.search.results)
    assert results.text(NAME) == "Search results"
    rows = [
        child.text(NAME)
        for child in descendants(results)
        if child.role() in (QAccessible.Role.ListItem, QAccessible.Role.Cell)
    ]
    assert len(rows) == 2
    alpha = next(row for row in rows if row.startswith("Statement on cooperation, paragraph 2."))
    assert "Russian: Мы, члены Совета коллективной безопасности" in alpha
    assert "English: We, the members of the Collective Security Council" in alpha
    assert alpha.index("Russian:") < alpha.index("English:")


def test_an_empty_result_list_says_what_to_do(qtbot, window):
    description = accessible(window.search.results).text(QAccessible.Text.Description)
    assert "Type words to find the paragraphs" in description


def test_every_control_of_the_panel_has_a_name(window):
    window.search.query.setText("x")  # its clear button shows
    nameless = [
        f"{type(widget).__name__} {widget.objectName()}"
        for widget in window.search.findChildren(QWidget)
        if widget.isVisible()
        and (
            widget.focusPolicy() != widget.focusPolicy().NoFocus or isinstance(widget, QToolButton)
        )
        and not accessible(widget).text(NAME)
    ]
    assert nameless == []


def test_clear_buttons_are_named_after_their_field(window):
    query = window.search.query  # the panel is built on first need
    edits = [e for e in window.findChildren(QLineEdit) if e.isClearButtonEnabled()]
    assert query in edits and window.library.filter in edits
    for edit in edits:
        [button] = edit.findChildren(QToolButton)
        name = accessible(button).text(NAME)
        assert name.startswith("Clear ") and len(name) > len("Clear ")
    [button] = window.search.query.findChildren(QToolButton)
    assert accessible(button).text(NAME) == "Clear Search query"
