"""Words as search, checking and comparison see them: stems, and the
glossary terms a text mentions. Free of the search engine, so the checker
and later the comparison aids match terms without loading it.

Cyrillic words get the Snowball Russian stemmer and Latin words the English
one: documents quote names and acronyms in the other script, and one
stemmer mangles the other script's words.
"""

from functools import cache, lru_cache

from viewer.core.model import LANGS, Term
from viewer.core.text import TOKEN_RE, fold, is_cyrillic


@cache
def _stemmer(language: str):
    import snowballstemmer  # first use only: start-up never stems

    return snowballstemmer.stemmer(language).stemWord


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of one folded word, by the stemmer of its script."""
    return _stemmer("russian" if is_cyrillic(word) else "english")(word)


def tokens(text: str) -> list[str]:
    """The folded words of `text`."""
    return [fold(match.group(0)) for match in TOKEN_RE.finditer(text)]


def stems(text: str) -> list[str]:
    """The stems of the words of `text`, in order."""
    return [stem(token) for token in tokens(text)]


class Glossary:
    """The glossary's forms as stem sequences: which term a query or a text
    names, matched case-, ё- and inflection-insensitively."""

    def __init__(self, terms: tuple[Term, ...]):
        self.terms = terms
        self.forms = [
            {lang: [tuple(stems(form)) for form in term.forms(lang)] for lang in LANGS}
            for term in terms
        ]
        self._by_stems: dict[tuple[str, ...], int] = {}  # a form in either language
        self._terms_of: dict[str, dict[tuple[str, ...], set[int]]] = {lang: {} for lang in LANGS}
        # lang -> first stem -> (form as stems, term index), in glossary order:
        # where a form of the text may start, for whoever walks a text's words
        self.starting: dict[str, dict[str, list[tuple[tuple[str, ...], int]]]] = {
            lang: {} for lang in LANGS
        }
        for index, forms in enumerate(self.forms):
            for lang in LANGS:
                for form in forms[lang]:
                    self._by_stems.setdefault(form, index)
                    if form:
                        self._terms_of[lang].setdefault(form, set()).add(index)
                        self.starting[lang].setdefault(form[0], []).append((form, index))
        # lang -> the most words a form has
        self.longest = {
            lang: max((len(form) for form in self._terms_of[lang]), default=1) for lang in LANGS
        }

    def named_by(self, own: tuple[str, ...]) -> int | None:
        """The term one of whose forms, in either language, is `own`."""
        return self._by_stems.get(own)

    def forms_in(self, text: str, lang: str) -> set[tuple[str, ...]]:
        """The forms of `lang` (as stems) that occur in `text`."""
        return self._forms_among(stems(text), lang)

    def _forms_among(self, words: list[str], lang: str) -> set[tuple[str, ...]]:
        found = set()
        for i, word in enumerate(words):
            for form, _term in self.starting[lang].get(word, ()):
                if tuple(words[i : i + len(form)]) == form:
                    found.add(form)
        return found

    def places(self, text: str, lang: str) -> list[tuple[int, int, int]]:
        """(start, end, term) of each occurrence in `text` of a form of
        `lang`: [start, end) in `text`, from its first word's first letter to
        its last word's last, for each term that has the form."""
        words = list(TOKEN_RE.finditer(text))
        found = []
        stemmed = [stem(fold(word.group(0))) for word in words]
        for i, first in enumerate(stemmed):
            for form, term in self.starting[lang].get(first, ()):
                if tuple(stemmed[i : i + len(form)]) == form:
                    found.append((words[i].start(), words[i + len(form) - 1].end(), term))
        return found

    def mentioned(self, text: str, lang: str) -> set[int]:
        """The terms with a form of `lang` that occurs in `text`."""
        return self.mentioned_among(stems(text), lang)

    def mentioned_among(self, words: list[str], lang: str) -> set[int]:
        """The terms with a form of `lang` among `words`, a text's stems in order."""
        forms = self._forms_among(words, lang)
        return {index for form in forms for index in self._terms_of[lang][form]}


@lru_cache(maxsize=4)
def glossary_of(terms: tuple[Term, ...]) -> Glossary:
    """The Glossary of `terms`, made once: the window's search, difference
    flags, counterparts and glossary panel share it (it is read only)."""
    return Glossary(terms)
