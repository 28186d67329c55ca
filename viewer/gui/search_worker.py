"""Searches off the GUI thread: typing never waits for the index.

The worker owns the search engine and lives in its own QThread. It opens (or
builds) the index on first use, reporting progress, and answers each request
with its request number, so the panel can drop answers to queries the user
has already typed past; a request that a newer one overtook while it waited
(behind a slow query, or the index build) is dropped unanswered.
"""

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from viewer.core.context import AppContext
from viewer.core.search.child import ChildBuild


class SearchWorker(QObject):
    progress = Signal(int, int)  # pairs indexed, total
    ready = Signal(object)  # a Message for the user, or None when all is well
    failed = Signal(str)  # why search is unavailable
    answered = Signal(int, object)  # request number, viewer.core.search.Result
    followed = Signal()  # the index holds the library as it is now

    def __init__(self, context: AppContext):
        super().__init__()
        self.corpus = context.corpus
        self.cache_dir = context.dirs.cache
        # Built in a child process that is given this run's folders and corpus.
        self.child = ChildBuild(context.child_options())
        self.engine = None
        self.error = ""
        self.newest = 0  # the latest request number, set from the GUI thread

    @Slot()
    def prepare(self) -> None:
        if self.engine is not None or self.error or self.child.cancelled:
            return
        from viewer.core.search import BuildCancelled, IndexUnavailable, open_engine

        try:
            self.engine, note = open_engine(
                self.corpus, self.cache_dir, self.progress.emit, self.child
            )
        except BuildCancelled:
            return
        except (IndexUnavailable, OSError) as error:
            self.error = str(error)
            self.failed.emit(self.error)
            return
        self.ready.emit(note)

    @Slot(object)
    def follow(self, corpus) -> None:
        """Index the documents imported, drop those removed (one by one: the
        edition's index is never built again for them)."""
        self.corpus = corpus
        if self.engine is not None:
            try:
                self.engine.follow(corpus)
            except OSError as error:
                self.failed.emit(error.strerror or str(error))
                return
        self.followed.emit()

    @Slot(int, str, object, int, bool)
    def search(self, number: int, text: str, filters, limit: int, correct: bool) -> None:
        if number < self.newest:
            return
        self.prepare()
        if self.engine is not None and number >= self.newest:
            self.answered.emit(number, self.engine.search(text, filters, limit, correct))


class SearchThread(QObject):
    """The worker's thread, started with the window and stopped with it."""

    requested = Signal(int, str, object, int, bool)  # number, query, filters, limit, correct
    prepare_requested = Signal()
    follow_requested = Signal(object)  # the library's corpus, changed

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        # A child, never left to the garbage collector: a QThread destroyed
        # while it runs aborts the process, from whichever thread collects it.
        self.thread = QThread(self)
        self.thread.setObjectName("search")
        self.worker = SearchWorker(context)
        self.worker.moveToThread(self.thread)
        # Direct (this object lives in the GUI thread): the worker learns of
        # a new request at once, not when it reaches the request in its queue.
        self.requested.connect(self._note_newest)
        self.requested.connect(self.worker.search)
        self.prepare_requested.connect(self.worker.prepare)
        self.follow_requested.connect(self.worker.follow)
        QCoreApplication.instance().aboutToQuit.connect(self.stop)
        # A window dropped without being closed still ends its thread: the
        # signal comes before the children (the thread) are deleted.
        self.destroyed.connect(partial(_stop, self.worker.child, self.thread))
        self.thread.start()

    def _note_newest(self, number: int, *_request) -> None:
        self.worker.newest = max(self.worker.newest, number)

    def stop(self) -> None:
        """End the thread now: a build under way in a child process is
        cancelled rather than waited for."""
        _stop(self.worker.child, self.thread)


def _stop(child: ChildBuild, thread: QThread) -> None:
    child.cancel()
    thread.quit()
    thread.wait()
