"""The reader's span API: points and selections as spans, marks as layers."""

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from tests.conftest import type_text
from tests.reader_support import drag, long_corpus, open_window, point_of, window
from viewer.core.spans import Span
from viewer.gui.reader import LAYERS

__all__ = ["long_corpus", "window"]  # fixtures


def plain(view, paragraph: int, lang: str) -> str:
    return view.current.pairs[paragraph - 1].text(lang).plain


def test_a_point_maps_to_its_paragraph_language_and_offset(qtbot, window):
    view = window.view
    assert view.span_at(point_of(view, 2, "ru", 5)) == Span(2, "ru", 5, 5)
    assert view.span_at(point_of(view, 2, "en", 12)) == Span(2, "en", 12, 12)
    gutter = QPoint(4, point_of(view, 2, "ru", 0).y())
    assert view.span_at(gutter) is None


def test_a_selection_in_one_row_across_columns(qtbot, window):
    view = window.view
    drag(view, point_of(view, 2, "ru", 5), point_of(view, 2, "en", 7))
    assert view.selection_spans() == [
        Span(2, "ru", 5, len(plain(view, 2, "ru"))),
        Span(2, "en", 0, 7),
    ]
    ru, _ = view.cell_range(2, "ru")
    en, _ = view.cell_range(3, "en")
    cursor = view.textCursor()
    cursor.setPosition(ru + 5)
    cursor.setPosition(en + 7, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)  # as Shift+arrows make it: whole cells
    assert [(s.paragraph, s.lang, s.start) for s in view.selection_spans()] == [
        (2, "ru", 0),
        (2, "en", 0),
        (3, "ru", 0),
        (3, "en", 0),
    ]


def test_a_drag_across_chunks_is_a_span_per_block_and_is_what_is_marked(
    qtbot, tmp_path, long_corpus
):
    """Rows come in tables of ten; Qt would select both tables whole."""
    window = open_window(qtbot, tmp_path / "data", long_corpus, size=(900, 700))
    view = window.view
    view.scroll_to_paragraph(9)
    start, end = point_of(view, 10, "ru", 3), point_of(view, 11, "ru", 4)
    drag(view, start, end)
    wanted = [Span(10, "ru", 3, len(plain(view, 10, "ru"))), Span(11, "ru", 0, 4)]
    assert view.selection_spans() == wanted
    assert view.layer("selection") == wanted
    window.close()


def test_marking_a_late_row_loads_nothing_before_it(qtbot, tmp_path, long_corpus):
    window = open_window(qtbot, tmp_path / "data", long_corpus)
    view = window.view
    view.show_document(view.current, view.look)  # the rows come again, a few at a time
    assert not view.complete
    view.set_layer("hits", [Span(190, "en", 0, 5)], "#ff00ff")
    window.reader.find.open()
    type_text(window.reader.find.edit, "the")
    window.reader.find.step(1)
    assert window.reader.find.hits
    assert not view.complete
    qtbot.waitUntil(lambda: view.complete)
    view.scroll_to_paragraph(190)  # Qt is handed the marks of the rows near the view
    start, _ = view.cell_range(190, "en")
    marked = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()]
    assert (start, start + 5) in marked
    window.close()


def test_layers_paint_in_their_order(qtbot, window):
    view = window.view
    span = Span(2, "en", 0, 10)
    view.set_layer("find", [span], "#00ff00")
    view.set_layer("counterpart", [span], "#0000ff")
    colours = [s.format.background().color().name() for s in view.extraSelections()]
    assert colours.index("#0000ff") < colours.index("#00ff00")
    assert LAYERS.index("counterpart") < LAYERS.index("find")
    view.clear_layer("find")
    assert view.layer("find") == [] and view.layer("counterpart") == [span]
    with pytest.raises(ValueError):
        view.set_layer("no such layer", [span], "#000000")


def test_whole_words_widens_only_a_cut_word():
    from viewer.core.spans import whole_words

    text = "Стороны обсудили вопросы"
    assert whole_words(text, 2, 10) == (0, 16)  # both ends inside words
    assert whole_words(text, 8, 16) == (8, 16)  # already whole
    assert whole_words(text, 7, 8) == (7, 8)  # the space alone stays
