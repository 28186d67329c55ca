"""Where Diptych finds its resources and keeps its user data."""

import sys
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QStandardPaths

FOLDER_NAME = "diptych"  # one folder in each of the platform's places
PORTABLE_MARKER = "portable"  # a file beside the program: keep everything beside it
PORTABLE_FOLDER = "diptych-data"


def bundle_root() -> Path:
    """The folder holding `resources/` and `corpus/`: the source checkout, or
    the unpacked PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parents[2]


def program_dir() -> Path:
    """The folder the reader sees as the program: the executable's in a
    frozen build (the bundle's own files may sit in a subfolder), the
    checkout holding main.py when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return bundle_root()


def portable_data_dir() -> Path | None:
    """The folder beside the program that holds all user data when a file
    named `portable` is there (a copy on a USB stick); None otherwise."""
    folder = program_dir()
    return folder / PORTABLE_FOLDER if (folder / PORTABLE_MARKER).is_file() else None


def resource_dir() -> Path:
    return bundle_root() / "resources"


def default_corpus_dir() -> Path:
    return bundle_root() / "corpus"


class UserDirs(NamedTuple):
    data: Path  # bookmarks, highlights, notes
    config: Path  # settings
    cache: Path  # rebuildable: the search index

    def create(self) -> None:
        for folder in (self.data, self.config, self.cache):
            folder.mkdir(parents=True, exist_ok=True)


def user_dirs(data_dir: Path | None = None) -> UserDirs:
    """All three under `data_dir`, else under the portable folder when the
    program is a portable copy, else the platform's folders (XDG on Linux:
    ~/.local/share/diptych and so on). Reads the platform's generic places,
    which do not depend on the application's name, so nothing global is set
    here."""
    if data_dir is None:
        data_dir = portable_data_dir()
    if data_dir is not None:
        root = Path(data_dir).expanduser().resolve()
        return UserDirs(root / "data", root / "config", root / "cache")

    def location(kind: QStandardPaths.StandardLocation) -> Path:
        return Path(QStandardPaths.writableLocation(kind)) / FOLDER_NAME

    return UserDirs(
        location(QStandardPaths.StandardLocation.GenericDataLocation),
        location(QStandardPaths.StandardLocation.GenericConfigLocation),
        location(QStandardPaths.StandardLocation.GenericCacheLocation),
    )
