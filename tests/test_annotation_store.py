"""The annotations database on real files: changes, backups, migrations, a
newer version, damaged and foreign files, a full disk, two writers."""

import json
import os
import random
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.annotation_factory import bookmark, highlight, note
from tests.conftest import REPO
from viewer.core.annotations import backups
from viewer.core.annotations.model import now
from viewer.core.annotations.schema import MIGRATIONS
from viewer.core.annotations.store import FILE_NAME, AnnotationStore, StoreError

NEXT_VERSION = (*MIGRATIONS, "CREATE TABLE extra (x INTEGER) STRICT;")


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "data"


def store_at(folder: Path, migrations=MIGRATIONS):
    return closing(AnnotationStore(folder, migrations))


def by_id(annotations) -> list:
    return sorted(annotations, key=lambda a: a.id)


def backed_up(folder: Path) -> list[int]:
    """The revisions the backups hold, newest first."""
    return [_revision(path) for path in backups.newest_first(folder / FILE_NAME)]


def _revision(path: Path) -> int:
    return int(path.name.rsplit("-r", 1)[1].split(".")[0])


def rows(path: Path, sql: str = "SELECT id FROM annotation ORDER BY id") -> list[tuple]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql).fetchall()


def kept_aside(folder: Path) -> list[Path]:
    return sorted(folder.glob("annotations-damaged-*.sqlite3"))


def test_add_edit_remove_and_tags_in_their_order(folder):
    with store_at(folder) as store:
        marked = highlight(tags=("zeta", "alpha", "mid"))
        on_pair = note(paragraph=1)
        mark = bookmark(doc="beta", paragraph=3)
        store.save([marked, on_pair, mark])
        assert store.get(marked.id) == marked
        assert store.all() == [on_pair, marked, mark]  # by document, paragraph, offset
        assert store.all("beta") == [mark]
        edited = marked.replace(note="see article 3", tags=("mid", "new", "zeta"), modified=now())
        store.save([edited])
        assert store.get(marked.id).tags == ("mid", "new", "zeta")
        assert store.remove([on_pair.id, "not-there"]) == [on_pair]
        assert store.get(on_pair.id) is None
        assert store.all() == [edited, mark]
        assert rows(store.path, "SELECT annotation, position, name FROM tag ORDER BY 1, 2") == [
            (marked.id, 0, "mid"),
            (marked.id, 1, "new"),
            (marked.id, 2, "zeta"),
        ]
        assert not store.notices


def test_reopening_keeps_everything(folder):
    kept = [
        highlight(lang="ru", start=0, end=2, quote="Мы", colour="red", tags=("ё", "term")),
        note(note="две строки\nи «кавычки»", detached=True),
        bookmark(label="", tags=("a",)),
    ]
    with store_at(folder) as store:
        store.save(kept)
    with store_at(folder) as store:
        assert by_id(store.all()) == by_id(kept)
        assert not store.notices and not store.read_only


def test_a_backup_when_opened_after_a_change_and_only_then(folder):
    with store_at(folder) as store:
        store.save([note()])
    assert backed_up(folder) == []  # made new: nothing to keep yet
    with store_at(folder):
        pass
    assert backed_up(folder) == [1]
    with store_at(folder):
        pass
    assert backed_up(folder) == [1]
    with store_at(folder) as store:
        store.save([note()])
    with store_at(folder):
        pass
    assert backed_up(folder) == [2, 1]
    assert len(rows(backups.newest_first(folder / FILE_NAME)[0])) == 2


def test_the_five_newest_backups_are_kept(folder):
    for _ in range(7):
        with store_at(folder) as store:
            store.save([note()])
    with store_at(folder):
        pass
    assert backed_up(folder) == [7, 6, 5, 4, 3]


def test_a_migration_backs_up_first_and_keeps_the_data(folder):
    first = note()
    with store_at(folder) as store:
        store.save([first])
    with store_at(folder):
        pass
    assert backed_up(folder) == [1]
    with store_at(folder, NEXT_VERSION) as store:
        assert store.all() == [first]
        second = note()
        store.save([second])
        assert by_id(store.all()) == by_id([first, second])
    # Another copy of revision 1, although it had one: taken before migrating.
    assert backed_up(folder) == [1, 1]
    newest = backups.newest_first(folder / FILE_NAME)[0]
    assert rows(newest, "PRAGMA user_version") == [(len(MIGRATIONS),)]
    assert rows(newest) == [(first.id,)]
    assert rows(folder / FILE_NAME, "PRAGMA user_version") == [(len(MIGRATIONS) + 1,)]


def test_a_database_of_a_newer_version_opens_read_only(folder):
    kept = note()
    with store_at(folder, NEXT_VERSION) as store:
        store.save([kept])
    with store_at(folder) as store:
        assert store.read_only
        assert [n.source for n in store.notices] == [
            "Your annotations were saved by a newer version of Diptych. They are shown,"
            " but nothing can be changed until you use that version."
        ]
        assert store.all() == [kept]
        for change in (lambda: store.save([note()]), lambda: store.remove([kept.id])):
            with pytest.raises(StoreError) as raised:
                change()
            assert "read only" in raised.value.message.text()
    assert rows(folder / FILE_NAME) == [(kept.id,)]
    assert rows(folder / FILE_NAME, "PRAGMA user_version") == [(len(NEXT_VERSION),)]
    assert backed_up(folder) == []


def _two_revisions(folder: Path):
    """A database whose newest backup holds `first` and not `second`."""
    first, second = note(), note()
    with store_at(folder) as store:
        store.save([first])
    with store_at(folder) as store:
        store.save([second])
    return first, second


def _truncated(path: Path) -> bytes:
    data = path.read_bytes()
    return data[: len(data) // 2]


def _garbage(path: Path) -> bytes:
    return bytes(range(256)) * 40


@pytest.mark.parametrize("damage", [_truncated, _garbage], ids=["truncated", "garbage"])
def test_a_damaged_file_is_kept_and_the_newest_backup_restored(folder, damage):
    first, _second = _two_revisions(folder)
    path = folder / FILE_NAME
    damaged = damage(path)
    path.write_bytes(damaged)
    with store_at(folder) as store:
        [notice] = store.notices
        assert "restored from the backup of" in notice.text()
        assert "what you changed after that may be missing" in notice.text()
        [kept] = kept_aside(folder)
        assert kept.name in notice.text()
        assert kept.read_bytes() == damaged
        assert store.all() == [first]
        store.save([note()])  # and it works on
        assert len(store.all()) == 2


@pytest.mark.parametrize("damage", [_truncated, _garbage], ids=["truncated", "garbage"])
def test_a_damaged_file_without_backup_starts_empty(folder, damage):
    with store_at(folder) as store:
        store.save([note()])
    path = folder / FILE_NAME
    damaged = damage(path)
    path.write_bytes(damaged)
    with store_at(folder) as store:
        [notice] = store.notices
        assert "there is no backup of it" in notice.text()
        assert store.all() == []
        [kept] = kept_aside(folder)
        assert kept.read_bytes() == damaged
        store.save([note()])


def test_a_foreign_database_is_moved_aside_untouched(folder):
    folder.mkdir()
    path = folder / FILE_NAME
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE contact (name TEXT)")
        db.execute("INSERT INTO contact VALUES ('someone')")
        db.commit()
    foreign = path.read_bytes()
    with store_at(folder) as store:
        assert "not a Diptych annotations database" in store.notices[0].text()
        assert store.all() == []
    [kept] = kept_aside(folder)
    assert kept.read_bytes() == foreign  # nothing of ours was written into it


def test_our_tables_with_a_trigger_are_foreign_and_never_backed_up(folder):
    first, second = _two_revisions(folder)
    with closing(sqlite3.connect(folder / FILE_NAME)) as db:
        db.execute("CREATE TRIGGER spy AFTER INSERT ON annotation BEGIN DELETE FROM tag; END")
        db.execute("UPDATE revision SET value = value + 1")
        db.commit()
    copies = backups.newest_first(folder / FILE_NAME)
    with store_at(folder) as store:
        assert "not a Diptych annotations database" in store.notices[0].text()
        assert store.all() == [first]
        store.save([second])
    assert backups.newest_first(folder / FILE_NAME) == copies
    assert len(kept_aside(folder)) == 1


def test_a_full_disk_saves_nothing_and_the_store_works_on(folder):
    """The child may write files no larger than the database has become and
    a little more, as a full disk would allow: a large change fails whole."""
    pytest.importorskip("resource")
    child = """
import json, resource, signal, sys
from pathlib import Path
from tests.annotation_factory import note
from viewer.core.annotations.store import AnnotationStore, StoreError

folder = Path(sys.argv[1])
store = AnnotationStore(folder)
first = note()
store.save([first])
largest = max(p.stat().st_size for p in folder.iterdir() if p.is_file())
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (largest + 64 * 1024, resource.RLIM_INFINITY))
said = None
try:
    store.save([note(note="x" * 20_000) for _ in range(40)])
except StoreError as error:
    said = error.message.text()
after_failure = [a.id for a in store.all()]
last = note()
store.save([last])
print(json.dumps({"said": said, "after_failure": after_failure, "kept": [first.id, last.id]}))
store.close()
"""
    result = subprocess.run(
        [sys.executable, "-c", child, str(folder)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
        check=True,
    )
    report = json.loads(result.stdout)
    assert report["said"].startswith("The annotation could not be saved: ")
    first, last = report["kept"]
    assert report["after_failure"] == [first]
    assert rows(folder / FILE_NAME) == sorted([(first,), (last,)])
    assert rows(folder / FILE_NAME, "PRAGMA integrity_check") == [("ok",)]
    assert rows(folder / FILE_NAME, "SELECT value FROM revision") == [(2,)]


def test_two_stores_on_one_folder_see_each_others_writes(folder):
    with store_at(folder) as one, store_at(folder) as two:
        made = []
        for number in range(20):
            writer, reader = (one, two) if number % 2 else (two, one)
            annotation = note(note=str(number))
            writer.save([annotation])
            made.append(annotation)
            assert reader.changed_elsewhere()
            assert not reader.changed_elsewhere()  # told once
            assert not writer.changed_elsewhere()  # its own change is no news
        assert by_id(one.all()) == by_id(two.all()) == by_id(made)


def test_a_change_elsewhere_is_told_though_this_store_wrote_since(folder):
    """A window that saves after another instance did must still reload."""
    with store_at(folder) as window, store_at(folder) as other:
        theirs, mine = note(), note()
        other.save([theirs])
        window.save([mine])
        assert window.changed_elsewhere()
        assert not window.changed_elsewhere()


def _writer(folder: Path, count: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.annotation_factory", str(folder), str(count)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def test_processes_writing_at_once_lose_nothing(folder):
    with store_at(folder) as store, _writer(folder, 150) as one, _writer(folder, 150) as two:
        for child in (one, two):
            assert child.stdout.readline() == "ready\n"
        mine = []
        for number in range(150):
            annotation = note(note=f"parent {number}")
            store.save([annotation])
            mine.append(annotation.id)
        theirs = []
        for child in (one, two):
            theirs += child.stdout.read().split()  # not communicate: readline buffered
            assert child.wait(timeout=60) == 0
        assert len(theirs) == 300
        assert store.changed_elsewhere()
        assert sorted(a.id for a in store.all()) == sorted(mine + theirs)
    assert rows(folder / FILE_NAME, "PRAGMA integrity_check") == [("ok",)]


def test_damaged_files_of_many_kinds_open_without_raising(folder):
    """Cut, flipped and random files: each opens, damaged ones kept aside."""
    with store_at(folder) as store:
        store.save([note(note="x" * 3000) for _ in range(30)])
    path = folder / FILE_NAME
    good = path.read_bytes()
    chance = random.Random(1)
    for trial in range(150):
        damaged = bytearray(good)
        if trial < 50:
            damaged = damaged[: chance.randrange(1, len(good))]
        elif trial < 100:
            for _ in range(chance.randrange(1, 50)):
                damaged[chance.randrange(len(damaged))] = chance.randrange(256)
        else:
            damaged = bytearray(chance.randbytes(chance.randrange(1, 20_000)))
        for old in folder.glob("annotations*"):
            old.unlink()
        path.write_bytes(damaged)
        with store_at(folder) as store:
            if store.notices:
                [kept] = kept_aside(folder)
                assert kept.read_bytes() == damaged
                assert store.notices[0].text().isprintable()
            store.save([note()])


def test_text_that_is_not_utf8_in_a_row_is_a_store_error(folder):
    with store_at(folder) as store:
        store.save([note()])
    with closing(sqlite3.connect(folder / FILE_NAME)) as db:
        db.execute("UPDATE annotation SET note = CAST(x'ff' AS TEXT)")
        db.commit()
    with store_at(folder) as store:
        with pytest.raises(StoreError) as raised:
            store.all()
        assert raised.value.message.text().startswith("Cannot read the annotations: ")


@pytest.mark.parametrize("where", ["under-a-file", "a-folder"])
def test_a_database_that_cannot_be_opened_leaves_the_store_unavailable(tmp_path, where):
    if where == "under-a-file":
        (tmp_path / "file").write_text("not a folder")
        folder = tmp_path / "file" / "data"
    else:
        folder = tmp_path / "data"
        (folder / FILE_NAME).mkdir(parents=True)
    with store_at(folder) as store:
        [notice] = store.notices
        assert notice.text().startswith("The annotations database cannot be opened (")
        assert store.read_only and store.all() == []
        with pytest.raises(StoreError) as raised:
            store.save([note()])
        assert "could not be opened" in raised.value.message.text()
    assert not kept_aside(folder) if folder.exists() else True


def test_a_lock_held_through_a_migration_is_no_damage(folder, monkeypatch):
    """Another instance writing while this one would migrate makes this one
    wait, then give up for the run; the database is not moved aside."""
    first = note()
    with store_at(folder) as store:
        store.save([first])
    monkeypatch.setattr("viewer.core.annotations.store.BUSY_MS", 100)
    with closing(sqlite3.connect(folder / FILE_NAME, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with store_at(folder, NEXT_VERSION) as store:
            assert "database is locked" in store.notices[0].text()
            assert store.read_only
        other.execute("ROLLBACK")
    assert not kept_aside(folder)
    with store_at(folder, NEXT_VERSION) as store:
        assert not store.notices and store.all() == [first]
