"""Where a block's text names a glossary entry: a state, an organisation, a
person, a place or a key term, in any of its forms (variants, acronyms)
and, since forms are compared stem by stem, in any case form.

The glossary's folding and stems (`terms.Glossary`) are the start; two
things are added. Russian names are matched through their case endings as
well, since the stemmer treats names unevenly («Астана» → аста but «Астане»
→ астан, «Узбекистан» → узбекиста but «Узбекистане» → узбекистан). And
addresses (www.un.org, rahmanova@un.org) name nothing: they are masked.
Each match keeps where it stands, so that a reader sees the words a
difference is about.
"""

from functools import lru_cache
from typing import NamedTuple

from viewer.core.model import LANGS
from viewer.core.terms import Glossary, stem
from viewer.core.text import TOKEN_RE, fold, is_cyrillic, mask_addresses

# Case endings of Russian nouns and names, longest first.
_ENDINGS = sorted(
    [
        "а",
        "я",
        "у",
        "ю",
        "е",
        "и",
        "ы",
        "о",
        "ь",
        "й",
        "ом",
        "ем",
        "ам",
        "ям",
        "ах",
        "ях",
        "ой",
        "ей",
        "ою",
        "ею",
        "ов",
        "ев",
        "ым",
        "им",
        "ыми",
        "ими",
        "ами",
        "ями",
        "ия",
        "ии",
        "ие",
        "ью",
    ],
    key=len,
    reverse=True,
)


class Naming(NamedTuple):
    term: int  # index in the glossary
    start: int
    end: int


@lru_cache(maxsize=100_000)
def keys(word: str) -> frozenset[str]:
    """What a word is matched by, folded: its stem and, for a Russian word,
    the word itself and the word without each case ending it may have."""
    word = fold(word)
    found = {"=" + stem(word)}
    if is_cyrillic(word):
        found.add(word)
        found.update(
            word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 3
        )
    return frozenset(found)


class Namer:
    """The glossary's forms indexed by the keys of their first word, per
    language."""

    def __init__(self, glossary: Glossary):
        self.glossary = glossary
        self._by_first: dict[str, dict[str, list[tuple[tuple[frozenset, ...], int]]]] = {
            lang: {} for lang in LANGS
        }
        # a word of a text → the forms that may start at it: one look-up a word
        self._starting: dict[str, dict[str, tuple]] = {lang: {} for lang in LANGS}
        for index, term in enumerate(glossary.terms):
            for lang in LANGS:
                for form in term.forms(lang):
                    words = tuple(keys(m.group(0)) for m in TOKEN_RE.finditer(form))
                    if not words:
                        continue
                    for key in words[0]:
                        self._by_first[lang].setdefault(key, []).append((words, index))

    def namings(self, text: str, lang: str) -> list[Naming]:
        """Every occurrence in `text` of a form of `lang`."""
        text = mask_addresses(text)
        words = [m for m in TOKEN_RE.finditer(text)]
        starting = self._starting[lang]
        found = set()
        for i, match in enumerate(words):
            word = match.group(0)
            forms = starting.get(word)
            if forms is None:
                forms = starting[word] = self._forms_at(word, lang)
            for form, index in forms:
                n = len(form)
                if i + n <= len(words) and all(
                    form[k] & keys(words[i + k].group(0)) for k in range(1, n)
                ):
                    found.add(Naming(index, match.start(), words[i + n - 1].end()))
        return sorted(found, key=lambda naming: (naming.start, -naming.end))

    def _forms_at(self, word: str, lang: str) -> tuple:
        by_first = self._by_first[lang]
        forms = {}
        for key in keys(word):
            for form, index in by_first.get(key, ()):
                forms[id(form), index] = (form, index)
        return tuple(forms.values())

    def kind(self, term: int) -> str:
        return self.glossary.terms[term].kind

    def name(self, term: int, lang: str) -> str:
        """The entry's preferred form in `lang`."""
        return self.glossary.terms[term].forms(lang)[0]
