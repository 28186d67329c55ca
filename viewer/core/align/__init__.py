"""Automatic paragraph alignment of a Russian and an English text.

Dynamic programming over paragraph lengths in the manner of Gale and Church,
strengthened by anchors (numbers and dates, glossary terms, Latin-script
names, quotations, and the word pairs of a counterpart lexicon, as far as
the text bears them out: see lexical.py), allowing 1:1, 1:2,
2:1, 1:0 and 0:1 links; each link carries as its confidence its posterior
probability (costs tempered by TEMPERATURE). Pure Python, for the import
command; `python -m tests.bench.align` measures it.
"""

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from viewer.core.align.anchors import NAME, NUMBER, QUOTE, SOUND, TERM, WORD, Bag, bag
from viewer.core.align.lexical import agreement
from viewer.core.align.search import MOVES, Model, band, best_path
from viewer.core.lexicon import Lexicon
from viewer.core.terms import Glossary

# -log prior of each link type, in MOVES order (1:1, 1:0, 0:1, 2:1, 1:2).
# Gale and Church's were 0.89, 0.0099 shared by 1:0 and 0:1, 0.089 shared by
# 2:1 and 1:2. These were tuned (coordinate search, recall plus precision)
# on the development documents of tests/align_data.py, never on the held-out
# ones; a lone paragraph also pays for its length (lengths.alone), hence
# 1:0 and 0:1 weights far above their share of links.
PRIORS = (-math.log(0.80), -math.log(0.2), -math.log(0.2), -math.log(0.07), -math.log(0.07))
# Reward (nats) for an anchor both sides share once, by kind, before the
# rarity weighting; tuned with PRIORS. The lexicon's word pairs (WORD) were
# tuned after, the rest fixed, on the development documents with lexicons
# learned from the edition's other documents; both their weights are scaled
# by how far the text bears the lexicon out (lexical.agreement).
ANCHOR_WEIGHTS = {NUMBER: 4.0, TERM: 1.5, NAME: 2.5, SOUND: 2.0, QUOTE: 1.0, WORD: 1.0}
# Penalty (nats) for an anchor one side of a link has and the other lacks;
# capitalised words (SOUND) are loose on both sides, never penalised. A
# word pair's penalty is what tells a paragraph without counterpart from
# one merged with its neighbour.
MISS_WEIGHTS = {NUMBER: 1.5, TERM: 1.0, NAME: 1.0, SOUND: 0.0, QUOTE: 0.5, WORD: 0.75}
# Scale of costs for posteriors: above 1 the model's overconfidence is
# tempered. On the development documents (150 seeds), 2 puts 12 of the 37
# wrong links below 0.5 and 1.2% of the right ones (1: 1 and 1.0%; 3: 14
# and 4.8%).
TEMPERATURE = 2.0
# Half-width of the first band, in cells; doubled while the best path
# runs along its edge.
FIRST_WIDTH = 24
# Anchors in so many paragraphs that their weight falls below this are
# skipped: they say little and would cost many pairs. Word pairs are many
# more to a paragraph than other anchors, and skipped sooner: below 0.15
# they changed no link of the development documents, and they made most of
# the work in the 2,000-paragraph benchmark.
MIN_WEIGHT = 0.05
MIN_WORD = 0.15


class Link(NamedTuple):
    """Paragraphs (0-based indices) of each side that translate each other;
    one side is empty for a paragraph with no counterpart."""

    ru: tuple[int, ...]
    en: tuple[int, ...]
    confidence: float


def align(
    ru: Sequence[str],
    en: Sequence[str],
    glossary: Glossary | None = None,
    lexicon: Lexicon | None = None,
) -> list[Link]:
    """Links covering every paragraph of both sides, in order; the terms of
    `glossary` and the word pairs of `lexicon` (see lexicon.py), when given,
    are anchors too."""
    if not ru or not en:
        return [Link((i,), (), 1.0) for i in range(len(ru))] + [
            Link((), (j,), 1.0) for j in range(len(en))
        ]
    ru_lengths = [float(len(text)) for text in ru]
    en_lengths = [float(len(text)) for text in en]
    diagonal = band(ru_lengths, en_lengths, 0).lo
    anchors = _Anchors(ru, en, glossary, lexicon, diagonal)
    width = FIRST_WIDTH
    while True:
        grid = band(ru_lengths, en_lengths, width)
        bonus = anchors.bonus(grid)
        model = Model(
            ru_lengths, en_lengths, PRIORS, bonus, anchors.miss_ru, anchors.miss_en, TEMPERATURE
        )
        result = best_path(model, grid)
        if not result.at_edge or width >= max(len(ru), len(en)):
            break
        width *= 2
    links = []
    for (i, j, move), confidence in zip(result.links, result.posteriors, strict=True):
        di, dj = MOVES[move]
        links.append(Link(tuple(range(i, i + di)), tuple(range(j, j + dj)), confidence))
    return links


def pairs_json(ru: Sequence[str], en: Sequence[str], links: Sequence[Link]) -> dict:
    """The alignment as `diptych import --dry-run --json` prints it: each
    side's paragraphs joined by a blank line, empty where it has none."""
    return {
        "pairs": [
            {
                "ru": "\n\n".join(ru[i] for i in link.ru),
                "en": "\n\n".join(en[j] for j in link.en),
                "confidence": round(link.confidence, 3),
            }
            for link in links
        ]
    }


class _Anchors:
    """Each paragraph's anchors, found once, and what they say of a link.

    A link's two sides are expected to share their anchors: each anchor they
    share earns its reward, each one only one side has costs its miss
    penalty. A paragraph left without counterpart pays no penalty, so an
    unmatched anchor argues against the link rather than for another one;
    so does an anchor the other text lacks altogether (a number, a name
    only this paragraph has is a sign that its counterpart is missing).
    `diagonal[i]` is the English paragraph level with Russian paragraph i
    by their lengths."""

    def __init__(
        self,
        ru: Sequence[str],
        en: Sequence[str],
        glossary: Glossary | None,
        lexicon: Lexicon | None,
        diagonal: Sequence[int],
    ):
        self.n, self.m = len(ru), len(en)
        self.ru_bags = [bag(text, "ru", glossary, lexicon) for text in ru]
        self.en_bags = [bag(text, "en", glossary, lexicon) for text in en]
        where_ru, where_en = _positions(self.ru_bags), _positions(self.en_bags)
        total = len(ru) + len(en)
        rarity = {}
        for anchor in sorted(where_ru.keys() | where_en.keys()):  # sums in a fixed order
            rarity[anchor] = 1.0
            if anchor[0] != QUOTE:  # quotations are counted, not told apart
                found = len(where_ru.get(anchor, ())) + len(where_en.get(anchor, ()))
                rarity[anchor] = min(1.0, math.log(1 + total / found) / math.log(1 + total / 2))
        weights, miss_weights = ANCHOR_WEIGHTS, MISS_WEIGHTS
        if lexicon is not None:
            share = agreement(_words(self.ru_bags), _words(self.en_bags), rarity, diagonal)
            weights = weights | {WORD: share * weights[WORD]}
            miss_weights = miss_weights | {WORD: share * miss_weights[WORD]}
        self.reward, self.miss, self.shared = {}, {}, []
        for anchor, rare in rarity.items():
            least = MIN_WORD if anchor[0] == WORD else MIN_WEIGHT
            if rare * weights[anchor[0]] >= least:
                self.reward[anchor] = rare * weights[anchor[0]]
                self.miss[anchor] = rare * miss_weights[anchor[0]]
                places, others = where_ru.get(anchor), where_en.get(anchor)
                if places and others:
                    self.shared.append((anchor, places, others))
        miss = self.miss
        self.miss_ru = [_misses(b, miss) for b in self.ru_bags]
        self.miss_en = [_misses(b, miss) for b in self.en_bags]

    def bonus(self, grid) -> tuple[dict, dict, dict]:
        """What anchors save on the 1:1, 2:1 and 1:2 links inside `grid`:
        for each anchor both sides of a link share, its reward and the miss
        penalties it spares them."""
        n, m = self.n, self.m
        key_row = m + 1
        lo, hi = grid
        b11, b21, b12 = defaultdict(float), defaultdict(float), defaultdict(float)
        ru_bags, en_bags = self.ru_bags, self.en_bags
        for anchor, places, others in self.shared:
            reward, miss = self.reward[anchor], self.miss[anchor]
            saved = (reward + 2 * miss, reward + miss, reward)  # by how many sides are loose
            ru = {i: _count(ru_bags[i], anchor) for i in places}
            en = {j: _count(en_bags[j], anchor) for j in others}
            ru21 = {
                s: _add(ru.get(s), ru.get(s + 1))
                for i in places
                for s in (i - 1, i)
                if 0 <= s < n - 1
            }
            en12 = {
                t: _add(en.get(t), en.get(t + 1))
                for j in others
                for t in (j - 1, j)
                if 0 <= t < m - 1
            }
            starts12 = sorted(en12)
            for table, ru_side, en_side, en_starts, rows in (
                (b11, ru, en, others, 1),
                (b21, ru21, en, others, 2),
                (b12, ru, en12, starts12, 1),
            ):
                # What a link saves when the Russian side has the anchor once
                # (most do), by whether it is loose there.
                once = [
                    {j: saved[loose + other[1]] for j, other in en_side.items()} for loose in (0, 1)
                ]
                for i, (count, loose) in ru_side.items():
                    first = bisect_left(en_starts, lo[i] - 2)
                    last = bisect_right(en_starts, hi[min(n, i + rows)] + 1)
                    row = i * key_row
                    if count == 1:
                        gain = once[loose]
                        for j in en_starts[first:last]:
                            table[row + j] += gain[j]
                        continue
                    for j in en_starts[first:last]:
                        other, other_loose = en_side[j]
                        table[row + j] += min(count, other) * saved[loose + other_loose]
        return b11, b21, b12


def _words(bags: list[Bag]) -> list[set]:
    """Each paragraph's word pairs of the lexicon."""
    return [{anchor for anchor in found.anchors if anchor[0] == WORD} for found in bags]


def _count(found: Bag, anchor) -> tuple[int, bool]:
    return found.anchors[anchor], anchor in found.loose


def _add(first: tuple[int, bool] | None, second: tuple[int, bool] | None) -> tuple[int, bool]:
    """An anchor's count and looseness in two paragraphs taken as one."""
    if first is None or second is None:
        return first or second
    return first[0] + second[0], first[1] or second[1]


def _misses(found: Bag, miss: dict) -> float:
    """What a paragraph's anchors cost a link whose other side has none."""
    return sum(
        miss[a] * count for a, count in found.anchors.items() if a in miss and a not in found.loose
    )


def _positions(bags: list[Bag]) -> dict:
    where: dict = {}
    for index, found in enumerate(bags):
        for anchor in found.anchors:
            where.setdefault(anchor, []).append(index)
    return where
