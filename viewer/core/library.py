"""The reader's library: the shipped edition and the reader's own corpus of
imported documents, read as one corpus.

The own corpus lies in the user's data folder in exactly the corpus format,
so `diptych check` reads it like the edition. The edition is never written;
documents are added to and removed from the own corpus only, each change
made whole by a rename, and whoever holds the library hears of it through
`listeners` (the window follows without a restart).
"""

import contextlib
import os
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.corpus_cache import load_corpus_cached
from viewer.core.loader import document_folders
from viewer.core.messages import Message, message
from viewer.core.model import Corpus, Document, Problem

OWN_FOLDER = "corpus"  # in the data folder
OWN_CACHE = "own"  # in the cache folder: the own corpus's parsed copy
REMOVED_PREFIX = ".removed-"  # a folder being deleted: the loader skips dot-folders
DRAFT_PREFIX = ".import-"  # a folder being written by an import
# A draft older than this was left by a killed import; a younger one may be
# another instance's import under way.
STALE_SECONDS = 3600


class Library:
    """`corpus` is the edition's documents, then the reader's own; the
    glossary is the edition's. `notes` says what the reader should hear
    about the last reading (a damaged cache, say)."""

    def __init__(self, edition_dir: Path, own_dir: Path, cache_dir: Path):
        self.edition_dir = Path(edition_dir)
        self.own_dir = Path(own_dir)
        self.cache_dir = Path(cache_dir)
        self.listeners: list[Callable[[], None]] = []
        self.notes: list[Message] = []
        self.edition, note = load_corpus_cached(self.edition_dir, self.cache_dir)
        self.notes += [note] if note else []
        self.corpus = self.edition
        self.reload(quiet=True)

    def reload(self, quiet: bool = False) -> None:
        """Read the own corpus again (after an import, say) and tell the listeners."""
        own = self._read_own()
        problems = self.edition.problems + own.problems
        known = {document.id for document in self.edition.documents}
        documents = list(self.edition.documents)
        for document in own.documents:
            if document.id in known:
                problems += (_clash(document),)
            else:
                documents.append(document)
        self.corpus = Corpus(self.edition_dir, tuple(documents), self.edition.glossary, problems)
        if not quiet:
            for listener in list(self.listeners):
                listener()

    def _read_own(self) -> Corpus:
        if not document_folders(self.own_dir):
            return Corpus(self.own_dir, ())
        own, note = load_corpus_cached(self.own_dir, self.cache_dir / OWN_CACHE)
        self.notes += [note] if note else []
        documents = tuple(d for d in own.documents if d.meta.origin == "imported")
        problems = tuple(p for p in own.problems if p.path != self.own_dir)
        problems += tuple(_not_imported(d) for d in own.documents if d.meta.origin != "imported")
        return Corpus(self.own_dir, documents, (), problems)

    def is_own(self, doc_id: str) -> bool:
        document = self.corpus.document(doc_id)
        return document is not None and document.meta.origin == "imported"

    def taken(self, doc_id: str) -> bool:
        """Whether `doc_id` names a document, or a folder of the own corpus
        (one the loader refused, say), so that an import must choose another."""
        return self.corpus.document(doc_id) is not None or (self.own_dir / doc_id).exists()

    def remove(self, doc_id: str) -> None:
        """Delete an imported document: its folder is renamed out of the
        corpus first, so a kill part way leaves it whole or gone. Raises
        KeyError for a document that is not the reader's own, OSError when
        the folder cannot be moved."""
        if not self.is_own(doc_id):
            raise KeyError(doc_id)
        folder = self.corpus.document(doc_id).path
        doomed = folder.with_name(f"{REMOVED_PREFIX}{doc_id}-{uuid.uuid4().hex[:8]}")
        os.replace(folder, doomed)
        shutil.rmtree(doomed, ignore_errors=True)
        self.reload()

    def sweep(self) -> None:
        """Remove what killed removals and imports left behind."""
        now = time.time()
        with contextlib.suppress(OSError):
            for entry in self.own_dir.iterdir():
                stale = entry.name.startswith(DRAFT_PREFIX) and (
                    now - entry.stat().st_mtime > STALE_SECONDS
                )
                if entry.is_dir() and (entry.name.startswith(REMOVED_PREFIX) or stale):
                    shutil.rmtree(entry, ignore_errors=True)


def _clash(document: Document) -> Problem:
    return Problem(
        document.path / "meta.toml",
        1,
        message(
            "Corpus",
            QT_TRANSLATE_NOOP(
                "Corpus", "id {id} is already used by the edition; the document is not shown"
            ),
            id=document.id,
        ),
    )


def _not_imported(document: Document) -> Problem:
    return Problem(
        document.path / "meta.toml",
        1,
        message(
            "Corpus",
            QT_TRANSLATE_NOOP(
                "Corpus",
                'a document of your own corpus must say origin = "imported";'
                " the document is not shown",
            ),
        ),
    )
