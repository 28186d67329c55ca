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
from math import exp, log
from typing import NamedTuple

from viewer.core.align import lengths

INF = math.inf
# (Russian paragraphs, English paragraphs) of each link type, in the order
# of the priors.
MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
_PAD = 2  # INF cells left of j = 0, so that j - 2 needs no check
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
        self.n, self.m = len(ru_lengths), len(en_lengths)
        self.ru, self.miss_ru = list(ru_lengths), list(miss_ru)
        # Index j + _PAD, so that j - 2 needs no check.
        self.en = [0.0] * _PAD + list(en_lengths)
        self.miss_en = [0.0] * _PAD + list(miss_en)
        self.priors = priors
        self.bonus = bonus
        self.temperature = temperature

    def row(self, i: int, lo: int, hi: int) -> list[list[float]]:
        """The cost of each type of link ending at (i, j), for j from `lo`
        to `hi`: one list per type, in MOVES order. Whether the link's start
        lies in the band is the caller's concern."""
        width = hi - lo + 1
        p11, p10, p01, p21, p12 = self.priors
        costs = [[INF] * width, [INF] * width, [p01] * width, [INF] * width, [INF] * width]
        if not i:
            return costs
        ru, en, miss_en = self.ru, self.en, self.miss_en
        b11, b21, b12 = self.bonus
        cond = lengths.cond
        key_row = self.m + 1
        length_ru = ru[i - 1]
        costs[1] = [p10 + lengths.alone(length_ru)] * width
        first = max(lo, 1)
        xs = range(first + _PAD, hi + _PAD + 1)
        skip = first - lo
        base = p11 + self.miss_ru[i - 1]
        key = (i - 1) * key_row - 1 - _PAD
        costs[0][skip:] = [
            base + miss_en[x - 1] + cond(length_ru, en[x - 1]) - b11.get(key + x, 0.0) for x in xs
        ]
        base = p12 + self.miss_ru[i - 1]
        costs[4][skip:] = [
            base
            + miss_en[x - 2]
            + miss_en[x - 1]
            + cond(length_ru, en[x - 2] + en[x - 1])
            - b12.get(key - 1 + x, 0.0)
            for x in xs
        ]
        if i > 1:
            merged = ru[i - 2] + length_ru
            base = p21 + lengths.split(merged) + self.miss_ru[i - 2] + self.miss_ru[i - 1]
            key -= key_row
            costs[3][skip:] = [
                base + miss_en[x - 1] + cond(merged, en[x - 1]) - b21.get(key + x, 0.0) for x in xs
            ]
        return costs

    def cost(self, i: int, j: int, move: int) -> float:
        """The cost of the link of type `move` from cell (i, j)."""
        di, dj = MOVES[move]
        return self.row(i + di, j + dj, j + dj)[move][0]


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
    blank = [INF] * (m + 1 + _PAD)  # whole-width rows: index j + _PAD
    before, previous = blank, blank  # rows i - 2 and i - 1
    back = []
    for i in range(n + 1):
        lo_i, hi_i = lo[i], hi[i]
        c11, c10, c01, c21, c12 = model.row(i, lo_i, hi_i)
        row = blank[:]
        moves = bytearray(hi_i - lo_i + 1)
        if not i:
            row[_PAD] = 0.0
        for x in range(hi_i - lo_i + 1):
            if not i and not x:
                continue
            at = x + lo_i + _PAD
            best, move = row[at - 1] + c01[x], 2
            value = previous[at] + c10[x]
            if value < best:
                best, move = value, 1
            value = previous[at - 1] + c11[x]
            if value < best:
                best, move = value, 0
            value = previous[at - 2] + c12[x]
            if value < best:
                best, move = value, 4
            value = before[at - 1] + c21[x]
            if value < best:
                best, move = value, 3
            row[at] = best
            moves[x] = move
        back.append(moves)
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
    POSTERIOR_WIDTH cells of the best one, costs divided by the model's
    temperature; the paths further away weigh next to nothing."""
    n, m = model.n, model.m
    lo, hi = [m] * (n + 1), [0] * (n + 1)
    for i, j, move in links:
        di, dj = MOVES[move]
        for row in range(i, i + di + 1):
            lo[row] = min(lo[row], j)
            hi[row] = max(hi[row], j + dj)
    lo[n], hi[n] = min(lo[n], m), m
    lo = [max(0, j - POSTERIOR_WIDTH) for j in lo]
    hi = [min(m, j + POSTERIOR_WIDTH) for j in hi]
    scale = 1 / model.temperature
    costs = [
        [[cost * scale for cost in by_move] for by_move in model.row(i, lo[i], hi[i])]
        for i in range(n + 1)
    ]
    forward = _sums(costs, lo, hi, n, m, forward=True)
    backward = _sums(costs, lo, hi, n, m, forward=False)
    total = forward[n][m - lo[n]]
    posteriors = []
    for i, j, move in links:
        di, dj = MOVES[move]
        end_i, end_j = i + di, j + dj
        cost = costs[end_i][move][end_j - lo[end_i]]
        log_p = total - forward[i][j - lo[i]] - cost - backward[end_i][end_j - lo[end_i]]
        posteriors.append(min(1.0, math.exp(log_p)))
    return posteriors


def _sums(costs, lo, hi, n, m, forward: bool) -> list[list[float]]:
    """-log of the summed probability of all paths in the band from (0, 0)
    to each cell (`forward`), or from each cell to (n, m)."""
    sums = []
    rows = range(n + 1) if forward else range(n, -1, -1)
    for i in rows:
        lo_i, width = lo[i], hi[i] - lo[i] + 1
        row = [INF] * width
        sums.append(row)
        if forward:
            near = sums[-2] if i > 0 else [], lo[i - 1] if i > 0 else 0
            far = sums[-3] if i > 1 else [], lo[i - 2] if i > 1 else 0
            start = 0 if not i else -1
            cells = range(width)
        else:
            near = sums[-2] if i < n else [], lo[i + 1] if i < n else 0
            far = sums[-3] if i < n - 1 else [], lo[i + 2] if i < n - 1 else 0
            start = width - 1 if i == n else -1
            cells = range(width - 1, -1, -1)
        row_near, lo_near = near
        row_far, lo_far = far
        size_near, size_far = len(row_near), len(row_far)
        if forward:
            c11, c10, c01, c21, c12 = costs[i]
        else:
            own = costs[i][2]
            n11, n10, _, _, n12 = costs[i + 1] if i < n else ([], [], [], [], [])
            f21 = costs[i + 2][3] if i < n - 1 else []
        for x in cells:
            if x == start:
                row[x] = 0.0
                continue
            j = lo_i + x
            if forward:  # links into (i, j)
                t01 = row[x - 1] + c01[x] if x else INF
                y = j - lo_near
                t10 = row_near[y] + c10[x] if 0 <= y < size_near else INF
                t11 = row_near[y - 1] + c11[x] if 0 < y <= size_near else INF
                t12 = row_near[y - 2] + c12[x] if 1 < y <= size_near + 1 else INF
                y = j - 1 - lo_far
                t21 = row_far[y] + c21[x] if 0 <= y < size_far else INF
            else:  # links out of (i, j), their costs kept at their ends
                t01 = row[x + 1] + own[x + 1] if x + 1 < width else INF
                y = j - lo_near
                t10 = row_near[y] + n10[y] if 0 <= y < size_near else INF
                t11 = row_near[y + 1] + n11[y + 1] if -1 <= y < size_near - 1 else INF
                t12 = row_near[y + 2] + n12[y + 2] if -2 <= y < size_near - 2 else INF
                y = j + 1 - lo_far
                t21 = row_far[y] + f21[y] if 0 <= y < size_far else INF
            low = min(t01, t10, t11, t12, t21)
            if low < INF:
                total = exp(low - t01) + exp(low - t10) + exp(low - t11)
                row[x] = low - log(total + exp(low - t12) + exp(low - t21))
    return sums if forward else sums[::-1]
