"""The annotations database: SQLite in the user data folder.

Every change is one transaction. The database is in WAL mode, so another
instance of the app (or the command line) can read and write at the same
time; `changed_elsewhere` tells a window when to reload. At open the file is
checked (`quick_check` and its schema against the one the migrations make):
a damaged or foreign file is moved aside, never deleted, and the newest good
backup takes its place; a file from a newer version of the app opens read
only. See backups for when copies are made.
"""

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.annotations import backups
from viewer.core.annotations.model import Annotation, clean_tags
from viewer.core.annotations.schema import MIGRATIONS
from viewer.core.messages import Message, message

FILE_NAME = "annotations.sqlite3"
BUSY_MS = 5000  # how long a write waits for another instance's to end

_COLUMNS = (
    'id, kind, doc, paragraph, lang, start, "end", quote, prefix, suffix,'
    " colour, note, label, detached, created, modified"
)


class StoreError(Exception):
    """A change that could not be saved (nothing of it was); `message` says why."""

    def __init__(self, said: Message):
        super().__init__(str(said))
        self.message = said


class Damaged(Exception):
    """The file is not a database of ours, or not a whole one."""


def _said(source: str, **args) -> Message:
    return message("Annotations", source, **args)


class AnnotationStore:
    def __init__(self, folder: Path, migrations: tuple[str, ...] = MIGRATIONS):
        self.path = Path(folder) / FILE_NAME
        self.migrations = migrations
        self.read_only = False
        self._refusal: Message | None = None  # why a change is refused, when read only
        self.notices: list[Message] = []  # what the reader should hear about the opening
        self._db = self._open()
        self._seen_version = self._data_version()

    # Opening

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                return self._open_checked()
            except Damaged as error:
                return self._recover(str(error))
        except (OSError, sqlite3.Error) as error:  # locked, unwritable: nothing to repair
            return self._unavailable(error)

    def _open_checked(self) -> sqlite3.Connection:
        existed = self.path.exists() and self.path.stat().st_size > 0
        db = _connect(self.path)
        try:
            version = self._checked(db) if existed else 0
            if version > len(self.migrations):
                db.close()
                self._refuse_changes(
                    _said(
                        QT_TRANSLATE_NOOP(
                            "Annotations",
                            "Your annotations are read only: they were saved by a newer version"
                            " of Diptych.",
                        )
                    )
                )
                self.notices.append(
                    _said(
                        QT_TRANSLATE_NOOP(
                            "Annotations",
                            "Your annotations were saved by a newer version of Diptych. They"
                            " are shown, but nothing can be changed until you use that version.",
                        )
                    )
                )
                # Its schema is not ours to check; what cannot be read says so.
                return _connect(self.path, read_only=True)
            if version:
                backups.make(db, self.path, before_migration=version < len(self.migrations))
            db.execute("PRAGMA journal_mode = WAL")
            self._migrate(db, version)
            _check_schema(db, self._expected_schema(len(self.migrations)))
            return db
        except BaseException as error:
            db.close()
            if _is_damage(error):
                raise Damaged(str(error)) from None
            raise

    def _checked(self, db: sqlite3.Connection) -> int:
        """The schema version of a database that passes SQLite's quick check
        and has the schema of its version; raises Damaged, before anything is
        written into a file that may not be ours, otherwise."""
        db.execute("BEGIN")  # one snapshot, though another instance be migrating
        try:
            version = _checked_version(db)
            if version <= len(self.migrations):
                _check_schema(db, self._expected_schema(version))
            return version
        finally:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")

    def _unavailable(self, error: Exception) -> sqlite3.Connection:
        """An empty store that refuses changes, for a run in which the
        database cannot be opened though nothing says it is damaged."""
        self.notices.append(
            _said(
                QT_TRANSLATE_NOOP(
                    "Annotations",
                    "The annotations database cannot be opened ({error}). No annotations are"
                    " shown, and none can be made until Diptych is started again.",
                ),
                error=getattr(error, "strerror", None) or str(error),
            )
        )
        self._refuse_changes(
            _said(
                QT_TRANSLATE_NOOP(
                    "Annotations",
                    "Your annotations cannot be changed: their database could not be opened.",
                )
            )
        )
        db = sqlite3.connect(":memory:", isolation_level=None)
        for script in self.migrations:
            db.executescript(script)
        return db

    def _refuse_changes(self, why: Message) -> None:
        self.read_only = True
        self._refusal = why

    def _migrate(self, db: sqlite3.Connection, version: int) -> None:
        for number in range(version + 1, len(self.migrations) + 1):
            # Another instance may have migrated while this one waited.
            db.execute("BEGIN IMMEDIATE")
            if db.execute("PRAGMA user_version").fetchone()[0] >= number:
                db.execute("ROLLBACK")
                continue
            try:
                for statement in _statements(self.migrations[number - 1]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")
                db.execute("COMMIT")
            except sqlite3.Error:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
                raise

    def _expected_schema(self, version: int) -> set[tuple]:
        scratch = sqlite3.connect(":memory:")
        for script in self.migrations[:version]:
            scratch.executescript(script)
        schema = _schema(scratch)
        scratch.close()
        return schema

    def _recover(self, reason: str) -> sqlite3.Connection:
        """Move the damaged file aside and restore the newest backup that
        opens and checks; start empty when there is none."""
        # SQLite's words about a damaged file may quote its bytes: shown, not acted on.
        reason = "".join(c if c.isprintable() else " " for c in reason)
        kept = backups.set_aside(self.path)
        for backup in backups.newest_first(self.path):
            backups.restore(backup, self.path)
            try:
                db = self._open_checked()
            except (Damaged, OSError):
                continue
            self.notices.append(
                _said(
                    QT_TRANSLATE_NOOP(
                        "Annotations",
                        "The annotations database was damaged ({reason}). It was kept as"
                        " {kept}, and your annotations were restored from the backup of"
                        " {date}; what you changed after that may be missing.",
                    ),
                    reason=reason,
                    kept=kept.name,
                    date=backups.taken(backup),
                )
            )
            return db
        self.path.unlink(missing_ok=True)
        db = self._open_checked()
        self.notices.append(
            _said(
                QT_TRANSLATE_NOOP(
                    "Annotations",
                    "The annotations database was damaged ({reason}) and there is no"
                    " backup of it. It was kept as {kept}; you start with no annotations.",
                ),
                reason=reason,
                kept=kept.name,
            )
        )
        return db

    # Reading

    def all(self, doc: str | None = None) -> list[Annotation]:
        """Annotations in reading order: by document, paragraph and offset."""
        where, args = ("WHERE doc = ?", (doc,)) if doc is not None else ("", ())
        rows = self._read(
            f"SELECT {_COLUMNS} FROM annotation {where}"
            " ORDER BY doc, paragraph, coalesce(start, -1), created",
            args,
        )
        tags: dict[str, list[str]] = {}
        tag_where = "WHERE annotation IN (SELECT id FROM annotation WHERE doc = ?)" if doc else ""
        for owner, name in self._read(
            f"SELECT annotation, name FROM tag {tag_where} ORDER BY annotation, position", args
        ):
            tags.setdefault(owner, []).append(name)
        return [_annotation(row, tags.get(row[0], ())) for row in rows]

    def get(self, annotation_id: str) -> Annotation | None:
        rows = self._read(f"SELECT {_COLUMNS} FROM annotation WHERE id = ?", (annotation_id,))
        if not rows:
            return None
        names = self._read(
            "SELECT name FROM tag WHERE annotation = ? ORDER BY position", (annotation_id,)
        )
        return _annotation(rows[0], [name for (name,) in names])

    def _read(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.Error as error:
            raise StoreError(
                _said(
                    QT_TRANSLATE_NOOP("Annotations", "Cannot read the annotations: {error}"),
                    error=str(error),
                )
            ) from None

    def anchored_to(self, doc: str) -> str | None:
        """The fingerprint of the text the annotations of `doc` were last
        anchored to; None when not known."""
        rows = self._read("SELECT fingerprint FROM edition WHERE doc = ?", (doc,))
        return rows[0][0] if rows else None

    def changed_elsewhere(self) -> bool:
        """Whether another connection (another window, the command line) has
        committed a change since the last time this was asked. This
        connection's own commits leave `data_version` as it is."""
        try:
            version = self._data_version()
        except sqlite3.Error:
            return False
        changed, self._seen_version = version != self._seen_version, version
        return changed

    def _data_version(self) -> int:
        return self._db.execute("PRAGMA data_version").fetchone()[0]

    # Changing: each call is one transaction, all of it or nothing

    def save(
        self,
        annotations: Iterable[Annotation],
        remove: Iterable[str] = (),
        editions: dict[str, str | None] | None = None,
    ) -> None:
        """Insert `annotations` (or replace those with the same id) and
        delete the annotations `remove`, all in one transaction; `editions`
        records the text (its fingerprint) a document's annotations are now
        anchored to, or forgets it (None)."""
        with self._writing() as db:
            _write(db, annotations, remove, editions)

    def save_wanted(
        self,
        annotations: Iterable[Annotation],
        wanted: Callable[[Annotation, Annotation | None], bool],
    ) -> list[Annotation]:
        """Save those of `annotations` that `wanted(annotation, the copy
        here or None)` says to, deciding and saving in one transaction (so
        that no other instance's change slips in between), and forget the
        edition their documents were anchored to; the ones saved."""
        with self._writing() as db:
            chosen = [a for a in annotations if wanted(a, self.get(a.id))]
            _write(db, chosen, (), dict.fromkeys({a.doc for a in chosen}))
        return chosen

    def remove(self, ids: Iterable[str]) -> list[Annotation]:
        """Delete the annotations `ids`; what was deleted, to undo with `save`."""
        ids = list(ids)
        gone = [found for found in map(self.get, ids) if found is not None]
        self.save((), remove=ids)
        return gone

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise StoreError(self._refusal)
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("UPDATE revision SET value = value + 1")
                db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise StoreError(
                _said(
                    QT_TRANSLATE_NOOP("Annotations", "The annotation could not be saved: {error}"),
                    error=str(error),
                )
            ) from None

    def close(self) -> None:
        self._db.close()


def _connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    # A database on a shared stick may be hostile: its schema runs no
    # functions with side effects, and it is checked against ours.
    db.execute("PRAGMA trusted_schema = OFF")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _write(db: sqlite3.Connection, annotations, remove, editions) -> None:
    db.executemany("DELETE FROM annotation WHERE id = ?", [(i,) for i in remove])
    for doc, fingerprint in (editions or {}).items():
        db.execute("DELETE FROM edition WHERE doc = ?", (doc,))
        if fingerprint is not None:
            db.execute("INSERT INTO edition VALUES (?, ?)", (doc, fingerprint))
    for annotation in annotations:
        db.execute("DELETE FROM tag WHERE annotation = ?", (annotation.id,))
        db.execute(
            f"INSERT OR REPLACE INTO annotation ({_COLUMNS}) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _row(annotation),
        )
        db.executemany(
            "INSERT INTO tag VALUES (?, ?, ?)",
            [(annotation.id, i, tag) for i, tag in enumerate(clean_tags(annotation.tags))],
        )


def _statements(script: str) -> Iterator[str]:
    """The statements of `script`, one by one (executescript would commit
    the transaction a migration must run in)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""
    if pending.strip():
        yield pending


def _checked_version(db: sqlite3.Connection) -> int:
    """The schema version of a database that passes SQLite's quick check;
    raises Damaged when it does not (and whatever SQLite raises when it
    cannot tell, which the caller sorts by `_is_damage`)."""
    verdict = db.execute("PRAGMA quick_check").fetchall()
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if verdict != [("ok",)]:
        raise Damaged("; ".join(str(row[0]) for row in verdict[:3]))
    if version < 0:
        raise Damaged(f"schema version {version}")
    return version


def _is_damage(error: BaseException) -> bool:
    """Whether `error` says the file is not a whole database, rather than one
    that is busy, locked, or on a full or read-only disk."""
    if isinstance(error, Damaged | UnicodeDecodeError):  # a report in bytes that are not text
        return True
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _schema(db: sqlite3.Connection) -> set[tuple]:
    # As bytes: the schema of a foreign file need not be text.
    return set(
        db.execute("SELECT type, name, tbl_name, CAST(sql AS BLOB) FROM sqlite_master").fetchall()
    )


def _check_schema(db: sqlite3.Connection, expected: set[tuple]) -> None:
    if _schema(db) != expected:
        raise Damaged("not a Diptych annotations database")


def _row(a: Annotation) -> tuple:
    return (
        a.id,
        a.kind,
        a.doc,
        a.paragraph,
        a.lang,
        a.start,
        a.end,
        a.quote,
        a.prefix,
        a.suffix,
        a.colour,
        a.note,
        a.label,
        int(a.detached),
        a.created,
        a.modified,
    )


def _annotation(row: tuple, tags) -> Annotation:
    (id_, kind, doc, paragraph, lang, start, end, quote, prefix, suffix, colour, note, label,
     detached, created, modified) = row  # fmt: skip
    return Annotation(
        id_, kind, doc, paragraph, lang, start, end, quote, prefix, suffix, colour, note,
        label, tuple(tags), bool(detached), created, modified,
    )  # fmt: skip
