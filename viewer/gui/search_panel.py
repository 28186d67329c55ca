"""The search panel: search as you type, both languages at once, each hit as
a pair (the matched paragraph with its hits marked, its counterpart beside
it), grouped by document."""

import html
import re

from PySide6.QtCore import QCoreApplication, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from viewer.core.context import AppContext
from viewer.core.labels import language_name
from viewer.core.model import LANGS
from viewer.core.search.results import Filters, marked
from viewer.gui.search_worker import SearchThread

translate = QCoreApplication.translate

DEBOUNCE_MS = 150
LIMIT = 200
_DATE_PATTERN = r"\d{4}(-\d{2}(-\d{2})?)?"
HIT_TAGS = ('<span class="hit">', "</span>")  # Qt's rich text has no <mark>


class SearchPanel(QWidget):
    """Emits `open_hit(doc_id, paragraph, marks)` when the reader should show
    a hit; `marks` maps each language to the spans to highlight."""

    open_hit = Signal(str, int, object)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.corpus = corpus = context.corpus
        self.ui_language = ui_language = context.language
        self.result = None
        self.current = -1
        self.number = 0

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
        self.document.addItem(translate("SearchPanel", "All documents"), ())
        for doc in corpus.documents:
            self.document.addItem(_short(doc.meta.title.get(ui_language)), (doc.id,))
        self.key_only = QCheckBox(translate("SearchPanel", "Key passages only"))
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit, name in (
            (self.date_from, translate("SearchPanel", "From date")),
            (self.date_to, translate("SearchPanel", "To date")),
        ):
            edit.setPlaceholderText(translate("SearchPanel", "YYYY-MM-DD"))
            edit.setAccessibleName(name)
            edit.setToolTip(name)
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(_DATE_PATTERN), edit))
            edit.setMaximumWidth(110)
        self.count = QLabel()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setOpenExternalLinks(False)
        self.notes.linkActivated.connect(self._run_suggestion)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.results.setAccessibleName(translate("SearchPanel", "Search results"))
        self.results.anchorClicked.connect(lambda url: self.open(int(url.path())))
        self.results.document().setDefaultStyleSheet(
            "span.hit { background-color: #ffd54f; color: #1b1b1b; }"
            " tr.current td { background-color: #e3f2fd; }"
            " td { padding: 3px 6px; vertical-align: top; }"
            " td.num { color: #777; }"
        )

        filters = QHBoxLayout()
        filters.addWidget(self.language)
        filters.addWidget(self.document, 1)
        filters.addWidget(self.key_only)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.progress)
        layout.addWidget(self.notes)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)

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
        worker.progress.connect(self._progress)
        worker.ready.connect(self._ready)
        worker.failed.connect(self._failed)

    def prepare(self) -> None:
        """Open or build the index in the background, before the first query."""
        self.searcher.prepare_requested.emit()

    def stop(self) -> None:
        self.searcher.stop()

    def filters(self) -> Filters:
        date_from, date_to = self.date_from.text(), self.date_to.text()
        return Filters(
            langs=self.language.currentData(),
            docs=self.document.currentData(),
            key_only=self.key_only.isChecked(),
            date_from=date_from if re.fullmatch(_DATE_PATTERN, date_from) else "",
            date_to=date_to if re.fullmatch(_DATE_PATTERN, date_to) else "",
        )

    def run(self) -> None:
        self.timer.stop()
        self.number += 1
        text = self.query.text()
        if not text.strip():
            self._show(None)
            return
        self.searcher.requested.emit(self.number, text, self.filters(), LIMIT)

    def _answered(self, number: int, result) -> None:
        if number == self.number:  # drop answers to queries typed past
            self._show(result)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setVisible(done < total)
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setFormat(translate("SearchPanel", "Indexing: %p%"))

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
        self.current = 0 if result and result.hits else -1
        if result is None:
            self.count.setText("")
            self.notes.setText("")
            self.results.clear()
            return
        lines = [html.escape(hint.text()) for hint in result.hints]
        for note in result.notes:
            text = html.escape(note.message.text())
            if note.kind == "suggestion":
                text = f'<a href="{html.escape(note.query, quote=True)}">{text}</a>'
            lines.append(text)
        self.notes.setText("<br>".join(lines))
        documents = len({hit.doc for hit in result.hits})
        if result.total > len(result.hits):
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
        self._render()

    def _render(self) -> None:
        if not self.result:
            return
        groups: dict[str, list[tuple[int, object]]] = {}
        for number, hit in enumerate(self.result.hits):
            groups.setdefault(hit.doc, []).append((number, hit))
        parts = []
        for doc_id, hits in groups.items():
            document = self.corpus.document(doc_id)
            title = document.meta.title.get(self.ui_language) if document else doc_id
            parts.append(f"<h4>{html.escape(title)} ({len(hits)})</h4><table width='100%'>")
            for number, hit in hits:
                row = ' class="current"' if number == self.current else ""
                texts = (
                    marked(hit.text(lang), hit.marks.get(lang, ()), *HIT_TAGS) for lang in LANGS
                )
                cells = "".join(f'<td width="48%">{text}</td>' for text in texts)
                parts.append(
                    f'<tr{row}><td class="num"><a name="h{number}" href="hit:{number}">'
                    f"¶{hit.paragraph}</a></td>{cells}</tr>"
                )
            parts.append("</table>")
        self.results.setHtml("".join(parts))
        if self.current >= 0:
            self.results.scrollToAnchor(f"h{self.current}")

    def move(self, step: int) -> None:
        """Make the next (or previous) hit current and open it."""
        if self.result and self.result.hits:
            self._step_current(step)
            self.open(self.current)

    def open(self, number: int) -> None:
        if self.result and 0 <= number < len(self.result.hits):
            self.current = number
            hit = self.result.hits[number]
            self.open_hit.emit(hit.doc, hit.paragraph, hit.marks)

    def _enter(self) -> None:
        self.timer.stop()
        if self.result is None or self.result.query != self.query.text():
            self.run()
            return
        self.open(max(self.current, 0))

    def _run_suggestion(self, query: str) -> None:
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
        if self.result and self.result.hits:
            self.current = (self.current + step) % len(self.result.hits)
            self._render()


def _short(title: str, width: int = 60) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"
