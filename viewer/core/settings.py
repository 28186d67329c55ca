"""User settings: each declared once here with its type, shape and default,
stored as versioned JSON and written atomically."""

import binascii
import json
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.annotations.model import COLOURS
from viewer.core.atomic import remove_leftovers, write_atomic
from viewer.core.messages import Message, message

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"


def _any(_value) -> bool:
    return True


def _one_of(*choices: str) -> Callable[[object], bool]:
    return lambda value: value in choices


def _within(low: int, high: int) -> Callable[[object], bool]:
    return lambda value: low <= value <= high


def _base64(value: str) -> bool:
    try:
        binascii.a2b_base64(value.encode("ascii"), strict_mode=True)
    except (UnicodeEncodeError, binascii.Error):
        return False
    return True


def _places(value: dict) -> bool:
    """document id -> the paragraph at the top, with that pair's text (see
    core.places), or a bare paragraph number as saved before."""

    def paragraph(number) -> bool:
        return type(number) is int and number >= 1  # bool is an int to Python

    return all(
        isinstance(doc, str)
        and (
            paragraph(place)
            or (
                isinstance(place, list)
                and len(place) == 2
                and paragraph(place[0])
                and isinstance(place[1], str)
            )
        )
        for doc, place in value.items()
    )


def _meanings(value: dict) -> bool:
    return all(
        colour in COLOURS and isinstance(name, str) and len(name) <= 40
        for colour, name in value.items()
    )


def _colours(value: list) -> bool:
    return all(colour in COLOURS for colour in value) and len(set(value)) == len(value)


class Setting(NamedTuple):
    key: str
    type: type
    default: object
    valid: Callable[[object], bool] = _any  # the shape within the type


_DECLARED = (
    Setting("ui/language", str, "system", _one_of("system", "ru", "en")),
    Setting("ui/theme", str, "system", _one_of("system", "light", "dark")),
    Setting("reader/document", str, ""),  # id of the document last open
    Setting("reader/positions", dict, {}, _places),  # where the reader left each document
    Setting("reader/mode", str, "ru-en", _one_of("ru-en", "en-ru", "ru", "en")),
    Setting("reader/key_style", bool, True),  # key passages in their own style
    Setting("reader/brief", bool, False),  # key passages only
    Setting("reader/serif", bool, True),  # serif text, else sans
    Setting("reader/differences", bool, True),  # difference flags in the margin and the text
    Setting("reader/zoom", int, 0, _within(-5, 15)),  # steps above (or below) the normal size
    Setting("annotations/meanings", dict, {}, _meanings),  # colour -> the reader's name for it
    # The PDF export's last choices
    Setting("export/scope", str, "document", _one_of("document", "library", "selected", "search")),
    Setting("export/colours", list, list(COLOURS), _colours),  # highlights of these colours
    Setting("export/bookmarks", bool, True),
    Setting("export/notes", bool, True),
    Setting("export/key_passages", bool, False),
    Setting("export/layout", str, "side-by-side", _one_of("side-by-side", "ru", "en")),
    Setting("export/paper", str, "a4", _one_of("a4", "letter")),
    Setting("export/file", str, ""),  # the PDF last written
    Setting("window/geometry", str, "", _base64),  # of QWidget.saveGeometry()
    Setting("window/state", str, "", _base64),  # of QMainWindow.saveState()
    Setting("window/splitter", str, "", _base64),  # of QSplitter.saveState()
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
        remove_leftovers(self.path)
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
        except (ValueError, KeyError, TypeError, RecursionError):
            self._set_aside()
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

    def _set_aside(self) -> None:
        """Move a damaged file out of the way, under a name no earlier damaged
        file has; where it cannot be moved, leave it and write nothing."""
        number = 1
        while (aside := self.path.with_name(_aside_name(number))).exists():
            number += 1
        try:
            self.path.rename(aside)
        except OSError as error:
            self.read_only = True
            self.message = message(
                "Settings",
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "The settings file is damaged and cannot be set aside ({error});"
                    " default settings are in use and will not be saved.",
                ),
                error=error.strerror,
            )
            return
        self.message = message(
            "Settings",
            QT_TRANSLATE_NOOP(
                "Settings",
                "The settings file was damaged and has been set aside as {name}."
                " Default settings are in use.",
            ),
            name=aside.name,
        )

    def __getitem__(self, key: str):
        setting = SETTINGS[key]
        value = self.values.get(key, setting.default)
        value = value if _fits(setting, value) else setting.default
        if isinstance(value, dict | list):
            return type(value)(value)  # a copy: never the shared default
        return value

    def __setitem__(self, key: str, value) -> None:
        setting = SETTINGS[key]
        if not _fits(setting, value):
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


def _fits(setting: Setting, value) -> bool:
    # `type is`, not isinstance: True is no zoom step.
    return type(value) is setting.type and setting.valid(value)


def _aside_name(number: int) -> str:
    return f"{FILE_NAME}.corrupt" if number == 1 else f"{FILE_NAME}.corrupt-{number}"
