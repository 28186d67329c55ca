"""Every control reachable by keyboard, named for assistive technology, in a
sensible order."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar, QWidget

from tests.conftest import FIXTURES
from viewer.gui.app import create_app, create_window


def open_window(qtbot, tmp_path):
    window = create_window(create_app(), tmp_path / "data", FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_every_focusable_control_has_a_name(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.info_dock.show()
    window.reader.find.open()
    nameless = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.parent() and type(widget.parent()).__name__ in (
            "QComboBox",
            "QAbstractScrollArea",
        ):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if isinstance(widget, QTabBar):  # its tabs carry the names of the panels
            text = " ".join(widget.tabText(i) for i in range(widget.count()))
        if not (widget.accessibleName() or text):
            nameless.append(f"{type(widget).__name__} {widget.objectName()}")
    assert nameless == []
    window.close()


def test_tab_goes_library_reader_search(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    search = window.search  # built after the first paint; a machine under load may not be there
    window.library.filter.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    order = [window.library.filter, window.library.list, window.view, search.query]
    positions = [visited.index(widget) for widget in order]
    assert positions == sorted(positions)
    window.close()
