"""Words as search and terminology see them: tokens, folding, stems.

Cyrillic words get the Snowball Russian stemmer and Latin words the English
one, whatever the field they come from: documents quote names and acronyms in
the other script, and one stemmer mangles the other script's words.

The whoosh analyzers are built from module-level classes because whoosh
pickles them into the index.
"""

from functools import lru_cache

from whoosh.analysis import Filter, RegexTokenizer, ShingleFilter
from whoosh.lang import stemmer_for_language

from viewer.core.text import TOKEN_PATTERN, TOKEN_RE, fold, is_cyrillic

PAIR_SEP = " "

_stem_ru = stemmer_for_language("ru")
_stem_en = stemmer_for_language("en")


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
