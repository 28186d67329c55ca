"""Difference-flag figures: recall of planted differences and false flags
on the edition's reviewed translated pairs (the test set of
tests/compare_planted.py), then the cost per block pair on a synthetic
corpus of 10,000 pairs, cold (nothing stemmed yet) and warm."""

import sys
import tempfile
import time
from pathlib import Path

from tests.bench.synthetic import write_corpus
from tests.compare_planted import score
from viewer.core.compare import Comparer
from viewer.core.loader import load_corpus
from viewer.core.paths import default_corpus_dir
from viewer.core.terms import stem

PAIRS = 10_000


def precision() -> None:
    corpus = load_corpus(default_corpus_dir())
    result = score(corpus)
    print(
        f"difference flags: recall {result.recall:.3f} of {result.planted} planted differences"
        f" (target >= 0.95); {len(result.false_flags)} false flags on {result.equivalent}"
        " equivalent pairs and the planted samenesses (target 0)"
    )
    for line in result.false_flags + [f"missed: {m}" for m in result.missed]:
        print(f"  {line}")


def cost() -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus = load_corpus(write_corpus(Path(folder) / "corpus", PAIRS))
    glossary = load_corpus(default_corpus_dir()).glossary
    pairs = [(doc.id, pair) for doc in corpus.documents for pair in doc.pairs]
    stem.cache_clear()
    comparer = Comparer(glossary)
    figures = []
    for _run in ("cold", "warm"):
        begin = time.perf_counter()
        flagged = sum(bool(comparer.pair_flags(doc, pair)) for doc, pair in pairs)
        figures.append((time.perf_counter() - begin) / len(pairs) * 1000)
    print(
        f"difference flags, {len(pairs)} synthetic pairs ({flagged} flagged):"
        f" {figures[0]:.3f} ms per pair cold, {figures[1]:.3f} ms warm (target < 1 ms)"
    )


def run() -> None:
    precision()
    cost()


if __name__ == "__main__":
    run()
    sys.exit(0)
