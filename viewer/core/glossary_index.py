"""Where the glossary's terms occur in the corpus, and which terms a reader's
typing names: what the Glossary panel lists and the reader's tips tell.

A term occurs where one of its forms does, matched as `terms.Glossary`
matches them (stem by stem: case-, ё- and inflection-insensitive), at
[start, end) character offsets in a block's plain text. Nested forms count
too: «Организации Объединенных Наций» inside the name of a UN centre is an
occurrence of the United Nations, as search has it.

Free of the search engine and of widgets; built for one corpus on first
need (the stemmer's first use included), and kept for it.
"""

from typing import NamedTuple

from viewer.core.model import LANGS, Corpus
from viewer.core.terms import Glossary, glossary_of, stem
from viewer.core.text import TOKEN_RE, fold


class TermSpan(NamedTuple):
    start: int
    end: int
    term: int  # its index in the glossary


class Occurrence(NamedTuple):
    """A block pair where a term occurs, in either language or both."""

    doc: str
    paragraph: int
    spans: dict  # lang -> ((start, end), ...) in that language's plain text


def term_spans(glossary: Glossary, text: str, lang: str) -> list[TermSpan]:
    """Every place in `text` where a form of `lang` of a glossary term
    occurs, in reading order (the longer first where two start together)."""
    return sorted(
        {TermSpan(*place) for place in glossary.places(text, lang)},
        key=lambda s: (s.start, -s.end, s.term),
    )


class GlossaryIndex:
    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.glossary = glossary_of(corpus.glossary)
        self.terms = corpus.glossary
        self._blocks: dict[tuple[str, int, str], list[TermSpan]] = {}
        self._occurrences: list[list[Occurrence]] | None = None
        self._words = [_words_of(term) for term in self.terms]

    def spans_in(self, doc_id: str, paragraph: int, lang: str) -> list[TermSpan]:
        """The term spans of one block, found on first asking and kept: the
        reader asks only for the blocks it is pointed at."""
        key = (doc_id, paragraph, lang)
        if key not in self._blocks:
            document = self.corpus.document(doc_id)
            text = document.pairs[paragraph - 1].text(lang).plain
            self._blocks[key] = term_spans(self.glossary, text, lang)
        return self._blocks[key]

    def terms_at(self, doc_id: str, paragraph: int, lang: str, offset: int) -> list[int]:
        """The terms whose form covers `offset` in that block: the longest
        form's terms only, the most specific name the text gives there."""
        covering = [s for s in self.spans_in(doc_id, paragraph, lang) if s.start <= offset <= s.end]
        if not covering:
            return []
        longest = max(s.end - s.start for s in covering)
        return sorted({s.term for s in covering if s.end - s.start == longest})

    def occurrences(self, term: int) -> list[Occurrence]:
        """The block pairs where `term` occurs, in the library's order."""
        if self._occurrences is None:
            self._occurrences = self._find_all()
        return self._occurrences[term]

    def _find_all(self) -> list[list[Occurrence]]:
        found: list[list[Occurrence]] = [[] for _ in self.terms]
        for document in self.corpus.documents:
            for pair in document.pairs:
                by_term: dict[int, dict[str, list[tuple[int, int]]]] = {}
                for lang in LANGS:
                    for span in self.spans_in(document.id, pair.paragraph, lang):
                        spans = by_term.setdefault(span.term, {}).setdefault(lang, [])
                        spans.append((span.start, span.end))
                for term, spans in by_term.items():
                    marks = {lang: tuple(_merged(places)) for lang, places in spans.items()}
                    found[term].append(Occurrence(document.id, pair.paragraph, marks))
        return found

    def matching(self, query: str) -> list[int]:
        """The terms (indices, in glossary order) that every word of `query`
        names: a word of one of its forms, in either language, or of its
        note, that begins with the typed word or with its stem, whatever
        the case and ё. Terms named by their forms come before those named
        only by their notes."""
        typed = [fold(match.group(0)) for match in TOKEN_RE.finditer(query)]
        if not typed:
            return list(range(len(self.terms)))
        starts = [{word, stem(word)} for word in typed]
        by_forms, by_note = [], []
        for index, (forms, note) in enumerate(self._words):
            if all(_begins(forms, ways) for ways in starts):
                by_forms.append(index)
            elif all(_begins(forms | note, ways) for ways in starts):
                by_note.append(index)
        return by_forms + by_note


def _words_of(term) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of a term's forms, and of its note."""
    forms = " ".join(term.forms("ru") + term.forms("en"))
    return _folded(forms), _folded(term.note)


def _folded(text: str) -> frozenset[str]:
    return frozenset(fold(match.group(0)) for match in TOKEN_RE.finditer(text))


def _begins(words: frozenset[str], starts: set[str]) -> bool:
    return any(word.startswith(start) for word in words for start in starts if start)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one (two forms of a term may share words)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


_last: GlossaryIndex | None = None


def index_of(corpus: Corpus) -> GlossaryIndex:
    """The index of `corpus`, built once (the app has one corpus at a time;
    a window rebuilt for another language keeps it)."""
    global _last
    if _last is None or _last.corpus is not corpus:
        _last = GlossaryIndex(corpus)
    return _last
