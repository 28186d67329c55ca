"""Annotations as a JSON file, to hand to a colleague or to keep aside.

The file (described in the README) is one object:
`{"format": "diptych-annotations", "version": 1, "exported": TIME,
"annotations": [...]}`, each annotation an object of every field of
`Annotation`. A file to import is someone else's and may be hostile: it is
read as JSON only, no larger than MAX_BYTES, and checked whole (each field's
type, values and length, as the database's schema would) before anything is
stored; one wrong value refuses the whole file. It merges by id in one
transaction: an id not here is added, one whose `modified` is later than
ours replaces ours, and the rest are skipped.
"""

import dataclasses
import json
import os
import re
import stat
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.annotations.model import (
    COLOURS,
    KINDS,
    MAX_TAG,
    MAX_TAGS,
    MAX_TEXT,
    Annotation,
    clean_tags,
    now,
)
from viewer.core.atomic import write_atomic
from viewer.core.loader import ID_RE
from viewer.core.messages import Message, message
from viewer.core.model import LANGS

FORMAT = "diptych-annotations"
VERSION = 1
MAX_BYTES = 20 * 1024 * 1024
MAX_NUMBER = 2**31 - 1  # of a paragraph or an offset
MAX_DOC = 200  # characters of a document id
MAX_TIME = 64  # characters of a time
FIELDS = tuple(field.name for field in dataclasses.fields(Annotation))
_TOP = {"format", "version", "exported", "annotations"}
# Characters a terminal or a text field may act on rather than show.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class ExchangeError(Exception):
    """A file that could not be written or imported (nothing changed);
    `message` says why."""

    def __init__(self, said: Message):
        super().__init__(str(said))
        self.message = said


class Report(NamedTuple):
    added: int
    updated: int
    skipped: int


def _said(source: str, **args) -> Message:
    return message("Annotations", source, **args)


# Writing


def as_json(annotation: Annotation) -> dict:
    """`annotation` as an object of the file."""
    fields = dataclasses.asdict(annotation)
    fields["tags"] = list(annotation.tags)
    return fields


def dumps(annotations) -> bytes:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported": now(),
        "annotations": [as_json(a) for a in annotations],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def export(path: Path, annotations) -> int:
    """Write `annotations` (all of them, a document's, the selected ones) to
    `path`, whole or not at all; how many."""
    annotations = list(annotations)
    try:
        write_atomic(Path(path), dumps(annotations), shared=True)
    except OSError as error:
        raise ExchangeError(
            _said(
                QT_TRANSLATE_NOOP("Annotations", "Cannot write {file}: {error}"),
                file=str(path),
                error=error.strerror or str(error),
            )
        ) from None
    return len(annotations)


# Reading


class _Refused(Exception):
    def __init__(self, reason: Message):
        super().__init__(str(reason))
        self.reason = reason


def read(path: Path) -> list[Annotation]:
    """The annotations of the file at `path`; raises ExchangeError, saying
    what is wrong with it, unless all of it is right."""
    try:
        return _annotations(_parse(_read_capped(Path(path))))
    except _Refused as refused:
        raise ExchangeError(
            _said(
                QT_TRANSLATE_NOOP(
                    "Annotations", "{file} was not imported: {reason}. Nothing was changed."
                ),
                file=str(path),
                reason=refused.reason,
            )
        ) from None


def import_file(store, path: Path) -> Report:
    """Merge the annotations of the file at `path` into `store`."""
    return merge(store, read(path))


def merge(store, incoming: list[Annotation]) -> Report:
    """Add the annotations of `incoming` that `store` lacks and replace those
    it holds in an older edit, in one transaction. They were anchored on
    the sender's edition: they are looked for again in ours."""
    added = 0

    def wanted(annotation: Annotation, mine: Annotation | None) -> bool:
        nonlocal added
        added += mine is None
        return mine is None or _moment(annotation.modified) > _moment(mine.modified)

    saved = store.save_wanted(incoming, wanted) if incoming else []
    return Report(added, len(saved) - added, len(incoming) - len(saved))


def _read_capped(path: Path) -> bytes:
    try:
        # Not blocking: a named pipe is refused, not waited on.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _Refused(_said(QT_TRANSLATE_NOOP("Annotations", "it is not a file")))
            # A file that grows while read is cut at one byte too many.
            raw = handle.read(MAX_BYTES + 1) if info.st_size <= MAX_BYTES else None
    except OSError as error:
        raise _Refused(
            _said(
                QT_TRANSLATE_NOOP("Annotations", "it cannot be read ({error})"),
                error=error.strerror or str(error),
            )
        ) from None
    if raw is None or len(raw) > MAX_BYTES:
        raise _Refused(
            _said(
                QT_TRANSLATE_NOOP(
                    "Annotations", "it is larger than {limit} MB, the most an annotations file is"
                ),
                limit=MAX_BYTES // (1024 * 1024),
            )
        )
    return raw


def _parse(raw: bytes):
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Refused(_said(QT_TRANSLATE_NOOP("Annotations", "it is not UTF-8 text"))) from None
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:  # too deep a nesting, too long a number
        raise _Refused(
            _said(QT_TRANSLATE_NOOP("Annotations", "it is not JSON ({error})"), error=str(error))
        ) from None


def _object(pairs: list[tuple[str, object]]) -> dict:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise _Refused(
            _said(QT_TRANSLATE_NOOP("Annotations", "an object in it names a field twice"))
        )
    return found


def _no_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _annotations(data) -> list[Annotation]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _Refused(_foreign())
    version = data.get("version")
    if type(version) is int and version > VERSION:
        raise _Refused(
            _said(
                QT_TRANSLATE_NOOP(
                    "Annotations",
                    "it was written by a newer version of Diptych (annotations format"
                    " {version}; this version reads format {known})",
                ),
                version=version,
                known=VERSION,
            )
        )
    if (
        type(version) is not int
        or version != VERSION
        or set(data) != _TOP
        or _time(data["exported"]) is None
        or not isinstance(data["annotations"], list)
    ):
        raise _Refused(_foreign())
    annotations, seen = [], set()
    for number, item in enumerate(data["annotations"], 1):
        annotation = _annotation(item, number)
        if annotation.id in seen:
            raise _Refused(
                _said(
                    QT_TRANSLATE_NOOP("Annotations", "the annotation {id} is in it twice"),
                    id=annotation.id,
                )
            )
        seen.add(annotation.id)
        annotations.append(annotation)
    return annotations


def _foreign() -> Message:
    return _said(QT_TRANSLATE_NOOP("Annotations", "it is not a Diptych annotations file"))


def _annotation(item, number: int) -> Annotation:
    if not isinstance(item, dict):
        raise _Refused(
            _said(
                QT_TRANSLATE_NOOP("Annotations", "item {number} is not an annotation"),
                number=number,
            )
        )
    for field in FIELDS:
        if field not in item:
            raise _Refused(
                _said(
                    QT_TRANSLATE_NOOP("Annotations", "annotation {number} has no “{field}”"),
                    number=number,
                    field=field,
                )
            )
    for key in item:
        if key not in FIELDS:
            raise _Refused(
                _said(
                    QT_TRANSLATE_NOOP(
                        "Annotations", "annotation {number} has a field unknown here: “{field}”"
                    ),
                    number=number,
                    field=_shown(key),
                )
            )
    for field, valid in _CHECKS.items():
        if not valid(item[field]):
            raise _Refused(
                _said(
                    QT_TRANSLATE_NOOP("Annotations", "annotation {number} has a wrong “{field}”"),
                    number=number,
                    field=field,
                )
            )
    if not _consistent(item):
        raise _Refused(
            _said(
                QT_TRANSLATE_NOOP(
                    "Annotations",
                    "in annotation {number}, the kind, language, offsets and colour do not agree",
                ),
                number=number,
            )
        )
    fields = dict(item, tags=clean_tags(item["tags"]))
    fields["created"], fields["modified"] = _time(item["created"]), _time(item["modified"])
    return Annotation(**fields)


def is_clean_text(value, limit: int = MAX_TEXT) -> bool:
    """Whether `value` is text an annotation may hold: at most `limit`
    characters, encodable, and with no control character but tabs and line breaks."""
    if not isinstance(value, str) or len(value) > limit or _CONTROL.search(value):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, which JSON can spell
        return False
    return True


def _shown(text: str) -> str:
    """Text of the file in a message: short, and nothing a terminal acts on."""
    return _CONTROL.sub("\ufffd", text[:40]).encode("utf-8", "replace").decode("utf-8")


def _whole(low: int):
    return lambda value: type(value) is int and low <= value <= MAX_NUMBER


def _is_id(value) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _tags(value) -> bool:
    return (
        isinstance(value, list)
        and len(value) <= MAX_TAGS
        and all(is_clean_text(tag, MAX_TAG) for tag in value)
    )


def _time(value) -> str | None:
    """`value` as `now()` writes a time, if it is an ISO 8601 time with its
    offset from UTC."""
    if not isinstance(value, str) or len(value) > MAX_TIME:
        return None
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            return None
        return moment.astimezone(UTC).isoformat(timespec="milliseconds")
    except (ValueError, OverflowError):
        return None


def _moment(value: str) -> datetime:
    """When an annotation was changed; a time that cannot be read is the oldest."""
    try:
        return datetime.fromisoformat(value).astimezone(UTC)
    except (ValueError, OverflowError):
        return datetime.min.replace(tzinfo=UTC)


_CHECKS = {
    "id": _is_id,
    "kind": lambda value: isinstance(value, str) and value in KINDS,
    "doc": lambda value: (
        isinstance(value, str) and len(value) <= MAX_DOC and bool(ID_RE.fullmatch(value))
    ),
    "paragraph": _whole(1),
    "lang": lambda value: value is None or (isinstance(value, str) and value in LANGS),
    "start": lambda value: value is None or _whole(0)(value),
    "end": lambda value: value is None or _whole(1)(value),
    "quote": is_clean_text,
    "prefix": is_clean_text,
    "suffix": is_clean_text,
    "colour": lambda value: value is None or (isinstance(value, str) and value in COLOURS),
    "note": is_clean_text,
    "label": is_clean_text,
    "tags": _tags,
    "detached": lambda value: isinstance(value, bool),
    "created": lambda value: _time(value) is not None,
    "modified": lambda value: _time(value) is not None,
}


def _consistent(item: dict) -> bool:
    """The schema's CHECKs on a row, so that a file the database would
    refuse is refused before anything is stored."""
    highlight = item["kind"] == "highlight"
    offsets = (item["lang"] is None) == (item["start"] is None) == (item["end"] is None)
    return (
        offsets
        and (item["start"] is None or item["end"] > item["start"])
        and highlight == (item["lang"] is not None)
        and highlight == (item["colour"] is not None)
    )
