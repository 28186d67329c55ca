"""The reader's layout: headers over their columns, paragraph numbers on one
line, a comfortable line length, marks that do not hide each other."""

from PySide6.QtCore import QPoint

from tests.reader_support import press, window

__all__ = ["window"]  # fixtures


def text_left(window, paragraph: int, lang: str) -> int:
    """Where the text of a cell starts, in window coordinates."""
    view = window.view
    start, _ = view.cell_range(paragraph, lang)
    cursor = view.textCursor()
    cursor.setPosition(start)
    return view.viewport().mapTo(window, QPoint(view.cursorRect(cursor).left(), 0)).x()


def assert_heads_line_up(qtbot, window) -> None:
    qtbot.wait(1)  # let layouts settle
    heads = [h for h in window.reader.headers.heads if h.isVisible()]
    langs = window.view.look.langs
    assert len(heads) == len(langs)
    lefts = [text_left(window, 2, lang) for lang in langs]
    for index, head in enumerate(heads):
        left = head.mapTo(window, QPoint(0, 0)).x()
        right = left + head.width()
        assert abs(left - lefts[index]) <= 3, (langs, index, left, lefts)
        if index + 1 < len(lefts):
            assert right <= lefts[index + 1]


def test_column_heads_line_up_with_their_columns(qtbot, window):
    for keys in ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+1"):
        press(qtbot, window, keys)
        assert_heads_line_up(qtbot, window)
    window.info_dock.show()
    assert_heads_line_up(qtbot, window)
    window.splitter.setSizes([120, 900])
    assert_heads_line_up(qtbot, window)
    press(qtbot, window, "F11")
    qtbot.waitUntil(window.isFullScreen)
    assert_heads_line_up(qtbot, window)
    press(qtbot, window, "F11")
    assert_heads_line_up(qtbot, window)
