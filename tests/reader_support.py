"""Driving the reader in tests: windows, mouse drags, points over text."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.bench.synthetic import write_corpus
from tests.conftest import FIXTURES
from viewer.gui.app import create_app, create_window


def open_window(qtbot, data, corpus=FIXTURES / "corpus", size=(780, 560)):
    window = create_window(create_app(), data, corpus)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window only
    return window


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "data")
    yield window
    window.close()


@pytest.fixture(scope="module")
def long_corpus(tmp_path_factory):
    """Two documents of 200 pairs each, for scrolling and jumping."""
    return write_corpus(tmp_path_factory.mktemp("long") / "corpus", 400)


def press(qtbot, window, keys: str) -> None:
    combination = QKeySequence(keys)[0]
    qtbot.keyClick(window.view, combination.key(), combination.keyboardModifiers())


def point_of(view, paragraph: int, lang: str, offset: int) -> QPoint:
    """A viewport point over the character at `offset` of a block (no list
    item: its bullet comes first)."""
    start, _ = view.cell_range(paragraph, lang)
    cursor = view.textCursor()
    cursor.setPosition(start + offset)
    return view.cursorRect(cursor).center() + QPoint(1, 0)


def mouse(view, kind: QEvent.Type, point: QPoint) -> None:
    held = Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        QPointF(point),
        QPointF(view.viewport().mapToGlobal(point)),
        Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else held,
        Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else held,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def drag(view, start: QPoint, end: QPoint) -> None:
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, (start + end) / 2)
    mouse(view, QEvent.Type.MouseMove, end)
    mouse(view, QEvent.Type.MouseButtonRelease, end)


def click(view, point: QPoint) -> None:
    """Press and release the left button at `point`: the caret goes there."""
    mouse(view, QEvent.Type.MouseButtonPress, point)
    mouse(view, QEvent.Type.MouseButtonRelease, point)
