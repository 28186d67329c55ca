import json
import os

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
