"""Full-text search over the corpus. whoosh stays behind this package: the
rest of the app imports only the names below, and whoosh itself loads only
when a search engine is opened, never at start-up."""

from pathlib import Path
from typing import TYPE_CHECKING

from viewer.core.model import Corpus
from viewer.core.paths import bundle_root
from viewer.core.search.results import (
    BuildCancelled,
    Filters,
    Hit,
    IndexUnavailable,
    Note,
    Result,
)

if TYPE_CHECKING:
    from viewer.core.lexicon import Lexicon

__all__ = [
    "BuildCancelled",
    "Filters",
    "Hit",
    "IndexUnavailable",
    "Note",
    "Result",
    "corpus_lexicon",
    "open_engine",
]


def open_engine(corpus: Corpus, cache_dir: Path, progress=None, child=None):
    """A search engine over `corpus` (a `SearchEngine`), building its index
    if needed (in a child process when `child`, an `index.ChildBuild`, is
    given), and a note for the user when the index could only be kept in
    memory. Raises IndexUnavailable when there can be no index at all, and
    BuildCancelled when `child` was cancelled. `progress(done, total)` hears
    how a build goes; the engine rebuilds the index through the same
    channels if it fails at query time, and `engine.follow(corpus)` brings
    it up to date after an import or a removal."""
    from viewer.core.search.engine import SearchEngine
    from viewer.core.search.index import lexicon_of

    shelf = _Shelf(corpus, cache_dir, progress, child)
    ix, note = shelf.open()
    engine = SearchEngine(ix, corpus.glossary, shelf.rebuild, lexicon_of(ix, corpus), shelf.follow)
    return engine, note


class _Shelf:
    """Where the engine's index comes from: the edition's index (in the
    cache, shipped with the app, or built now), with the reader's own
    documents added by `library_index`."""

    def __init__(self, corpus: Corpus, cache_dir: Path, progress, child):
        self.corpus = corpus
        self.cache_dir = Path(cache_dir)
        self.progress = progress
        self.child = child

    def open(self, damaged: bool = False):
        from viewer.core.search.index import build_in_memory, open_or_build, records_of, unsaved
        from viewer.core.search.library_index import with_own
        from viewer.core.terms import glossary_of

        edition = tuple(d for d in self.corpus.documents if d.meta.origin != "imported")
        own = tuple(d for d in self.corpus.documents if d.meta.origin == "imported")
        ix, note = open_or_build(
            self.corpus._replace(documents=edition),
            self.cache_dir,
            bundle_root() / "index",
            self.progress,
            self.child,
            damaged,
        )
        glossary = glossary_of(self.corpus.glossary)
        try:
            return with_own(ix, own, glossary, self.cache_dir), note
        except OSError as error:
            items = records_of(self.corpus.documents, glossary)
            total = sum(len(d.pairs) for d in self.corpus.documents)
            return build_in_memory(items, total, self.progress), unsaved(error)

    def rebuild(self):
        return self.open(damaged=True)[0]

    def follow(self, corpus: Corpus):
        self.corpus = corpus
        return self.open()[0]


def corpus_lexicon(corpus: Corpus, cache_dir: Path) -> "Lexicon":
    """The counterpart lexicon of `corpus`'s edition: the one its search
    index keeps, in `cache_dir` or shipped with the app, else learned now.
    Loads no whoosh, and writes nothing."""
    from viewer.core.search.location import corpus_lexicon as stored_or_learned

    return stored_or_learned(corpus, cache_dir, bundle_root() / "index")
