"""Automatic paragraph alignment of a Russian and an English text.

Dynamic programming over paragraph lengths in the manner of Gale and Church,
strengthened by anchors (numbers and dates, glossary terms, Latin-script
names, quotations, and optionally a counterpart lexicon), allowing 1:1, 1:2,
2:1, 1:0 and 0:1 links; each link carries its posterior probability as its
confidence. Pure Python: core of the import command, no GUI.
"""

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

from viewer.core.align.anchors import QUOTE, Bag, bag
from viewer.core.align.search import MOVES, Model, band, best_path
from viewer.core.terms import Glossary

# -log prior of each link type, in MOVES order (1:1, 1:0, 0:1, 2:1, 1:2).
# Gale and Church's were 0.89 / 0.0099 / 0.089 shared; these were tuned on
# the development half of the generated test documents (tests/align_data.py).
PRIORS = (-math.log(0.80), -math.log(0.03), -math.log(0.03), -math.log(0.07), -math.log(0.07))
# Reward (nats) for an anchor both sides share once, by kind, before the
# rarity weighting; tuned with PRIORS.
ANCHOR_WEIGHTS = {"number": 4.0, "term": 1.5, "name": 2.5, QUOTE: 1.0}
# Penalty (nats) for an anchor one side of a link has and the other lacks.
MISS_WEIGHTS = {"number": 1.5, "term": 0.5, "name": 1.0, QUOTE: 0.5}
# Scale of costs for posteriors: above 1 the model's overconfidence is
# tempered; tuned so that wrong links of the development set mostly fall
# below 0.5.
TEMPERATURE = 1.0
# Half-width of the first band, in cells; doubled while the best path
# runs along its edge.
FIRST_WIDTH = 24
# Anchors in so many paragraphs that their weight falls below this are
# skipped: they say little and would cost many pairs.
MIN_WEIGHT = 0.05

Counterparts = Callable[[str, str], float]


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
    counterparts: Counterparts | None = None,
) -> list[Link]:
    """Links covering every paragraph of both sides, in order.

    `counterparts(ru_text, en_text)`, when given, returns the evidence (in
    nats, 0 for none) that two texts translate each other by the words of a
    counterpart lexicon; it is asked about every candidate 1:1, 2:1 and 1:2
    link near the diagonal, merged paragraphs joined by a blank line."""
    if not ru or not en:
        return [Link((i,), (), 1.0) for i in range(len(ru))] + [
            Link((), (j,), 1.0) for j in range(len(en))
        ]
    ru_lengths = [float(len(text)) for text in ru]
    en_lengths = [float(len(text)) for text in en]
    anchors = _Anchors(ru, en, glossary)
    width = FIRST_WIDTH
    while True:
        grid = band(ru_lengths, en_lengths, width)
        bonus = anchors.bonus(grid, counterparts)
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
    unmatched anchor argues against the link rather than for another one.
    Only anchors found in both languages somewhere in the texts count."""

    def __init__(self, ru: Sequence[str], en: Sequence[str], glossary: Glossary | None):
        self.ru, self.en = ru, en
        self.ru_bags = [bag(text, "ru", glossary) for text in ru]
        self.en_bags = [bag(text, "en", glossary) for text in en]
        where_ru, where_en = _positions(self.ru_bags), _positions(self.en_bags)
        total = len(ru) + len(en)
        self.reward, self.miss, self.shared = {}, {}, []
        for anchor, places in where_ru.items():
            if anchor not in where_en:
                continue
            found = len(places) + len(where_en[anchor])
            rarity = 1.0
            if anchor[0] != QUOTE:  # quotations are counted, not told apart
                rarity = min(1.0, math.log(1 + total / found) / math.log(1 + total / 2))
            if rarity * ANCHOR_WEIGHTS[anchor[0]] >= MIN_WEIGHT:
                self.reward[anchor] = rarity * ANCHOR_WEIGHTS[anchor[0]]
                self.miss[anchor] = rarity * MISS_WEIGHTS[anchor[0]]
                self.shared.append((anchor, places, where_en[anchor]))
        miss = self.miss
        self.miss_ru = [
            sum(miss[a] * count for a, count in b.anchors.items() if a in miss) for b in self.ru_bags
        ]
        self.miss_en = [
            sum(miss[a] * count for a, count in b.anchors.items() if a in miss and a not in b.loose)
            for b in self.en_bags
        ]

    def value(self, ru_bags: list[Bag], en_bags: list[Bag]) -> float:
        """What the anchors shared by a link save on its cost: their reward
        and the miss penalties they spare both sides."""
        ru_anchors = ru_bags[0].anchors if len(ru_bags) == 1 else sum((b.anchors for b in ru_bags), Counter())
        if len(en_bags) == 1:
            en_anchors, loose = en_bags[0].anchors, en_bags[0].loose
        else:
            en_anchors = sum((b.anchors for b in en_bags), Counter())
            loose = frozenset().union(*(b.loose for b in en_bags))
        reward, miss = self.reward, self.miss
        total = 0.0
        for a, count in ru_anchors.items():
            if a in reward and a in en_anchors:
                both = min(count, en_anchors[a])
                total += both * (reward[a] + miss[a] * (1 if a in loose else 2))
        return total

    def bonus(self, grid, counterparts: Counterparts | None) -> tuple[dict, dict, dict]:
        """What anchors save on the 1:1, 2:1 and 1:2 links inside `grid`."""
        n, m = len(self.ru), len(self.en)
        key_row = m + 1
        lo, hi = grid
        pairs = set()
        for _anchor, places, others in self.shared:
            for i in places:
                first = bisect_left(others, lo[i] - 2)
                last = bisect_right(others, hi[i + 1] + 1)
                pairs.update((i, j) for j in others[first:last])
        if counterparts is not None:
            pairs.update((i, j) for i in range(n) for j in range(lo[i], min(m, hi[i + 1] + 1)))
        b11, b21, b12 = {}, {}, {}
        starts21 = {(s, j) for i, j in pairs for s in (i - 1, i) if 0 <= s < n - 1}
        starts12 = {(i, s) for i, j in pairs for s in (j - 1, j) if 0 <= s < m - 1}
        ru_bags, en_bags, value = self.ru_bags, self.en_bags, self.value
        for i, j in pairs:
            b11[i * key_row + j] = value(ru_bags[i : i + 1], en_bags[j : j + 1])
        for i, j in starts21:
            b21[i * key_row + j] = value(ru_bags[i : i + 2], en_bags[j : j + 1])
        for i, j in starts12:
            b12[i * key_row + j] = value(ru_bags[i : i + 1], en_bags[j : j + 2])
        if counterparts is not None:
            ru, en = self.ru, self.en
            for i, j in pairs:
                b11[i * key_row + j] += counterparts(ru[i], en[j])
            for i, j in starts21:
                b21[i * key_row + j] += counterparts(f"{ru[i]}\n\n{ru[i + 1]}", en[j])
            for i, j in starts12:
                b12[i * key_row + j] += counterparts(ru[i], f"{en[j]}\n\n{en[j + 1]}")
        return b11, b21, b12


def _positions(bags: list[Bag]) -> dict:
    where: dict = {}
    for index, found in enumerate(bags):
        for anchor in found.anchors:
            where.setdefault(anchor, []).append(index)
    return where
