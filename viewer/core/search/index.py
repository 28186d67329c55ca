"""The full-text index on disk: its schema, building it, and opening it safely.

One whoosh document per block pair. The index lives in the cache folder under
a key made from the corpus's content, the schema version and the app version,
so any change of these builds a new one. whoosh has no checksums and fails
with generic exceptions on damaged files, so every build ends with a manifest
of file hashes; an index whose files no longer match it is rebuilt. The
manifest lies in the same folder, so it guards against accidents, not
against a planted index: whoosh's pickles are read by `safe_pickle`, and an
index that fails to open, or later to answer, is rebuilt with a note.
"""

import contextlib
import io
import os
import shutil
import time
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP
from whoosh import index as whoosh_index
from whoosh.fields import BOOLEAN, ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.filedb.structfile import StructFile

from viewer.core.lexicon import FILE_NAME as LEXICON_FILE
from viewer.core.lexicon import Learner, Lexicon
from viewer.core.messages import Message, message
from viewer.core.model import Corpus, Document
from viewer.core.search import safe_pickle
from viewer.core.search.analysis import exact_analyzer, pairs_analyzer, stemming_analyzer
from viewer.core.search.child import ChildBuild, Progress
from viewer.core.search.glossary import term_id
from viewer.core.search.location import INDEX_FOLDER, index_key, learned_lexicon
from viewer.core.search.manifest import SEALS, verified, write_manifest
from viewer.core.search.results import BuildCancelled, IndexUnavailable
from viewer.core.terms import Glossary, glossary_of

safe_pickle.install()

LIBRARY_FOLDER = "library"  # the edition's index with the reader's own documents added


class Record(NamedTuple):
    """What the index holds of one block pair."""

    doc: str
    paragraph: int
    key: bool
    date: str  # YYYY-MM-DD for range filters; "" when undated
    ru: str
    en: str
    ru_terms: str = ""  # ids of the glossary terms the text mentions
    en_terms: str = ""


def schema() -> Schema:
    return Schema(
        pair=ID(stored=True, unique=True),
        doc=ID(stored=True),
        paragraph=NUMERIC(int, stored=True),
        key=BOOLEAN(stored=True),
        date=ID(stored=True),
        ru=TEXT(analyzer=stemming_analyzer(), stored=True),
        en=TEXT(analyzer=stemming_analyzer(), stored=True),
        ru_exact=TEXT(analyzer=exact_analyzer(), phrase=False),
        en_exact=TEXT(analyzer=exact_analyzer(), phrase=False),
        ru_pairs=TEXT(analyzer=pairs_analyzer(), phrase=False),
        en_pairs=TEXT(analyzer=pairs_analyzer(), phrase=False),
        ru_terms=KEYWORD,
        en_terms=KEYWORD,
    )


def records(corpus: Corpus) -> Iterable[Record]:
    return records_of(corpus.documents, glossary_of(corpus.glossary))


def records_of(documents: Iterable[Document], glossary: Glossary) -> Iterable[Record]:
    for document in documents:
        date = document.meta.date.sort_key if document.meta.date else ""
        for pair in document.pairs:
            ru, en = pair.ru.plain, pair.en.plain
            yield Record(
                document.id,
                pair.paragraph,
                pair.is_key,
                date,
                ru,
                en,
                " ".join(term_id(i) for i in sorted(glossary.mentioned(ru, "ru"))),
                " ".join(term_id(i) for i in sorted(glossary.mentioned(en, "en"))),
            )


def build(
    folder: Path,
    items: Iterable[Record],
    total: int,
    progress: Progress | None = None,
    procs: int = 1,
) -> None:
    """Build an index in `folder` (which must not exist), with the lexicon
    of counterpart words learned from the same block pairs beside it, and
    seal both with a manifest. A build that dies half way leaves only a
    folder without one."""
    folder.mkdir(parents=True)
    ix = whoosh_index.create_in(str(folder), schema())
    learner = _fill(ix, items, total, progress, procs)
    learner.lexicon().save(folder / LEXICON_FILE)
    write_manifest(folder)


def build_in_memory(items: Iterable[Record], total: int, progress: Progress | None = None):
    ix = RamStorage().create_index(schema())
    _fill(ix, items, total, progress, 1)
    return ix


def lexicon_of(ix, corpus: Corpus) -> Lexicon:
    """The lexicon stored beside the index `ix`; learned now from `corpus`
    when the index is in memory or its lexicon is missing or malformed."""
    folder = getattr(ix.storage, "folder", None)
    stored = Lexicon.load(Path(folder) / LEXICON_FILE) if folder else None
    if stored is not None:
        return stored
    return learned_lexicon(corpus)


def _fill(
    ix, items: Iterable[Record], total: int, progress: Progress | None, procs: int
) -> Learner:
    """Add `items` to `ix`; the learner has seen them all."""
    options = {"procs": procs, "multisegment": True, "limitmb": 128} if procs > 1 else {}
    writer = ix.writer(**options)
    learner = Learner()
    try:
        for done, item in enumerate(items, start=1):
            learner.add(item.ru, item.en)
            add(writer, item)
            if progress and (done % 500 == 0 or done == total):
                progress(done, total)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    return learner


def add(writer, item: Record) -> None:
    writer.add_document(
        pair=f"{item.doc}:{item.paragraph}",
        doc=item.doc,
        paragraph=item.paragraph,
        key=item.key,
        date=item.date,
        ru=item.ru,
        en=item.en,
        ru_exact=item.ru,
        en_exact=item.en,
        ru_pairs=item.ru,
        en_pairs=item.en,
        ru_terms=item.ru_terms,
        en_terms=item.en_terms,
    )


def open_folder(folder: Path):
    """Open a verified index folder; raises IndexUnavailable if whoosh cannot."""
    try:
        ix = whoosh_index.FileIndex(_TocInMemory(str(folder)), indexname="MAIN")
        with ix.searcher() as searcher:
            searcher.doc_count()
        return ix
    except Exception as error:  # whoosh signals damage with many exception types
        raise IndexUnavailable(str(error)) from error


class _TocInMemory(FileStorage):
    """whoosh leaves the TOC file open when it cannot read it (a refused
    pickle, say); read from memory, nothing is left open."""

    def open_file(self, name, **kwargs):
        if name.endswith(".toc"):
            return StructFile(io.BytesIO(Path(self.folder, name).read_bytes()), name=name)
        return super().open_file(name, **kwargs)


def open_or_build(
    corpus: Corpus,
    cache_dir: Path,
    bundled: Path | None = None,
    progress: Progress | None = None,
    child: ChildBuild | None = None,
    damaged: bool = False,
) -> tuple[object, Message | None]:
    """The index for `corpus`: from the cache, else the copy shipped with the
    app, else built now (in memory if the cache folder is not writable).
    Returns the whoosh index and a note for the user (None when all is well).
    With `damaged`, the index in the cache failed at query time: it is
    thrown away and built anew.

    With `child`, the build runs in a child process (`diptych index`): a
    build is minutes of pure Python at scale, and in a thread it would hold
    the interpreter lock the window needs to stay responsive. If the child
    fails, the build runs here; if it was cancelled, BuildCancelled."""
    key = index_key(corpus.path)
    root = Path(cache_dir) / INDEX_FOLDER
    target = root / key[:24]
    rejected = damaged or target.exists()
    for candidate in (target, bundled / key[:24] if bundled else None):
        if not damaged and candidate is not None and verified(candidate, root / SEALS):
            with contextlib.suppress(IndexUnavailable):
                return open_folder(candidate), None
    if rejected:
        # A folder under the index's own name is a finished build: it is
        # damaged, or it was planted.
        shutil.rmtree(target, ignore_errors=True)
    note = REBUILT if rejected else None
    if child is not None:
        built = child.run(Path(cache_dir), progress)
        if child.cancelled:
            raise BuildCancelled
        if built and verified(target, root / SEALS):
            with contextlib.suppress(IndexUnavailable):
                return open_folder(target), note
    total = sum(len(d.pairs) for d in corpus.documents)
    scratch = root / f".build-{uuid.uuid4().hex}"
    try:
        build(scratch, records(corpus), total, progress)
        if target.exists():
            shutil.rmtree(target)
        os.replace(scratch, target)
        _remove_stale(root, keep=(target.name, LIBRARY_FOLDER))
        return open_folder(target), note
    except OSError as error:
        shutil.rmtree(scratch, ignore_errors=True)
        note = unsaved(error)
        try:
            return build_in_memory(records(corpus), total, progress), note
        except Exception as memory_error:
            raise IndexUnavailable(str(memory_error)) from memory_error


def unsaved(error: OSError) -> Message:
    return message(
        "Search",
        QT_TRANSLATE_NOOP(
            "Search",
            "The search index could not be saved ({reason});"
            " it is kept in memory for this session.",
        ),
        reason=error.strerror or str(error),
    )


REBUILT = message(
    "Search", QT_TRANSLATE_NOOP("Search", "The search index was damaged; it has been rebuilt.")
)


def _remove_stale(root: Path, keep: tuple[str, ...]) -> None:
    """Indexes of old keys, and builds that died half way (a build younger
    than ten minutes may be another instance's, still running)."""
    now = time.time()
    for folder in root.iterdir():
        if folder.name in keep or not folder.is_dir():
            continue
        if folder.name.startswith(".build-") and now - folder.stat().st_mtime < 600:
            continue
        shutil.rmtree(folder, ignore_errors=True)
