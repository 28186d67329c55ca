"""Words as search and terminology see them: tokens, folding, stems.

Cyrillic words get the Snowball Russian stemmer and Latin words the English
one, whatever the field they come from: documents quote names and acronyms in
the other script, and one stemmer mangles the other script's words.

The whoosh analyzers are built from module-level classes because whoosh
pickles them into the index.
"""

import re
import unicodedata
from functools import lru_cache

from whoosh.analysis import Filter, RegexTokenizer, ShingleFilter
from whoosh.lang import stemmer_for_language

# Runs of letters and digits: hyphens, dashes and apostrophes split words, so
# «боевиков-террористов» is two words, as are "Counter-Terrorism".
TOKEN_PATTERN = r"[^\W_]+"
TOKEN_RE = re.compile(TOKEN_PATTERN)
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
PAIR_SEP = " "

_stem_ru = stemmer_for_language("ru")
_stem_en = stemmer_for_language("en")


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC_RE.search(word))


def fold(word: str) -> str:
    """Lower-case; ё as е; Latin accents dropped (Cyrillic й stays й)."""
    word = word.lower().replace("ё", "е")
    if word.isascii() or is_cyrillic(word):
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of one folded word, by the stemmer of its script."""
    return _stem_ru(word) if is_cyrillic(word) else _stem_en(word)


def tokens(text: str) -> list[str]:
    return [fold(match.group(0)) for match in TOKEN_RE.finditer(text)]


def stems(text: str) -> list[str]:
    return [stem(token) for token in tokens(text)]


class FoldFilter(Filter):
    def __call__(self, tokens):
        for token in tokens:
            token.text = fold(token.text)
            yield token


class ScriptStemFilter(Filter):
    def __call__(self, tokens):
        for token in tokens:
            token.text = stem(token.text)
            yield token


def stemming_analyzer():
    return RegexTokenizer(TOKEN_PATTERN) | FoldFilter() | ScriptStemFilter()


def pairs_analyzer():
    """Stems of adjacent words as one term ("дорожн карт"): a two-word phrase
    becomes a single term lookup instead of a scan of word positions, which
    is what keeps phrases of common words fast in a large index."""
    return stemming_analyzer() | ShingleFilter(size=2, sep=PAIR_SEP)


def exact_analyzer():
    """Folded but unstemmed: for prefixes, wildcards, fuzzy terms, spelling."""
    return RegexTokenizer(TOKEN_PATTERN) | FoldFilter()
