"""Copies of the annotations database, made with SQLite's online backup API.

A copy is made when the database is opened and has changed since its newest
copy (the `revision` count differs), and always before a migration; the
newest KEEP are kept. Copies live in `backups/` beside the database, named
by the time they were taken and the revision they hold, so that the newest
sorts last and whether a new one is needed is known without opening it.
"""

import contextlib
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from viewer.core.atomic import remove_stale

KEEP = 5
FOLDER = "backups"
_NAME = re.compile(r"annotations-(\d{8}T\d{12})Z-r(\d+)\.sqlite3")
_STAMP = "%Y%m%dT%H%M%S%f"


def folder(path: Path) -> Path:
    return path.parent / FOLDER


def newest_first(path: Path) -> list[Path]:
    try:
        found = [p for p in folder(path).iterdir() if _NAME.fullmatch(p.name) and p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)


def make(db: sqlite3.Connection, path: Path, before_migration: bool = False) -> Path | None:
    """Copy `db` (the database at `path`) when it has changed since its
    newest copy, or before a migration; the copy, or None."""
    revision = db.execute("SELECT value FROM revision").fetchone()[0]
    newest = newest_first(path)
    if newest and not before_migration and _revision(newest[0]) == revision:
        return None
    where = folder(path)
    where.mkdir(exist_ok=True)
    remove_stale(where, ".partial-*")  # copies a killed run left half made
    stamp = datetime.now(UTC).strftime(_STAMP)
    final = where / f"annotations-{stamp}Z-r{revision}.sqlite3"
    partial = where / f".partial-{final.name}"
    copy = sqlite3.connect(partial)
    try:
        db.backup(copy)
    finally:
        copy.close()
    _sync(partial)
    os.replace(partial, final)
    for old in newest_first(path)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return final


def restore(backup: Path, path: Path) -> None:
    """Put a copy of `backup` at `path` (whose old files were set aside)."""
    partial = path.with_name(f".partial-{path.name}")
    partial.write_bytes(backup.read_bytes())
    _sync(partial)
    for extra in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{extra}").unlink()
    os.replace(partial, path)


def set_aside(path: Path) -> Path:
    """Rename a damaged database (with its WAL files) so that nothing of it
    is lost; the new name of the database file."""
    stamp = datetime.now(UTC).strftime(_STAMP)
    kept = path.with_name(f"annotations-damaged-{stamp}Z.sqlite3")
    for extra in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{path}{extra}", f"{kept}{extra}")
    return kept


def taken(backup: Path) -> str:
    """When `backup` was taken, in local time, as a reader reads a date."""
    found = _NAME.fullmatch(backup.name)
    moment = datetime.strptime(found.group(1), _STAMP).replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _revision(backup: Path) -> int:
    return int(_NAME.fullmatch(backup.name).group(2))


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
