"""A pickled copy of the loaded corpus in the cache folder, so that start-up
skips parsing and rendering (and importing the Markdown library).

The cache is keyed by the content of every corpus file plus the app version
(content, not modification times: an installer unpacks files with new
times): any edit makes it stale and it is rebuilt. It is only ever a copy:
when it is missing, stale or unreadable, the corpus is loaded from its files
as if there were no cache.
"""

import contextlib
import pickle
import zlib
from pathlib import Path

from viewer import __version__
from viewer.core.atomic import write_atomic
from viewer.core.model import Corpus

CACHE_NAME = "corpus.pickle"
FORMAT = 3  # bump when the model's classes change shape


def fingerprint(root: Path, salt: str = "") -> str:
    """A digest of every file's name and content under `root`, the app
    version and `salt` (a schema version, say). CRC-32 per file is enough to
    notice an edit, and zlib is loaded anyway, where hashlib is not."""
    parts = [f"{__version__}/{FORMAT}/{salt}"]
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            parts.append(f"{path.relative_to(root).as_posix()}:{len(data)}:{zlib.crc32(data):08x}")
    listing = "\n".join(parts).encode()
    return f"{zlib.crc32(listing):08x}{zlib.adler32(listing):08x}{len(parts):08x}"


def load_corpus_cached(root: Path, cache_dir: Path) -> Corpus:
    root = Path(root)
    if not root.is_dir():
        from viewer.core.loader import load_corpus

        return load_corpus(root)
    key = fingerprint(root, str(root.resolve()))
    cache = Path(cache_dir) / CACHE_NAME
    try:
        stored_key, corpus = pickle.loads(cache.read_bytes())
        if stored_key == key and isinstance(corpus, Corpus):
            return corpus
    except Exception:  # unpickling fails in many ways; any of them means "rebuild"
        pass
    from viewer.core.loader import load_corpus  # parsing needs Markdown: load it only now

    corpus = load_corpus(root)
    # A read-only or full cache folder costs speed, not correctness.
    with contextlib.suppress(OSError):
        write_atomic(cache, pickle.dumps((key, corpus), protocol=pickle.HIGHEST_PROTOCOL))
    return corpus
