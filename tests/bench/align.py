"""Paragraph alignment figures: accuracy (the share of the right links the
aligner finds) overall and by kind of link, on test documents whose answer
is known, with and without the counterpart lexicon; how well confidence
separates wrong links; and the time to align a 2,000-paragraph pair. The
time is given as CPU time too: on a shared machine the wall clock measures
the neighbours. The first run fills the word caches (stems, name skeletons)
that later runs reuse.

The lexicon an import gets is the installed corpus's, learned from other
documents than the one imported; here likewise it is learned from the
edition's documents other than those a test document was made of (the
hand-written texts, made of none, get the whole edition's). One line also
gives the lexicon learned with the document itself, as a ceiling.

    python -m tests.bench.align              (all figures)
    python -m tests.bench.align constants    (the length model's constants, measured on the edition)
"""

import math
import random
import statistics
import sys
import time
from collections.abc import Callable

from tests.align_data import (
    DEVELOPMENT,
    EDITS,
    EMPTY,
    HELD_OUT,
    Case,
    edition,
    generated,
    perturb,
    score,
    written,
)
from tests.bench.synthetic import paired_paragraphs
from viewer.core.align import align
from viewer.core.lexicon import Lexicon, learn
from viewer.core.loader import load_corpus
from viewer.core.paths import default_corpus_dir
from viewer.core.terms import Glossary

SEEDS = range(100, 160)  # the tests use others
THRESHOLD = 0.5
SIZE = 2000
TARGET_ACCURACY = 0.95
TARGET_SECONDS = 2.0

LexiconFor = Callable[[Case], Lexicon | None]


def constants() -> None:
    """The length model's constants, from the edition's block pairs."""
    corpus = load_corpus(default_corpus_dir())
    pairs = [(len(p.ru.plain), len(p.en.plain)) for d in corpus.documents for p in d.pairs]
    ratio = sum(ru for ru, _ in pairs) / sum(en for _, en in pairs)
    means = [(en + ru / ratio) / 2 for ru, en in pairs]
    variance = sum((ru - ratio * en) ** 2 for ru, en in pairs) / sum(means)
    logs = [math.log(mean) for mean in means]
    print(f"  {len(pairs)} block pairs: RATIO {ratio:.4f}  VARIANCE {variance:.2f}")
    spread = statistics.pstdev(logs)
    print(f"  paragraph length: LOG_MEAN {statistics.mean(logs):.3f}  LOG_SD {spread:.3f}")


class Lexicons:
    """Lexicons learned from the edition without some of its documents."""

    def __init__(self):
        self.documents = {doc: (ru, en) for doc, ru, en in edition(DEVELOPMENT + HELD_OUT)}
        self._learned: dict[frozenset, Lexicon] = {}

    def without(self, left_out) -> Lexicon:
        key = frozenset(left_out)
        if key not in self._learned:
            pairs = [
                pair for doc, sides in self.documents.items() if doc not in key
                for pair in zip(*sides, strict=True)
            ]  # fmt: skip
            self._learned[key] = learn(pairs)
        return self._learned[key]

    def other_documents(self, case: Case) -> Lexicon:
        return self.without(case.sources)

    def whole(self, _case: Case) -> Lexicon:
        return self.without(())


def evaluate(cases: list[Case], glossary: Glossary, lexicon_for: LexiconFor) -> tuple:
    total, right, wrong = EMPTY, [], []
    for case in cases:
        links = align(case.ru, case.en, glossary, lexicon_for(case))
        total += score(case, links)
        gold = set(case.gold)
        for link in links:
            (right if (link.ru, link.en) in gold else wrong).append(link.confidence)
    return total, right, wrong


def not_one_to_one(cases: list[Case]) -> float:
    outside = sum(
        len(ru) + len(en)
        for case in cases
        for (ru, en), kind in zip(case.gold, case.kinds, strict=True)
        if kind != "1:1"
    )
    return outside / sum(len(case.ru) + len(case.en) for case in cases)


def report(title: str, cases: list[Case], glossary: Glossary, lexicons: Lexicons,
           ceiling: bool = False) -> None:  # fmt: skip
    links = sum(len(case.gold) for case in cases)
    print(
        f"  {title}: {len(cases)} documents, {links} right links,"
        f" {not_one_to_one(cases):.0%} of paragraphs not 1:1"
    )
    made_of_edition = any(case.sources for case in cases)
    runs = [("without lexicon", lambda _case: None)]
    if made_of_edition:
        runs.append(("lexicon of the other documents", lexicons.other_documents))
    else:
        runs.append(("lexicon of the edition", lexicons.whole))
    if ceiling:
        runs.append(("lexicon learned with them (ceiling)", lexicons.whole))
    for name, lexicon_for in runs:
        total, right, wrong = evaluate(cases, glossary, lexicon_for)
        kinds = "  ".join(
            f"{kind} {total.share(kind):.3f} of {total.gold[kind]}" for kind in sorted(total.gold)
        )
        print(
            f"    {name + ':':<37} accuracy {total.recall:.4f}"
            f" (precision {total.precision:.4f});  by kind: {kinds}"
        )
        if wrong:
            low = sum(c < THRESHOLD for c in wrong) / len(wrong)
            high = sum(c >= THRESHOLD for c in right) / len(right)
            print(
                f"    {'':<37} confidence: {len(wrong)} wrong links, {low:.0%} below"
                f" {THRESHOLD}; {high:.1%} of right links at or above it"
            )


def timing(glossary: Glossary, lexicons: Lexicons) -> None:
    rnd = random.Random(SIZE)
    ru, en = paired_paragraphs(SIZE)
    synthetic = perturb("synthetic", ru, en, rnd)
    documents = edition(HELD_OUT)
    ru_pool = [p for _, ru, _ in documents for p in ru]
    en_pool = [p for _, _, en in documents for p in en]
    picks = [rnd.randrange(len(ru_pool)) for _ in range(SIZE)]
    tiled = perturb("tiled", [ru_pool[k] for k in picks], [en_pool[k] for k in picks], rnd)
    lexicon = lexicons.without(())
    print(f"  time to align a {SIZE:,}-paragraph pair (target at most {TARGET_SECONDS:.0f} s):")
    for name, case in (("synthetic words", synthetic), ("edition paragraphs, tiled", tiled)):
        for anchors, with_glossary, with_lexicon in (
            ("lengths, numbers, names", False, False),
            ("and glossary", True, False),
            ("and glossary and lexicon", True, True),
        ):
            walls, cpus = [], []
            for _ in range(3):
                wall, cpu = time.perf_counter(), time.process_time()
                links = align(
                    case.ru,
                    case.en,
                    glossary if with_glossary else None,
                    lexicon if with_lexicon else None,
                )
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
            accuracy = score(case, links).recall
            print(
                f"    {name}, {anchors}: {len(case.ru)}×{len(case.en)} paragraphs:"
                f" best of 3 {min(walls):.2f} s ({min(cpus):.2f} s of CPU),"
                f" first run {walls[0]:.2f} s; accuracy {accuracy:.3f}"
            )


def run() -> None:
    print(
        "Paragraph alignment (accuracy: the share of the right links found;"
        f" target at least {TARGET_ACCURACY} with a fifth of paragraphs not 1:1)"
    )
    glossary = Glossary(load_corpus(default_corpus_dir()).glossary)
    lexicons = Lexicons()
    report("edition, held-out documents, merged/split/dropped",
           generated(HELD_OUT, SEEDS), glossary, lexicons, ceiling=True)  # fmt: skip
    for edit in EDITS:
        report(f"  … {edit} only", generated(HELD_OUT, SEEDS, (edit,)), glossary, lexicons)
    report("hand-written bilingual texts", written(), glossary, lexicons)
    report("edition, held-out, reordered (monotone: at most half recoverable)",
           generated(HELD_OUT, SEEDS, ("reorder",)), glossary, lexicons)  # fmt: skip
    timing(glossary, lexicons)


if __name__ == "__main__":
    if sys.argv[1:] == ["constants"]:
        constants()
    else:
        run()
