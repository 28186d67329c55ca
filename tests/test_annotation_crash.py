"""Crash safety: a process adding annotations through the store is killed
(SIGKILL) at random moments, again and again; whatever it reported as
committed is there after each kill, and the database checks whole."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing

import pytest

from tests.conftest import REPO
from viewer.core.annotations.store import FILE_NAME, AnnotationStore

KILLS = 200
SEED = 20261130


def _check(path, reported: set[str]) -> None:
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        present = {row[0] for row in db.execute("SELECT id FROM annotation")}
        assert reported <= present, f"lost: {sorted(reported - present)[:5]}"
        # Each annotation came in one transaction with its two tags and a
        # step of the revision count: no half of one is there.
        partial = db.execute(
            "SELECT count(*) FROM annotation"
            " WHERE (SELECT count(*) FROM tag WHERE annotation = id) != 2"
        ).fetchone()[0]
        assert partial == 0
        assert db.execute("SELECT value FROM revision").fetchone()[0] == len(present)


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writers_lose_nothing_they_reported(tmp_path, record_property):
    folder = tmp_path / "data"
    chance = random.Random(SEED)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    reported: set[str] = set()
    began = time.monotonic()
    kills = 0
    while kills < KILLS:
        with subprocess.Popen(
            [sys.executable, "-m", "tests.annotation_factory", str(folder)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        ) as child:
            assert child.stdout.readline() == "ready\n"
            time.sleep(chance.uniform(0.005, 0.150))  # the moment of the kill, not a wait
            child.send_signal(signal.SIGKILL)
            assert child.wait(timeout=60) == -signal.SIGKILL
            kills += 1
            reported |= set(child.stdout.read().split())
        _check(folder / FILE_NAME, reported)
    with closing(AnnotationStore(folder)) as store:
        assert not store.notices
        assert reported <= {a.id for a in store.all()}
    seconds = time.monotonic() - began
    record_property("kills", kills)
    record_property("reported", len(reported))
    print(f"\n{kills} kills, {len(reported)} annotations reported committed, {seconds:.0f} s")
    assert kills >= 200 and len(reported) > kills
