"""How long a Russian paragraph is given its English original, in the
manner of Gale and Church (1993): the Russian length in characters is
normal around RATIO times the English one, with a variance that grows with
the paragraphs' length. Unlike theirs, the costs are densities (-log, in
nats), so that a link's lengths, a lone paragraph's length and where a text
was cut compare on one scale. The Russian side is generated from the
English one: a lone English paragraph costs only its prior, a lone Russian
one its length too. (A symmetric variant, charging lone and cut English
paragraphs alike, scored no better on the development documents.)

The constants were measured on the edition's 51 block pairs (five
documents; `python -m tests.bench.align constants` prints them again):
characters of plain text, headings and quotations included.
"""

import math

# Russian characters per English character, over the whole edition.
RATIO = 1.0285
# Variance of (ru - RATIO * en) per character of the pair's mean length;
# Gale and Church measured 6.8 for English–German. It grows with length in
# the edition (2.5 below 100 characters, 4.7 above 300); one figure keeps
# the model theirs.
VARIANCE = 4.41
# Paragraph lengths (English characters) are log-normal: mean and standard
# deviation of their logarithm.
LOG_MEAN = 5.445
LOG_SD = 0.880

_HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)


def cond(ru: float, en: float) -> float:
    """-log density of a Russian length `ru` given an English length `en`."""
    spread = VARIANCE * max(1.0, (en + ru / RATIO) / 2)
    excess = ru - RATIO * en
    return 0.5 * excess * excess / spread + 0.5 * math.log(spread) + _HALF_LOG_2PI


def alone(length: float) -> float:
    """-log density of a paragraph's length (in its own language's
    characters) when it has no counterpart."""
    x = max(1.0, length / RATIO)
    z = (math.log(x) - LOG_MEAN) / LOG_SD
    return math.log(x) + 0.5 * z * z + math.log(LOG_SD) + _HALF_LOG_2PI


def split(length: float) -> float:
    """-log probability of where a text of `length` characters is cut in
    two: anywhere, as far as lengths know."""
    return math.log(max(1.0, length))
