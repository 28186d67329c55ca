"""Quotations in one block's text: the outermost «…», “…”, „…“ or "…".

Quotations are not matched by their words (one is a translation of the
other): the two versions are compared by how many they hold and where, and
a quotation the other version has no counterpart for is the difference.
"""

import re
from typing import NamedTuple

_PAIRS = {"«": "»", "“": "”", "„": "“"}


class Quotation(NamedTuple):
    text: str  # the words inside the marks
    start: int  # at the opening mark
    end: int  # after the closing mark


_MARK_RE = re.compile('[«»“”„"]')


def quotations(text: str) -> list[Quotation]:
    marks = [(m.start(), m.group(0)) for m in _MARK_RE.finditer(text)]
    found = []
    i = 0
    while i < len(marks):
        start, opening = marks[i]
        closing = _PAIRS.get(opening) or ('"' if opening == '"' else None)
        end = None if closing is None else _closing(marks, i, opening, closing)
        if end is None:
            i += 1
            continue
        inner = text[start + 1 : marks[end][0]].strip()
        if inner:
            found.append(Quotation(inner, start, marks[end][0] + 1))
        i = end + 1
    return found


def _closing(marks: list[tuple[int, str]], first: int, opening: str, closing: str) -> int | None:
    """The mark that closes the one at `first`, nested pairs of the same
    marks skipped («…«…»…»)."""
    depth = 0
    for i in range(first + 1, len(marks)):
        char = marks[i][1]
        if char == closing:
            if depth == 0:
                return i
            depth -= 1
        elif char == opening and opening != closing:
            depth += 1
    return None


def unmatched(ours: list[Quotation], theirs: list[Quotation], size: int, their_size: int):
    """The quotations of `ours` that have no counterpart among `theirs`, when
    `ours` holds more: each of `theirs` is paired, in order, with one of
    `ours` at the nearest relative place in its text, and the rest are
    left over."""
    if len(ours) <= len(theirs):
        return []
    place = [(q.start + q.end) / 2 / max(size, 1) for q in ours]
    their_place = [(q.start + q.end) / 2 / max(their_size, 1) for q in theirs]
    n, m = len(ours), len(theirs)
    # cost[i][j]: the best pairing of theirs[j:] with ours[i:]
    infinity = float("inf")
    cost = [[infinity] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        cost[i][m] = 0.0
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            cost[i][j] = min(cost[i + 1][j], abs(place[i] - their_place[j]) + cost[i + 1][j + 1])
    left, j = [], 0
    for i in range(n):
        paired = j < m and cost[i][j] == abs(place[i] - their_place[j]) + cost[i + 1][j + 1]
        if paired:
            j += 1
        else:
            left.append(ours[i])
    return left
