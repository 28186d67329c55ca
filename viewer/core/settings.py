"""User settings: each declared once here with its type and default, stored
as versioned JSON and written atomically."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.atomic import write_atomic
from viewer.core.messages import Message, message

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"


class Setting(NamedTuple):
    key: str
    type: type
    default: object


_DECLARED = (
    Setting("ui/language", str, "system"),  # "system", "ru" or "en"
    Setting("ui/theme", str, "system"),  # "system", "light" or "dark"
    Setting("reader/document", str, ""),  # id of the document last open
    Setting("reader/positions", dict, {}),  # document id -> paragraph at the top
    Setting("reader/mode", str, "ru-en"),  # "ru-en", "en-ru", "ru" or "en"
    Setting("reader/key_style", bool, True),  # key passages in their own style
    Setting("reader/brief", bool, False),  # key passages only
    Setting("reader/serif", bool, True),  # serif text, else sans
    Setting("reader/zoom", int, 0),  # steps above (or below) the normal size
    Setting("window/geometry", str, ""),  # base64 of QWidget.saveGeometry()
    Setting("window/state", str, ""),  # base64 of QMainWindow.saveState()
    Setting("window/splitter", str, ""),  # base64 of QSplitter.saveState()
)
SETTINGS = {setting.key: setting for setting in _DECLARED}


class Settings:
    """Typed access to the settings file. A value of the wrong type reads as
    its default; an unreadable file is set aside and never overwritten blind."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / FILE_NAME
        self.values: dict[str, object] = {}
        self.message: Message | None = None  # what went wrong on load, for the user
        self.read_only = False
        self.on_change: Callable[[], None] | None = None  # hears every change of value
        self._load()

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as error:
            self.message = message(
                "Settings",
                QT_TRANSLATE_NOOP("Settings", "Cannot read the settings: {error}"),
                error=error.strerror,
            )
            self.read_only = True
            return
        try:
            data = json.loads(raw)
            version = data["version"]
            values = data["values"]
            if not isinstance(version, int) or not isinstance(values, dict):
                raise ValueError
        except (ValueError, KeyError, TypeError):
            aside = self.path.with_name(FILE_NAME + ".corrupt")
            self.path.replace(aside)
            self.message = message(
                "Settings",
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "The settings file was damaged and has been set aside as {name}."
                    " Default settings are in use.",
                ),
                name=aside.name,
            )
            return
        if version > SCHEMA_VERSION:
            self.message = message(
                "Settings",
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "The settings were written by a newer Diptych; they are used"
                    " read-only so that nothing is lost.",
                ),
            )
            self.read_only = True
        self.values = {k: v for k, v in values.items() if k in SETTINGS}

    def __getitem__(self, key: str):
        setting = SETTINGS[key]
        value = self.values.get(key, setting.default)
        value = value if isinstance(value, setting.type) else setting.default
        return dict(value) if isinstance(value, dict) else value  # never the shared default

    def __setitem__(self, key: str, value) -> None:
        setting = SETTINGS[key]
        if not isinstance(value, setting.type):
            raise TypeError(f"setting {key} takes {setting.type.__name__}, not {value!r}")
        if self.values.get(key, setting.default) == value:
            return
        self.values[key] = value
        if self.on_change is not None:
            self.on_change()

    def save(self) -> None:
        """Write the settings; raises OSError (a full disk) with the file intact."""
        if self.read_only:
            return
        data = {"version": SCHEMA_VERSION, "values": self.values}
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
