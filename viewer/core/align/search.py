"""The best monotone path of links through a band of the (ru, en) grid, and
each link's posterior probability.

Cell (i, j) means "the first i Russian and j English paragraphs are
aligned". A link leads from cell to cell: 1:1 from (i, j) to (i+1, j+1),
1:0 to (i+1, j), 0:1 to (i, j+1), 2:1 to (i+2, j+1), 1:2 to (i+1, j+2).
Costs are negative log-likelihoods in nats: the cheapest path is the
alignment, and sums over the paths near it give each of its links a
posterior probability. Plain Python on purpose (NumPy is no dependency):
the inner loop works on whole-width rows padded with INF, so that it needs
no bounds checks.
"""

import math
from typing import NamedTuple

from viewer.core.align import lengths

INF = math.inf
# (Russian paragraphs, English paragraphs) of each link type, in the order
# of the priors.
MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
_PAD = 2  # INF cells left of j = 0, so that j - 2 needs no check
_HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)
# Half-width of the band, around the best path, over which posteriors sum.
POSTERIOR_WIDTH = 6


class Band(NamedTuple):
    lo: list[int]  # first English count in each row
    hi: list[int]  # last English count in each row


def band(ru_lengths: list[float], en_lengths: list[float], width: int) -> Band:
    """Rows around the diagonal of equal shares of each text's length,
    `width` cells to each side, each row reachable from the one before.

    Merged and split paragraphs keep a path on that diagonal; only a
    paragraph without counterpart moves it off, by one cell."""
    n, m = len(ru_lengths), len(en_lengths)
    scale = sum(en_lengths) / max(1.0, sum(ru_lengths))
    cum_en = [0.0]
    for length in en_lengths:
        cum_en.append(cum_en[-1] + length)
    lo, hi = [], []
    j, total = 0, 0.0
    for i in range(n + 1):
        if i:
            total += ru_lengths[i - 1] * scale
        while j < m and abs(cum_en[j + 1] - total) <= abs(cum_en[j] - total):
            j += 1
        low, high = max(0, j - width), min(m, j + width)
        if i:
            low = min(low, hi[-1] + 1)
        lo.append(low)
        hi.append(max(high, low))
    lo[0], hi[-1] = 0, m
    return Band(lo, hi)


class Model:
    """Every link's cost: its prior, its lengths, and what anchors say.

    `bonus` holds anchor savings of 1:1, 2:1 and 1:2 links keyed by the
    link's first (ru, en) paragraph as `i * (m + 1) + j`; `miss_ru` and
    `miss_en` what each paragraph's anchors cost a link whose other side
    lacks them all; `priors` are -log p(link type) in MOVES order."""

    def __init__(self, ru_lengths, en_lengths, priors, bonus, miss_ru, miss_en, temperature):
        self.ru, self.en = ru_lengths, en_lengths
        self.n, self.m = len(ru_lengths), len(en_lengths)
        self.priors = priors
        self.bonus = bonus
        self.miss_ru, self.miss_en = miss_ru, miss_en
        self.temperature = temperature

    def cost(self, i: int, j: int, move: int) -> float:
        """The cost of the link of type `move` from cell (i, j)."""
        di, dj = MOVES[move]
        prior = self.priors[move]
        if dj == 0:
            return prior + lengths.alone(self.ru[i])
        if di == 0:
            return prior
        ru = self.ru[i : i + di]
        en = self.en[j : j + dj]
        cost = prior + lengths.cond(sum(ru), sum(en))
        cost += sum(self.miss_ru[i : i + di]) + sum(self.miss_en[j : j + dj])
        if di == 2:
            cost += lengths.split(sum(ru))
        table = self.bonus[{(1, 1): 0, (2, 1): 1, (1, 2): 2}[(di, dj)]]
        return cost - table.get(i * (self.m + 1) + j, 0.0)


class Result(NamedTuple):
    links: list[tuple[int, int, int]]  # (i, j, move): a link from cell (i, j)
    posteriors: list[float]
    at_edge: bool  # the path runs along the band's edge: a wider band may do better
    cost: float


def best_path(model: Model, grid: Band) -> Result:
    """Viterbi over the band, then posteriors near the path found."""
    links, cost, at_edge = _viterbi(model, grid)
    return Result(links, _posteriors(model, links), at_edge, cost)


def _viterbi(model: Model, grid: Band) -> tuple[list[tuple[int, int, int]], float, bool]:
    n, m = model.n, model.m
    lo, hi = grid
    ratio, variance = lengths.RATIO, lengths.VARIANCE
    inv_ratio = 1 / ratio
    alone, split, log = lengths.alone, lengths.split, math.log
    p11, p10, p01, p21, p12 = model.priors
    p11 += _HALF_LOG_2PI
    p21 += _HALF_LOG_2PI
    p12 += _HALF_LOG_2PI
    b11, b21, b12 = model.bonus
    key_row = m + 1
    floor = 0.5 * log(variance)  # the least a link's lengths can cost
    # Index x = j + _PAD in every padded list.
    en = [0.0] * _PAD + list(model.en)
    miss_en = [0.0] * _PAD + list(model.miss_en)
    ru, miss_ru = model.ru, model.miss_ru
    blank = [INF] * (m + 1 + _PAD)
    before, previous = blank, blank  # rows i - 2 and i - 1
    back = []
    for i in range(n + 1):
        row = blank[:]
        lo_i, hi_i = lo[i], hi[i]
        moves = bytearray(hi_i - lo_i + 1)
        back.append(moves)
        if i:
            length_ru = ru[i - 1]
            drop = p10 + alone(length_ru)
            linked = p11 + miss_ru[i - 1]
            linked12 = p12 + miss_ru[i - 1]
            floor12 = linked12 + floor
            key11 = (i - 1) * key_row - 1 - _PAD
        if i > 1:
            merged = length_ru + ru[i - 2]
            linked21 = p21 + split(merged) + miss_ru[i - 2] + miss_ru[i - 1]
            key21 = (i - 2) * key_row - 1 - _PAD
            floor21 = linked21 + floor
        else:
            merged = linked21 = floor21 = INF
            key21 = 0
        first = lo_i
        if not i:
            row[_PAD] = 0.0
            first = max(1, lo_i)
        for x in range(first + _PAD, hi_i + _PAD + 1):
            best, move = row[x - 1] + p01, 2
            if i:
                value = previous[x] + drop
                if value < best:
                    best, move = value, 1
                length_en = en[x - 1]
                spread = variance * (length_en + length_ru * inv_ratio) * 0.5
                if spread < variance:
                    spread = variance
                excess = length_ru - ratio * length_en
                value = previous[x - 1] + linked + miss_en[x - 1]
                value += 0.5 * (excess * excess / spread + log(spread))
                if b11:
                    value -= b11.get(key11 + x, 0.0)
                if value < best:
                    best, move = value, 0
                value = previous[x - 2]
                if b12:
                    value -= b12.get(key11 - 1 + x, 0.0)
                if value + floor12 < best:  # else no 1:2 link can win
                    pair_en = en[x - 2] + length_en
                    spread = variance * (pair_en + length_ru * inv_ratio) * 0.5
                    if spread < variance:
                        spread = variance
                    excess = length_ru - ratio * pair_en
                    value += linked12 + miss_en[x - 2] + miss_en[x - 1]
                    value += 0.5 * (excess * excess / spread + log(spread))
                    if value < best:
                        best, move = value, 4
                value = before[x - 1]
                if b21:
                    value -= b21.get(key21 + x, 0.0)
                if value + floor21 < best:  # else no 2:1 link can win
                    spread = variance * (length_en + merged * inv_ratio) * 0.5
                    if spread < variance:
                        spread = variance
                    excess = merged - ratio * length_en
                    value += linked21 + miss_en[x - 1]
                    value += 0.5 * (excess * excess / spread + log(spread))
                    if value < best:
                        best, move = value, 3
            row[x] = best
            moves[x - _PAD - lo_i] = move
        before, previous = previous, row
    total = previous[m + _PAD]

    links = []
    i, j, at_edge = n, m, False
    while i or j:
        move = back[i][j - lo[i]]
        at_edge = at_edge or (lo[i] > 0 and j - lo[i] < 2) or (hi[i] < m and hi[i] - j < 2)
        di, dj = MOVES[move]
        i, j = i - di, j - dj
        links.append((i, j, move))
    links.reverse()
    return links, total, at_edge


def _posteriors(model: Model, links: list[tuple[int, int, int]]) -> list[float]:
    """Each link's probability among the paths that keep within
    POSTERIOR_WIDTH cells of the best one (costs scaled by the model's
    temperature); the paths further away weigh next to nothing."""
    n, m = model.n, model.m
    lo, hi = [m] * (n + 1), [0] * (n + 1)
    for i, j, move in [*links, (n, m, 0)]:
        di, dj = MOVES[move] if (i, j) != (n, m) else (0, 0)
        for row in range(i, i + di + 1):
            lo[row] = min(lo[row], j)
            hi[row] = max(hi[row], j + dj)
    lo = [max(0, j - POSTERIOR_WIDTH) for j in lo]
    hi = [min(m, j + POSTERIOR_WIDTH) for j in hi]
    scale = 1 / model.temperature
    costs = {}  # (i, j, move) -> scaled cost, for links inside the band
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            for move, (di, dj) in enumerate(MOVES):
                end_i, end_j = i + di, j + dj
                if end_i <= n and end_j <= m and lo[end_i] <= end_j <= hi[end_i]:
                    costs[i, j, move] = model.cost(i, j, move) * scale
    total_forward = _forward(costs, n, m, lo, hi)
    total_backward = _backward(costs, n, m, lo, hi)
    total = total_forward[n, m]
    posteriors = []
    for i, j, move in links:
        di, dj = MOVES[move]
        log_p = total - total_forward[i, j] - costs[i, j, move] - total_backward[i + di, j + dj]
        posteriors.append(min(1.0, math.exp(log_p)))
    return posteriors


def _forward(costs: dict, n: int, m: int, lo: list[int], hi: list[int]) -> dict:
    """-log of the summed probability of all paths from (0, 0) to each cell."""
    sums = {(0, 0): 0.0}
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            if i or j:
                terms = []
                for move, (di, dj) in enumerate(MOVES):
                    cost = costs.get((i - di, j - dj, move))
                    if cost is not None:
                        terms.append(sums[i - di, j - dj] + cost)
                sums[i, j] = _neg_log_sum_exp(terms)
    return sums


def _backward(costs: dict, n: int, m: int, lo: list[int], hi: list[int]) -> dict:
    """-log of the summed probability of all paths from each cell to (n, m)."""
    sums = {(n, m): 0.0}
    for i in range(n, -1, -1):
        for j in range(hi[i], lo[i] - 1, -1):
            if (i, j) != (n, m):
                terms = []
                for move, (di, dj) in enumerate(MOVES):
                    cost = costs.get((i, j, move))
                    if cost is not None:
                        terms.append(sums[i + di, j + dj] + cost)
                sums[i, j] = _neg_log_sum_exp(terms)
    return sums


def _neg_log_sum_exp(terms: list[float]) -> float:
    """-log(sum(exp(-t))): the costs of alternative paths combined."""
    low = min(terms, default=INF)
    if low == INF:
        return INF
    return low - math.log(sum(math.exp(low - t) for t in terms))
