"""Where Diptych finds its resources and keeps its user data."""

import sys
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QStandardPaths

FOLDER_NAME = "diptych"  # one folder in each of the platform's places


def bundle_root() -> Path:
    """The folder holding `resources/` and `corpus/`: the source checkout, or
    the unpacked PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parents[2]


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
    """The platform's folders (XDG on Linux: ~/.local/share/diptych and so
    on), or all three under `data_dir`. Reads the platform's generic places,
    which do not depend on the application's name, so nothing global is set
    here."""
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
