"""Reviewing an import before it is saved: the proposed pairs side by side,
weak links and difference flags marked, and the reader's corrections
(merge, split, shift a paragraph across a boundary, undo) by keyboard or
mouse; then the details, and Save."""

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from viewer.core.compare import Comparer
from viewer.core.context import AppContext
from viewer.core.importing import ImportRefused, Split
from viewer.core.importing.draft import Draft, draft_for
from viewer.core.importing.save import proposed_details, save
from viewer.core.importing.split import holding
from viewer.core.labels import language_code, language_name
from viewer.core.model import LANGS, Document
from viewer.core.terms import glossary_of
from viewer.gui.details_form import DetailsForm
from viewer.gui.theme import panel_colours

translate = QCoreApplication.translate

WEAK = 0.5  # a link less likely than not to be right is marked for a look
NUMBER, CONFIDENCE, RUSSIAN, ENGLISH, FLAGS = range(5)


class ImportDialog(QDialog):
    """`saved` is the document once the reader saved it."""

    def __init__(self, context: AppContext, split: Split, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Import Document"))
        self.context = context
        self.saved: Document | None = None
        corpus = context.corpus
        self.comparer = Comparer(glossary_of(corpus.glossary))
        self.draft = draft_for(split.ru, split.en, corpus, context.dirs.cache)
        self.history: list[Draft] = []
        self.form = DetailsForm(proposed_details(split.ru, split.en, corpus, context.library.taken))

        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(translate("ImportDialog", "Proposed pairs"))
        self.table.setHorizontalHeaderLabels(
            [
                "#",
                translate("ImportDialog", "Confidence"),
                translate("ImportDialog", "Russian"),
                translate("ImportDialog", "English"),
                "≠",
            ]
        )
        header = self.table.horizontalHeader()
        for column in (NUMBER, CONFIDENCE, FLAGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (RUSSIAN, ENGLISH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move
        # A long paragraph makes a row taller than the view: scrolled through, not jumped over.
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        # Rows take the height of their text at the columns' width, which
        # changes with the dialog's: fitted again once the resizing settles.
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._refit.start())

        self.merge = self._action(
            translate("ImportDialog", "&Merge with Next"), "Ctrl+M", self._merge
        )
        self.split = self._action(translate("ImportDialog", "S&plit"), "Ctrl+Shift+M", self._split)
        self.shifts = {}
        for lang in LANGS:
            name, code = language_name(lang), language_code(lang)
            keys = "Alt" if lang == "ru" else "Alt+Shift"
            self.shifts[lang, False] = self._action(
                f"{code} ↑",
                f"{keys}+Up",
                lambda _checked=False, lang=lang: self._shift(lang, False),
                translate(
                    "ImportDialog", "{language}: bring the next pair's first paragraph up here"
                ).format(language=name),
            )
            self.shifts[lang, True] = self._action(
                f"{code} ↓",
                f"{keys}+Down",
                lambda _checked=False, lang=lang: self._shift(lang, True),
                translate(
                    "ImportDialog", "{language}: move this pair's last paragraph down to the next"
                ).format(language=name),
            )
        self.leave_out = self._action(
            translate("ImportDialog", "&Leave Out"),
            "Del",
            self._leave_out,
            translate("ImportDialog", "Leave this pair out of the import (page debris, say)"),
        )
        self.undo = self._action(translate("ImportDialog", "&Undo"), "Ctrl+Z", self._undo)
        tools = QHBoxLayout()
        for action in (self.merge, self.split, *self.shifts.values(), self.leave_out, self.undo):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.toolTip())
            tools.addWidget(button)
        tools.addStretch(1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        if split.stray:
            self.left_out = QLabel(
                translate(
                    "ImportDialog",
                    "Paragraphs left out, in neither language or out of place: {count}.",
                ).format(count=len(split.stray))
            )
            self.left_out.setToolTip("\n".join(p.text for p in split.stray[:20]))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {panel_colours(self.palette())['warning'].name()}")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Enter on a pair or a tool never saves by surprise
            button.setAutoDefault(False)
        self.duplicate = QLabel()
        self.duplicate.setWordWrap(True)
        if twin := holding(context.corpus, split):
            self.duplicate.setText(
                translate(
                    "ImportDialog",
                    "Your library already holds this text: «{title}». Saving adds a second copy.",
                ).format(title=twin.meta.title.get(context.language))
            )
        self.duplicate.setVisible(bool(twin))

        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicate)
        layout.addWidget(self.form)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        if split.stray:
            layout.addWidget(self.left_out)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fill(0)
        # As large as the pairs want, within the screen: Save must stay in sight.
        room = (parent or self).screen().availableGeometry()
        self.resize(min(1100, room.width() - 24), min(760, room.height() - 48))
        self.table.setFocus()  # the pairs first: arrows choose one, the keys above change it

    def _action(self, text: str, keys: str, slot, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text.replace('&', '')} ({shown})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # The pairs

    def _fill(self, current: int) -> None:
        draft_ = self.draft
        marks = panel_colours(self.palette())
        self.table.setRowCount(len(draft_.links))
        weak = 0
        for row, link in enumerate(draft_.links):
            confidence = QTableWidgetItem(f"{link.confidence:.2f}")
            confidence.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            if link.confidence < WEAK:
                weak += 1
                confidence.setText(f"⚠ {link.confidence:.2f}")
                confidence.setForeground(marks["warning"])
                confidence.setToolTip(
                    translate(
                        "ImportDialog",
                        "A weak link: check that these paragraphs translate each other.",
                    )
                )
            flags = self.comparer.pair_flags("", draft_.pair(row), translation=True)
            flagged = QTableWidgetItem("≠" if flags else "")
            flagged.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            flagged.setToolTip("\n".join(flag.message.text() for flag in flags))
            if flags:
                flagged.setForeground(marks["warning"])
            cells = {
                NUMBER: QTableWidgetItem(str(row + 1)),
                CONFIDENCE: confidence,
                RUSSIAN: self._side(row, "ru"),
                ENGLISH: self._side(row, "en"),
                FLAGS: flagged,
            }
            for column, item in cells.items():
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(min(current, len(draft_.links) - 1), RUSSIAN)
        counts = (
            translate("ImportDialog", "{pairs} pairs; {weak} weak (⚠): check them before saving.")
            if weak
            else translate("ImportDialog", "{pairs} pairs, none weak.")
        ).format(pairs=len(draft_.links), weak=weak)
        self.summary.setText(
            counts
            + " "
            + translate(
                "ImportDialog",
                "Select a pair and merge, split or shift its paragraphs, or leave it out;"
                " the ≠ column flags numbers, dates, names and quotations that differ.",
            )
        )
        self._enable()

    def _side(self, row: int, lang: str) -> QTableWidgetItem:
        texts = self.draft.texts(row, lang)
        item = QTableWidgetItem("\n\n".join(texts) if texts else "—")
        item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if not texts:
            item.setToolTip(translate("ImportDialog", "No counterpart in this language"))
        return item

    @property
    def current(self) -> int:
        return self.table.currentRow()

    def _enable(self) -> None:
        row, links = self.current, self.draft.links
        has_next = 0 <= row < len(links) - 1
        self.merge.setEnabled(has_next)
        link = links[row] if 0 <= row < len(links) else None
        self.split.setEnabled(
            link is not None and (len(link.ru) > 1 or len(link.en) > 1 or bool(link.ru and link.en))
        )
        for (lang, down), action in self.shifts.items():
            action.setEnabled(has_next and bool(getattr(links[row + (0 if down else 1)], lang)))
        self.leave_out.setEnabled(link is not None and len(links) > 1)
        self.undo.setEnabled(bool(self.history))

    def _edit(self, changed: Draft, current: int) -> None:
        if changed == self.draft:
            return
        self.history.append(self.draft)
        self.draft = changed
        self._fill(current)

    def _merge(self) -> None:
        self._edit(self.draft.merge(self.current), self.current)

    def _split(self) -> None:
        self._edit(self.draft.split(self.current), self.current)

    def _shift(self, lang: str, down: bool) -> None:
        self._edit(self.draft.shift(self.current, lang, down), self.current)

    def _leave_out(self) -> None:
        self._edit(self.draft.leave_out(self.current), self.current)

    def _undo(self) -> None:
        if self.history:
            self.draft = self.history.pop()
            self._fill(self.current)

    # Saving

    def accept(self) -> None:
        library = self.context.library
        try:
            self.saved = save(library.own_dir, self.form.details(), self.draft, library.taken)
        except ImportRefused as refused:
            self.problem.setText(refused.reason.text())
            self.problem.show()
            return
        except OSError as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                translate("ImportDialog", "The document could not be saved: {error}").format(
                    error=error.strerror or str(error)
                ),
            )
            return
        super().accept()
        library.reload()
