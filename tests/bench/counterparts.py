"""Counterpart words: learning the lexicon (as the index build does) on the
edition and on a synthetic corpus of 10,000 pairs, and looking counterparts
up for search hits."""

import statistics
import tempfile
import time
from pathlib import Path

from tests.bench.synthetic import write_corpus
from viewer.core.counterparts import Counterparts
from viewer.core.lexicon import Learner
from viewer.core.loader import load_corpus
from viewer.core.paths import default_corpus_dir
from viewer.core.terms import Glossary, stems
from viewer.core.text import TOKEN_RE

SYNTHETIC_PAIRS = 10_000


def _learn(pairs) -> tuple[float, float, object]:
    """Seconds to see the pairs, seconds to make the lexicon, the lexicon."""
    begin = time.perf_counter()
    learner = Learner()
    for ru, en in pairs:
        learner.add(ru, en)
    seen = time.perf_counter()
    lexicon = learner.lexicon()
    return seen - begin, time.perf_counter() - seen, lexicon


def _lookups(corpus, lexicon) -> list[float]:
    """Seconds per block pair to find the counterparts of every third word."""
    finder = Counterparts(Glossary(corpus.glossary), lexicon)
    times = []
    for document in corpus.documents:
        for pair in document.pairs:
            texts = {"ru": pair.ru.plain, "en": pair.en.plain}
            stems(texts["ru"] + " " + texts["en"])  # warm the stem cache, as a search does
            words = [m.span() for m in TOKEN_RE.finditer(texts["ru"])][::3]
            begin = time.perf_counter()
            finder.find(texts, "ru", words)
            times.append(time.perf_counter() - begin)
    return times


def run() -> None:
    corpus = load_corpus(default_corpus_dir())
    pairs = [(p.ru.plain, p.en.plain) for d in corpus.documents for p in d.pairs]
    seen, made, lexicon = _learn(pairs)
    print(
        f"counterparts: lexicon of the edition ({len(pairs)} pairs, {len(lexicon)} stem pairs)"
        f" learned in {(seen + made) * 1000:.0f} ms"
    )
    times = _lookups(corpus, lexicon)
    print(
        f"counterparts: lookup per hit (every third Russian word marked) mean"
        f" {statistics.mean(times) * 1000:.2f} ms, max {max(times) * 1000:.2f} ms"
    )
    with tempfile.TemporaryDirectory() as scratch:
        synthetic = load_corpus(write_corpus(Path(scratch) / "corpus", SYNTHETIC_PAIRS))
    pairs = [(p.ru.plain, p.en.plain) for d in synthetic.documents for p in d.pairs]
    seen, made, lexicon = _learn(pairs)
    print(
        f"counterparts: {len(pairs)} synthetic pairs: counted in {seen:.2f} s, lexicon made in"
        f" {made:.2f} s ({len(lexicon)} stem pairs: the words are drawn at random)"
    )


if __name__ == "__main__":
    run()
