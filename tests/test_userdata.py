import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from viewer.core.atomic import write_atomic
from viewer.core.paths import user_dirs
from viewer.core.settings import SCHEMA_VERSION, SETTINGS, Settings


def test_write_atomic_replaces_whole_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "sub" / "file.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(target.parent) == ["file.json"]


def test_write_atomic_failure_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "file.json"
    write_atomic(target, b"old")

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["file.json"]


def test_settings_round_trip_with_version(tmp_path):
    settings = Settings(tmp_path)
    assert settings["ui/language"] == "system"
    settings["reader/document"] = "alpha"
    settings.save()
    data = json.loads((tmp_path / "settings.json").read_text())
    assert data["version"] == SCHEMA_VERSION
    assert Settings(tmp_path)["reader/document"] == "alpha"


def test_every_setting_is_declared_with_a_default_of_its_type():
    for setting in SETTINGS.values():
        assert isinstance(setting.default, setting.type)
    with pytest.raises(KeyError):
        Settings.__getitem__(Settings.__new__(Settings), "no/such")


def test_wrong_type_reads_as_default_and_cannot_be_written(tmp_path):
    (tmp_path / "settings.json").write_text('{"version": 1, "values": {"ui/language": 5}}')
    settings = Settings(tmp_path)
    assert settings["ui/language"] == "system"
    with pytest.raises(TypeError):
        settings["ui/language"] = 3


def test_corrupt_settings_are_set_aside_not_lost(tmp_path):
    (tmp_path / "settings.json").write_text("{not json")
    settings = Settings(tmp_path)
    assert "damaged" in str(settings.message)
    assert (tmp_path / "settings.json.corrupt").read_text() == "{not json"
    assert settings["ui/language"] == "system"


def test_settings_from_a_newer_version_are_never_overwritten(tmp_path):
    newer = '{"version": 99, "values": {"reader/document": "x"}}'
    (tmp_path / "settings.json").write_text(newer)
    settings = Settings(tmp_path)
    assert settings["reader/document"] == "x"
    settings["reader/document"] = "y"
    settings.save()
    assert (tmp_path / "settings.json").read_text() == newer


def test_user_dirs_follow_xdg_and_data_dir_overrides(user_folders, tmp_path):
    dirs = user_dirs()
    assert str(dirs.data).startswith(str(user_folders / "xdg_data_home"))
    assert str(dirs.config).startswith(str(user_folders / "xdg_config_home"))
    assert str(dirs.cache).startswith(str(user_folders / "xdg_cache_home"))
    override = user_dirs(tmp_path / "portable")
    assert override.data == tmp_path / "portable" / "data"
    assert override.cache == tmp_path / "portable" / "cache"


def test_user_dirs_are_one_folder_each_and_set_nothing_global(user_folders):
    from PySide6.QtCore import QCoreApplication

    name = QCoreApplication.applicationName()
    dirs = user_dirs()
    assert dirs.data == user_folders / "xdg_data_home" / "diptych"
    assert dirs.config == user_folders / "xdg_config_home" / "diptych"
    assert dirs.cache == user_folders / "xdg_cache_home" / "diptych"
    assert QCoreApplication.applicationName() == name


def test_a_changed_preference_is_on_disk_before_the_window_closes(qtbot, tmp_path):
    """A crash after changing a preference loses nothing: the settings are
    written shortly after each change, not only on quit."""
    from tests.conftest import FIXTURES
    from viewer.gui.app import create_app, create_window

    window = create_window(create_app(), tmp_path / "data", FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    config = tmp_path / "data" / "config"
    assert Settings(config)["reader/key_style"] is True
    window.actions.key_style.trigger()
    window.actions.mode["en"].trigger()
    qtbot.waitUntil(lambda: Settings(config)["reader/mode"] == "en", timeout=5000)
    assert Settings(config)["reader/key_style"] is False


def test_settings_report_changes_of_value_only(tmp_path):
    settings = Settings(tmp_path)
    heard = []
    settings.on_change = lambda: heard.append(1)
    settings["reader/zoom"] = 0  # the default: no change
    settings["reader/zoom"] = 2
    settings["reader/zoom"] = 2
    assert heard == [1]


def _settings_file(folder, values) -> None:
    (folder / "settings.json").write_text(json.dumps({"version": 1, "values": values}))


@pytest.mark.parametrize(
    ("key", "stored"),
    [
        ("window/geometry", "AdnQ\u00e9\u043f"),  # not ASCII: QByteArray.fromBase64 would raise
        ("window/geometry", "not base64!"),
        ("window/state", "QUJ"),  # a length no base64 has
        ("reader/positions", {"alpha": [1, 2]}),
        ("reader/positions", {"alpha": 0}),
        ("reader/positions", {"alpha": True}),
        ("reader/zoom", 10**9),
        ("reader/zoom", True),
        ("reader/mode", "sideways"),
        ("ui/language", "de"),
        ("ui/theme", "purple"),
    ],
)
def test_a_value_of_the_wrong_shape_reads_as_its_default(tmp_path, key, stored):
    _settings_file(tmp_path, {key: stored})
    settings = Settings(tmp_path)
    assert settings[key] == SETTINGS[key].default
    with pytest.raises(TypeError):
        settings[key] = stored


def test_values_of_the_right_shape_are_kept(tmp_path):
    good = {
        "window/geometry": "AdnQywADAAA=",
        "reader/positions": {"alpha": 3},
        "reader/zoom": -5,
        "reader/mode": "en-ru",
    }
    _settings_file(tmp_path, good)
    settings = Settings(tmp_path)
    assert {key: settings[key] for key in good} == good


def test_bad_settings_do_not_stop_the_window(qtbot, tmp_path):
    from tests.conftest import FIXTURES
    from viewer.gui.app import create_app, create_window

    config = tmp_path / "data" / "config"
    config.mkdir(parents=True)
    _settings_file(
        config,
        {
            "window/geometry": "\u00e9\u00e9\u00e9",
            "window/state": "\u00e9",
            "window/splitter": "\u00e9",
            "reader/positions": {"alpha": [1]},
        },
    )
    window = create_window(create_app(), tmp_path / "data", FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    assert window.view.current is not None
    window.close()


def test_deeply_nested_settings_are_set_aside(tmp_path):
    (tmp_path / "settings.json").write_text("[" * 100_000)
    settings = Settings(tmp_path)
    assert "damaged" in str(settings.message)
    assert (tmp_path / "settings.json.corrupt").exists()
    assert settings["ui/language"] == "system"


def test_successive_damaged_files_are_all_kept(tmp_path):
    for number, text in enumerate(("{one", "{two", "{three")):
        (tmp_path / "settings.json").write_text(text)
        Settings(tmp_path)
        assert not (tmp_path / "settings.json").exists(), number
    kept = {p.name: p.read_text() for p in tmp_path.glob("settings.json.*")}
    assert kept == {
        "settings.json.corrupt": "{one",
        "settings.json.corrupt-2": "{two",
        "settings.json.corrupt-3": "{three",
    }


def test_damaged_settings_in_a_read_only_folder_are_left_alone(tmp_path, monkeypatch):
    (tmp_path / "settings.json").write_text("{not json")

    def read_only_folder(*_args):
        raise PermissionError(13, "Permission denied")

    # Not chmod: the tests may run as root, who writes anywhere.
    monkeypatch.setattr(Path, "rename", read_only_folder)
    monkeypatch.setattr(os, "replace", read_only_folder)
    settings = Settings(tmp_path)
    assert settings.read_only
    assert "cannot be set aside" in str(settings.message)
    assert settings["ui/language"] == "system"
    settings["reader/zoom"] = 3
    settings.save()
    assert (tmp_path / "settings.json").read_text() == "{not json"


def test_temporary_files_of_a_killed_save_go_at_the_next_start(tmp_path):
    stale = tmp_path / ".settings.json.abc123.tmp"
    fresh = tmp_path / ".settings.json.def456.tmp"  # another instance saving now
    other = tmp_path / ".other.json.abc123.tmp"
    for leftover in (stale, fresh, other):
        leftover.write_text("{half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    Settings(tmp_path)
    assert not stale.exists()
    assert fresh.exists() and other.exists()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_settings_are_saved_when_the_app_is_told_to_stop(tmp_path, signum):
    from tests.conftest import FIXTURES, REPO

    data = tmp_path / "data"
    settings_file = data / "config" / "settings.json"
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "viewer",
            "--data-dir",
            str(data),
            "--corpus",
            str(FIXTURES / "corpus"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # The first autosave (the document opened) shows the loop is running.
        deadline = time.monotonic() + 30
        while not settings_file.exists() and child.poll() is None:
            assert time.monotonic() < deadline, "the window never saved its settings"
            time.sleep(0.05)
        assert "window/geometry" not in json.loads(settings_file.read_text())["values"]
        child.send_signal(signum)
        assert child.wait(timeout=30) == 0, child.stderr.read().decode()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()
    assert json.loads(settings_file.read_text())["values"]["window/geometry"]
