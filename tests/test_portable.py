"""Portable mode: with a file named `portable` beside the program, a run
keeps everything it writes in `diptych-data/` beside it, and nothing
anywhere else (a copy on a USB stick leaves no trace on the machine)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO, files_under, isolated_env
from viewer.core import paths

WINDOW = """
import sys

from PySide6.QtCore import QTimer
from viewer.gui.app import create_app, create_window

app = create_app()
window = create_window(app, None, None)
window.show()
window.search.prepare()  # the index is built by a child process


def close_when_ready():
    if window.search.searcher.worker.engine is not None:
        window.close()  # the settings are saved
        app.quit()


timer = QTimer()
timer.timeout.connect(close_when_ready)
timer.start(50)
QTimer.singleShot(30_000, lambda: app.exit(1))
sys.exit(app.exec())
"""


def stamps(folder):
    return {
        name: ((folder / name).stat().st_size, (folder / name).stat().st_mtime_ns)
        for name in files_under(folder)
    }


def portable_copy(folder: Path) -> Path:
    """The program's files as a portable copy carries them, the fixture
    corpus as its shipped one."""
    program = folder / "diptych"
    shutil.copytree(
        REPO / "viewer", program / "viewer", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(REPO / "resources", program / "resources")
    shutil.copytree(FIXTURES / "corpus", program / "corpus")
    shutil.copy(REPO / "main.py", program)
    (program / "portable").write_text("", encoding="utf-8")
    return program


def test_a_portable_copy_writes_only_beside_itself(tmp_path):
    program = portable_copy(tmp_path)
    env = {
        **isolated_env(tmp_path),
        "PYTHONPATH": str(program),  # the copy's code, not the checkout's
        "PYTHONDONTWRITEBYTECODE": "1",  # a frozen program has no bytecode to cache
    }

    def diptych(*command: str) -> None:
        subprocess.run(
            [sys.executable, "main.py", *command],
            cwd=program,
            env=env,
            check=True,
            capture_output=True,
        )

    def window() -> None:
        subprocess.run(
            [sys.executable, "-c", WINDOW], cwd=program, env=env, check=True, capture_output=True
        )

    writes_only_beside_itself(program, tmp_path, window, diptych, "alpha")


FROZEN = os.environ.get("DIPTYCH_FROZEN")  # the bundle `make dist` has just built


@pytest.mark.skipif(not FROZEN, reason="make dist runs it on the bundle it builds")
def test_a_frozen_portable_copy_writes_only_beside_itself(tmp_path):
    program = tmp_path / "diptych"
    shutil.copytree(FROZEN, program, symlinks=True)
    (program / "portable").write_text("", encoding="utf-8")
    env = {**isolated_env(tmp_path), "QT_QPA_PLATFORM": "offscreen"}

    def diptych(*command: str) -> None:
        subprocess.run(
            [str(program / "diptych"), *command], env=env, check=True, capture_output=True
        )

    def window() -> None:
        diptych("--quit-after-paint")
        diptych("--self-test")

    document = sorted(p.name for p in (program / "_internal" / "corpus").iterdir() if p.is_dir())
    writes_only_beside_itself(program, tmp_path, window, diptych, document[0])


def writes_only_beside_itself(program: Path, root: Path, window, diptych, document: str) -> None:
    """Run the window and every command that writes, then check that all
    was written in `diptych-data/` beside the program and nowhere else."""
    before = stamps(program)
    window()
    diptych("check")
    diptych("search", "terrorism")
    diptych("index")
    diptych("annotations", "add", "--doc", document, "--paragraph", "1", "--bookmark")
    diptych("annotations", "list")
    after = stamps(program)
    written = sorted(set(after) - set(before))
    assert {name: after.get(name) for name in before} == before  # the program is untouched
    assert written and all(name.startswith("diptych-data/") for name in written)
    data = program / "diptych-data"
    for kind in ("data", "config", "cache"):
        assert files_under(data / kind), kind  # annotations, settings, index
    for folder in ("home", "xdg", "tmp"):
        assert files_under(root / folder) == [], folder


def test_the_portable_file_decides_where_user_data_goes(tmp_path, monkeypatch, user_folders):
    monkeypatch.setattr(paths, "program_dir", lambda: tmp_path)
    assert paths.user_dirs().data == user_folders / "xdg_data_home" / "diptych"
    (tmp_path / "portable").write_text("", encoding="utf-8")
    assert paths.user_dirs() == paths.UserDirs(
        *(tmp_path / "diptych-data" / kind for kind in ("data", "config", "cache"))
    )
    # --data-dir still wins
    assert paths.user_dirs(tmp_path / "elsewhere").data == tmp_path / "elsewhere" / "data"


def test_the_program_is_the_executable_when_frozen_and_the_checkout_from_source(
    tmp_path, monkeypatch
):
    assert paths.program_dir() == REPO  # where main.py is
    assert (paths.program_dir() / "main.py").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "diptych"))
    assert paths.program_dir() == tmp_path
