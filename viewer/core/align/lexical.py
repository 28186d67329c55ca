"""How far a counterpart lexicon holds for the text being aligned.

The lexicon is learned from the edition; a text on another subject, or
translated loosely, may share its word pairs no more between translations
than between any two paragraphs. Trusted there, the lexicon's penalties
for unshared words would argue against every link, and the aligner would
leave most paragraphs without counterpart (text whose words were drawn at
random lost over half its right links that way).

So the text itself is asked: the word pairs a Russian paragraph shares with
the English paragraphs near the diagonal of equal shares of each text's
length, where its translation lies, against those it shares with as many
paragraphs half the text away. Their ratio scales the lexicon's weights: 0
when words are shared as much far away as near, towards 1 when only near.
"""

import math
from collections.abc import Sequence

# Paragraphs without counterpart move the right links off the diagonal,
# the further the longer the text: in the 2,000-paragraph benchmark, 90% of
# them lie within 11 paragraphs of it, a quarter of the square root of the
# count; in the edition's documents, within 3.
MIN_REACH = 2


def reach(count: int) -> int:
    """How many English paragraphs on each side of the diagonal are near,
    of `count`."""
    return max(MIN_REACH, round(math.sqrt(count) / 4))


def agreement(
    ru_words: Sequence[set], en_words: Sequence[set], weight: dict, diagonal: Sequence[int]
) -> float:
    """From 0 to 1: how much more the paragraphs near the diagonal share
    (the best near each Russian paragraph, `weight` summed over the word
    pairs shared) than those half the text away. `ru_words` and `en_words`
    hold each paragraph's word pairs, `diagonal[i]` the English paragraph
    level with Russian paragraph i."""
    m = len(en_words)
    if not m:
        return 0.0
    width = reach(m)
    near = far = 0.0
    for i, words in enumerate(ru_words):
        if not words:
            continue
        centre = diagonal[i]
        close = {j for j in range(centre - width, centre + width + 1) if 0 <= j < m}
        away = centre + m // 2
        others = {j % m for j in range(away - width, away + width + 1)} - close
        near += _best(words, en_words, close, weight)
        far += _best(words, en_words, others, weight)
    return max(0.0, 1 - far / near) if near > 0 else 0.0


def _best(words: set, en_words: Sequence[set], candidates, weight: dict) -> float:
    return max(
        (sum(weight[w] for w in words & en_words[j]) for j in candidates),
        default=0.0,
    )
