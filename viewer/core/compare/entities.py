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

import re
from functools import lru_cache
from typing import NamedTuple

from viewer.core.model import LANGS
from viewer.core.terms import Glossary, stem
from viewer.core.text import TOKEN_RE, fold, is_cyrillic

# Case endings of Russian nouns and names, longest first.
_ENDINGS = sorted(
    "а я у ю е и ы о ь й ом ем ам ям ах ях ой ей ою ею ов ев ым им ыми ими ами ями ия ии ие ью".split(),
    key=len,
    reverse=True,
)
_ADDRESS_RE = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|int|gov|edu|info)\b\S*"
)


class Naming(NamedTuple):
    term: int  # index in the glossary
    start: int
    end: int


@lru_cache(maxsize=100_000)
def keys(word: str) -> frozenset[str]:
    """What a folded word is matched by: its stem and, for a Russian word,
    the word itself and the word without each case ending it may have."""
    found = {"=" + stem(word)}
    if is_cyrillic(word):
        found.add(word)
        found.update(word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 3)
    return frozenset(found)


class Namer:
    """The glossary's forms indexed by the keys of their first word, per
    language."""

    def __init__(self, glossary: Glossary):
        self.glossary = glossary
        self._by_first: dict[str, dict[str, list[tuple[tuple[frozenset, ...], int]]]] = {
            lang: {} for lang in LANGS
        }
        for index, term in enumerate(glossary.terms):
            for lang in LANGS:
                for form in term.forms(lang):
                    words = tuple(keys(fold(m.group(0))) for m in TOKEN_RE.finditer(form))
                    if not words:
                        continue
                    for key in words[0]:
                        self._by_first[lang].setdefault(key, []).append((words, index))

    def namings(self, text: str, lang: str) -> list[Naming]:
        """Every occurrence in `text` of a form of `lang`."""
        masked = _ADDRESS_RE.sub(lambda m: " " * len(m.group(0)), text)
        words = [(keys(fold(m.group(0))), m.start(), m.end()) for m in TOKEN_RE.finditer(masked)]
        by_first = self._by_first[lang]
        found = set()
        for i, (first, _start, _end) in enumerate(words):
            for key in first:
                for form, index in by_first.get(key, ()):
                    n = len(form)
                    if i + n <= len(words) and all(
                        form[k] & words[i + k][0] for k in range(n)
                    ):
                        found.add(Naming(index, words[i][1], words[i + n - 1][2]))
        return sorted(found, key=lambda naming: (naming.start, -naming.end))

    def kind(self, term: int) -> str:
        return self.glossary.terms[term].kind

    def name(self, term: int, lang: str) -> str:
        """The entry's preferred form in `lang`."""
        return self.glossary.terms[term].forms(lang)[0]
