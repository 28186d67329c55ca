"""What the frozen build carries besides code, and what it leaves out: kept
apart from the spec so that a test can check the lists without PyInstaller
running."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
INDEX = BUILD / "index"  # written by `diptych index --out build` before the freeze

UI_LANGUAGES = ("ru", "en")


def version() -> str:
    """The package's version, read from its source: the spec runs in
    PyInstaller's interpreter, where importing viewer would pull in Qt."""
    text = (ROOT / "viewer" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def datas() -> list[tuple[str, str]]:
    """(source, folder in the bundle) for every data file, one by one, so
    that a stray file in the checkout never ships."""
    files = [
        *sorted((ROOT / "corpus").rglob("*")),
        *sorted((ROOT / "resources" / "fonts").glob("*")),
        *sorted((ROOT / "resources" / "guide").glob("*.html")),
        *(ROOT / "resources" / "i18n" / f"diptych_{lang}.qm" for lang in UI_LANGUAGES),
        *sorted(INDEX.rglob("*")),
    ]
    return [
        (str(path), str(path.parent.relative_to(BUILD if path.is_relative_to(BUILD) else ROOT)))
        for path in files
        if path.is_file()
    ]


# Qt modules the app does not use; the hooks would otherwise pull some in.
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.QtSvg",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "ruff",
    "PyInstaller",
    "setuptools",
    "pip",
    "tests",
]

# Qt plugins kept, as folder/file-stem prefixes under Qt/plugins; every other
# plugin is dropped. xcb for X11, wayland for Wayland sessions, offscreen for
# the self-test; images are only the PNG/ICO Qt reads natively (no plugin).
KEPT_PLUGINS = (
    "platforms/libqxcb",
    "platforms/libqwayland",
    "platforms/libqoffscreen",
    "xcbglintegrations/",
    "wayland-shell-integration/libxdg-shell",
    "wayland-decoration-client/libbradient",
    "wayland-graphics-integration-client/libqt-plugin-wayland-egl",
    "platforminputcontexts/",
    "printsupport/",
    "iconengines/",
    "imageformats/libqico",
)


def kept(dest: str) -> bool:
    """Whether a file PyInstaller collected from Qt belongs in the bundle:
    only the plugins above, and Qt's own catalogues in our two languages."""
    parts = Path(dest).parts
    if "plugins" in parts:
        rest = "/".join(parts[parts.index("plugins") + 1 :])
        return rest.startswith(KEPT_PLUGINS)
    if "translations" in parts and parts[-1].endswith(".qm"):
        return parts[-1].startswith(tuple(f"qtbase_{lang}" for lang in UI_LANGUAGES))
    return True
