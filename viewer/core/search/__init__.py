"""Full-text search over the corpus. whoosh stays behind this package: the
rest of the app imports only the names below, and whoosh itself loads only
when a search engine is opened, never at start-up."""

from pathlib import Path

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

__all__ = [
    "BuildCancelled",
    "Filters",
    "Hit",
    "IndexUnavailable",
    "Note",
    "Result",
    "open_engine",
]


def open_engine(corpus: Corpus, cache_dir: Path, progress=None, child=None):
    """A search engine over `corpus` (a `SearchEngine`), building its index
    if needed (in a child process when `child`, an `index.ChildBuild`, is
    given), and a note for the user when the index could only be kept in
    memory. Raises IndexUnavailable when there can be no index at all, and
    BuildCancelled when `child` was cancelled. `progress(done, total)` hears
    how a build goes; the engine rebuilds the index through the same
    channels if it fails at query time."""
    from viewer.core.search.engine import SearchEngine
    from viewer.core.search.index import lexicon_of, open_or_build

    bundled = bundle_root() / "index"
    ix, note = open_or_build(corpus, cache_dir, bundled, progress, child)

    def rebuild():
        return open_or_build(corpus, cache_dir, bundled, progress, child, damaged=True)[0]

    return SearchEngine(ix, corpus.glossary, rebuild, lexicon_of(ix, corpus)), note
