"""The library: every document with its title in the interface language,
date, place, kind and the status of each language version; the edition's
sorted by date, then under a heading of their own the documents the reader
imported; narrowed by a filter box. It is filled again when the library
changes."""

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from viewer.core.labels import date_text, kind_name, language_code, origin_name, status_name
from viewer.core.model import LANGS, Corpus, Document
from viewer.core.text import fold
from viewer.gui.badges import badge_font, badge_width, paint_badge, status_help

translate = QCoreApplication.translate

PADDING = 6
LINES = 0x0100  # Qt.ItemDataRole.UserRole: title, details, statuses as text
STATUSES = LINES + 1  # (language code, status) of each language
DOC = LINES + 2  # the document's id; None on the heading of the imported documents
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
    """The title in bold, then the details, then each language's status as
    a badge."""

    def __init__(self, library: "Library"):
        super().__init__(library)
        self.library = library

    def _fonts(self, option):
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, option.font

    def _layout(self, option, index, area: QRect):
        """Where the title and details go (each wraps when it must), and
        where each language's code and badge go, flowing onto a new line
        when the width runs out."""
        title, details, _badges = index.data(LINES)
        placed = []
        top = area.top()
        for font, text in zip(self._fonts(option), (title, details), strict=True):
            box = QFontMetrics(font).boundingRect(
                QRect(area.left(), top, area.width(), 10_000), _WRAP, text
            )
            placed.append((font, text, QRect(area.left(), top, area.width(), box.height())))
            top += box.height() + 1
        metrics = QFontMetrics(option.font)
        height = max(metrics.height(), QFontMetrics(badge_font(option.font)).height() + 2)
        badges, left = [], area.left()
        for code, status in index.data(STATUSES):
            width = metrics.horizontalAdvance(code + " ") + badge_width(option.font, status)
            if left > area.left() and left + width > area.right():
                left, top = area.left(), top + height + 2
            badges.append((code, status, QRect(left, top + 1, width, height)))
            left += width + metrics.horizontalAdvance("   ")
        return placed, badges, top + height + 1

    def sizeHint(self, option, index):
        if index.data(DOC) is None:
            return QSize(120, QFontMetrics(option.font).height() + 2 * PADDING)
        width = max(120, self.library.list.viewport().width())
        area = QRect(PADDING, PADDING, width - 2 * PADDING, 10_000)
        bottom = self._layout(option, index, area)[2]
        return QSize(width, bottom + PADDING + 1)

    def paint(self, painter, option, index):
        # Painted by hand rather than through QStyle, whose Python binding
        # alone costs a tenth of the start-up.
        if index.data(DOC) is None:
            painter.save()
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            area = option.rect.adjusted(PADDING, PADDING, -PADDING, 0)
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft, index.data(LINES)[0])
            painter.restore()
            return
        selected = self.library.list.selectionModel().isSelected(index)
        painter.save()
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif index.row() % 2:
            painter.fillRect(option.rect, option.palette.alternateBase())
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        lines, badges, _bottom = self._layout(option, index, area)
        painter.setPen(option.palette.color(text_role))
        for font, text, box in lines:
            painter.setFont(font)
            painter.drawText(box, _WRAP, text)
        dark = option.palette.base().color().lightness() < 128
        painter.setFont(option.font)
        painter.setPen(option.palette.color(quiet_role))
        for code, status, box in badges:
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, code)
            left = box.left() + QFontMetrics(option.font).horizontalAdvance(code + " ")
            paint_badge(painter, left, box.top(), option.font, status, dark)
        painter.restore()

    def helpEvent(self, event, view, option, index):
        """Over the badges, what the statuses mean; elsewhere the title."""
        if event.type() == QEvent.Type.ToolTip and index.isValid() and index.data(DOC):
            area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
            _lines, badges, _bottom = self._layout(option, index, area)
            if any(box.contains(event.pos()) for _code, _status, box in badges):
                QToolTip.showText(event.globalPos(), status_help(), view)
                return True
        return super().helpEvent(event, view, option, index)


class Library(QWidget):
    document_chosen = Signal(str)

    def __init__(self, corpus: Corpus, ui_language: str, parent=None):
        super().__init__(parent)
        self.ui_language = ui_language
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("Library", "Filter documents…"))
        self.filter.setAccessibleName(translate("Library", "Filter documents"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Library", "Documents"))
        self.list.setItemDelegate(_Delegate(self))
        self.list.setAlternatingRowColors(True)
        # Entries wrap (titles, and badges onto a second line): the list
        # lays them out again whenever its width changes.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.setContentsMargins(6, 6, 6, 6)
        self.no_match.hide()
        # Until the reader has imported something, how to: the library is
        # where documents are dropped.
        self.how_to_import = QLabel()
        self.how_to_import.setWordWrap(True)
        self.how_to_import.setContentsMargins(6, 4, 6, 4)
        self.how_to_import.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.filter)
        layout.addWidget(self.no_match)
        layout.addWidget(self.list)
        layout.addWidget(self.how_to_import)
        self._haystacks: list[str] = []
        self.set_corpus(corpus)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentRowChanged.connect(self._row_changed)

    def name_import_keys(self, keys: str) -> None:
        self.how_to_import.setText(
            translate(
                "Library", "Add your own documents: drop files here, or press {keys}."
            ).format(keys=keys)
        )

    def set_corpus(self, corpus: Corpus) -> None:
        """List the documents of `corpus`, keeping the current one current."""
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        self._haystacks = []
        ui_language = self.ui_language
        imported = False
        for document in corpus.documents:  # the edition's by date, then the reader's own
            if document.meta.origin == "imported" and not imported:
                imported = True
                heading = QListWidgetItem(translate("Library", "Imported by you"))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setData(LINES, (heading.text(), "", ""))
                heading.setData(DOC, None)
                self.list.addItem(heading)
                self._haystacks.append("")
            item = QListWidgetItem()
            item.setText(document.meta.title.get(ui_language))  # what a screen reader reads
            lines = _lines(document, ui_language)
            item.setData(LINES, lines)
            item.setData(DOC, document.id)
            statuses = [(language_code(lang), document.meta.status.get(lang)) for lang in LANGS]
            item.setData(STATUSES, statuses)
            item.setToolTip(document.meta.title.get(ui_language))
            self.list.addItem(item)
            meta = document.meta
            words = [meta.title.ru, meta.title.en, meta.kind, *(meta.publisher or ())]
            words += [*(meta.series or ())]
            words += [meta.place.ru, meta.place.en] if meta.place else []
            words += [meta.date.iso if meta.date else "", *lines]
            if meta.origin == "imported":  # the filter "imported" finds them
                words.append(origin_name(meta.origin))
            self._haystacks.append(fold(" ".join(words)))
        self.list.blockSignals(False)
        self.how_to_import.setVisible(not imported)
        if current:
            self.select(current)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needles = fold(text).split()
        shown = 0
        heading = None
        for row, haystack in enumerate(self._haystacks):
            item = self.list.item(row)
            if item.data(DOC) is None:
                heading = item
                item.setHidden(True)
                continue
            match = all(n in haystack for n in needles)
            item.setHidden(not match)
            shown += match
            if match and heading is not None:
                heading.setHidden(False)
        self.no_match.setText(
            translate("Library", "No document matches «{filter}».").format(filter=text.strip())
        )
        self.no_match.setVisible(not shown)

    def _row_changed(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None and item.data(DOC):
            self.document_chosen.emit(item.data(DOC))

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(DOC) if item is not None else None

    def select(self, doc_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(DOC) == doc_id:
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
            if not self.list.item(row).isHidden() and self.list.item(row).data(DOC)
        ]
