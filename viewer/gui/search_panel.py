"""The search panel: search as you type, both languages at once. The query
and its filters share one row, so the results, a compact list of pairs with
the words found marked, get the panel's height."""

import datetime
import html
import re

from PySide6.QtCore import QCoreApplication, QRegularExpression, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from viewer.core.context import AppContext
from viewer.core.labels import language_name
from viewer.core.model import LANGS
from viewer.core.search.results import Filters
from viewer.gui.search_results import ResultsModel, ResultsView
from viewer.gui.search_room import panel_height, panel_layout
from viewer.gui.search_worker import SearchThread

translate = QCoreApplication.translate

DEBOUNCE_MS = 150
LIMIT = 200
_DATE_PATTERN = r"\d{4}(-\d{2}(-\d{2})?)?"


class SearchPanel(QWidget):
    """Emits `open_hit(doc_id, paragraph, marks, counterparts)` when the
    reader should show a hit (`marks` maps each language to the spans to
    highlight; `counterparts`, core Counterpart, are their translations), and
    `searched` whenever a new search starts or the query is cleared, so the
    reader drops the marks of the one before."""

    open_hit = Signal(str, int, object, object)
    searched = Signal()

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui_language = context.language
        self.result = None
        self.number = 0
        self._as_typed = None  # the query to search without corrections
        self._open_on_answer = False
        self._links: list[tuple[str, bool]] = []  # (query, corrected) per note link
        self._restored_row = -1

        self.query = QLineEdit()
        self.query.setPlaceholderText(translate("SearchPanel", "Search both languages…"))
        self.query.setAccessibleName(translate("SearchPanel", "Search query"))
        self.query.setClearButtonEnabled(True)
        self.language = QComboBox()
        self.language.setAccessibleName(translate("SearchPanel", "Language"))
        self.language.addItem(translate("SearchPanel", "Both languages"), LANGS)
        for lang in LANGS:
            self.language.addItem(language_name(lang), (lang,))
        self.document = QComboBox()
        self.document.setAccessibleName(translate("SearchPanel", "Document"))
        self.document.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.document.setMinimumContentsLength(14)
        self._fill_documents()
        self.key_only = QCheckBox(translate("SearchPanel", "Key passages only"))
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        date_width = self.fontMetrics().horizontalAdvance("0000-00-00") + 16
        for edit, name in (
            (self.date_from, translate("SearchPanel", "From date")),
            (self.date_to, translate("SearchPanel", "To date")),
        ):
            edit.setPlaceholderText(translate("SearchPanel", "YYYY-MM-DD"))
            edit.setAccessibleName(name)
            edit.setToolTip(name)
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(_DATE_PATTERN), edit))
            edit.setFixedWidth(date_width)
        self.count = QLabel()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setOpenExternalLinks(False)
        self.notes.linkActivated.connect(self._follow)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(220)
        self.model = ResultsModel(self)
        self.results = ResultsView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(translate("SearchPanel", "Search results"))
        self.results.open_requested.connect(self.open)
        self.results.escaped.connect(self.query.setFocus)
        self.results.set_placeholder(_syntax_help())

        filters = QHBoxLayout()
        filters.addWidget(self.query, 3)
        filters.addWidget(self.language)
        filters.addWidget(self.document, 2)
        filters.addWidget(self.key_only)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        status = QHBoxLayout()
        status.setSpacing(16)
        status.addWidget(self.count)
        status.addWidget(self.notes, 1)
        status.addWidget(self.progress)
        self.count.setMinimumHeight(self.fontMetrics().height())
        panel_layout(self, filters, status, self.results)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _text: self.timer.start())
        self.query.returnPressed.connect(self._enter)
        for signal in (
            self.language.currentIndexChanged,
            self.document.currentIndexChanged,
            self.key_only.toggled,
            self.date_from.textEdited,
            self.date_to.textEdited,
        ):
            signal.connect(lambda *_args: self.timer.start())
        self.query.installEventFilter(self)

        self.searcher = SearchThread(context, self)
        worker = self.searcher.worker
        worker.answered.connect(self._answered)
        worker.followed.connect(self._followed)
        worker.progress.connect(self._progress)
        worker.ready.connect(self._ready)
        worker.failed.connect(self._failed)

    def prepare(self) -> None:
        """Open or build the index in the background, before the first query."""
        self.searcher.prepare_requested.emit()

    def stop(self) -> None:
        self.searcher.stop()

    def counterparts(self):
        """The engine's counterpart finder (glossary and learned lexicon)
        once the index is open, else None. Read-only, so the window's thread
        may use it."""
        engine = self.searcher.worker.engine
        return engine.counterparts if engine is not None else None

    # Room for the results

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), panel_height(self.layout(), self.results))

    # Searching

    def filters(self) -> Filters:
        date_from, date_to = self.date_from.text(), self.date_to.text()
        return Filters(
            langs=self.language.currentData(),
            docs=self.document.currentData(),
            key_only=self.key_only.isChecked(),
            date_from=date_from if _is_date(date_from) else "",
            date_to=date_to if _is_date(date_to) else "",
        )

    def _filter_warnings(self, found: bool) -> list[str]:
        """What the reader should know about the filters: a date that is no
        date (and so is not applied), a range that holds no day, and, when
        nothing was found, that filters narrowed the search."""
        warnings = [
            translate(
                "SearchPanel",
                "«{text}» is not a date (YYYY, YYYY-MM or YYYY-MM-DD); it is not applied.",
            ).format(text=edit.text())
            for edit in (self.date_from, self.date_to)
            if edit.text() and not _is_date(edit.text())
        ]
        filters = self.filters()
        if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
            warnings.append(
                translate(
                    "SearchPanel",
                    "The dates are the wrong way round: nothing is dated from {start} to {end}.",
                ).format(start=filters.date_from, end=filters.date_to)
            )
        if not found and filters != Filters():
            warnings.append(
                translate(
                    "SearchPanel",
                    "The filters beside the query narrow the search:"
                    " set them back to search everything.",
                )
            )
        return warnings

    def run(self) -> None:
        self.timer.stop()
        self.number += 1
        self.searched.emit()
        text = self.query.text()
        if not text.strip():
            self._show(None)
            return
        correct = text != self._as_typed
        self.searcher.requested.emit(self.number, text, self.filters(), LIMIT, correct)

    def _answered(self, number: int, result) -> None:
        if number != self.number:  # an answer to a query typed past
            return
        self._show(result)
        if self._restored_row >= 0 and self._restored_row < self.model.rowCount():
            self._set_current(self._restored_row)
        self._restored_row = -1
        if self._open_on_answer:
            self._open_on_answer = False
            self.open(max(self.current, 0))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setVisible(done < total)
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setFormat(translate("SearchPanel", "Indexing: %p%"))

    def _followed(self) -> None:
        if self.query.text().strip():
            self.run()

    def _ready(self, note) -> None:
        self.progress.setVisible(False)
        if note is not None:
            self.notes.setText(html.escape(note.text()))

    def _failed(self, error: str) -> None:
        self.progress.setVisible(False)
        self.query.setEnabled(False)
        self.notes.setText(
            html.escape(
                translate(
                    "SearchPanel",
                    "Search is unavailable: {error}. Everything else works as usual.",
                ).format(error=error)
            )
        )

    def _show(self, result) -> None:
        self.result = result
        self._links = []
        self.model.set_hits(result.hits if result else (), self._title)
        if result is None:
            self.count.setText("")
            self.notes.setText("")
            self.results.set_placeholder(_syntax_help())
            return
        parts = [html.escape(hint.text()) for hint in result.hints]
        parts += [html.escape(text) for text in self._filter_warnings(bool(result.hits))]
        for note in result.notes:
            text = html.escape(note.message.text())
            if note.kind in ("suggestion", "as-typed"):
                self._links.append((note.query, note.kind == "suggestion"))
                text = f'<a href="#{len(self._links) - 1}">{text}</a>'
            parts.append(text)
        self.notes.setText(" ".join(parts))
        documents = len({hit.doc for hit in result.hits})
        if not result.hits:
            self.count.setText("")
        elif result.total > len(result.hits):
            self.count.setText(
                translate(
                    "SearchPanel", "{total} paragraphs; the best {shown} in {docs} documents"
                ).format(total=result.total, shown=len(result.hits), docs=documents)
            )
        else:
            self.count.setText(
                self.tr("%n paragraph(s)", "", result.total)
                + " · "
                + self.tr("%n document(s)", "", documents)
            )
        self.results.set_placeholder(
            translate("SearchPanel", "Nothing found for «{query}».").format(query=result.query)
        )
        if result.hits:
            self._set_current(0)
            self.results.scrollToTop()

    @property
    def corpus(self):
        return self.context.corpus

    def _fill_documents(self) -> None:
        """The document filter's choices: all, or one of the library's,
        keeping the one chosen while it is still there."""
        chosen = self.document.currentData()
        self.document.blockSignals(True)
        self.document.clear()
        self.document.addItem(translate("SearchPanel", "All documents"), ())
        for doc in self.corpus.documents:
            title = doc.meta.title.get(self.ui_language)
            self.document.addItem(_short(title), (doc.id,))
            self.document.setItemData(self.document.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        found = [tuple(self.document.itemData(i)) for i in range(self.document.count())]
        self.document.setCurrentIndex(
            found.index(tuple(chosen)) if chosen and tuple(chosen) in found else 0
        )
        self.document.blockSignals(False)

    def follow_library(self) -> None:
        """The library changed: the document filter and the index follow,
        and the query runs again on what the library holds now."""
        self._fill_documents()
        self.searcher.follow_requested.emit(self.corpus)

    def _title(self, doc_id: str) -> str:
        document = self.corpus.document(doc_id)
        return document.meta.title.get(self.ui_language) if document else doc_id

    # Moving through the results

    @property
    def current(self) -> int:
        index = self.results.currentIndex()
        return index.row() if index.isValid() else -1

    def _set_current(self, row: int) -> None:
        index = self.model.index(row)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)

    def move(self, step: int) -> None:
        """Make the next (or previous) hit current and open it."""
        if self.model.rowCount():
            self._step_current(step)
            self.open(self.current)

    def open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self._set_current(row)
            hit = self.model.rows[row][0]
            self.open_hit.emit(hit.doc, hit.paragraph, hit.marks, hit.counterparts)

    def _enter(self) -> None:
        if self.timer.isActive() or self.result is None or self.result.query != self.query.text():
            self._open_on_answer = True
            self.run()
            return
        self.open(max(self.current, 0))

    def _follow(self, link: str) -> None:
        """A note's link: a suggestion, or the query as typed."""
        query, correct = self._links[int(link.lstrip("#"))]
        self._as_typed = None if correct else query
        self.query.setText(query)
        self.run()

    def eventFilter(self, watched, event):
        if watched is self.query and event.type() == event.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.MoveToNextLine):
                self._step_current(1)
                return True
            if event.matches(QKeySequence.StandardKey.MoveToPreviousLine):
                self._step_current(-1)
                return True
        return super().eventFilter(watched, event)

    def _step_current(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            self._set_current((self.current + step) % rows if self.current >= 0 else 0)

    # Across a rebuild of the window (a change of interface language)

    def state(self) -> dict:
        return {
            "query": self.query.text(),
            "as_typed": self._as_typed,
            "language": self.language.currentIndex(),
            "document": self.document.currentData(),
            "key_only": self.key_only.isChecked(),
            "date_from": self.date_from.text(),
            "date_to": self.date_to.text(),
            "row": self.current,
        }

    def restore(self, state: dict) -> None:
        """Take over `state` (from `state()`) and search again."""
        widgets = (self.query, self.language, self.document, self.key_only)
        for widget in (*widgets, self.date_from, self.date_to):
            widget.blockSignals(True)
        self.query.setText(state["query"])
        self.language.setCurrentIndex(state["language"])
        self.document.setCurrentIndex(max(0, self.document.findData(state["document"])))
        self.key_only.setChecked(state["key_only"])
        self.date_from.setText(state["date_from"])
        self.date_to.setText(state["date_to"])
        for widget in (*widgets, self.date_from, self.date_to):
            widget.blockSignals(False)
        self._as_typed = state["as_typed"]
        self._restored_row = state["row"]
        if state["query"].strip():
            self.run()


def _syntax_help() -> str:
    return translate(
        "SearchPanel",
        "Type words to find the paragraphs that have them all, in Russian and English at"
        ' once, in any form. Also: "a phrase", prefix*, word~ (spelling may differ),'
        " -excluded, OR between alternatives. Enter opens the first result, ↑ and ↓"
        " choose another, F3 goes to the next.",
    )


def _is_date(text: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a day of the calendar."""
    if not re.fullmatch(_DATE_PATTERN, text):
        return False
    parts = [int(part) for part in text.split("-")]
    try:
        datetime.date(parts[0], *[*parts[1:], 1, 1][:2])
    except ValueError:
        return False
    return True


def _short(title: str, width: int = 60) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"
