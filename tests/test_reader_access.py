"""The parallel text through the accessibility interfaces a screen reader
sees: a table of rows, one per paragraph, a cell per language."""

from PySide6.QtGui import QAccessible

from tests.reader_support import press, window

__all__ = ["window"]  # fixtures

NAME, VALUE = QAccessible.Text.Name, QAccessible.Text.Value


def rows_table(view):
    interface = QAccessible.queryAccessibleInterface(view)
    children = [interface.child(i) for i in range(interface.childCount())]
    return next(child for child in children if child.role() == QAccessible.Role.Table)


def test_the_parallel_text_reads_row_by_row(qtbot, window):
    view = window.view
    table = rows_table(view)
    assert table.childCount() == len(view.current.pairs) == 4
    row = table.child(1)
    assert row.role() == QAccessible.Role.Row
    assert row.text(NAME) == "Paragraph 2"
    assert table.indexOfChild(row) == 1 and row.parent() is table
    ru, en = (row.child(i) for i in range(row.childCount()))
    assert ru.role() == en.role() == QAccessible.Role.Cell
    pair = view.current.pairs[1]
    assert ru.text(NAME) == f"Russian, official: {pair.ru.plain}"
    assert en.text(NAME) == f"English, unofficial translation: {pair.en.plain}"
    assert en.text(VALUE) == pair.en.plain
    assert not ru.rect().isEmpty()


def test_the_rows_follow_the_document_and_the_columns(qtbot, window):
    view = window.view
    table = rows_table(view)
    table.child(0)
    press(qtbot, window, "Ctrl+4")
    row = table.child(0)
    assert row.childCount() == 1
    assert row.child(0).text(NAME).startswith("English, unofficial translation: Statement")
    window.library.list.setCurrentRow(1)
    assert table.childCount() == len(view.current.pairs)
    assert table.child(0) is not row  # the old rows went with the old document
    assert table.child(0).child(0).text(NAME).startswith("English, unofficial translation: The")
    press(qtbot, window, "Ctrl+B")  # briefing: only the rows shown
    assert table.childCount() == len(view.rows)
