"""Status badges: whether a language version is official, the original or an
unofficial translation, as a coloured pill a reader cannot miss. One colour
per status, in a light and a dark variant; the text on each pill keeps a
contrast of at least 4.5:1."""

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel

from viewer.core.labels import status_name

translate = QCoreApplication.translate

# status -> (fill, text), for light and dark themes
STATUS_COLOURS = {
    False: {
        "official": ("#1b6e3a", "#ffffff"),
        "original": ("#1f4f9a", "#ffffff"),
        "unofficial-translation": ("#ffe2a8", "#6b3d00"),
    },
    True: {
        "official": ("#81c995", "#0d2616"),
        "original": ("#8ab4f8", "#0b1f3f"),
        "unofficial-translation": ("#fdd663", "#3d2a00"),
    },
}
_UNKNOWN = ("#9e9e9e", "#000000")
PADDING = 7  # pixels of fill left and right of the text


def badge_colours(status: str, dark: bool) -> tuple[str, str]:
    return STATUS_COLOURS[dark].get(status, _UNKNOWN)


def status_help() -> str:
    """What the three statuses mean, for tooltips (as the reading guide says
    it), each named as its badge reads."""
    return translate(
        "Badges",
        "<p>What a version's status says:</p>"
        "<p><b>{official}</b>: issued by the author body itself in this language;"
        " the text to quote.<br><b>{original}</b>: the language a text that is not"
        " an official act was first written in, a news agency item for example;"
        " the source, but not an official act.<br><b>{unofficial}</b>: this"
        " edition's own translation, for orientation; for the official wording,"
        " quote the other column.</p>",
    ).format(
        official=status_name("official"),
        original=status_name("original"),
        unofficial=status_name("unofficial-translation"),
    )


def badge_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.9)
    small.setBold(True)
    return small


def badge_width(font: QFont, status: str) -> int:
    return QFontMetrics(badge_font(font)).horizontalAdvance(status_name(status)) + 2 * PADDING


def paint_badge(painter: QPainter, left: int, top: int, font: QFont, status: str, dark: bool):
    """Draw the badge of `status` with its top left at (left, top); return
    the rectangle it took."""
    small = badge_font(font)
    metrics = QFontMetrics(small)
    box = QRect(left, top, badge_width(font, status), metrics.height() + 2)
    fill, text = badge_colours(status, dark)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(fill))
    radius = box.height() / 2
    painter.drawRoundedRect(QRectF(box), radius, radius)
    painter.setPen(QColor(text))
    painter.setFont(small)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, status_name(status))
    painter.restore()
    return box


class StatusBadge(QLabel):
    """A status as a pill, with what the statuses mean as its tooltip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status = ""
        self.setToolTip(status_help())
        self.setFont(badge_font(self.font()))

    def show_status(self, status: str, dark: bool) -> None:
        self.status = status
        fill, text = badge_colours(status, dark)
        self.setText(status_name(status))
        radius = (self.fontMetrics().height() + 2) // 2
        self.setStyleSheet(
            f"QLabel {{ background-color: {fill}; color: {text}; border-radius: {radius}px;"
            f" padding: 1px {PADDING}px; }}"
        )
