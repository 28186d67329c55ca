"""Counterpart words: for words marked in one language of a block pair (by a
search, or by the reader's selection), the words of the other language that
probably translate them.

The glossary speaks first: a term form the marks cover (half of its words
or more) has its counterparts in the term's forms of the other language,
whole phrases matched by stems.
Words outside glossary terms then ask the lexicon learned from the edition
(see lexicon.py). Each counterpart says where it came from and which words
it answers, for the reader's tooltip.
"""

from functools import lru_cache
from typing import NamedTuple

from viewer.core.lexicon import Lexicon
from viewer.core.model import LANGS
from viewer.core.terms import Glossary, stem
from viewer.core.text import TOKEN_RE, fold

GLOSSARY = "glossary"
LEXICON = "lexicon"


class Counterpart(NamedTuple):
    lang: str  # of the text it is in
    start: int  # offsets in that text
    end: int
    source: str  # GLOSSARY or LEXICON
    of: str  # the marked words it answers, as the other text spells them


class _Word(NamedTuple):
    start: int
    end: int
    stem: str


@lru_cache(maxsize=2048)
def _words(text: str) -> tuple[_Word, ...]:
    """The words of `text` with their stems; kept for the texts of recent
    hits, which a search typed letter by letter asks for again and again."""
    return tuple(_Word(m.start(), m.end(), stem(fold(m.group(0)))) for m in TOKEN_RE.finditer(text))


def other(lang: str) -> str:
    return LANGS[1 - LANGS.index(lang)]


class Counterparts:
    """Finds counterparts by the glossary and, if there is one, a lexicon."""

    def __init__(self, glossary: Glossary, lexicon: Lexicon | None = None):
        self.glossary = glossary
        self.lexicon = lexicon if lexicon is not None else Lexicon()

    def find(self, texts: dict[str, str], lang: str, spans, exclude=()) -> tuple[Counterpart, ...]:
        """The counterparts, in the other language's text of `texts` (lang ->
        text), of the words of `texts[lang]` that `spans` ((start, end)
        offsets) touch; none that overlaps `exclude` (spans of the other
        text already marked otherwise). In reading order."""
        spans = [tuple(span) for span in spans if span[0] < span[1]]
        if not spans:
            return ()
        target = other(lang)
        text, other_text = texts[lang], texts[target]
        words = _words(text)

        def touched(start: int, end: int) -> bool:
            return any(start < span_end and span_start < end for span_start, span_end in spans)

        marked = [i for i, word in enumerate(words) if touched(word.start, word.end)]
        terms: dict[int, str] = {}  # term index -> the words that name it
        taken = set()  # indexes of the marked words a glossary term answered
        for first, last, index in self._terms_in(words, lang, marked):
            # A term counts when the marks cover half its words or more: one
            # word of a long name is asked for on its own.
            covered = sum(touched(w.start, w.end) for w in words[first : last + 1])
            if 2 * covered >= last - first + 1:
                taken.update(range(first, last + 1))
                terms.setdefault(index, text[words[first].start : words[last].end])
        wanted: dict[str, str] = {}  # stem of the other language -> the word it answers
        for i in marked:
            if i not in taken:
                word = words[i]
                for counterpart in self.lexicon.counterparts(word.stem, lang):
                    wanted.setdefault(counterpart, text[word.start : word.end])
        if not (terms or wanted):
            return ()
        other_words = _words(other_text)
        found: dict[tuple[int, int], Counterpart] = {}
        if terms:
            for first, last, index in self._terms_in(other_words, target):
                if index in terms:
                    place = (other_words[first].start, other_words[last].end)
                    found.setdefault(place, Counterpart(target, *place, GLOSSARY, terms[index]))
        for word in other_words:
            if word.stem in wanted:
                place = (word.start, word.end)
                found.setdefault(place, Counterpart(target, *place, LEXICON, wanted[word.stem]))
        return tuple(
            sorted(
                (
                    c
                    for c in _without_overlaps(found.values())
                    if not any(c.start < end and start < c.end for start, end in exclude)
                ),
                key=lambda c: c.start,
            )
        )

    def _terms_in(self, words, lang: str, near=None):
        """(first word, last word, term index) of each glossary form in
        `words`; with `near` (word indexes), only forms over one of them."""
        if near is not None:
            reach = self.glossary.longest[lang]
            starts = sorted({i for n in near for i in range(max(0, n - reach + 1), n + 1)})
        else:
            starts = range(len(words))
        starting = self.glossary.starting[lang]
        for i in starts:
            for form, index in starting.get(words[i].stem, ()):
                end = i + len(form)
                if tuple(w.stem for w in words[i:end]) == form and (
                    near is None or any(i <= n < end for n in near)
                ):
                    yield i, end - 1, index


def _without_overlaps(found) -> list[Counterpart]:
    """The counterparts that overlap none kept before them: the glossary's
    first (a phrase over a word the lexicon found in it), then the earlier
    and longer."""
    ordered = sorted(found, key=lambda c: (c.source != GLOSSARY, c.start, -c.end))
    kept: list[Counterpart] = []
    for candidate in ordered:
        if not any(candidate.start < k.end and k.start < candidate.end for k in kept):
            kept.append(candidate)
    return kept
