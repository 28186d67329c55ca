"""The library follows an import without rebuilding the edition's index:
the time to index a 200-paragraph document added to a library of 10,000
block pairs (target <= 2 s), and to drop it again; the first opening, which
copies the edition's index once, is printed beside them."""

import sys
import tempfile
import time
from pathlib import Path

from tests.bench.synthetic import paired_paragraphs, write_corpus
from viewer.core.importing.draft import draft
from viewer.core.importing.paragraphs import Para
from viewer.core.importing.save import Details, save
from viewer.core.library import Library
from viewer.core.model import Bilingual
from viewer.core.search import open_engine

PAIRS = 10_000
ADDED = 200


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        library = Library(write_corpus(root / "corpus", PAIRS), root / "own", root / "cache")
        engine, _note = open_engine(library.corpus, library.cache_dir)
        ru, en = paired_paragraphs(ADDED, seed=7)
        figures = []
        for number in range(1, 4):
            proposal = draft([Para(t) for t in ru], [Para(t) for t in en])
            details = Details(
                f"added-{number}", Bilingual("Т", "T"), Bilingual("original", "original")
            )
            save(library.own_dir, details, proposal, library.taken)
            library.reload()
            begin = time.perf_counter()
            engine.follow(library.corpus)
            added = time.perf_counter() - begin
            found = engine.search(ru[0].split()[0]).total
            library.remove(f"added-{number}")
            begin = time.perf_counter()
            engine.follow(library.corpus)
            figures.append((added, time.perf_counter() - begin, found))
        first, *later = figures
        print(
            f"library index: a {ADDED}-paragraph document added to {PAIRS:,} pairs in"
            f" {later[-1][0]:.2f} s (target <= 2 s; the first, which copies the edition's"
            f" index once, {first[0]:.2f} s), removed in {later[-1][1]:.2f} s;"
            f" search after adding found {first[2]} pairs"
        )


if __name__ == "__main__":
    run()
    sys.exit(0)
