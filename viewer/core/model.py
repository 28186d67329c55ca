"""The corpus as immutable objects: corpus → documents → block pairs."""

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from viewer.core.messages import Message

LANGS = ("ru", "en")

STATUSES = ("official", "original", "unofficial-translation")
KINDS = (
    "press-release",
    "statement",
    "news-item",
    "web-page",
    "declaration",
    "speech",
    "report",
    "document",  # what an imported document is until its reader says more
)
TERM_KINDS = ("organisation", "person", "place", "state", "term")


class Bilingual(NamedTuple):
    ru: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


class PartialDate(NamedTuple):
    """A date that may lack its day or month: 2018-11-08, 2024-08, 2019."""

    iso: str

    @property
    def year(self) -> int:
        return int(self.iso[:4])

    @property
    def sort_key(self) -> str:
        # A partial date sorts at the start of its period.
        return self.iso + "-01-01"[len(self.iso) - 4 :]


class Text(NamedTuple):
    """One language's version of a block."""

    source: str  # inline Markdown as written
    plain: str
    html: str  # inline HTML; raw HTML in the source is escaped
    marks: tuple[tuple[int, int], ...]  # key passages as [start, end) in `plain`
    line: int  # where the block starts in its file


class BlockPair(NamedTuple):
    paragraph: int  # 1-based number shown to readers
    kind: str
    level: int
    ru: Text
    en: Text

    def text(self, lang: str) -> Text:
        return self.en if lang == "en" else self.ru

    @property
    def is_key(self) -> bool:
        return bool(self.ru.marks or self.en.marks)


class Intended(NamedTuple):
    """A difference between the two versions of a block pair that the edition
    means: recorded in meta.toml, so that it is no defect of a translation."""

    paragraph: int
    kind: str  # number, date, entity or quotation
    value: str  # the value of the flag, or the words as the text has them
    reason: Bilingual
    only_in: str = ""  # "ru" or "en"; "" for either
    line: int = 1  # where the record starts in meta.toml


class Meta(NamedTuple):
    id: str
    title: Bilingual
    kind: str
    publisher: Bilingual | None  # None only for an imported document
    seed: str  # "" for an imported document
    status: Bilingual
    notes: tuple[Bilingual, ...]  # editorial notes, each in both languages
    date: PartialDate | None = None
    date_inferred: bool = False
    date_note: Bilingual | None = None
    series: Bilingual | None = None
    place: Bilingual | None = None
    intended: tuple[Intended, ...] = ()
    origin: str = "edition"  # or "imported": the reader's own corpus


class Document(NamedTuple):
    meta: Meta
    pairs: tuple[BlockPair, ...]
    path: Path

    @property
    def id(self) -> str:
        return self.meta.id


class Term(NamedTuple):
    kind: str
    en: tuple[str, ...]
    ru: tuple[str, ...]
    note: str = ""

    def forms(self, lang: str) -> tuple[str, ...]:
        return self.en if lang == "en" else self.ru


class Problem(NamedTuple):
    """A defect of a corpus file, as `path:line: severity: message`."""

    path: Path
    line: int
    message: Message
    severity: str = "error"  # or "warning"

    def text(self) -> str:
        """The problem in the interface language installed now."""
        severity = (
            QCoreApplication.translate("Problem", "error")
            if self.severity == "error"
            else QCoreApplication.translate("Problem", "warning")
        )
        return f"{self.path}:{self.line}: {severity}: {self.message.text()}"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


class Corpus(NamedTuple):
    path: Path
    documents: tuple[Document, ...]
    glossary: tuple[Term, ...] = ()
    problems: tuple[Problem, ...] = ()

    def document(self, doc_id: str) -> Document | None:
        return next((d for d in self.documents if d.id == doc_id), None)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")
