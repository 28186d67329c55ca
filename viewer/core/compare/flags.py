"""Difference flags: what one version of a block pair says and the other
does not (a number, a date, a named entity, a quotation), for the reader,
the checker and `diptych compare` alike.

A flag between two official versions is information for the reader; a flag
on the edition's own translation is a defect of the edition, unless the
document's metadata records it as intended (`[[intended]]` in meta.toml).
"""

from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core import numbers
from viewer.core.compare import quotes
from viewer.core.compare.entities import Namer
from viewer.core.messages import Message, message
from viewer.core.model import LANGS, BlockPair, Document, Intended, Term
from viewer.core.terms import Glossary, glossary_of

TRANSLATION = "unofficial-translation"

_MESSAGES = {
    ("number", "en"): QT_TRANSLATE_NOOP(
        "Compare", "The English has {found}; the Russian paragraph does not."
    ),
    ("number", "ru"): QT_TRANSLATE_NOOP(
        "Compare", "The Russian has {found}; the English paragraph does not."
    ),
    ("date", "en"): QT_TRANSLATE_NOOP(
        "Compare", "The English gives the date {found}; the Russian paragraph does not."
    ),
    ("date", "ru"): QT_TRANSLATE_NOOP(
        "Compare", "The Russian gives the date {found}; the English paragraph does not."
    ),
    ("entity", "en"): QT_TRANSLATE_NOOP(
        "Compare", "The English names {found}; the Russian paragraph does not ({other})."
    ),
    ("entity", "ru"): QT_TRANSLATE_NOOP(
        "Compare", "The Russian names {found}; the English paragraph does not ({other})."
    ),
    ("quotation", "en"): QT_TRANSLATE_NOOP(
        "Compare", "The English quotes {found}; the Russian paragraph has no quotation there."
    ),
    ("quotation", "ru"): QT_TRANSLATE_NOOP(
        "Compare", "The Russian quotes {found}; the English paragraph has no quotation there."
    ),
}
_QUOTE_SHOWN = 60  # characters of a quotation in a message


class Flag(NamedTuple):
    doc: str
    paragraph: int  # 1-based position of the block pair
    kind: str  # one of KINDS
    only_in: str  # "ru" or "en": the version that has it
    value: str  # what was found, normalised: 2017-06-13, 10.5, Turkmenistan
    found: str  # the words as the text has them
    other: str  # an entity's name in the other language; "" for other kinds
    spans: tuple[tuple[int, int], ...]  # where it is, in only_in's plain text
    translation: bool  # one of the two versions is the edition's translation

    @property
    def message(self) -> Message:
        found = self.found
        if (
            self.kind == "entity"
            and not _acronym(found)
            and len(found.split()) == len(self.value.split())
        ):
            found = self.value  # «Ашхабаде» is named as Ашхабад
        if self.kind == "quotation":
            cut = found if len(found) <= _QUOTE_SHOWN else found[: _QUOTE_SHOWN - 1] + "…"
            found = f"«{cut}»" if self.only_in == "ru" else f"“{cut}”"
        return message("Compare", _MESSAGES[self.kind, self.only_in], found=found, other=self.other)

    def matches(self, record: Intended) -> bool:
        return (
            record.paragraph == self.paragraph
            and record.kind == self.kind
            and record.only_in in ("", self.only_in)
            and record.value.casefold() in (self.value.casefold(), self.found.casefold())
        )


class Comparer:
    """Compares the block pairs of documents, with one glossary."""

    def __init__(self, glossary: tuple[Term, ...] | Glossary):
        self.namer = Namer(glossary if isinstance(glossary, Glossary) else glossary_of(glossary))

    def pair_flags(self, doc: str, pair: BlockPair, translation: bool = False) -> list[Flag]:
        texts = {lang: pair.text(lang).plain for lang in LANGS}
        flags = []
        flags += self._numbers(doc, pair.paragraph, texts, translation)
        flags += self._entities(doc, pair.paragraph, texts, translation)
        flags += self._quotations(doc, pair.paragraph, texts, translation)
        return flags

    def _numbers(self, doc, paragraph, texts, translation) -> list[Flag]:
        found = {lang: numbers.mentions(texts[lang], lang) for lang in LANGS}
        values = {lang: {(m.kind, m.value) for m in found[lang]} for lang in LANGS}
        flags = []
        for lang, other in (("ru", "en"), ("en", "ru")):
            seen = set()
            for mention in found[lang]:
                key = (mention.kind, mention.value)
                if key in seen or numbers.covers(mention.value, mention.kind, values[other]):
                    continue
                seen.add(key)
                spans = tuple((m.start, m.end) for m in found[lang] if (m.kind, m.value) == key)
                flags.append(
                    Flag(
                        doc,
                        paragraph,
                        mention.kind,
                        lang,
                        mention.value,
                        texts[lang][mention.start : mention.end],
                        "",
                        spans,
                        translation,
                    )
                )
        return flags

    def _entities(self, doc, paragraph, texts, translation) -> list[Flag]:
        namings = {lang: self.namer.namings(texts[lang], lang) for lang in LANGS}
        terms = {lang: {n.term for n in namings[lang]} for lang in LANGS}
        flags = []
        for lang, other in (("ru", "en"), ("en", "ru")):
            for term in sorted(terms[lang] - terms[other], key=lambda t: _first(namings[lang], t)):
                if self._inside_named(term, namings[lang], terms[other]):
                    continue
                own = [n for n in namings[lang] if n.term == term]
                flags.append(
                    Flag(
                        doc,
                        paragraph,
                        "entity",
                        lang,
                        self.namer.name(term, lang),
                        texts[lang][own[0].start : own[0].end],
                        self.namer.name(term, other),
                        tuple((n.start, n.end) for n in own),
                        translation,
                    )
                )
        return flags

    @staticmethod
    def _inside_named(term: int, namings, named_there: set[int]) -> bool:
        """Whether every occurrence of `term` lies inside the name of another
        entry that the other version names too: the words of a name are not
        mentions of their own (Central Asia in the name of the Joint Plan of
        Action for Central Asia)."""
        own = [n for n in namings if n.term == term]
        return all(
            any(
                o.term != term and o.term in named_there and o.start <= n.start and n.end <= o.end
                for o in namings
            )
            for n in own
        )

    def _quotations(self, doc, paragraph, texts, translation) -> list[Flag]:
        found = {lang: quotes.quotations(texts[lang]) for lang in LANGS}
        flags = []
        for lang, other in (("ru", "en"), ("en", "ru")):
            left = quotes.unmatched(found[lang], found[other], len(texts[lang]), len(texts[other]))
            for quotation in left:
                flags.append(
                    Flag(
                        doc,
                        paragraph,
                        "quotation",
                        lang,
                        quotation.text,
                        quotation.text,
                        "",
                        ((quotation.start, quotation.end),),
                        translation,
                    )
                )
        return flags

    def document_flags(self, document: Document) -> tuple[Flag, ...]:
        """Every flag of `document` not recorded as intended, pair by pair."""
        return _document_flags(self, document)

    def all_flags(self, document: Document) -> tuple[Flag, ...]:
        """Every flag of `document`, intended ones included."""
        return _all_flags(self, document)


def _acronym(words: str) -> bool:
    return words.isupper() and " " not in words


def _first(namings, term: int) -> int:
    return min(n.start for n in namings if n.term == term)


def is_translation(document: Document) -> bool:
    return TRANSLATION in (document.meta.status.ru, document.meta.status.en)


@lru_cache(maxsize=64)
def _all_flags(comparer: Comparer, document: Document) -> tuple[Flag, ...]:
    translation = is_translation(document)
    return tuple(
        flag
        for pair in document.pairs
        for flag in comparer.pair_flags(document.id, pair, translation)
    )


@lru_cache(maxsize=64)
def _document_flags(comparer: Comparer, document: Document) -> tuple[Flag, ...]:
    intended = document.meta.intended
    return tuple(
        flag
        for flag in _all_flags(comparer, document)
        if not any(flag.matches(record) for record in intended)
    )
