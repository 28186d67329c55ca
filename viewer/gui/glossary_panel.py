"""The Glossary panel: every term pair with its kind and variants, narrowed
as the reader types words of either language; the current term's
occurrences in both languages under it (or beside it, where the panel is
wide), and a click or Enter on one opens it in the text, the term marked.

Keyboard: Tab goes filter → terms → occurrences; ↑ and ↓ in the filter
choose the term; Enter on a term goes to its occurrences, Enter on an
occurrence opens it; Escape gives the focus back to the text.
"""

import itertools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from viewer.core.context import AppContext
from viewer.core.glossary_index import index_of
from viewer.core.search.results import Hit
from viewer.gui.glossary_list import (
    TERM_ROLE,
    OccurrencesView,
    TermsModel,
    TermsView,
)
from viewer.gui.search_results import ResultsModel

translate = QCoreApplication.translate

MARGIN = 4
SIDE_BY_SIDE = 900  # pixels of panel width from which the two lists go side by side


class GlossaryPanel(QWidget):
    """Emits `open_occurrence(doc_id, paragraph, marks)` (marks: language ->
    spans of the term's words) and `escaped` when the reader leaves it."""

    open_occurrence = Signal(str, int, object)
    escaped = Signal()

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.corpus = corpus = context.corpus
        self.ui_language = context.language
        self.index = index_of(corpus)
        terms = self.index.terms
        counts = [len(self.index.occurrences(n)) for n in range(len(terms))]

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            translate("GlossaryPanel", "Filter terms, Russian or English…")
        )
        self.filter.setAccessibleName(translate("GlossaryPanel", "Filter glossary terms"))
        self.filter.setToolTip(
            translate(
                "GlossaryPanel",
                "Words of a term's forms, in Russian or English, or of its note;"
                " the beginning of a word is enough",
            )
        )
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count.setMinimumHeight(self.fontMetrics().height())

        self.model = TermsModel(terms, counts, self)
        self.terms = TermsView()
        self.terms.setModel(self.model)
        self.terms.setAccessibleName(translate("GlossaryPanel", "Glossary terms"))
        self.terms.open_requested.connect(self._enter_term)
        self.terms.escaped.connect(self.escaped)
        self.terms.selectionModel().currentChanged.connect(lambda *_: self._show_occurrences())

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.found = ResultsModel(self)
        self.occurrences = OccurrencesView()
        self.occurrences.setModel(self.found)
        self.occurrences.setAccessibleName(translate("GlossaryPanel", "Occurrences of the term"))
        self.occurrences.open_requested.connect(self.open_row)
        self.occurrences.escaped.connect(self.escaped)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.setSpacing(MARGIN)
        below_layout.addWidget(self.heading)
        below_layout.addWidget(self.occurrences, 1)

        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.terms)
        self.split.addWidget(below)
        self.split.setStretchFactor(1, 2)  # the occurrences' rows are the taller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(MARGIN)
        layout.addWidget(self.filter)
        layout.addWidget(self.count)
        layout.addWidget(self.split, 1)
        for first, second in itertools.pairwise(self.focus_chain()):
            QWidget.setTabOrder(first, second)

        self.filter.textChanged.connect(lambda _text: self._apply())
        self.filter.returnPressed.connect(self._enter_term)
        self.filter.installEventFilter(self)
        self._apply()

    def focus_chain(self) -> list[QWidget]:
        """The panel's controls in the order Tab visits them."""
        return [self.filter, self.terms, self.occurrences]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = self.width() >= SIDE_BY_SIDE
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            if wide:  # the terms a column with room for both names, the rest for the texts
                self.split.setSizes([self.width() * 2 // 5, self.width() * 3 // 5])

    # The terms

    def current_term(self) -> int | None:
        index = self.terms.currentIndex()
        return index.data(TERM_ROLE) if index.isValid() else None

    def _apply(self) -> None:
        """The terms the filter names; the current one stays current, or
        the first becomes it, so that its occurrences are shown."""
        current = self.current_term()
        rows = self.index.matching(self.filter.text())
        self.model.set_rows(rows)
        total = len(self.index.terms)
        if len(rows) == total:
            self.count.setText(self.tr("%n term(s)", "", total))
        else:
            self.count.setText(self.tr("{shown} of %n term(s)", "", total).format(shown=len(rows)))
        self.terms.set_placeholder(
            translate("GlossaryPanel", "No term has these words.") if self.filter.text() else ""
        )
        if rows:
            row = max(self.model.row_of(current), 0)
            self.terms.setCurrentIndex(self.model.index(row))
            self.terms.scrollTo(self.model.index(row))
        self._show_occurrences()

    def _show_occurrences(self) -> None:
        term = self.current_term()
        if term is None:
            self.found.set_hits((), self._title)
            self.heading.setText("")
            return
        document = self.corpus.document
        hits = []
        for occurrence in self.index.occurrences(term):
            pair = document(occurrence.doc).pairs[occurrence.paragraph - 1]
            hits.append(
                Hit(
                    occurrence.doc,
                    occurrence.paragraph,
                    0.0,
                    pair.is_key,
                    pair.ru.plain,
                    pair.en.plain,
                    occurrence.spans,
                )
            )
        self.found.set_hits(tuple(hits), self._title)
        entry = self.index.terms[term]
        self.heading.setText(
            translate("GlossaryPanel", "{en} — {ru}: {count}").format(
                en=entry.en[0], ru=entry.ru[0], count=self.model.count_text(len(hits))
            )
        )
        if hits:
            self.occurrences.setCurrentIndex(self.found.index(0))
        self.occurrences.scrollToTop()

    def _title(self, doc_id: str) -> str:
        return self.corpus.document(doc_id).meta.title.get(self.ui_language)

    def _enter_term(self) -> None:
        """Enter on a term (or in the filter): to its occurrences."""
        if self.current_term() is None or not self.found.rowCount():
            return
        self._show_occurrences()
        self.occurrences.setFocus()

    # Across a rebuild of the window (a change of interface language)

    def state(self) -> dict:
        return {"text": self.filter.text(), "term": self.current_term()}

    def restore(self, state: dict) -> None:
        """Take over `state` (from `state()`)."""
        self.filter.setText(state["text"])
        row = self.model.row_of(state["term"])
        if row >= 0:
            self.terms.setCurrentIndex(self.model.index(row))

    # The occurrences

    def open_row(self, row: int) -> None:
        if 0 <= row < self.found.rowCount():
            self.occurrences.setCurrentIndex(self.found.index(row))
            hit = self.found.rows[row][0]
            self.open_occurrence.emit(hit.doc, hit.paragraph, hit.marks)

    def eventFilter(self, watched, event):
        """↑ and ↓ in the filter choose the term; Escape leaves the panel."""
        if watched is self.filter and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.escaped.emit()
                return True
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            rows = self.model.rowCount()
            if step and rows:
                row = self.terms.currentIndex().row()
                self.terms.setCurrentIndex(self.model.index((row + step) % rows if row >= 0 else 0))
                return True
        return super().eventFilter(watched, event)
