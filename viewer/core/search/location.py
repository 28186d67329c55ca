"""Where a corpus's search index lies, and the counterpart lexicon saved
beside it: read without whoosh, for the import command's aligner, which
needs the lexicon and not the index.

Reading the saved lexicon takes a few milliseconds; learning it again takes
80 ms on the edition's 51 block pairs and grows with the corpus (2 s for
10,000). The folder's name is a digest of the corpus's content and the app
version, so a lexicon found there is this corpus's; its file is checked
shape by shape as it is read (see lexicon.py), the index's manifest not
(hashing a whole index would cost more than learning the lexicon anew).
"""

from pathlib import Path

from viewer.core.corpus_cache import fingerprint
from viewer.core.lexicon import FILE_NAME, Lexicon, learn
from viewer.core.model import Corpus

SCHEMA_VERSION = 5  # 5: the lexicon of counterpart words beside the index
INDEX_FOLDER = "index"


def index_key(corpus_root: Path) -> str:
    return fingerprint(Path(corpus_root), f"index-schema-{SCHEMA_VERSION}")


def learned_lexicon(corpus: Corpus) -> Lexicon:
    """The lexicon of the block pairs of `corpus`'s edition, learned now: as
    the one saved beside the index, it learns nothing from the reader's own
    documents."""
    return learn(
        (p.ru.plain, p.en.plain)
        for d in corpus.documents
        if d.meta.origin != "imported"
        for p in d.pairs
    )


def corpus_lexicon(corpus: Corpus, cache_dir: Path, bundled: Path | None) -> Lexicon:
    """The lexicon saved beside the index of `corpus`'s edition, in the
    cache folder or else in the `bundled` index folder shipped with the
    app; learned now when neither holds a readable one."""
    name = index_key(corpus.path)[:24]
    for root in (Path(cache_dir) / INDEX_FOLDER, bundled):
        if root is not None:
            stored = Lexicon.load(root / name / FILE_NAME)
            if stored is not None:
                return stored
    return learned_lexicon(corpus)
