"""The search panel is built after the first paint of the text, into a dock
already of its final size: the text does not move when it arrives."""

import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent, QObject

from tests.conftest import FIXTURES, REPO, isolated_env
from viewer.core.settings import Settings
from viewer.gui.app import create_app, create_window


class _Geometries(QObject):
    """The reader viewport's size at each of its paints."""

    def __init__(self):
        super().__init__()
        self.sizes = []

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.sizes.append(watched.size())
        return False


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_search_panel_arrives_after_the_first_paint_without_moving_the_text(
    qtbot, data_dir, language
):
    from viewer.core.settings import Settings

    data = data_dir()
    settings = Settings(data / "config")
    settings["ui/language"] = language
    settings.save()
    window = create_window(create_app(), data, FIXTURES / "corpus")
    qtbot.addWidget(window)
    spy = _Geometries()
    window.view.viewport().installEventFilter(spy)
    window.resize(1000, 700)
    window.show()
    qtbot.waitUntil(lambda: window._search is not None)
    first = spy.sizes[0]
    qtbot.waitUntil(lambda: window.search.isVisible())
    assert window.search_dock.widget() is window.search
    assert window.view.viewport().size() == first
    window.close()


def test_the_stand_in_asks_for_the_room_the_panel_takes(qtbot, data_dir):
    window = create_window(create_app(), data_dir(), FIXTURES / "corpus")
    qtbot.addWidget(window)
    stand_in = window.search_dock.widget().sizeHint().height()
    assert stand_in == window.search.sizeHint().height()
    window.close()


def test_quit_after_paint_says_when_the_text_is_painted_and_closes_as_the_user_would(tmp_path):
    """What the frozen start-up benchmark of `make dist` times."""
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "viewer", "--data-dir", str(data), "--quit-after-paint"],
        cwd=REPO,
        env={**isolated_env(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=50,
    )
    assert done.returncode == 0 and done.stdout == "painted\n"
    assert Settings(data / "config")["reader/document"]  # the window saved its state


def test_difference_flags_are_worked_out_after_the_first_paint(qtbot, data_dir):
    """The glossary's stems and the flags cost about a third of a second:
    the first screen does not wait for them, its ≠ signs follow."""
    window = create_window(create_app(), data_dir(), REPO / "corpus")
    qtbot.addWidget(window)
    window.navigate("unrcca-ashgabat-declaration-2017")
    assert window._comparer is None and not window.view.layer("differences")
    window.show()
    qtbot.waitUntil(lambda: bool(window.view.layer("differences")))
    window.close()
