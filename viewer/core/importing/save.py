"""A reviewed import saved into the reader's own corpus, in the corpus format.

The document is written in a draft folder the loader skips (its name starts
with a dot), read back by the loader, and only then renamed into place: a
kill, a full disk or a text the loader would not read leaves the corpus as
it was.
"""

import datetime
import os
import re
import shutil
import uuid
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.atomic import write_atomic
from viewer.core.blocks import JOIN, NO_COUNTERPART
from viewer.core.importing.draft import Draft, propose_id
from viewer.core.importing.escape import escape
from viewer.core.importing.paragraphs import HEADING, ITEM, Para
from viewer.core.importing.propose import PLACES, propose_metadata
from viewer.core.importing.refused import ImportRefused, refusal
from viewer.core.library import DRAFT_PREFIX
from viewer.core.loader import DATE_RE, ID_RE, META, load_document
from viewer.core.model import LANGS, STATUSES, Bilingual, Document

_NUMBERED_RE = re.compile(r"\d{1,3}[.)]\s")


class Details(NamedTuple):
    """What the reader confirms about an import before it is saved."""

    id: str
    title: Bilingual
    status: Bilingual
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    place: Bilingual | None = None


def proposed_details(ru: list[Para], en: list[Para], corpus, taken) -> Details:
    """The details found in the text (title, date, place), an id from the
    title that `taken(id)` does not refuse, and no status: the reader says
    what each text is."""
    found = propose_metadata(ru, en, (*PLACES, *corpus.glossary))
    title = Bilingual(found["title"]["ru"], found["title"]["en"])
    place = found["place"]
    return Details(
        propose_id(title, taken),
        title,
        Bilingual("", ""),
        found["date"],
        place and Bilingual(place["ru"], place["en"]),
    )


def save(own_dir: Path, details: Details, draft: Draft, taken) -> Document:
    """Write the document into `own_dir`; `taken(id)` says whether an id is
    in use. Raises ImportRefused for details the corpus cannot hold, OSError
    when the folder cannot be written."""
    _check(details, taken)
    own_dir = Path(own_dir)
    own_dir.mkdir(parents=True, exist_ok=True)
    scratch = own_dir / f"{DRAFT_PREFIX}{uuid.uuid4().hex}"
    folder = scratch / details.id  # the loader checks the id against its folder's name
    try:
        folder.mkdir(parents=True)
        write_atomic(folder / META, meta_toml(details).encode())
        for lang in LANGS:
            write_atomic(folder / f"{lang}.md", language_file(draft, lang).encode())
        problems = []
        document = load_document(folder, problems)
        errors = [p for p in problems if p.severity == "error"]
        if document is None or errors:
            raise ImportRefused(
                refusal(
                    QT_TRANSLATE_NOOP("Import", "The document could not be saved: {problem}"),
                    problem=errors[0].message if errors else "",
                )
            )
        os.rename(folder, own_dir / details.id)  # fails rather than replace a folder
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return document._replace(path=own_dir / details.id)


def update_details(document: Document, details: Details) -> None:
    """Replace the metadata of an imported document (its id stays). Raises
    ImportRefused for details the corpus cannot hold, OSError when the file
    cannot be written (the old one is then untouched)."""
    details = details._replace(id=document.id)
    _check(details, lambda _id: False)
    write_atomic(document.path / META, meta_toml(details).encode())


def _check(details: Details, taken) -> None:
    if not ID_RE.fullmatch(details.id):
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import", "The id {id} may hold only a-z, 0-9 and single hyphens."
                ),
                id=details.id,
            )
        )
    if taken(details.id):
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP("Import", "The id {id} is already in your library."),
                id=details.id,
            )
        )
    if not (details.title.ru.strip() or details.title.en.strip()):
        raise ImportRefused(refusal(QT_TRANSLATE_NOOP("Import", "The document needs a title.")))
    if any(details.status.get(lang) not in STATUSES for lang in LANGS):
        raise ImportRefused(
            refusal(QT_TRANSLATE_NOOP("Import", "Choose the status of each language's text."))
        )
    if details.date and not _valid_date(details.date):
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import", "Write the date as YYYY-MM-DD, YYYY-MM or YYYY: {date} is not one."
                ),
                date=details.date,
            )
        )


def _valid_date(text: str) -> bool:
    if not DATE_RE.fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat((text + "-01-01")[:10])
    except ValueError:
        return False
    return True


def meta_toml(details: Details) -> str:
    title = Bilingual(
        details.title.ru.strip() or details.title.en.strip(),
        details.title.en.strip() or details.title.ru.strip(),
    )
    lines = [f"id = {_string(details.id)}", 'origin = "imported"', 'kind = "document"']
    if details.date:
        lines.append(f"date = {_string(details.date)}")
    for table, value in (("title", title), ("status", details.status), ("place", details.place)):
        if value is not None:
            lines += ["", f"[{table}]", f"ru = {_string(value.ru)}", f"en = {_string(value.en)}"]
    return "\n".join(lines) + "\n"


def language_file(draft: Draft, lang: str) -> str:
    """One language of the draft as blocks: a block per link, in the kind
    of its first paragraph (of either language, so both files agree), its
    further paragraphs after a join line, and the no-counterpart sign for
    a side the link does not have."""
    paras = draft.side(lang)
    blocks = []
    for link in draft.links:
        own = [paras[i] for i in getattr(link, lang)]
        if not own:
            blocks.append(NO_COUNTERPART)
            continue
        first = _first(draft, link)
        joined = f"\n{JOIN}\n".join(escape(p.text) for p in own)
        blocks.append(_marker(first) + joined)
    return "\n\n".join(blocks) + "\n"


def _first(draft: Draft, link) -> Para:
    return draft.ru[link.ru[0]] if link.ru else draft.en[link.en[0]]


def _marker(para: Para) -> str:
    if para.kind == HEADING:
        return "#" * max(para.level, 1) + " "
    # A numbered item is a paragraph that keeps its number (the format's own
    # "1." marker would drop it from the text).
    return "- " if para.kind == ITEM and not _NUMBERED_RE.match(para.text) else ""


def _string(value: str) -> str:
    """A TOML basic string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(c if c >= " " and c != "\x7f" else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'
