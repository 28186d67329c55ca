"""Everything a run writes goes under --data-dir (a portable copy on a USB
stick depends on it), and closing the window never waits for an index build."""

import subprocess
import sys
import time

from tests.conftest import FIXTURES, REPO, files_under
from viewer.gui.app import create_app, create_window


def test_nothing_is_written_outside_the_data_dir(qtbot, tmp_path, monkeypatch, user_folders):
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    data = tmp_path / "data"
    corpus = tmp_path / "corpus"
    subprocess.run(["cp", "-r", str(FIXTURES / "corpus"), str(corpus)], check=True)
    before = files_under(corpus)

    window = create_window(create_app(), data, corpus)
    qtbot.addWidget(window)
    window.show()
    window.search.prepare()  # the index is built by a child process
    qtbot.waitUntil(lambda: window.search.searcher.worker.engine is not None, timeout=30_000)
    window.close()
    diptych = [sys.executable, "-m", "viewer", "--data-dir", str(data), "--corpus", str(corpus)]
    for command in (
        ["check"],
        ["search", "terrorism"],
        ["search", "--json", "ОДКБ"],
        ["index"],
        ["index", "--out", str(data / "out")],
    ):
        subprocess.run([*diptych, *command], check=True, cwd=REPO, capture_output=True)

    assert files_under(data / "cache")  # the index and the corpus cache are there
    assert files_under(user_folders) == []
    assert files_under(home) == []
    assert files_under(temp) == []
    assert files_under(corpus) == before


def test_closing_the_window_during_the_first_index_build_returns_at_once(qtbot, tmp_path):
    window = create_window(create_app(), tmp_path / "data", FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    child = window.search.searcher.worker.child
    window.search.prepare()
    qtbot.waitUntil(lambda: child._process is not None, timeout=10_000)
    process = child._process
    began = time.perf_counter()
    window.close()
    assert time.perf_counter() - began < 1.0
    assert process.poll() is not None  # ended, not left running
    assert not window.search.searcher.thread.isRunning()
    assert window.search.searcher.worker.engine is None  # no build in the window's stead
