"""The library: every document with its title in the interface language,
date, place, kind and the status of each language version; sorted by date,
narrowed by a filter box."""

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from viewer.core.labels import date_text, kind_name, language_code, status_name
from viewer.core.model import LANGS, Corpus, Document
from viewer.core.text import fold

translate = QCoreApplication.translate

PADDING = 6
LINES = 0x0100  # Qt.ItemDataRole.UserRole: title, details, badges
_WRAP = Qt.TextFlag.TextWordWrap


def _lines(document: Document, ui_language: str) -> tuple[str, str, str]:
    meta = document.meta
    details = [date_text(document)]
    if meta.place:
        details.append(meta.place.get(ui_language))
    details.append(kind_name(meta.kind))
    badges = "   ".join(
        f"{language_code(lang)}: {status_name(meta.status.get(lang))}" for lang in LANGS
    )
    return meta.title.get(ui_language), " · ".join(details), badges


class _Delegate(QStyledItemDelegate):
    """The title in bold, then the details, then the status badges."""

    def __init__(self, library: "Library"):
        super().__init__(library)
        self.library = library

    def _fonts(self, option):
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        return bold, option.font, small

    def _layout(self, option, index, area: QRect) -> list[tuple[QFont, str, QRect]]:
        """Where each of the three lines goes; each wraps when it must."""
        title, details, badges = index.data(LINES)
        placed = []
        top = area.top()
        for font, text in zip(self._fonts(option), (title, details, badges), strict=True):
            box = QFontMetrics(font).boundingRect(
                QRect(area.left(), top, area.width(), 10_000), _WRAP, text
            )
            placed.append((font, text, QRect(area.left(), top, area.width(), box.height())))
            top += box.height() + 1
        return placed

    def sizeHint(self, option, index):
        width = max(120, self.library.list.viewport().width())
        area = QRect(PADDING, PADDING, width - 2 * PADDING, 10_000)
        bottom = self._layout(option, index, area)[-1][2].bottom()
        return QSize(width, bottom + PADDING + 1)

    def paint(self, painter, option, index):
        # Painted by hand rather than through QStyle, whose Python binding
        # alone costs a tenth of the start-up.
        selected = self.library.list.selectionModel().isSelected(index)
        painter.save()
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif index.row() % 2:
            painter.fillRect(option.rect, option.palette.alternateBase())
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        lines = self._layout(option, index, area)
        for number, (font, text, box) in enumerate(lines):
            painter.setFont(font)
            painter.setPen(option.palette.color(quiet_role if number == 2 else text_role))
            painter.drawText(box, _WRAP, text)
        painter.restore()


class Library(QWidget):
    document_chosen = Signal(str)

    def __init__(self, corpus: Corpus, ui_language: str, parent=None):
        super().__init__(parent)
        self.corpus = corpus
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("Library", "Filter documents…"))
        self.filter.setAccessibleName(translate("Library", "Filter documents"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Library", "Documents"))
        self.list.setItemDelegate(_Delegate(self))
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self._haystacks = []
        for document in corpus.documents:  # the loader sorts them by date
            item = QListWidgetItem()
            item.setText(document.meta.title.get(ui_language))  # what a screen reader reads
            lines = _lines(document, ui_language)
            item.setData(LINES, lines)
            item.setToolTip(document.meta.title.get(ui_language))
            self.list.addItem(item)
            meta = document.meta
            words = [meta.title.ru, meta.title.en, meta.kind, *meta.publisher, *(meta.series or ())]
            words += [meta.place.ru, meta.place.en] if meta.place else []
            words += [meta.date.iso if meta.date else "", *lines]
            self._haystacks.append(fold(" ".join(words)))
        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentRowChanged.connect(self._row_changed)

    def _apply_filter(self, text: str) -> None:
        needles = fold(text).split()
        for row, haystack in enumerate(self._haystacks):
            self.list.item(row).setHidden(not all(n in haystack for n in needles))

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.corpus.documents):
            self.document_chosen.emit(self.corpus.documents[row].id)

    def select(self, doc_id: str) -> bool:
        for row, document in enumerate(self.corpus.documents):
            if document.id == doc_id:
                if self.list.currentRow() != row:
                    self.list.blockSignals(True)
                    self.list.setCurrentRow(row)
                    self.list.blockSignals(False)
                return True
        return False

    def visible_titles(self) -> list[str]:
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]
