"""What a search answers with: plain data, free of the search engine, so the
window can hold and show results without loading whoosh."""

import html
from typing import NamedTuple

from viewer.core.messages import Message
from viewer.core.model import LANGS


class IndexUnavailable(Exception):
    """The index can be neither opened nor built; the message says why."""


class BuildCancelled(Exception):
    """The index build was cancelled (the window closed during it)."""


class Filters(NamedTuple):
    langs: tuple[str, ...] = LANGS
    docs: tuple[str, ...] = ()
    key_only: bool = False
    date_from: str = ""  # inclusive; YYYY, YYYY-MM or YYYY-MM-DD
    date_to: str = ""


class Hit(NamedTuple):
    doc: str
    paragraph: int
    score: float
    key: bool
    ru: str
    en: str
    marks: dict  # lang -> tuple of (start, end) in that language's text
    # counterpart words of the marks, in the other language (Counterpart)
    counterparts: tuple = ()

    @property
    def matched(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGS if self.marks.get(lang))

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru

    def snippet(self, lang: str | None = None) -> str:
        """The text of `lang` (the first matched language by default), HTML
        escaped, with <mark> around every hit."""
        lang = lang or (self.matched or LANGS)[0]
        return marked(self.text(lang), self.marks.get(lang, ()))

    def all_marks(self) -> dict[str, list[tuple[int, int, str]]]:
        """lang -> (start, end, kind) of every mark in that language's text,
        kind "hit" or "counterpart", in reading order."""
        found = {lang: [(s, e, "hit") for s, e in self.marks.get(lang, ())] for lang in LANGS}
        for counterpart in self.counterparts:
            found[counterpart.lang].append((counterpart.start, counterpart.end, "counterpart"))
        return {lang: sorted(spans) for lang, spans in found.items()}


class Note(NamedTuple):
    # "layout" or "spelling" (results shown for `query` instead of the text
    # typed), "as-typed" (`query` is the text typed, to search without
    # corrections), "suggestion" (`query` might find more), "partial" (no
    # paragraph has all the words) or "glossary"
    kind: str
    message: Message  # for the reader, translated when shown
    query: str = ""


class Result(NamedTuple):
    query: str
    hits: tuple[Hit, ...]
    total: int
    notes: tuple[Note, ...] = ()
    hints: tuple[Message, ...] = ()


def marked(text: str, spans, before: str = "<mark>", after: str = "</mark>", escape=html.escape):
    """`text` with `before` and `after` around each span; the text between
    passes through `escape` (HTML escaping by default)."""
    parts, last = [], 0
    for start, end in spans:
        parts += [escape(text[last:start]), before, escape(text[start:end]), after]
        last = end
    parts.append(escape(text[last:]))
    return "".join(parts)


def excerpt_start(text: str, offset: int, before: int, length: int) -> int:
    """Where an excerpt of about `length` characters of `text` begins that
    shows `offset` with some `before` characters ahead of it (more when the
    text ends sooner): at the start of a word, or of the text."""
    start = max(0, min(offset - before, len(text) - length))
    if start == 0:
        return 0
    space = text.find(" ", start - 1, offset)
    return space + 1 if space != -1 else start
