"""The room the search panel takes, known without building the panel.

The panel (its imports, its worker thread, its controls) is built after
the first paint of the text; until then a stand-in of the same height holds
its place in the dock, so that nothing moves when the panel arrives.
"""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

LINES = 2  # of each language's text in a result
PAD = 5  # pixels around a result's content
SHOWN_ROWS = 3.6  # results the panel asks room for: three whole, and a glimpse of more
MARGIN = 4  # around the panel's rows and between them


def panel_layout(widget: QWidget, filters: QHBoxLayout, status: QHBoxLayout, results) -> None:
    """The query and its filters, then a status line, then the results."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(MARGIN)
    layout.addLayout(filters)
    layout.addLayout(status)
    layout.addWidget(results, 1)


def row_height(results: QAbstractScrollArea) -> int:
    return LINES * results.fontMetrics().lineSpacing() + 2 * PAD


def panel_height(layout: QLayout, results: QAbstractScrollArea) -> int:
    """Room for SHOWN_ROWS results below the query row and a line of notes."""
    margins = layout.contentsMargins()
    above = sum(layout.itemAt(i).sizeHint().height() for i in range(2))
    return (
        margins.top()
        + margins.bottom()
        + above
        + 2 * layout.spacing()
        + 2 * results.frameWidth()
        + round(SHOWN_ROWS * row_height(results))
    )


class SearchRoom(QWidget):
    """Blank, and as tall as the panel: the same rows of the same kinds of
    controls, kept out of sight but holding their room."""

    def __init__(self, parent=None):
        super().__init__(parent)
        filters = QHBoxLayout()
        status = QHBoxLayout()
        self.results = QListView()
        for widget in (QLineEdit(), QComboBox(), QCheckBox("X"), QLabel("–")):
            filters.addWidget(widget)
        count = QLabel()
        count.setMinimumHeight(self.fontMetrics().height())
        status.addWidget(count)
        panel_layout(self, filters, status, self.results)
        for widget in self.findChildren(QWidget):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
            widget.hide()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), panel_height(self.layout(), self.results))
