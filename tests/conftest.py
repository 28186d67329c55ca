"""Test set-up: Qt draws offscreen and every user folder is a temp dir, set
before any QApplication exists so no test touches the real home."""

import os
import shutil
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="diptych-tests-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_SESSION_HOME / _name.lower())
os.environ["HOME"] = str(_SESSION_HOME / "home")

import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


def _build_translations() -> None:
    """The UI is tested with its real catalogues, as `make translations`
    builds them; build any that are missing or older than their source."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in (REPO / "resources" / "i18n").glob("*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)


_build_translations()


def type_text(widget, text: str) -> None:
    """Key presses carrying `text`, as a keyboard in either layout sends them
    (QTest.keyClicks handles ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(widget, event)


NETWORK_ATTEMPTS: list[str] = []  # connections the code under test tried


def _no_network(original):
    """`original`, refusing any address but a local (AF_UNIX) one, which Qt
    and D-Bus use on the desktop: the app works offline, always."""

    def guarded(self, address, *args):
        if self.family != socket.AF_UNIX:
            NETWORK_ATTEMPTS.append(f"{original.__name__} {address!r}")
            raise ConnectionRefusedError(f"tests refuse network connections: {address!r}")
        return original(self, address, *args)

    return guarded


def _no_create_connection(address, *_args, **_kwargs):
    NETWORK_ATTEMPTS.append(f"create_connection {address!r}")
    raise ConnectionRefusedError(f"tests refuse network connections: {address!r}")


@pytest.fixture(scope="session", autouse=True)
def _refuse_network():
    with pytest.MonkeyPatch.context() as patch:
        for name in ("connect", "connect_ex", "sendto"):
            patch.setattr(socket.socket, name, _no_network(getattr(socket.socket, name)))
        patch.setattr(socket, "create_connection", _no_create_connection)
        yield


@pytest.fixture(autouse=True)
def _no_network_attempt():
    """Fails the test that tried a connection, even from another thread or
    under an `except OSError`."""
    NETWORK_ATTEMPTS.clear()
    yield
    assert not NETWORK_ATTEMPTS, f"network connection attempted: {NETWORK_ATTEMPTS}"


def files_under(folder: Path) -> list[str]:
    """Every file below `folder`, as relative paths, sorted."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def isolated_env(root: Path) -> dict[str, str]:
    """The environment for a child `diptych` whose home, temporary folder
    and XDG folders are empty folders under `root` (home, tmp, xdg), so
    that a test can list everything it wrote there."""
    folders = {name: root / name for name in ("home", "tmp", "xdg")}
    for folder in folders.values():
        folder.mkdir()
    xdg = folders["xdg"]
    return {
        **os.environ,
        "HOME": str(folders["home"]),
        "TMPDIR": str(folders["tmp"]),
        "XDG_DATA_HOME": str(xdg / "data"),
        "XDG_CONFIG_HOME": str(xdg / "config"),
        "XDG_CACHE_HOME": str(xdg / "cache"),
    }


@pytest.fixture(autouse=True)
def user_folders(tmp_path, monkeypatch):
    """Each test gets its own empty XDG folders."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "xdg" / name.lower()))
    return tmp_path / "xdg"


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    """A writable copy of the fixture corpus, for tests that break it."""
    target = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", target)
    return target


@pytest.fixture(scope="session")
def qapp_args():
    return ["diptych-tests"]


@pytest.fixture(scope="session")
def qapp_cls():
    from viewer.gui.app import Application

    return Application


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    """A test that opens a Russian window must not leave the next in Russian:
    the catalogues a window installed (children of the application) go."""
    yield
    from PySide6.QtCore import QTranslator

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        # Not setParent(None): Python would then delete it whenever its
        # garbage collector ran, possibly inside a translate() that holds
        # Qt's translator lock, which the destructor takes again: a hang.
        translator.deleteLater()


@pytest.fixture(scope="session", autouse=True)
def _one_application(qapp):
    """The CLI reuses whatever application exists; make it the widget one so
    the GUI tests can share it in any order."""
    return qapp


@pytest.fixture(scope="session")
def prebuilt_cache(tmp_path_factory):
    """`cache(corpus)`: a cache folder holding `corpus`'s search index (and
    its corpus cache), built once per session and corpus, in this process."""
    from viewer.core.context import AppContext
    from viewer.core.search import open_engine

    built: dict[Path, Path] = {}

    def cache(corpus: Path) -> Path:
        if corpus not in built:
            context = AppContext(tmp_path_factory.mktemp("prebuilt") / "data", corpus)
            _engine, note = open_engine(context.corpus, context.dirs.cache)
            assert note is None
            built[corpus] = context.dirs.cache
        return built[corpus]

    return cache


@pytest.fixture
def data_dir(tmp_path, prebuilt_cache, monkeypatch):
    """`data(corpus=FIXTURES / "corpus")`: a fresh data folder for a window
    over `corpus`, whose cache already holds its search index: the window
    searches at once, and the test fails if it built an index after all."""
    from viewer.core.search.child import ChildBuild

    builds = []
    monkeypatch.setattr(ChildBuild, "run", lambda self, *args: builds.append(args) or False)

    def data(corpus: Path = FIXTURES / "corpus") -> Path:
        target = tmp_path / "data"
        shutil.copytree(prebuilt_cache(corpus), target / "cache")
        return target

    yield data
    assert not builds, "the window built a search index instead of using the prebuilt one"


@pytest.fixture
def search_window(qtbot, data_dir):
    """A window over the fixture corpus whose search index is ready."""
    from viewer.gui.app import create_app, create_window

    window = create_window(create_app(), data_dir(), FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isVisible)
    yield window
    window.close()
