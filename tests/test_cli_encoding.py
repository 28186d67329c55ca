"""Command-line arguments that are not UTF-8 never reach the output raw."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, REPO


def diptych(data, *args: bytes) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "LC_ALL": "C.UTF-8"}
    command = [
        sys.executable.encode(),
        b"-m",
        b"viewer",
        b"--data-dir",
        os.fsencode(data),
        b"--corpus",
        os.fsencode(FIXTURES / "corpus"),
        b"search",
        *args,
    ]
    return subprocess.run(command, env=env, capture_output=True, timeout=60)


@pytest.mark.parametrize(
    "args",
    [
        (b"caf\xe9", b"--json"),
        (b"caf\xe9",),
        (b"\xd0\xbe\xd0", b"--json"),  # UTF-8 cut short in a Cyrillic letter
        (b"CSTO", b"--doc", b"alph\xe1", b"--json"),
    ],
)
def test_an_argument_that_is_not_utf8_is_refused_and_shown_escaped(data_dir, args):
    done = diptych(data_dir(), *args)
    assert done.returncode == 2
    assert done.stdout == b""
    done.stderr.decode("utf-8")  # no raw byte in the message either
    assert b"not valid UTF-8" in done.stderr
    assert b"\\x" in done.stderr


def test_json_of_a_non_ascii_query_is_utf8(data_dir):
    done = diptych(data_dir(), "ОДКБ".encode(), b"--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout.decode("utf-8"))
    assert "<mark>ОДКБ</mark>" in data["hits"][0]["snippet"]
