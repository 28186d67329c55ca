"""whoosh analyzers over the words of `viewer.core.terms`: the index and the
queries stem exactly as the checker and the comparison aids do.

The analyzers are built from module-level classes because whoosh pickles
them into the index.
"""

from whoosh.analysis import Filter, RegexTokenizer, ShingleFilter

from viewer.core.terms import stem
from viewer.core.text import TOKEN_PATTERN, fold

PAIR_SEP = " "


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
