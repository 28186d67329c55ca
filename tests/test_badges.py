"""Official or not, at a glance: a status badge on each column head and each
library entry, coloured by status, explained in a tooltip."""

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip

from tests.reader_support import open_window, press, window
from viewer.core.paths import default_corpus_dir
from viewer.core.settings import Settings
from viewer.gui.badges import STATUS_COLOURS, status_help

__all__ = ["window"]  # fixtures
REAL_CORPUS = default_corpus_dir()  # long titles and long status names


def fill_of(badge) -> QColor:
    image = badge.grab().toImage()
    return image.pixelColor(image.width() // 2, 1)


def close(colour: QColor, wanted: str) -> bool:
    other = QColor(wanted)
    return all(abs(a - b) <= 8 for a, b in zip(colour.getRgb(), other.getRgb(), strict=True))


def test_each_column_head_shows_its_status_as_a_coloured_badge(qtbot, window):
    heads = window.reader.headers.heads
    light = STATUS_COLOURS[False]
    assert [h.badge.text() for h in heads] == ["official", "unofficial translation"]
    assert close(fill_of(heads[0].badge), light["official"][0])
    assert close(fill_of(heads[1].badge), light["unofficial-translation"][0])
    for keys in ("Ctrl+3", "Ctrl+4"):  # single-language modes keep their badge
        press(qtbot, window, keys)
        assert heads[0].isVisible() and heads[0].badge.isVisible() and not heads[1].isVisible()
    assert close(fill_of(heads[0].badge), light["unofficial-translation"][0])
    window.set_theme("dark")
    assert close(fill_of(heads[0].badge), STATUS_COLOURS[True]["unofficial-translation"][0])
    for words in ("official", "original", "unofficial translation"):
        assert f"<b>{words}</b>" in heads[0].badge.toolTip()


def test_statuses_have_distinct_colours():
    for dark in (False, True):
        fills = [fill for fill, _text in STATUS_COLOURS[dark].values()]
        assert len(set(fills)) == 3


def test_each_library_entry_shows_badges_with_their_meaning(qtbot, window, monkeypatch):
    view = window.library.list
    rect = view.visualItemRect(view.item(0))  # alpha: Russian official, English unofficial
    image = view.viewport().grab(rect).toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    light = STATUS_COLOURS[False]
    assert light["official"][0] in colours
    assert light["unofficial-translation"][0] in colours
    spot = _badge_point(image, rect, light["official"][0])
    event = QHelpEvent(QEvent.Type.ToolTip, spot, view.viewport().mapToGlobal(spot))
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda _at, text, *_args: shown.append(text))
    QApplication.sendEvent(view.viewport(), event)
    assert shown == [status_help()]


def _badge_point(image, rect, fill: str) -> QPoint:
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).name() == fill:
                return QPoint(rect.left() + x + 2, rect.top() + y + 2)
    raise AssertionError("no badge")


def test_library_entries_make_room_for_their_badges_at_any_width(qtbot, tmp_path):
    settings = Settings(tmp_path / "data" / "config")
    settings["ui/language"] = "ru"  # the longest status names
    settings.save()
    window = open_window(qtbot, tmp_path / "data", corpus=REAL_CORPUS, size=(788, 720))
    view = window.library.list
    delegate = view.itemDelegate()

    def laid_out() -> bool:
        """Each entry holds what it paints, and the next starts below it."""
        top = 0
        for row in range(view.count()):
            rect = view.visualItemRect(view.item(row))
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.rect = rect
            area = rect.adjusted(6, 6, -6, -6)
            _lines, _badges, bottom = delegate._layout(option, view.model().index(row, 0), area)
            if rect.top() < top or bottom > rect.bottom():
                return False
            top = rect.bottom()
        return True

    for sizes in (None, [240, 548], [420, 368], [300, 488]):
        if sizes:
            window.splitter.setSizes(sizes)
        qtbot.waitUntil(laid_out)
    window.close()
