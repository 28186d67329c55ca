"""Annotations files: export, import between data folders, merge by id and
time of change, and hostile or malformed files refused with nothing changed."""

import json
import os
import sqlite3
import tracemalloc
from contextlib import closing
from pathlib import Path

import pytest

from tests.annotation_factory import bookmark, highlight, note
from viewer.core.annotations import exchange
from viewer.core.annotations.exchange import ExchangeError, Report, export, import_file, read
from viewer.core.annotations.model import MAX_TAG, MAX_TAGS, MAX_TEXT, now
from viewer.core.annotations.store import AnnotationStore


@pytest.fixture
def stores(tmp_path):
    """Two readers' stores, in two data folders."""
    mine, theirs = AnnotationStore(tmp_path / "mine"), AnnotationStore(tmp_path / "theirs")
    with closing(mine), closing(theirs):
        yield mine, theirs


@pytest.fixture
def store(stores):
    return stores[1]


def by_id(annotations) -> list:
    return sorted(annotations, key=lambda a: a.id)


def later(annotation, **changes):
    """`annotation` as edited a moment after it was made."""
    return annotation.replace(modified="2999-01-01T00:00:00.000+00:00", **changes)


def test_round_trip_between_two_data_folders(stores, tmp_path):
    mine, theirs = stores
    made = [
        highlight(tags=("CSTO", "ёлка"), note="see the Charter"),
        highlight(lang="ru", start=0, end=2, quote="Мы", prefix="", colour="pink"),
        note(doc="beta", note="ask the desk\nabout this"),
        bookmark(paragraph=3, label="закладка", detached=True),
    ]
    mine.save(made)
    path = tmp_path / "shared" / "annotations.json"
    path.parent.mkdir()
    assert export(path, mine.all()) == 4
    assert import_file(theirs, path) == Report(added=4, updated=0, skipped=0)
    assert by_id(theirs.all()) == by_id(mine.all())

    assert import_file(theirs, path) == Report(added=0, updated=0, skipped=4)
    assert by_id(theirs.all()) == by_id(mine.all())

    edited = later(made[2], note="asked: yes", tags=("done",))
    mine.save([edited])
    export(path, mine.all())
    assert import_file(theirs, path) == Report(added=0, updated=1, skipped=3)
    assert theirs.get(edited.id) == edited
    assert by_id(theirs.all()) == by_id(mine.all())
    assert sorted(p.name for p in path.parent.iterdir()) == ["annotations.json"]


def test_the_file_is_documented_json_with_every_field(store, tmp_path):
    marked = highlight(tags=("b", "a"))
    path = tmp_path / "out.json"
    export(path, [marked])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data) == ["format", "version", "exported", "annotations"]
    assert data["format"] == "diptych-annotations" and data["version"] == 1
    assert data["exported"].endswith("+00:00")
    assert data["annotations"] == [
        {
            "id": marked.id,
            "kind": "highlight",
            "doc": "alpha",
            "paragraph": 2,
            "lang": "en",
            "start": 3,
            "end": 10,
            "quote": "members",
            "prefix": "We, the ",
            "suffix": " of the Collective",
            "colour": "blue",
            "note": "",
            "label": "",
            "tags": ["b", "a"],
            "detached": False,
            "created": marked.created,
            "modified": marked.modified,
        }
    ]


def test_one_documents_or_chosen_annotations(store, tmp_path):
    alpha, beta, other = note(), note(doc="beta"), bookmark(doc="beta")
    store.save([alpha, beta, other])
    export(tmp_path / "beta.json", store.all("beta"))
    export(tmp_path / "chosen.json", [alpha, other])
    assert by_id(read(tmp_path / "beta.json")) == by_id([beta, other])
    assert by_id(read(tmp_path / "chosen.json")) == by_id([alpha, other])


def test_a_colliding_id_keeps_the_later_edit(store, tmp_path):
    """The rule: the copy changed last wins; on a tie, the one here stays."""
    ours_newer, ours_older, same_time = note(note="ours"), note(note="ours"), note(note="ours")
    store.save([later(ours_newer), ours_older, same_time])
    path = tmp_path / "theirs.json"
    export(
        path,
        [
            ours_newer.replace(note="theirs"),
            later(ours_older, note="theirs"),
            same_time.replace(note="theirs"),
        ],
    )
    assert import_file(store, path) == Report(added=0, updated=1, skipped=2)
    assert store.get(ours_newer.id).note == "ours"
    assert store.get(ours_older.id).note == "theirs"
    assert store.get(same_time.id).note == "ours"


def test_times_in_other_zones_compare_as_moments(store, tmp_path):
    ours = note(modified="2026-06-01T10:00:00.000+00:00")
    store.save([ours])
    data = document([ours.replace(note="theirs")])
    data["annotations"][0]["modified"] = "2026-06-01T12:30:00+03:00"  # 09:30 UTC: older
    assert import_file(store, write(tmp_path, data)) == Report(0, 0, 1)
    data["annotations"][0]["modified"] = "2026-06-01T13:30:00+03:00"  # 10:30 UTC
    assert import_file(store, write(tmp_path, data)) == Report(0, 1, 0)
    assert store.get(ours.id).modified == "2026-06-01T10:30:00.000+00:00"


def test_export_to_a_place_that_cannot_be_written(store, tmp_path):
    (tmp_path / "folder.json").mkdir()
    with pytest.raises(ExchangeError) as raised:
        export(tmp_path / "folder.json", [note()])
    assert raised.value.message.text().startswith(f"Cannot write {tmp_path / 'folder.json'}: ")


# Refused files


def document(annotations) -> dict:
    return {
        "format": "diptych-annotations",
        "version": 1,
        "exported": now(),
        "annotations": [exchange.as_json(a) for a in annotations],
    }


def write(tmp_path: Path, data, name: str = "incoming.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode("utf-8"))
    return path


def refused(store, path: Path) -> str:
    """What importing `path` says, after checking it changed nothing."""
    before = store.all()
    revision = _revision(store)
    with pytest.raises(ExchangeError) as raised:
        import_file(store, path)
    assert store.all() == before and _revision(store) == revision
    said = raised.value.message.text()
    assert said.startswith(f"{path} was not imported: ") and said.endswith(". Nothing was changed.")
    return said


def _revision(store) -> int:
    with closing(sqlite3.connect(store.path)) as db:
        return db.execute("SELECT value FROM revision").fetchone()[0]


@pytest.fixture
def kept(store):
    """An annotation already in the store, which no refused file may touch."""
    annotation = note()
    store.save([annotation])
    return annotation


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "it is not JSON (Expecting value: line 1 column 1 (char 0))"),
        (b"hello", "it is not JSON (Expecting value: line 1 column 1 (char 0))"),
        (b'{"format": "diptych-annotations", ', "it is not JSON"),
        ("Пометки".encode("cp1251"), "it is not UTF-8 text"),
        (b"[" * 100_000, "it is not JSON (maximum recursion depth exceeded"),
        (b"1" * 5000, "it is not JSON (Exceeds the limit"),
        (b'{"format": "diptych-annotations", "format": "x"}', "an object in it names a field"),
        (b"[1, 2, 3]", "it is not a Diptych annotations file"),
        (b'"diptych-annotations"', "it is not a Diptych annotations file"),
        (b'{"version": 1, "values": {}}', "it is not a Diptych annotations file"),
    ],
    ids=[
        "empty",
        "text",
        "cut",
        "cp1251",
        "deep",
        "long-number",
        "twice-named",
        "list",
        "string",
        "settings",
    ],
)
def test_a_file_that_is_not_ours_is_refused(store, kept, tmp_path, content, reason):
    assert reason in refused(store, write(tmp_path, content))


@pytest.mark.parametrize(
    ("top", "reason"),
    [
        ({"format": "diptych-settings"}, "it is not a Diptych annotations file"),
        ({"format": None}, "it is not a Diptych annotations file"),
        (
            {"version": 2},
            "it was written by a newer version of Diptych (annotations format 2;"
            " this version reads format 1)",
        ),
        ({"version": 0}, "it is not a Diptych annotations file"),
        ({"version": "1"}, "it is not a Diptych annotations file"),
        ({"version": True}, "it is not a Diptych annotations file"),
        ({"version": 1.0}, "it is not a Diptych annotations file"),
        ({"exported": "last week"}, "it is not a Diptych annotations file"),
        ({"annotations": {}}, "it is not a Diptych annotations file"),
        ({"comment": "extra"}, "it is not a Diptych annotations file"),
    ],
)
def test_a_wrong_format_or_version_is_refused(store, kept, tmp_path, top, reason):
    data = {**document([note()]), **top}
    assert reason in refused(store, write(tmp_path, data))


def test_a_lone_bom_is_fine_but_a_constant_is_not(store, kept, tmp_path):
    good = write(tmp_path, b"\xef\xbb\xbf" + json.dumps(document([note()])).encode())
    assert import_file(store, good) == Report(1, 0, 0)
    text = json.dumps(document([note()])).replace('"paragraph": 1', '"paragraph": NaN')
    assert "it is not JSON (NaN is not a JSON number)" in refused(
        store, write(tmp_path, text.encode())
    )


def test_a_huge_file_is_refused_without_being_read(store, kept, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: costs no disk
    # tracemalloc counts every thread: a burst elsewhere (a worker of an
    # earlier test's window winding down) can coincide with one attempt,
    # not with three; reading the file would show in all of them.
    peaks = []
    for _attempt in range(3):
        tracemalloc.start()
        try:
            said = refused(store, path)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert "it is larger than 20 MB, the most an annotations file is" in said
    assert min(peaks) < 1024 * 1024


def test_a_file_just_over_the_limit_is_refused(store, kept, tmp_path):
    data = json.dumps(document([note()])).encode()
    path = write(tmp_path, data + b" " * (exchange.MAX_BYTES + 1 - len(data)))
    assert "it is larger than 20 MB" in refused(store, path)


def test_what_is_not_a_file_is_refused_at_once(store, kept, tmp_path):
    assert "it cannot be read (No such file or directory)" in refused(store, tmp_path / "absent")
    (tmp_path / "folder").mkdir()
    assert "it cannot be read (Is a directory)" in refused(store, tmp_path / "folder")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")  # opening it blocking would wait for a writer
        assert "it is not a file" in refused(store, tmp_path / "pipe")


def test_an_id_twice_in_the_file_is_refused(store, kept, tmp_path):
    twice = note()
    data = document([twice, note(), twice.replace(note="again")])
    assert f"the annotation {twice.id} is in it twice" in refused(store, write(tmp_path, data))


_LONG = "x" * (MAX_TEXT + 1)
_BAD = [
    ("id", "not-an-id"),
    ("id", "6F9619FF-8B86-D011-B42D-00C04FC964FF"),
    ("id", 7),
    ("kind", "comment"),
    ("kind", ["note"]),
    ("doc", "../../etc"),
    ("doc", "Alpha"),
    ("doc", ""),
    ("doc", 5),
    ("paragraph", 0),
    ("paragraph", True),
    ("paragraph", 1.5),
    ("paragraph", "3"),
    ("paragraph", 2**63),
    ("lang", "de"),
    ("start", -1),
    ("start", "0"),
    ("end", 2**40),
    ("quote", None),
    ("prefix", _LONG),
    ("suffix", 3),
    ("colour", "orange"),
    ("note", _LONG),
    ("note", "\x1b]0;owned\x07"),
    ("note", "\x9b2J"),
    ("note", "\x00"),
    ("note", "\ud800"),
    ("label", {"text": "x"}),
    ("tags", "CSTO"),
    ("tags", [1]),
    ("tags", ["x" * (MAX_TAG + 1)]),
    ("tags", ["t"] * (MAX_TAGS + 1)),
    ("detached", 0),
    ("detached", None),
    ("created", "yesterday"),
    ("created", "2026-01-01T10:00:00"),  # whose time zone?
    ("modified", 1767225600),
    ("modified", "2026-13-01T10:00:00+00:00"),
]


@pytest.mark.parametrize(("field", "value"), _BAD, ids=[f"{f}={str(v)[:20]!r}" for f, v in _BAD])
def test_a_wrong_value_of_a_field_is_refused(store, kept, tmp_path, field, value):
    data = document([note(), highlight()])
    data["annotations"][1][field] = value
    said = refused(store, write(tmp_path, data))
    assert said.endswith(f": annotation 2 has a wrong “{field}”. Nothing was changed.")


def test_every_field_is_checked():
    assert {field for field, _value in _BAD} == set(exchange.FIELDS)


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "note"},  # a note with offsets
        {"colour": None},  # a highlight without colour
        {"lang": None},  # offsets without a language
        {"start": 10, "end": 10},  # an empty span
        {"start": 10, "end": 3},
        {"kind": "bookmark", "lang": None, "start": None, "end": None},  # with a colour
    ],
)
def test_fields_that_do_not_agree_are_refused(store, kept, tmp_path, changes):
    data = document([highlight()])
    data["annotations"][0].update(changes)
    said = refused(store, write(tmp_path, data))
    assert "in annotation 1, the kind, language, offsets and colour do not agree" in said


def test_a_missing_an_unknown_field_or_an_item_that_is_no_object(store, kept, tmp_path):
    data = document([note(), note()])
    del data["annotations"][0]["label"]
    assert "annotation 1 has no “label”" in refused(store, write(tmp_path, data))
    data = document([note()])
    data["annotations"][0]["script\x1b[2J"] = "x"
    said = refused(store, write(tmp_path, data))
    assert "annotation 1 has a field unknown here: “script\ufffd[2J”" in said
    data = document([note()])
    data["annotations"].append(["a", "list"])
    assert "item 2 is not an annotation" in refused(store, write(tmp_path, data))


def test_one_bad_annotation_refuses_the_whole_file(store, kept, tmp_path):
    data = document([note() for _ in range(50)])
    data["annotations"][49]["colour"] = "blue"
    assert "annotation 50" in refused(store, write(tmp_path, data))


def test_the_merge_decides_inside_its_transaction(tmp_path):
    """No other instance can change an annotation between the moment the
    merge compares it and the moment it saves the newer copy."""
    from viewer.core.annotations.store import StoreError

    mine, other = AnnotationStore(tmp_path), AnnotationStore(tmp_path)
    other._db.execute("PRAGMA busy_timeout = 50")
    kept = note()
    mine.save([kept])
    attempts = []

    def wanted(annotation, local):
        try:
            other.save([annotation.replace(note="slipped in")])
        except StoreError:
            attempts.append("locked out")
        return True

    mine.save_wanted([kept.replace(note="theirs", modified=now())], wanted)
    assert attempts == ["locked out"]
    assert mine.get(kept.id).note == "theirs"
