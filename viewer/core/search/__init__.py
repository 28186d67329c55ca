"""Full-text search over the corpus. whoosh stays behind this package: the
rest of the app imports only the names below."""

from pathlib import Path

from viewer.core.model import Corpus
from viewer.core.paths import bundle_root
from viewer.core.search.engine import Filters, Hit, Note, Result, SearchEngine
from viewer.core.search.index import IndexUnavailable, Progress, open_or_build

__all__ = [
    "Filters",
    "Hit",
    "IndexUnavailable",
    "Note",
    "Result",
    "SearchEngine",
    "open_engine",
]


def open_engine(
    corpus: Corpus,
    cache_dir: Path,
    progress: Progress | None = None,
    separate_process: bool = False,
) -> tuple[SearchEngine, str]:
    """A search engine over `corpus`, building its index if needed (in a
    child process with `separate_process`); also a note for the user when
    the index could only be kept in memory. Raises IndexUnavailable when
    there can be no index at all."""
    ix, note = open_or_build(corpus, cache_dir, bundle_root() / "index", progress, separate_process)
    return SearchEngine(ix, corpus.glossary), note
