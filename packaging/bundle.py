"""What the frozen build carries besides code, and what it leaves out: kept
apart from the spec so that a test can check the lists without PyInstaller
running."""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
INDEX = BUILD / "index"  # written by `diptych index --out build` before the freeze
ICONS = BUILD / "icons"  # written by `packaging/icons.py build/icons` before the freeze
HOOKS = ROOT / "packaging" / "hooks"  # ours, in place of PyInstaller's for the same modules

UI_LANGUAGES = ("ru", "en")


def version() -> str:
    """The package's version, read from its source: the spec runs in
    PyInstaller's interpreter, where importing viewer would pull in Qt."""
    text = (ROOT / "viewer" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def datas(index: Path = INDEX) -> list[tuple[str, str]]:
    """(source, folder in the bundle) for every data file, one by one, so
    that a stray file in the checkout never ships. The index goes where
    viewer.core.search looks for the shipped copy: `index/` in the bundle."""
    files = [
        *sorted((ROOT / "corpus").rglob("*")),
        *sorted((ROOT / "resources" / "fonts").glob("*")),
        *sorted((ROOT / "resources" / "guide").glob("*.html")),
        *sorted((ROOT / "resources" / "icons").glob("*.svg")),
        *(ROOT / "resources" / "i18n" / f"diptych_{lang}.qm" for lang in UI_LANGUAGES),
    ]
    listed = [(path, path.parent.relative_to(ROOT)) for path in files if path.is_file()]
    # whoosh's lock file is left behind by the build; the bundle is read-only.
    listed += [
        (path, Path("index") / path.parent.relative_to(index))
        for path in sorted(index.rglob("*"))
        if path.is_file() and not path.name.endswith("_WRITELOCK")
    ]
    return [(str(source), str(folder)) for source, folder in listed]


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
    # No network, and hashlib falls back to its own digests: this leaves
    # OpenSSL out of the bundle.
    "ssl",
    "_ssl",
    "_hashlib",
]

# python-docx reads its default parts (the styles of a document that has
# none) from `docx/parts/../templates`: the path resolves only where
# `docx/parts` is a folder, which it is not while its modules are in the
# archive. Its sources ship beside the archive to make the folder.
MODULE_COLLECTION_MODE = {"docx.parts": "pyz+py"}

# Qt plugins kept, as folder/file-stem prefixes under Qt/plugins; every other
# plugin is dropped. xcb for X11 (Wayland sessions run it through XWayland:
# Qt's wayland plugin needs libwayland-cursor, which we cannot test here),
# offscreen for the self-test; PNG is built into Qt, ICO is the one plugin;
# the SVG icon engine draws the window icon.
KEPT_PLUGINS = (
    "platforms/libqxcb",
    "platforms/libqoffscreen",
    "xcbglintegrations/",
    "platforminputcontexts/libcompose",
    "platforminputcontexts/libibus",
    "printsupport/",
    "iconengines/",
    "imageformats/libqico",
)


# The same for Windows and macOS, from Qt's plugin names there: written for
# the spec's branches and never built (README.md). The native platform
# plugin replaces xcb, and there are no input-method plugins to keep.
OTHER_PLATFORMS_PLUGINS = {
    "win32": (
        "platforms/qwindows",
        "platforms/qoffscreen",
        "printsupport/",
        "iconengines/",
        "imageformats/qico",
    ),
    "darwin": (
        "platforms/libqcocoa",
        "platforms/libqoffscreen",
        "printsupport/",
        "iconengines/",
        "imageformats/libqico",
    ),
}


def kept(dest: str, platform: str = sys.platform) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle: of Qt's,
    only the plugins above and its catalogues in our two languages; of
    python-docx's templates, not the folder `default-docx-template`, which
    none of its code reads."""
    parts = Path(dest).parts
    if "default-docx-template" in parts:
        return False
    if "plugins" in parts:
        rest = "/".join(parts[parts.index("plugins") + 1 :])
        return rest.startswith(OTHER_PLATFORMS_PLUGINS.get(platform, KEPT_PLUGINS))
    if "translations" in parts and parts[-1].endswith(".qm"):
        return parts[-1].startswith(tuple(f"qtbase_{lang}" for lang in UI_LANGUAGES))
    return True


def reachable(binaries, needed) -> set[str]:
    """Names (file names in the bundle) of the binaries that Python's
    extension modules and the kept Qt plugins load, directly or through one
    another; `needed(source)` lists a binary's DT_NEEDED names. PyInstaller
    resolves the dependencies of every plugin before ours are dropped, so
    without this the libraries of dropped plugins (GTK, CUPS's TLS) stay."""
    by_name = {Path(dest).name: src for dest, src, _kind in binaries}
    todo = [
        Path(dest).name
        for dest, _src, _kind in binaries
        if dest.endswith(".abi3.so")
        or ".cpython-" in Path(dest).name  # a package's own extension (lxml, charset-normalizer)
        or "lib-dynload" in dest
        or "plugins" in Path(dest).parts
        or Path(dest).name.startswith("libpython")
    ]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name not in by_name:
            continue
        seen.add(name)
        todo.extend(needed(by_name[name]))
    return seen
