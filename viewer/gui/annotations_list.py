"""The annotations panel's list: one row per annotation, three lines each.

The first line has the annotation's sign (a swatch of a highlight's colour,
a ribbon for a bookmark, a leaf for a note), the paragraph number, a
highlight's language and what its colour means and, when the list spans
the library, the document's title (cut short first in a narrow panel); the second what it marks
(a highlight's quote, else the beginning of the paragraph); the third the
note's first line (or a bookmark's name) and the tags. A detached annotation
(its text is gone from this edition) says so on its first line and keeps
its quote.

Rows are all of one height and their text is made only when painted, so
that showing ten thousand of them costs no more than showing ten.
"""

from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QRectF,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate

from viewer.core.annotations.model import Annotation
from viewer.core.labels import language_code
from viewer.core.model import Corpus
from viewer.export.look import HIGHLIGHT_LINES
from viewer.gui.reader import MARK_COLOURS
from viewer.gui.reader_html import PALETTES
from viewer.gui.row_list import RowList, paint_row_ground

translate = QCoreApplication.translate

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole
LINES = 3
PAD = 5  # pixels around a row's content
SIGN = 12  # pixels: the side of a row's sign
BEGINNING = 240  # characters of a paragraph shown for a bookmark or a note
TAGS_SHARE = 0.4  # of the last line, at most, for the tags beside a note
SEPARATOR = " · "  # between the parts of a row's first line

# A swatch is filled with the tint of the highlight in the text and drawn
# round in the strong tone of its underline (reader.MARK_COLOURS and
# look.HIGHLIGHT_LINES), which stands out at 3:1 (WCAG, non-text contrast) on a
# light base and on the dark theme's alike.


class AnnotationsModel(QStringListModel):
    """Annotations as rows, and the words of each. A string list (of ids)
    underneath: the view asks the model's size and indexes for every row at
    each change, which stays in C++ that way, and only the rows painted
    come to Python for their data."""

    def __init__(self, corpus: Corpus, ui_language: str, parent=None):
        super().__init__(parent)
        self.rows: list[Annotation] = []
        self.ids: list[str] = []
        self.documents = {document.id: document for document in corpus.documents}
        self.ui_language = ui_language
        self.reading = "ru"  # the language of a paragraph's beginning
        self.meanings: dict[str, str] = {}  # colour -> what it means
        self.titled = False  # whether rows name their document

    def set_rows(self, rows: list[Annotation]) -> None:
        self.rows = rows
        self.ids = [a.id for a in rows]
        self.setStringList(self.ids)

    def row_of(self, annotation_id: str | None) -> int:
        """The row of an annotation; -1 when it is not listed."""
        try:
            return self.ids.index(annotation_id)
        except ValueError:
            return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        annotation = self.rows[index.row()]
        if role == ANNOTATION_ROLE:
            return annotation
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.spoken(annotation)
        if role == Qt.ItemDataRole.ToolTipRole:
            return annotation.note or annotation.label or None
        return None

    # The words of a row

    def title(self, annotation: Annotation) -> str:
        document = self.documents.get(annotation.doc)
        return document.meta.title.get(self.ui_language) if document else annotation.doc

    def marked(self, annotation: Annotation) -> str:
        """What the annotation marks: a highlight's quote; for a bookmark or
        a note, the beginning of its paragraph in the reading language."""
        if annotation.kind == "highlight":
            return " ".join(annotation.quote.split())
        document = self.documents.get(annotation.doc)
        if annotation.detached or document is None or annotation.paragraph > len(document.pairs):
            # What it was made on: the paragraph's two texts, one a line.
            texts = annotation.quote.split("\n", 1)
            text = texts[-1] if self.reading == "en" else texts[0]
        else:
            text = document.pairs[annotation.paragraph - 1].text(self.reading).plain
        return " ".join(text[:BEGINNING].split())

    def said(self, annotation: Annotation) -> str:
        """The first line of the note, else a bookmark's name."""
        for text in (annotation.note, annotation.label):
            for line in text.splitlines():
                if line.strip():
                    return line.strip()
        return ""

    def place_words(self, annotation: Annotation) -> list[tuple[str, str]]:
        """What a row's first line says after the paragraph's number, as
        (words, look): detached or not; a highlight's language and its
        colour's meaning; the document's title when the list spans the
        library."""
        words = []
        if annotation.detached:
            words.append((translate("AnnotationsList", "detached"), "warning"))
        if annotation.kind == "highlight":
            words.append((language_code(annotation.lang), "plain"))
            words.append((self.meanings.get(annotation.colour, annotation.colour), "plain"))
        if self.titled:
            words.append((self.title(annotation), "muted"))
        return words

    def kind_name(self, annotation: Annotation) -> str:
        if annotation.kind == "bookmark":
            return translate("AnnotationsList", "Bookmark")
        if annotation.kind == "note":
            return translate("AnnotationsList", "Note")
        meaning = self.meanings.get(annotation.colour, annotation.colour)
        return translate("AnnotationsList", "Highlight: {meaning}").format(meaning=meaning)

    def spoken(self, annotation: Annotation) -> str:
        """A row as a screen reader says it."""
        parts = [self.kind_name(annotation)]
        if annotation.detached and annotation.doc not in self.documents:
            parts.append(
                translate("AnnotationsList", "detached: its document is not in your library")
            )
        elif annotation.detached:
            parts.append(translate("AnnotationsList", "detached: its text is not in this edition"))
        if annotation.kind == "highlight":
            place = {
                "ru": translate("AnnotationsList", "paragraph {paragraph}, in Russian"),
                "en": translate("AnnotationsList", "paragraph {paragraph}, in English"),
            }[annotation.lang]
        else:
            place = translate("AnnotationsList", "paragraph {paragraph}")
        place = place.format(paragraph=annotation.paragraph)
        if self.titled:
            place = f"{self.title(annotation)}, {place}"
        parts.append(place)
        parts.append(f"«{self.marked(annotation)}»")
        if annotation.label:
            name = translate("AnnotationsList", "Name: {label}")
            parts.append(name.format(label=annotation.label))
        if annotation.note:
            parts.append(translate("AnnotationsList", "Note: {note}").format(note=annotation.note))
        if annotation.tags:
            parts.append(
                translate("AnnotationsList", "Tags: {tags}").format(tags=", ".join(annotation.tags))
            )
        return ". ".join(parts) + "."


def paint_sign(painter: QPainter, rect: QRectF, kind: str, dark: bool, detached=False, on=None):
    """A highlight's colour (`kind` one of COLOURS) as a swatch, hollow when
    detached; a bookmark as a ribbon and a note as a speech bubble, as in
    the reader's margin. `on`: the text colour of a selected row, for the
    ribbon and the bubble, whose own colour could not stand out from it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    marker = QColor(on or PALETTES[dark]["marker"])
    x, y, w, h = rect.left(), rect.top(), rect.width(), rect.height()
    if kind == "bookmark":
        ribbon = QPainterPath()
        ribbon.moveTo(x + w * 0.15, y)
        ribbon.lineTo(x + w * 0.85, y)
        ribbon.lineTo(x + w * 0.85, y + h)
        ribbon.lineTo(x + w / 2, y + h * 0.7)
        ribbon.lineTo(x + w * 0.15, y + h)
        ribbon.closeSubpath()
        painter.fillPath(ribbon, marker)
    elif kind == "note":
        bubble = QPainterPath()
        bubble.addRoundedRect(QRectF(x, y + h * 0.1, w, h * 0.65), 2, 2)
        tail = QPainterPath()
        tail.moveTo(x + w * 0.2, y + h * 0.7)
        tail.lineTo(x + w * 0.55, y + h * 0.7)
        tail.lineTo(x + w * 0.2, y + h)
        tail.closeSubpath()
        painter.fillPath(bubble.united(tail), marker)
    else:
        outline = QColor(HIGHLIGHT_LINES.get(kind, "#808080"))
        box = rect.adjusted(1, 1, -1, -1)
        if detached:
            painter.setPen(QPen(outline, 1.5, Qt.PenStyle.DotLine))
        else:
            painter.setPen(QPen(outline, 1.5))
            painter.setBrush(QColor(MARK_COLOURS[dark].get(kind, "#808080")))
        painter.drawRoundedRect(box, 2, 2)
    painter.restore()


def sign_of(annotation: Annotation) -> str:
    return annotation.colour if annotation.kind == "highlight" else annotation.kind


def first_line(
    model: AnnotationsModel, annotation: Annotation, font: QFont, left: float, right: float
) -> list[tuple[str, float, str]]:
    """A row's first line laid out between `left` and `right`, as (text, x,
    look) with look one of "number", "plain", "muted", "warning": the
    paragraph's number whole, then the model's `place_words` a dot apart,
    each cut short (the title first) where the row is too narrow."""
    bold = QFont(font)
    bold.setBold(True)
    number = f"¶{annotation.paragraph}"
    pieces = [(number, left, "number")]
    metrics = QFontMetricsF(font)
    x = left + QFontMetricsF(bold).horizontalAdvance(number)
    dot = metrics.horizontalAdvance(SEPARATOR)
    for words, look in model.place_words(annotation):
        shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, right - x - dot)
        if not shown or shown == "…":
            break
        pieces.append((SEPARATOR, x, "muted"))
        pieces.append((shown, x + dot, look))
        x += dot + metrics.horizontalAdvance(shown)
        if shown != words:
            break
    return pieces


class AnnotationDelegate(QStyledItemDelegate):
    def sizeHint(self, option, index) -> QSize:
        return QSize(1, LINES * option.fontMetrics.lineSpacing() + 2 * PAD + 2)

    def paint(self, painter: QPainter, option, index) -> None:
        model: AnnotationsModel = index.model()
        annotation: Annotation = index.data(ANNOTATION_ROLE)
        palette, rect = option.palette, option.rect
        painter.save()
        colours, selected, text, muted = paint_row_ground(painter, option, focus_frame=True)
        metrics = QFontMetricsF(option.font)
        line = metrics.lineSpacing()
        inner = QRectF(rect.adjusted(PAD, PAD, -PAD, -PAD))
        top = inner.top()
        sign = QRectF(inner.left(), top + (line - SIGN) / 2, SIGN, SIGN)
        dark = palette.color(palette.ColorRole.Base).lightness() < 128
        on = text if selected else None
        paint_sign(painter, sign, sign_of(annotation), dark, annotation.detached, on)
        left = sign.right() + PAD + 1
        width = inner.right() - left

        # The place: ¶N, then what the model says of it, the title last
        bold = QFont(option.font)
        bold.setBold(True)
        pens = {"number": text, "plain": text, "muted": muted}
        pens["warning"] = text if selected else colours["warning"]
        baseline = top + metrics.ascent()
        for piece, x, look in first_line(model, annotation, option.font, left, inner.right()):
            painter.setFont(bold if look == "number" else option.font)
            painter.setPen(pens[look])
            painter.drawText(QPointF(x, baseline), piece)
        painter.setFont(option.font)

        # What it marks
        painter.setPen(text)
        quote = metrics.elidedText(
            model.marked(annotation), Qt.TextElideMode.ElideRight, inner.right() - left
        )
        painter.drawText(QPointF(left, top + line + metrics.ascent()), quote)

        # The note and the tags, the tags at the right
        baseline = top + 2 * line + metrics.ascent()
        tags_left = inner.right()
        tags = "  ".join(f"#{tag}" for tag in annotation.tags)
        said = model.said(annotation)
        if tags:
            room = width * (TAGS_SHARE if said else 1)
            shown_tags = metrics.elidedText(tags, Qt.TextElideMode.ElideRight, room)
            tags_left = inner.right() - metrics.horizontalAdvance(shown_tags)
            painter.setPen(muted)
            painter.drawText(QPointF(tags_left, baseline), shown_tags)
        if said:
            italic = QFont(option.font)
            italic.setItalic(annotation.kind != "bookmark" or bool(annotation.note))
            painter.setFont(italic)
            painter.setPen(text)
            room = tags_left - left - (2 * PAD if tags else 0)
            painter.drawText(
                QPointF(left, baseline),
                QFontMetricsF(italic).elidedText(said, Qt.TextElideMode.ElideRight, room),
            )
        painter.restore()


class AnnotationsView(RowList):
    """The list. `open_requested(row)` on a click (without Ctrl or Shift,
    which choose rows), `edit_requested(row)` on a double click, `escaped`
    on Escape; the keys that act on rows are the panel's actions. Says
    `placeholder` where there are no rows."""

    edit_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._modifiers = Qt.KeyboardModifier.NoModifier  # of the last mouse press
        self.setItemDelegate(AnnotationDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clicked.connect(self._clicked)
        self.doubleClicked.connect(lambda index: self.edit_requested.emit(index.row()))

    def _clicked(self, index) -> None:
        choosing = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if not self._modifiers & choosing:
            self.open_requested.emit(index.row())

    def mousePressEvent(self, event) -> None:
        self._modifiers = event.modifiers()
        super().mousePressEvent(event)
