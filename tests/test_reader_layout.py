"""The reader's layout: headers over their columns, paragraph numbers on one
line, a comfortable line length, marks that do not hide each other."""

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFontMetrics, QTextCursor

from tests.reader_support import long_corpus, open_window, press, window
from viewer.core.annotations.model import COLOURS
from viewer.gui.reader import MARK_COLOURS
from viewer.gui.reader_html import PALETTES

__all__ = ["long_corpus", "window"]  # fixtures


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


def ink_rows(image, left: int, right: int, top: int, bottom: int, background) -> list[int]:
    """The pixel rows between `top` and `bottom` with something drawn between
    `left` and `right`."""
    rows = []
    for y in range(max(0, top), min(bottom, image.height())):
        for x in range(left, right):
            colour = image.pixelColor(x, y)
            if abs(colour.lightness() - background.lightness()) > 40:
                rows.append(y)
                break
    return rows


def test_paragraph_numbers_stay_on_one_line_when_the_reader_narrows(qtbot, tmp_path, long_corpus):
    window = open_window(qtbot, tmp_path / "data", long_corpus, size=(760, 560))
    window.search_dock.hide()
    window.splitter.setSizes([340, 420])  # as when a side panel narrows the reader
    view = window.view
    view.scroll_to_paragraph(99)
    qtbot.wait(1)
    image = view.viewport().grab().toImage()
    text_left = view.column_ranges()[0][0]
    background = view.viewport().palette().base().color()
    number_height = QFontMetrics(view._number_font()).height()
    measured = []
    for paragraph in range(99, 110):
        top = view.cursorRect(cursor_at(view, paragraph)).top()
        bottom = min(view.cursorRect(cursor_at(view, paragraph + 1)).top(), image.height())
        if top > image.height() - number_height:
            break
        inked = ink_rows(image, 0, text_left - 12, top, bottom, background)
        assert inked, paragraph
        assert max(inked) - min(inked) < number_height, paragraph
        middle = (min(inked) + max(inked)) // 2
        columns = [
            x
            for x in range(0, text_left - 12)
            if abs(image.pixelColor(x, middle).lightness() - background.lightness()) > 40
        ]
        assert min(columns) > 0  # not cut off on the left
        measured.append(paragraph)
    assert 100 in measured  # three digits
    window.close()


def cursor_at(view, paragraph: int, lang: str = "ru"):
    start, _ = view.cell_range(paragraph, lang)
    cursor = view.textCursor()
    cursor.setPosition(start)
    return cursor


def full_line_lengths(view, paragraph: int, lang: str) -> list[int]:
    """Characters on each line of a block but its last. A block's layout
    belongs to the document: no reference to it may outlive this call, or
    PySide hands its stale wrapper back for whatever object takes its
    address once the document is rebuilt."""
    layout = cursor_at(view, paragraph, lang).block().layout()
    return [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]


def test_one_language_keeps_a_comfortable_line_length(qtbot, tmp_path, long_corpus):
    window = open_window(qtbot, tmp_path / "data", long_corpus, size=(1400, 900))
    window.search_dock.hide()
    view = window.view
    for keys, lang in (("Ctrl+3", "ru"), ("Ctrl+4", "en")):
        press(qtbot, window, keys)
        qtbot.wait(1)
        lengths = [n for p in range(2, 12) for n in full_line_lengths(view, p, lang)]
        average = sum(lengths) / len(lengths)
        assert 65 <= average <= 95, (lang, average)
        left, _right = view.column_ranges()[0]
        widest = max(
            cursor_at(view, p, lang).block().layout().lineAt(0).naturalTextWidth()
            for p in range(2, 12)
        )
        middle = left + widest / 2
        assert abs(middle - view.viewport().width() / 2) < 40
    window.close()


def hue_distance(first: str, second: str) -> int:
    a, b = QColor(first).hue(), QColor(second).hue()
    return min(abs(a - b), 360 - abs(a - b))


def test_marks_are_not_the_colour_of_key_passages():
    for dark in (False, True):
        key = PALETTES[dark]["key"]
        for mark in ("find", "hit", "counterpart", "selection", *COLOURS):
            assert hue_distance(MARK_COLOURS[dark][mark], key) >= 40, (dark, mark)
        current = MARK_COLOURS[dark]["current"]  # strong: apart in hue or in lightness
        lighter = abs(QColor(current).lightness() - QColor(key).lightness())
        assert hue_distance(current, key) >= 40 or lighter >= 40, dark


def test_the_counterpart_tint_leaves_key_passages_marked(qtbot, window):
    view = window.view
    start, _ = view.cell_range(2, "ru")
    cursor = view.textCursor()
    cursor.setPosition(start + 3)
    view.setTextCursor(cursor)  # the English block of pair 2 is the counterpart
    counterpart = MARK_COLOURS[False]["counterpart"]
    en_start, _ = view.cell_range(2, "en")
    text = view.current.pairs[1].en.plain
    assert view.layer("counterpart")  # the tint is there, around the key passage
    at = en_start + text.index("No one country") + 3
    over = [
        s.format.background().color().name()
        for s in view.extraSelections()
        if s.cursor.selectionStart() <= at < s.cursor.selectionEnd()
    ]
    assert counterpart not in over
    probe = QTextCursor(view.document())
    probe.setPosition(at + 1)
    assert probe.charFormat().background().color().name() == PALETTES[False]["key"]
    before = en_start + 3  # outside the key passage the tint shows
    assert any(
        s.format.background().color().name() == counterpart
        for s in view.extraSelections()
        if s.cursor.selectionStart() <= before < s.cursor.selectionEnd()
    )


def faces(view, paragraph: int, lang: str) -> set[str]:
    """The font families the laid-out text of a block is drawn with."""
    block = cursor_at(view, paragraph, lang).block()
    return {run.rawFont().familyName() for run in block.layout().glyphRuns(0, block.length())}


def test_serif_or_sans_changes_the_face_the_text_is_drawn_in(qtbot, window):
    view = window.view
    assert window.settings["reader/serif"]
    assert faces(view, 2, "ru") == faces(view, 2, "en") == {"PT Serif"}
    window.actions.serif.trigger()
    assert faces(view, 2, "ru") == faces(view, 2, "en") == {"PT Sans"}
    press(qtbot, window, "Ctrl+=")  # zooming keeps the face
    assert faces(view, 2, "en") == {"PT Sans"}
    window.actions.serif.trigger()
    assert faces(view, 2, "en") == {"PT Serif"}
