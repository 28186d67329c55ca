"""The window's hand on the annotations store.

Every change the reader makes goes through here as a step of the undo
stack, so that Ctrl+Z takes back a delete made in the reader or in the
panel alike. Changes made by another instance (another window, the command
line) are noticed by polling the store and announced as `changed`, like the
window's own.
"""

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from viewer.core.annotations import editions
from viewer.core.annotations.model import Annotation, now
from viewer.core.annotations.store import AnnotationStore, StoreError
from viewer.core.model import Document

translate = QCoreApplication.translate

POLL_MS = 1500  # how soon a change made by another instance shows


class Annotator(QObject):
    changed = Signal()  # annotations were added, edited or removed, here or elsewhere
    failed = Signal(str)  # a change that could not be saved, in words
    done = Signal(str)  # the name of a change the reader made, once saved

    def __init__(self, store: AnnotationStore, parent=None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._cache: dict[str | None, list[Annotation]] = {}
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look_for_changes)
        self._poll.start()

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def of(self, doc: str | None) -> list[Annotation]:
        """The annotations of document `doc` (of all documents when None), in
        reading order."""
        if doc not in self._cache:
            try:
                self._cache[doc] = self.store.all(doc)
            except StoreError as error:
                self.failed.emit(error.message.text())
                return []
        return self._cache[doc]

    def find(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self.of(None) if a.id == annotation_id), None)

    # Changes the reader can undo

    def add(self, annotations: list[Annotation], text: str) -> bool:
        return self._push(text, before=[], after=annotations)

    def edit(self, annotation: Annotation, text: str, **changes) -> bool:
        changed = annotation.replace(**changes, modified=now())
        return self._push(text, before=[annotation], after=[changed])

    def remove(self, annotations: list[Annotation], text: str) -> bool:
        return self._push(text, before=annotations, after=[])

    def _push(self, text: str, before: list[Annotation], after: list[Annotation]) -> bool:
        step = _Step(self, text, before, after)
        self.undo_stack.push(step)
        if step.done:
            self.done.emit(text)
        return step.done

    def apply(self, saved: list[Annotation], removed: list[Annotation]) -> bool:
        """Save `saved` and delete `removed` in one transaction; False, after
        `failed`, when the store refused."""
        keep = {a.id for a in saved}
        gone = {a.id for a in removed if a.id not in keep}
        try:
            self.store.save(saved, remove=gone)
        except StoreError as error:
            self.failed.emit(error.message.text())
            return False
        # The lists held are brought up to date in place: reading a
        # thousand annotations back for each new one would be felt.
        for doc, held in self._cache.items():
            kept = [a for a in held if a.id not in gone and a.id not in keep]
            kept += [a for a in saved if doc is None or a.doc == doc]
            self._cache[doc] = sorted(kept, key=_reading_order)
        self.changed.emit()
        return True

    # Changes that are not the reader's

    def follow(self, document: Document) -> None:
        """Anchor the annotations of `document` again if its text changed
        since they were last anchored (see editions)."""
        try:
            moved = editions.follow(self.store, document)
        except StoreError as error:
            self.failed.emit(error.message.text())
            return
        if moved:
            self.reload()

    def _look_for_changes(self) -> None:
        if self.store.changed_elsewhere():
            self.reload()

    def reload(self) -> None:
        """Read the annotations again: the store was changed behind the
        annotator's back (an import, another instance)."""
        self._cache.clear()
        self.changed.emit()


def _reading_order(annotation: Annotation) -> tuple:
    """The store's order: document, paragraph, offset (a whole pair first)."""
    start = -1 if annotation.start is None else annotation.start
    return (annotation.doc, annotation.paragraph, start, annotation.created)


class _Step(QUndoCommand):
    """One change: `before` becomes `after` (adding has nothing before,
    deleting nothing after)."""

    def __init__(self, annotator: Annotator, text: str, before, after):
        super().__init__(text)
        self.annotator = annotator
        self.before, self.after = before, after
        self.done = False

    def redo(self) -> None:
        self.done = self.annotator.apply(self.after, self.before)
        if not self.done:
            self.setObsolete(True)  # never on the stack: nothing happened

    def undo(self) -> None:
        self.annotator.apply(self.before, self.after)
