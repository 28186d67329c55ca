"""Search results as a list: one row per hit, its document and paragraph on
the left, then a few lines of each language around the words found, marked,
and their counterparts in the other language dotted underneath.

A list view rather than rich text, so that a click anywhere on a row opens
it, the keyboard moves through the rows, and a screen reader reads each row
as one item (the document, the paragraph number and both texts).
"""

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate

from viewer.core.labels import language_name
from viewer.core.model import LANGS
from viewer.core.search.results import Hit, excerpt_start
from viewer.gui.row_list import RowList, paint_row_ground
from viewer.gui.search_room import LINES, PAD

translate = QCoreApplication.translate

HIT_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
LEFT_SHARE = 0.16  # of the row's width, for the document and paragraph


class ResultsModel(QAbstractListModel):
    """The hits of one search, grouped by document (documents in the order
    of their best hit), each with its document's title."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[Hit, str]] = []

    def set_hits(self, hits: tuple[Hit, ...], title_of) -> None:
        order: dict[str, list[Hit]] = {}
        for hit in hits:
            order.setdefault(hit.doc, []).append(hit)
        self.beginResetModel()
        self.rows = [(hit, title_of(doc)) for doc, group in order.items() for hit in group]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        hit, title = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return spoken(hit, title)
        if role == HIT_ROLE:
            return hit
        if role == TITLE_ROLE:
            return title
        return None


def spoken(hit: Hit, title: str) -> str:
    """A row as a screen reader says it: document, paragraph, both texts."""
    head = translate("SearchResults", "{title}, paragraph {paragraph}.").format(
        title=title, paragraph=hit.paragraph
    )
    texts = (f"{language_name(lang)}: {hit.text(lang)}" for lang in LANGS)
    return " ".join((head, *texts))


class ResultDelegate(QStyledItemDelegate):
    """Paints a row: "¶N" and the document's title, then each language's
    text from a little before its first hit, LINES lines at most, the words
    found marked."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(1, LINES * option.fontMetrics.lineSpacing() + 2 * PAD)  # as wide as the view

    def paint(self, painter: QPainter, option, index) -> None:
        hit: Hit = index.data(HIT_ROLE)
        title: str = index.data(TITLE_ROLE)
        painter.save()
        rect = option.rect
        colours, _, text_colour, muted = paint_row_ground(painter, option)
        inner = QRectF(rect.adjusted(PAD, PAD, -PAD, -PAD))
        left = max(60.0, inner.width() * LEFT_SHARE)
        line = option.fontMetrics.lineSpacing()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(inner.left(), inner.top(), left - PAD, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            f"¶{hit.paragraph}",
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(
            QRectF(inner.left(), inner.top() + line, left - PAD, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            option.fontMetrics.elidedText(title, Qt.TextElideMode.ElideRight, int(left - PAD)),
        )
        column = (inner.width() - left) / len(LANGS)
        anchor = excerpt_anchor(hit)
        for number, lang in enumerate(LANGS):
            box = QRectF(inner.left() + left + number * column, inner.top(), column - PAD, 0)
            box.setHeight(inner.height())
            draw_excerpt(painter, box, hit, lang, anchor, option, text_colour, colours)
        painter.restore()


def excerpt_anchor(hit: Hit) -> float:
    """Where the first hit lies, as a share of its text: the language with
    no hit of its own is shown from about the same place."""
    for lang in hit.matched:
        text = hit.text(lang)
        return hit.marks[lang][0][0] / max(1, len(text))
    return 0.0


def draw_excerpt(painter, box: QRectF, hit: Hit, lang: str, anchor, option, colour, colours):
    text = hit.text(lang)
    spans = hit.marks.get(lang, ())
    # The words' counterparts, dotted underneath, as the reader marks them.
    counterparts = [(c.start, c.end) for c in hit.counterparts if c.lang == lang]
    metrics = option.fontMetrics
    per_line = max(10, int(box.width() / max(1, metrics.averageCharWidth())))
    first = min([s for s, _e in (*spans[:1], *counterparts[:1])], default=int(anchor * len(text)))
    start = excerpt_start(text, first, per_line // 3, LINES * per_line)
    prefix = "…" if start else ""
    shown = prefix + text[start:]
    shift = len(prefix) - start
    layout = QTextLayout(shown, option.font)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(text_option)
    hit_format = QTextCharFormat()
    hit_format.setBackground(colours["hit"])
    hit_format.setForeground(colours["hit_text"])
    counterpart_format = QTextCharFormat()
    counterpart_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    counterpart_format.setUnderlineColor(colour)
    marks = []
    for spans_, format_ in ((spans, hit_format), (counterparts, counterpart_format)):
        for begin, end in spans_:
            if end + shift <= len(prefix):
                continue
            mark = QTextLayout.FormatRange()
            mark.start = max(len(prefix), begin + shift)
            mark.length = end + shift - mark.start
            mark.format = format_
            marks.append(mark)
    layout.setFormats(marks)
    ellipsis = metrics.horizontalAdvance("…")
    layout.beginLayout()
    y, last = 0.0, None
    for number in range(LINES):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(box.width() - (ellipsis if number == LINES - 1 else 0))
        line.setPosition(QPointF(0, y))
        y += metrics.lineSpacing()
        last = line
    layout.endLayout()
    painter.setPen(colour)
    painter.save()
    painter.setClipRect(box)
    layout.draw(painter, box.topLeft())
    if last is not None and last.textStart() + last.textLength() < len(shown):
        painter.drawText(
            QPointF(box.left() + last.naturalTextWidth(), box.top() + last.y() + last.ascent()),
            "…",
        )
    painter.restore()


class ResultsView(RowList):
    """The list of results. `open_requested(row)` on a click anywhere on a
    row, or Enter; Escape gives the focus back (`escaped`). Says
    `placeholder` where there are no rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(ResultDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clicked.connect(lambda index: self.open_requested.emit(index.row()))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
        else:
            super().keyPressEvent(event)
