"""An annotation as data: where it is, what it quotes, what the reader said.

Three kinds share one shape. A *highlight* marks [start, end) of one
language's text of a block pair and may carry a note; a *note* and a
*bookmark* stand on a whole pair (`lang`, `start` and `end` are None). Every
annotation keeps the text it was made on (`quote`, and for a highlight some
text either side), so that it can find its place again when the edition
changes (see anchoring).
"""

import dataclasses
import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from viewer.core.model import BlockPair
from viewer.core.spans import whole_words

KINDS = ("bookmark", "highlight", "note")

# Highlight colours, in the order of their shortcuts, with the meaning each
# has until the reader names it. None is the yellow of key passages.
COLOURS = ("blue", "violet", "red", "green", "pink")
DEFAULT_MEANINGS = {
    "blue": QT_TRANSLATE_NOOP("Colours", "quote"),
    "violet": QT_TRANSLATE_NOOP("Colours", "check"),
    "red": QT_TRANSLATE_NOOP("Colours", "disagree"),
    "green": QT_TRANSLATE_NOOP("Colours", "term"),
    "pink": QT_TRANSLATE_NOOP("Colours", "follow up"),
}


def meanings(named: dict[str, str]) -> dict[str, str]:
    """Each colour's meaning: the reader's name for it (`named`, from the
    settings), else its default in the interface language."""
    return {
        colour: named.get(colour) or QCoreApplication.translate("Colours", DEFAULT_MEANINGS[colour])
        for colour in COLOURS
    }


CONTEXT_CHARACTERS = 32  # of text kept before and after a highlight's quote
MAX_TEXT = 20_000  # characters of a note, label or quote
MAX_TAGS = 32
MAX_TAG = 64


@dataclasses.dataclass(frozen=True)
class Annotation:
    id: str
    kind: str
    doc: str
    paragraph: int
    lang: str | None = None
    start: int | None = None
    end: int | None = None
    quote: str = ""  # a highlight's text; for a pair, `pair_text` of the pair
    prefix: str = ""  # text just before a highlight, in its block
    suffix: str = ""  # and just after
    colour: str | None = None  # one of COLOURS, for a highlight
    note: str = ""
    label: str = ""  # a bookmark's name
    tags: tuple[str, ...] = ()
    detached: bool = False  # its text is gone from the edition
    created: str = ""
    modified: str = ""

    @property
    def on_pair(self) -> bool:
        return self.lang is None

    def replace(self, **changes) -> "Annotation":
        return dataclasses.replace(self, **changes)


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> str:
    """The time of a change, as ISO 8601 in UTC to the millisecond: it sorts
    as text, and decides which of two copies of an annotation is newer."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def pair_text(pair: BlockPair) -> str:
    """What a bookmark or a note on `pair` remembers of it: both texts."""
    return pair.ru.plain + "\n" + pair.en.plain


def highlight(
    pair: BlockPair, doc: str, lang: str, start: int, end: int, colour: str, **fields
) -> Annotation:
    """A new highlight of [start, end) in `lang` of `pair`, widened to
    whole words."""
    text = pair.text(lang).plain
    start, end = whole_words(text, start, end)
    stamp = now()
    return Annotation(
        id=new_id(),
        kind="highlight",
        doc=doc,
        paragraph=pair.paragraph,
        lang=lang,
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARACTERS) : start],
        suffix=text[end : end + CONTEXT_CHARACTERS],
        colour=colour,
        created=stamp,
        modified=stamp,
        **fields,
    )


def on_pair(pair: BlockPair, doc: str, kind: str, **fields) -> Annotation:
    """A new bookmark or note on `pair`."""
    stamp = now()
    return Annotation(
        id=new_id(),
        kind=kind,
        doc=doc,
        paragraph=pair.paragraph,
        quote=pair_text(pair),
        created=stamp,
        modified=stamp,
        **fields,
    )


def clean_tags(tags) -> tuple[str, ...]:
    """Tags as the store keeps them: trimmed, without empties or repeats, in
    the order given."""
    seen: dict[str, None] = {}
    for tag in tags:
        tag = " ".join(str(tag).split())[:MAX_TAG]
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)[:MAX_TAGS]
