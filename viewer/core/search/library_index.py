"""The index of a library that holds documents of the reader's own.

It is a copy of the edition's index with those documents added, kept in the
cache folder and brought up to date one document at a time: an import or a
removal deletes and adds only that document's block pairs, never rebuilding
the edition's. What the copy holds is recorded beside it (the edition index
it was copied from, and a digest of each own document's records), so a
change made while the app was closed (a document removed by hand, an edited
meta.toml) is caught up at the next opening.

Every change ends with a new manifest; a kill before that leaves a folder
that fails verification and is copied afresh. The lexicon of counterparts
is the edition's: the reader's documents do not teach it.
"""

import json
import os
import shutil
import uuid
import zlib
from collections.abc import Sequence
from pathlib import Path

from viewer.core.atomic import write_atomic
from viewer.core.model import Document
from viewer.core.search.index import (
    INDEX_FOLDER,
    LIBRARY_FOLDER,
    add,
    open_folder,
    records_of,
)
from viewer.core.search.manifest import SEALS, verified, write_manifest
from viewer.core.terms import Glossary

STATE = "library.json"
LOCK_WAIT_SECONDS = 30.0  # beside the folder, so the manifest need not cover it


def digest(document: Document) -> str:
    """What the index takes from `document`, in eight hex digits. The terms
    it mentions come from the edition's glossary, whose change makes a new
    edition index and so a new copy."""
    date = document.meta.date.sort_key if document.meta.date else ""
    rows = [[p.paragraph, p.is_key, p.ru.plain, p.en.plain] for p in document.pairs]
    return f"{zlib.crc32(json.dumps([date, rows], ensure_ascii=False).encode()):08x}"


def with_own(edition_ix, own: Sequence[Document], glossary: Glossary, cache_dir: Path):
    """The index of the edition (`edition_ix`) and of `own`: `edition_ix`
    itself when there is nothing of the reader's own, else the library copy,
    updated in place. An index kept in memory is updated in memory."""
    source = getattr(edition_ix.storage, "folder", None)
    if source is None:
        held = getattr(edition_ix, "diptych_held", {})
        if own or held:
            edition_ix.diptych_held = _update(edition_ix, held, own, glossary)
        return edition_ix
    if not own:
        return edition_ix
    root = Path(cache_dir) / INDEX_FOLDER
    target, state_path = root / LIBRARY_FOLDER, root / STATE
    edition = Path(source).name
    state = _read_state(state_path)
    if state.get("edition") == edition and verified(target, root / SEALS):
        try:
            ix = open_folder(target)
            held = _update(ix, state["docs"], own, glossary)
        except Exception:  # whoosh tells damage by many exception types: copy afresh
            pass
        else:
            if held != state["docs"]:
                write_manifest(target)
                write_atomic(state_path, _state(edition, held))
            return ix
    scratch = root / f".build-{uuid.uuid4().hex}"
    try:
        shutil.copytree(source, scratch, copy_function=_link_or_copy)
        held = _update(open_folder(scratch), {}, own, glossary)
        write_manifest(scratch)
        shutil.rmtree(target, ignore_errors=True)
        scratch.replace(target)
        write_atomic(state_path, _state(edition, held))
        return open_folder(target)
    except OSError:
        shutil.rmtree(scratch, ignore_errors=True)
        raise


def _link_or_copy(source: str, target: str) -> None:
    """whoosh never changes a file it has written (a change is new files,
    and a new table of contents), and the manifest is replaced, not
    rewritten: the copy can share the edition's files, and costs nothing
    where the file system allows it (the same one as the cache folder)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _update(ix, held: dict[str, str], own: Sequence[Document], glossary: Glossary):
    """Bring `ix` from holding `held` (document id: digest) to holding
    `own`; returns what it holds now."""
    wanted = {document.id: digest(document) for document in own}
    gone = [doc_id for doc_id, value in held.items() if wanted.get(doc_id) != value]
    new = [document for document in own if held.get(document.id) != wanted[document.id]]
    if gone or new:
        # Another engine (the window's and a command's, say) may be adding
        # the same import: wait for its lock rather than fail.
        writer = ix.writer(timeout=LOCK_WAIT_SECONDS)
        try:
            for doc_id in gone:
                writer.delete_by_term("doc", doc_id)
            for record in records_of(new, glossary):
                add(writer, record)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
    return wanted


def _read_state(path: Path) -> dict:
    """The state file, or {} when it is missing or not what this module writes."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    docs = data.get("docs")
    if not isinstance(data.get("edition"), str) or not isinstance(docs, dict):
        return {}
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in docs.items()):
        return {}
    return data


def _state(edition: str, held: dict[str, str]) -> bytes:
    return json.dumps({"edition": edition, "docs": held}, sort_keys=True).encode()
