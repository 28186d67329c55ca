"""Paragraph alignment figures: accuracy (share of correct links) on test
documents whose answer is known, how well confidence separates wrong links,
and the time to align a 2,000-paragraph pair. The time is given as CPU time
too: on a shared machine the wall clock measures the neighbours. The first
run fills the word caches (stems, name skeletons) that later runs reuse.

    python -m tests.bench.align              (all figures)
    python -m tests.bench.align constants    (the length model's constants, measured on the edition)
"""

import math
import random
import statistics
import sys
import time

from tests.align_data import (
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
from viewer.core.loader import load_corpus
from viewer.core.paths import default_corpus_dir
from viewer.core.terms import Glossary

SEEDS = range(100, 160)  # the tests use others
THRESHOLD = 0.5
SIZE = 2000


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


def evaluate(cases: list[Case], glossary: Glossary) -> tuple:
    total, right, wrong = EMPTY, [], []
    for case in cases:
        links = align(case.ru, case.en, glossary)
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


def report(title: str, cases: list[Case], glossary: Glossary) -> None:
    total, right, wrong = evaluate(cases, glossary)
    kinds = "  ".join(
        f"{kind} {total.share(kind):.3f} ({total.gold[kind]})" for kind in sorted(total.gold)
    )
    print(
        f"  {title}: {len(cases)} documents, {not_one_to_one(cases):.0%} of paragraphs not 1:1;"
        f" correct links {total.recall:.4f} of the right ones, {total.precision:.4f} of those found"
    )
    print(f"    by kind of link: {kinds}")
    if wrong:
        low = sum(c < THRESHOLD for c in wrong) / len(wrong)
        high = sum(c >= THRESHOLD for c in right) / len(right)
        print(
            f"    confidence: {len(wrong)} wrong links, {low:.0%} below {THRESHOLD};"
            f" {high:.1%} of right links at or above it;"
            f" mean {statistics.mean(wrong):.2f} wrong / {statistics.mean(right):.2f} right"
        )


def timing(glossary: Glossary) -> None:
    rnd = random.Random(SIZE)
    ru, en = paired_paragraphs(SIZE)
    synthetic = perturb("synthetic", ru, en, rnd)
    documents = edition(HELD_OUT)
    ru_pool = [p for _, ru, _ in documents for p in ru]
    en_pool = [p for _, _, en in documents for p in en]
    picks = [rnd.randrange(len(ru_pool)) for _ in range(SIZE)]
    tiled = perturb("tiled", [ru_pool[k] for k in picks], [en_pool[k] for k in picks], rnd)
    for name, case in (("synthetic words", synthetic), ("edition paragraphs, tiled", tiled)):
        for with_glossary in (False, True):
            walls, cpus = [], []
            for _ in range(3):
                wall, cpu = time.perf_counter(), time.process_time()
                links = align(case.ru, case.en, glossary if with_glossary else None)
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
            accuracy = score(case, links).recall
            print(
                f"  {SIZE} pairs, {name}, {'with' if with_glossary else 'without'} glossary:"
                f" {len(case.ru)}×{len(case.en)} paragraphs: first run {walls[0]:.2f} s"
                f" ({cpus[0]:.2f} s of CPU), best of 3 {min(walls):.2f} s"
                f" ({min(cpus):.2f} s of CPU);"
                f" correct links {accuracy:.3f}"
            )


def run() -> None:
    print("Paragraph alignment")
    glossary = Glossary(load_corpus(default_corpus_dir()).glossary)
    report(
        "edition, held-out documents, merged/split/dropped", generated(HELD_OUT, SEEDS), glossary
    )
    for edit in EDITS:
        report(f"  … {edit} only", generated(HELD_OUT, SEEDS, (edit,)), glossary)
    report("hand-written bilingual texts", written(), glossary)
    report("edition, held-out, reordered (monotone: at most half recoverable)",
           generated(HELD_OUT, SEEDS, ("reorder",)), glossary)  # fmt: skip
    timing(glossary)


if __name__ == "__main__":
    if sys.argv[1:] == ["constants"]:
        constants()
    else:
        run()
