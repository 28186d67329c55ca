"""The annotations panel: the bookmarks, highlights and notes of the open
document or of the whole library, narrowed by kind or colour, by tag and by
words of either language as the reader types. A click or Enter shows an
annotation in the text; F2 (or a double click) edits its note and tags in
the panel; Delete removes the chosen ones, and Ctrl+Z brings them back.

The panel reads annotations through the window's annotator and changes
them only through it, so that every change is a step of the one undo stack,
and it follows the annotator's `changed`, a change made here, in the reader
or by another instance alike. It loads nothing while hidden.
"""

import gc
import itertools

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from viewer.core.annotations import finder
from viewer.core.annotations.model import COLOURS, Annotation, meanings
from viewer.core.context import AppContext
from viewer.core.model import Corpus
from viewer.gui.actions import Actions
from viewer.gui.annotations_list import (
    ANNOTATION_ROLE,
    SIGN,
    AnnotationsModel,
    AnnotationsView,
    paint_sign,
)
from viewer.gui.annotator import Annotator
from viewer.gui.note_editor import NoteEditor

translate = QCoreApplication.translate

ONE_ROW_WIDTH = 900  # pixels from which the filters fit in one row

THIS_DOCUMENT, ALL_DOCUMENTS = "document", "all"
MARGIN = 4
TITLE_CHARACTERS = 40  # of a document's title over the note being edited
COMBO_CHARACTERS = 9  # a filter's narrowest width: the panel may be a narrow column
STATUS_MS = 5000  # how long the status bar says an edit was saved


class AnnotationsPanel(QWidget):
    """Emits `open_annotation(annotation)` when the reader asks to see one
    in the text."""

    open_annotation = Signal(object)

    def __init__(self, context: AppContext, annotator: Annotator, actions: Actions, parent=None):
        super().__init__(parent)
        self.settings = context.settings
        self.annotator = annotator
        self.commands = actions  # the Annotate menu's, whose keys the empty list names
        self.finder = finder.Finder()
        # The library's order (by date), for the annotations of all documents
        self._rank = {document.id: n for n, document in enumerate(context.corpus.documents)}
        self.doc: str | None = None  # the document open in the reader
        self._stale = True  # annotations changed while the panel was hidden
        self._source: list[Annotation] = []  # the annotations of the scope
        self._wanted: str | None = None  # the annotation to make current at the next filling
        self._kinds_look: tuple | None = None  # the meanings and colour the kinds are shown in
        self._filling = False  # the rows are being replaced: the current row is not the reader's

        self.model = AnnotationsModel(context.corpus, context.language, self)
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("AnnotationsPanel", "Filter by words…"))
        self.text.setAccessibleName(translate("AnnotationsPanel", "Filter annotations by words"))
        self.text.setToolTip(
            translate(
                "AnnotationsPanel",
                "Words of the note, name, tags or highlighted text (a bookmark's or a"
                " note's whole paragraph), in Russian or English",
            )
        )
        self.text.setClearButtonEnabled(True)
        self.scope = self._combo(translate("AnnotationsPanel", "Show annotations of"))
        self.scope.addItem(translate("AnnotationsPanel", "This document"), THIS_DOCUMENT)
        self.scope.addItem(translate("AnnotationsPanel", "All documents"), ALL_DOCUMENTS)
        self.kind = self._combo(translate("AnnotationsPanel", "Kind or colour"))
        self._fill_kinds()
        self.tag = self._combo(translate("AnnotationsPanel", "Tag"))
        self.tag.addItem(translate("AnnotationsPanel", "All tags"), "")
        self.count = QLabel()
        self.count.setMinimumHeight(self.fontMetrics().height())
        # Its words change at each keystroke; were the panel to take their
        # width, the reader beside it would lay its whole text out again.
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.list = AnnotationsView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(translate("AnnotationsPanel", "Annotations"))
        self.list.open_requested.connect(self.open_row)
        self.list.edit_requested.connect(lambda _row: self.edit_current())
        self.list.escaped.connect(self.text.setFocus)
        self.list.selectionModel().selectionChanged.connect(self._enable_actions)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.editor = NoteEditor()
        self.editor.saved.connect(self._save_edit)
        self.editor.cancelled.connect(self._end_edit)

        self.open_action = self._row_action(
            translate("AnnotationsPanel", "&Show in the Text"), "Return Enter", self.open_current
        )
        self.edit_action = self._row_action(
            translate("AnnotationsPanel", "&Edit Note and Tags…"), "F2", self.edit_current
        )
        self.delete_action = self._row_action(
            translate("AnnotationsPanel", "&Delete"), "Del", self.delete_selected
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.filters = filters = QGridLayout()
        filters.setSpacing(MARGIN)
        self._one_row: bool | None = None
        self._lay_filters(one_row=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(MARGIN)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        chain = self.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.text.textChanged.connect(lambda _text: self._apply(keep_scroll=False))
        self.text.returnPressed.connect(self.open_current)
        self.text.installEventFilter(self)
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self._apply(keep_scroll=False))
        self.tag.currentIndexChanged.connect(lambda _i: self._apply(keep_scroll=False))
        # After the event loop's turn: the reader paints a new highlight
        # first, and a burst of changes is read once.
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        annotator.changed.connect(self._refresh_soon.start)
        self._enable_actions()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
        return combo

    def _row_action(self, text: str, keys: str, slot) -> QAction:
        action = QAction(text, self.list)
        action.setShortcuts([QKeySequence(k) for k in keys.split(" ")])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.list.addAction(action)
        return action

    def focus_chain(self) -> list[QWidget]:
        """The panel's controls in the order Tab visits them."""
        return [self.text, self.scope, self.kind, self.tag, self.list, *self.editor.focus_chain()]

    # What the window tells the panel

    def _lay_filters(self, one_row: bool) -> None:
        """The filters in three rows beside the text, or in one under it,
        where the panel is wide and low and the list needs the height."""
        if one_row == self._one_row:
            return
        self._one_row = one_row
        places = (
            [(self.text, 0, 0, 1, 2), (self.scope, 0, 2, 1, 1), (self.kind, 0, 3, 1, 1),
             (self.tag, 0, 4, 1, 1), (self.count, 0, 5, 1, 1)]
            if one_row
            else [(self.text, 0, 0, 1, 2), (self.scope, 1, 0, 1, 1), (self.kind, 1, 1, 1, 1),
                  (self.tag, 2, 0, 1, 1), (self.count, 2, 1, 1, 1)]
        )  # fmt: skip
        for widget, *place in places:
            self.filters.removeWidget(widget)
            self.filters.addWidget(widget, *place)
        for column in range(6):
            self.filters.setColumnStretch(column, 0)
        self.filters.setColumnStretch(0, 1)
        # The count takes no width of its own (see __init__): in one row it
        # is given room for "N of M annotations".
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 20) if one_row else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_filters(one_row=self.width() >= ONE_ROW_WIDTH)

    def follow_library(self, corpus: Corpus) -> None:
        """Documents were imported or removed: annotations of a removed one
        are listed as detached, under its id."""
        self._rank = {document.id: n for n, document in enumerate(corpus.documents)}
        self.model.documents = {document.id: document for document in corpus.documents}
        self.refresh()

    def show_document(self, doc_id: str | None, reading: str) -> None:
        """The reader shows `doc_id` (None: no document) with `reading` the
        language of its first column."""
        changed = (doc_id, reading) != (self.doc, self.model.reading)
        self.doc, self.model.reading = doc_id, reading
        if changed and self.scope.currentData() == THIS_DOCUMENT:
            self.refresh()
        elif changed:
            self.list.viewport().update()

    @property
    def pending(self) -> bool:
        """Whether a change is yet to be shown."""
        return self._refresh_soon.isActive()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._fill_kinds()  # the signs have colours for each theme

    # Filling the list

    def refresh(self) -> None:
        """Read the annotations again (while the panel is shown) and show
        those that pass the filters, keeping the current row and the scroll
        position where they can be kept."""
        self._refresh_soon.stop()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        all_documents = self.scope.currentData() == ALL_DOCUMENTS
        if all_documents:
            rank, last = self._rank, len(self._rank)
            self._source = sorted(self.annotator.of(None), key=lambda a: rank.get(a.doc, last))
        else:
            self._source = self.annotator.of(self.doc) if self.doc is not None else []
        self.model.titled = all_documents
        self._fill_kinds()
        self._fill_tags()
        if self.editor.editing and (found := self.annotator.find(self.editor.annotation.id)):
            self.editor.annotation = found  # changed elsewhere: the edit applies to the newest
        self._apply(keep_scroll=True)
        # Thousands of annotations and their words, read once and kept: the
        # collector need not go through them again at each full collection,
        # which would stall a keystroke for tens of milliseconds.
        gc.freeze()

    def _fill_kinds(self) -> None:
        """All, bookmarks, notes, highlights, each colour by its meaning (the
        reader may rename them at any time), and the detached."""
        named = meanings(self.settings["annotations/meanings"])
        look = (named, self._dark())
        if look == self._kinds_look:
            return  # as they are: an open list of choices stays open
        self._kinds_look = look
        self.model.meanings = named
        current = self.kind.currentData() or finder.ALL
        items = [
            (finder.ALL, translate("AnnotationsPanel", "All kinds"), None),
            (finder.BOOKMARKS, translate("AnnotationsPanel", "Bookmarks"), "bookmark"),
            (finder.NOTES, translate("AnnotationsPanel", "Notes"), "note"),
            (finder.HIGHLIGHTS, translate("AnnotationsPanel", "All highlights"), None),
            *((colour, named[colour], colour) for colour in COLOURS),
            (finder.DETACHED, translate("AnnotationsPanel", "Detached"), None),
        ]
        self.kind.blockSignals(True)
        self.kind.clear()
        for value, text, sign in items:
            if sign is None:
                self.kind.addItem(text, value)
            else:
                self.kind.addItem(self._sign_icon(sign), text, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)

    def _sign_icon(self, sign: str) -> QIcon:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(SIGN * ratio), round(SIGN * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_sign(painter, QRectF(0, 0, SIGN, SIGN), sign, self._dark())
        painter.end()
        return QIcon(pixmap)

    def _dark(self) -> bool:
        return self.palette().color(self.palette().ColorRole.Base).lightness() < 128

    def _fill_tags(self) -> None:
        current = self.tag.currentData() or ""
        tags = finder.tags_of(self._source)
        self.tag.setEnabled(bool(tags))
        if [self.tag.itemData(i) for i in range(1, self.tag.count())] == tags:
            return
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(translate("AnnotationsPanel", "All tags"), "")
        for tag in tags:
            self.tag.addItem(f"#{tag}", tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)

    def _apply(self, keep_scroll: bool) -> None:
        """Show the annotations of the scope that pass the filters. The
        current row stays current, or the row in its place when it is gone;
        none is made current if the reader chose none, nor while the note
        being edited is not listed (so that no key acts on another row)."""
        current = self.current_annotation()
        editing = self.editor.annotation.id if self.editor.editing else None
        current_id = self._wanted or editing or (current.id if current else None)
        self._wanted = None
        row = self.list.currentIndex().row()
        chosen = {a.id for a in self.selected()}
        scroll = self.list.verticalScrollBar().value()
        rows = self.finder.select(
            self._source, self.kind.currentData(), self.tag.currentData() or "", self.text.text()
        )
        self._filling = True
        self.model.set_rows(rows)
        found = self.model.row_of(current_id)
        if rows and current_id is not None and (found >= 0 or not editing):
            row = min(max(found if found >= 0 else row, 0), len(rows) - 1)
            index = self.model.index(row)
            selection = self.list.selectionModel()
            kept = [n for n in map(self.model.row_of, chosen) if n >= 0]
            for number in kept:
                selection.select(self.model.index(number), selection.SelectionFlag.Select)
            flag = selection.SelectionFlag
            selection.setCurrentIndex(index, flag.NoUpdate if kept else flag.ClearAndSelect)
            if keep_scroll:
                self.list.verticalScrollBar().setValue(scroll)
            else:
                self.list.scrollTo(index)
        self._filling = False
        self._say_count(len(rows))
        self._enable_actions()

    def _say_count(self, shown: int) -> None:
        total = len(self._source)
        if shown == total:
            self.count.setText(self.tr("%n annotation(s)", "", total) if total else "")
        else:
            of_total = self.tr("{shown} of %n annotation(s)", "", total)
            self.count.setText(of_total.format(shown=shown))
        if shown:
            placeholder = ""
        elif total:
            placeholder = translate(
                "AnnotationsPanel",
                "No annotation passes the filters. Set them back to show all {total}.",
            ).format(total=total)
        else:
            placeholder = self._how_to_annotate()
        self.list.set_placeholder(placeholder)

    def _how_to_annotate(self) -> str:
        def keys(action: QAction) -> str:
            return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

        colours = list(self.commands.colour.values())
        if self.scope.currentData() == ALL_DOCUMENTS:
            intro = translate("AnnotationsPanel", "You have no annotations yet.")
        else:
            intro = translate("AnnotationsPanel", "No annotations in this document yet.")
        return (
            intro
            + " "
            + translate(
                "AnnotationsPanel",
                "Select some text and press {first}…{last} to highlight it in a colour;"
                " {bookmark} bookmarks the paragraph at the caret and {note} adds a note to"
                " it. These commands are also in the Annotate menu and the text's context"
                " menu. Your annotations are listed here.",
            ).format(
                first=keys(colours[0]),
                last=keys(colours[-1]),
                bookmark=keys(self.commands.bookmark),
                note=keys(self.commands.note),
            )
        )

    def _enable_actions(self) -> None:
        has_current = self.current_annotation() is not None
        writable = not self.annotator.read_only
        self.open_action.setEnabled(has_current)
        self.edit_action.setEnabled(has_current and writable)
        self.delete_action.setEnabled(bool(self.selected() or has_current) and writable)

    # The rows

    def current_annotation(self) -> Annotation | None:
        index = self.list.currentIndex()
        return index.data(ANNOTATION_ROLE) if index.isValid() else None

    def selected(self) -> list[Annotation]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        return [self.model.rows[row] for row in rows if row < len(self.model.rows)]

    def make_current(self, row: int) -> None:
        """Make `row` the current row, and the only one chosen."""
        index = self.model.index(row)
        flags = self.list.selectionModel().SelectionFlag.ClearAndSelect
        self.list.selectionModel().setCurrentIndex(index, flags)
        self.list.scrollTo(index)

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            if self.list.currentIndex().row() != row:
                self.make_current(row)
            self.open_annotation.emit(self.model.rows[row])

    def open_current(self) -> None:
        """Show the current annotation in the text (from the filter field,
        the first when none is current)."""
        row = self.list.currentIndex().row()
        self.open_row(row if row >= 0 else 0)

    def eventFilter(self, watched, event):
        """↑ and ↓ in the filter field choose the row Enter will show."""
        if watched is self.text and event.type() == event.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            rows = self.model.rowCount()
            if step and rows:
                row = self.list.currentIndex().row()
                self.list.setCurrentIndex(self.model.index((row + step) % rows if row >= 0 else 0))
                return True
        return super().eventFilter(watched, event)

    # Changing

    def delete_selected(self) -> None:
        chosen = self.selected() or [a for a in [self.current_annotation()] if a]
        if chosen and not self.annotator.read_only:
            if self.editor.editing and self.editor.annotation.id in {a.id for a in chosen}:
                self.editor.stop()  # its note goes with it, and comes back with Ctrl+Z
            self.annotator.remove(chosen, self.tr("Delete %n annotation(s)", "", len(chosen)))

    def edit_current(self) -> None:
        annotation = self.current_annotation()
        if annotation is None or self.annotator.read_only:
            return
        if self.editor.editing and self.editor.annotation.id == annotation.id:
            self.editor.focus_field()  # as typed so far
            return
        heading = f"{self.model.kind_name(annotation)} · ¶{annotation.paragraph}"
        if self.model.titled:
            heading += f" · {short(self.model.title(annotation))}"
        self.editor.start(annotation, heading)
        self.layout().activate()  # the list is shorter now: keep its row in sight
        self.list.scrollTo(self.list.currentIndex())

    def _save_edit(self) -> None:
        if self.editor.editing and self._store_edit() is not None:
            self._end_edit()

    def _store_edit(self) -> bool | None:
        """Save what the editor holds, as one step of the undo stack: True
        when that changed the annotation, False when there was nothing to
        change, None when the annotator refused (it said why; what was
        typed stays)."""
        annotation = self.editor.annotation
        changes = {"note": self.editor.note_text(), "tags": self.editor.tags()}
        if annotation.kind == "bookmark":
            changes["label"] = self.editor.label_text()
        if all(getattr(annotation, field) == value for field, value in changes.items()):
            return False
        text = translate("AnnotationsPanel", "Edit Annotation")
        return True if self.annotator.edit(annotation, text, **changes) else None

    def _end_edit(self) -> None:
        self.editor.stop()
        self.list.setFocus()

    def _current_changed(self, current, _previous) -> None:
        """The reader went on to another row while editing a note: what they
        typed is saved, as in a notes app, and the editor closes, so that
        what the keys act on and what the editor shows are one."""
        if self._filling or not self.editor.editing:
            return
        annotation = current.data(ANNOTATION_ROLE) if current.isValid() else None
        if annotation is not None and annotation.id == self.editor.annotation.id:
            return
        left = self.editor.annotation
        if self.annotator.find(left.id) is None:
            return  # deleted meanwhile, in the text or elsewhere: saving would bring it back
        saved = self._store_edit()
        if saved is None:
            return
        had_focus = self.editor.isAncestorOf(QApplication.focusWidget())
        self.editor.stop()
        if had_focus:
            self.list.setFocus()
        if saved:
            undo = QKeySequence(QKeySequence.StandardKey.Undo)
            self._say(
                translate(
                    "AnnotationsPanel",
                    "Saved the changes to the annotation on ¶{paragraph}; {undo} takes them back.",
                ).format(
                    paragraph=left.paragraph,
                    undo=undo.toString(QKeySequence.SequenceFormat.NativeText),
                )
            )

    def _say(self, text: str) -> None:
        """In the window's status bar (the window is the dock's parent, even
        while the dock floats)."""
        window = self.parentWidget()
        while window is not None and not isinstance(window, QMainWindow):
            window = window.parentWidget()
        if window is not None:
            window.statusBar().showMessage(text, STATUS_MS)

    # Across a rebuild of the window (a change of interface language)

    def state(self) -> dict:
        current = self.current_annotation()
        return {
            "text": self.text.text(),
            "scope": self.scope.currentData(),
            "kind": self.kind.currentData(),
            "tag": self.tag.currentData(),
            "current": current.id if current else None,
        }

    def restore(self, state: dict) -> None:
        """Take over `state` (from `state()`)."""
        self._wanted = state["current"]
        for combo in (self.scope, self.kind, self.tag, self.text):
            combo.blockSignals(True)
        self.scope.setCurrentIndex(max(0, self.scope.findData(state["scope"])))
        self.kind.setCurrentIndex(max(0, self.kind.findData(state["kind"])))
        if state["tag"]:  # kept by the next filling if some annotation still has it
            self.tag.addItem(f"#{state['tag']}", state["tag"])
            self.tag.setCurrentIndex(self.tag.count() - 1)
        self.text.setText(state["text"])
        for combo in (self.scope, self.kind, self.tag, self.text):
            combo.blockSignals(False)
        self.refresh()


def short(title: str) -> str:
    return title if len(title) <= TITLE_CHARACTERS else title[: TITLE_CHARACTERS - 1] + "…"
