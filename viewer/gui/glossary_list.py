"""The Glossary panel's two lists: the terms, each a pair of preferred
forms over its kind and variants with the number of paragraphs it occurs
in; and the occurrences of one term, a block pair each with both languages'
text around it, the term marked, as search results show a hit."""

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate

from viewer.core.labels import term_kind_name
from viewer.core.model import LANGS, Term
from viewer.core.search.results import Hit
from viewer.gui.row_list import RowList, paint_row_ground
from viewer.gui.search_results import (
    HIT_ROLE,
    TITLE_ROLE,
    ResultDelegate,
    ResultsView,
    draw_excerpt,
    excerpt_anchor,
)
from viewer.gui.search_room import LINES, PAD

TERM_ROLE = Qt.ItemDataRole.UserRole
SMALL = 0.88  # of the list's font, for the kind and variants
SIDE_BY_SIDE = 640  # pixels of width from which an occurrence shows its languages side by side
PAIR = "  ⇄  "


class TermsModel(QAbstractListModel):
    """The glossary's terms that pass the filter, with how many paragraphs
    each occurs in."""

    def __init__(self, terms: tuple[Term, ...], counts: list[int], parent=None):
        super().__init__(parent)
        self.terms = terms
        self.counts = counts
        self.rows: list[int] = list(range(len(terms)))

    def set_rows(self, rows: list[int]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, term: int | None) -> int:
        return self.rows.index(term) if term in self.rows else -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        term = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return spoken_term(self.terms[term], self.count_text(self.counts[term]))
        if role == TERM_ROLE:
            return term
        return None

    def count_text(self, count: int) -> str:
        return self.tr("in %n paragraph(s)", "", count)


def variants(term: Term) -> list[str]:
    """The forms after the preferred ones, English first."""
    return [*term.en[1:], *term.ru[1:]]


def spoken_term(term: Term, count: str) -> str:
    """A term as a screen reader says it: both names, kind, variants, where."""
    parts = [f"{term.en[0]} — {term.ru[0]}", term_kind_name(term.kind), *variants(term), count]
    return ", ".join(parts)


class TermDelegate(QStyledItemDelegate):
    """Paints a term: "English ⇄ Russian" and the count on the first line,
    the kind and the variants, smaller, on the second."""

    def sizeHint(self, option, index) -> QSize:
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * SMALL)
        height = option.fontMetrics.lineSpacing() + QFontMetrics(small).lineSpacing()
        return QSize(1, height + 2 * PAD)

    def paint(self, painter: QPainter, option, index) -> None:
        model = index.model()
        term_index = index.data(TERM_ROLE)
        term, count = model.terms[term_index], model.counts[term_index]
        painter.save()
        rect = option.rect
        look = paint_row_ground(painter, option)
        text_colour, muted = look.text, look.muted
        inner = QRectF(rect.adjusted(PAD, PAD, -PAD, -PAD))
        metrics = option.fontMetrics
        number = str(count)
        number_width = metrics.horizontalAdvance(number) + PAD
        line = metrics.lineSpacing()
        painter.setPen(muted)
        painter.drawText(
            QRectF(inner.right() - number_width, inner.top(), number_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            number,
        )
        painter.setPen(text_colour)
        width = int(inner.width() - number_width - PAD)
        painter.drawText(
            QRectF(inner.left(), inner.top(), width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            both_names(metrics, term, width),
        )
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * SMALL)
        painter.setFont(small)
        painter.setPen(muted)
        details = " · ".join([term_kind_name(term.kind), *variants(term)])
        painter.drawText(
            QRectF(inner.left(), inner.top() + line, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            painter.fontMetrics().elidedText(
                details, Qt.TextElideMode.ElideRight, int(inner.width())
            ),
        )
        painter.restore()


def both_names(metrics: QFontMetrics, term: Term, width: int) -> str:
    """ "English ⇄ Russian" in `width` pixels: where both do not fit, each
    name is cut short, the shorter keeping what it needs of half the room,
    so that neither language's name goes out of sight."""
    en, ru = term.en[0], term.ru[0]
    room = width - metrics.horizontalAdvance(PAIR)
    en_width, ru_width = metrics.horizontalAdvance(en), metrics.horizontalAdvance(ru)
    if en_width + ru_width > room:
        en_room = max(room // 2, room - ru_width)
        en = metrics.elidedText(en, Qt.TextElideMode.ElideRight, en_room)
        ru_room = room - metrics.horizontalAdvance(en)
        ru = metrics.elidedText(ru, Qt.TextElideMode.ElideRight, ru_room)
    return f"{en}{PAIR}{ru}"


class TermsView(RowList):
    """The terms. `open_requested(row)` on Enter; Escape: `escaped`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(TermDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
        else:
            super().keyPressEvent(event)


class OccurrenceDelegate(ResultDelegate):
    """A search result's row where the list is wide; where it is narrow (a
    panel beside the text), the paragraph and title on a line of their own
    and the languages one under the other, each column a readable width."""

    def _stacked(self, option) -> bool:
        view = self.parent()
        return view.viewport().width() < SIDE_BY_SIDE

    def sizeHint(self, option, index) -> QSize:
        if not self._stacked(option):
            return super().sizeHint(option, index)
        lines = 1 + LINES * len(LANGS)
        return QSize(1, lines * option.fontMetrics.lineSpacing() + 2 * PAD + PAD)

    def paint(self, painter: QPainter, option, index) -> None:
        if not self._stacked(option):
            super().paint(painter, option, index)
            return
        hit: Hit = index.data(HIT_ROLE)
        title: str = index.data(TITLE_ROLE)
        painter.save()
        rect = option.rect
        colours, _, text_colour, muted = paint_row_ground(painter, option)
        inner = QRectF(rect.adjusted(PAD, PAD, -PAD, -PAD))
        metrics = option.fontMetrics
        line = metrics.lineSpacing()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        head = f"¶{hit.paragraph}"
        head_width = painter.fontMetrics().horizontalAdvance(head) + 2 * PAD
        painter.drawText(
            QRectF(inner.left(), inner.top(), head_width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            head,
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        room = int(inner.width() - head_width)
        painter.drawText(
            QRectF(inner.left() + head_width, inner.top(), room, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, room),
        )
        anchor = excerpt_anchor(hit)
        for number, lang in enumerate(LANGS):
            top = inner.top() + line + PAD + number * LINES * line
            box = QRectF(inner.left(), top, inner.width(), LINES * line)
            draw_excerpt(painter, box, hit, lang, anchor, option, text_colour, colours)
        painter.restore()


class OccurrencesView(ResultsView):
    """The occurrences of one term: a click or Enter opens one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(OccurrenceDelegate(self))
        self._stacked: bool | None = None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        stacked = self.viewport().width() < SIDE_BY_SIDE
        if stacked != self._stacked:  # rows change height: lay them out again
            self._stacked = stacked
            self.scheduleDelayedItemsLayout()
