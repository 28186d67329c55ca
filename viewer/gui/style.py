"""Fusion, the same on every desktop, with the few icons it draws in a fixed
dark grey (the float and close buttons of the panels) drawn in the palette's
text colour instead, so that they stay visible in the dark theme."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDockWidget, QProxyStyle, QStyle

_TINTED = (
    QStyle.StandardPixmap.SP_TitleBarCloseButton,
    QStyle.StandardPixmap.SP_TitleBarNormalButton,
)


class Style(QProxyStyle):
    def __init__(self):
        super().__init__("Fusion")
        self._tinted: dict[tuple, QIcon] = {}  # asked for by every panel, often

    def standardIcon(self, which, option=None, widget=None):
        if which not in _TINTED:
            return super().standardIcon(which, option, widget)
        # The application's palette: a panel's own may not have followed a
        # change of theme yet when its icons are asked for.
        colour = QApplication.palette().windowText().color()
        key = (which, colour.rgba())
        if key not in self._tinted:
            self._tinted[key] = _tinted(super().standardIcon(which, option, widget), colour)
        return self._tinted[key]


def _tinted(icon: QIcon, colour) -> QIcon:
    tinted = QIcon()
    for size in icon.availableSizes():
        source = icon.pixmap(size)
        pixmap = QPixmap(source.size())
        pixmap.setDevicePixelRatio(source.devicePixelRatio())
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.drawPixmap(0, 0, source)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), colour)
        painter.end()
        tinted.addPixmap(pixmap)
    return tinted


def refresh_icons(app: QApplication) -> None:
    """Panels take their button icons when their style changes, not their
    palette: tell them, after a change of theme."""
    for widget in app.allWidgets():
        if isinstance(widget, QDockWidget):
            QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
