"""The frozen build's lists (packaging/bundle.py), checked without building:
what ships, what is dropped, and which libraries follow the kept plugins;
the icon files the packages carry (packaging/icons.py); the published texts
packaging/copyright names; and that `make dist-check` has a script sh can
run."""

import fnmatch
import importlib.util
import os
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

from viewer import __version__
from viewer.core.paths import bundle_root

REPO = Path(__file__).resolve().parents[1]


def _load(name: str):
    # Loaded by path: the folder's name would shadow pip's `packaging`.
    spec = importlib.util.spec_from_file_location(name, REPO / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bundle():
    return _load("bundle")


def test_the_version_is_the_packages():
    assert _bundle().version() == __version__


def test_every_file_the_app_reads_ships_where_the_app_looks(tmp_path):
    index = tmp_path / "index" / "0123abcd"
    index.mkdir(parents=True)
    (index / "MAIN_x.toc").write_bytes(b"toc")
    (index / "MAIN_WRITELOCK").write_bytes(b"")
    shipped = {
        str(Path(folder) / Path(source).name)
        for source, folder in _bundle().datas(tmp_path / "index")
    }
    root = bundle_root()
    wanted = {
        *(str(p.relative_to(root)) for p in (root / "corpus").rglob("*") if p.is_file()),
        *(str(p.relative_to(root)) for p in (root / "resources" / "fonts").iterdir()),
        "resources/guide/en.html",
        "resources/guide/ru.html",
        "resources/icons/diptych.svg",
        "resources/i18n/diptych_en.qm",
        "resources/i18n/diptych_ru.qm",
        "index/0123abcd/MAIN_x.toc",
    }
    assert shipped == wanted


def test_only_the_plugins_and_catalogues_the_app_uses_are_kept():
    kept = _bundle().kept
    plugins = "PySide6/Qt/plugins/"
    assert kept(plugins + "platforms/libqxcb.so")
    assert kept(plugins + "platforms/libqoffscreen.so")
    assert kept(plugins + "printsupport/libcupsprintersupport.so")
    assert not kept(plugins + "platforms/libqvnc.so")
    assert not kept(plugins + "platformthemes/libqgtk3.so")
    assert not kept(plugins + "networkinformation/libqnetworkmanager.so")
    assert not kept(plugins + "sqldrivers/libqsqlite.so")
    assert kept(plugins + "iconengines/libqsvgicon.so")  # draws the window icon
    assert kept("PySide6/Qt/translations/qtbase_ru.qm")
    assert not kept("PySide6/Qt/translations/qtbase_de.qm")
    assert "PySide6.QtNetwork" in _bundle().EXCLUDED_MODULES


def test_a_library_ships_only_if_a_kept_binary_loads_it():
    binaries = [
        ("PySide6/QtCore.abi3.so", "/s/QtCore.abi3.so", "BINARY"),
        ("libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("libicuuc.so.73", "/s/libicuuc.so.73", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),  # of a dropped plugin
    ]
    needs = {
        "/s/QtCore.abi3.so": ["libQt6Core.so.6", "libc.so.6"],
        "/s/libQt6Core.so.6": ["libicuuc.so.73"],
    }
    kept = _bundle().reachable(binaries, lambda source: needs.get(source, []))
    assert kept == {"QtCore.abi3.so", "libQt6Core.so.6", "libicuuc.so.73"}


def test_dist_check_is_a_posix_script_make_runs():
    script = REPO / "packaging" / "dist-check.sh"
    assert script.read_text().startswith("#!/bin/sh\n")
    assert subprocess.run(["sh", "-n", str(script)], capture_output=True).returncode == 0
    makefile = (REPO / "Makefile").read_text()
    phony = re.search(r"^\.PHONY:(.*)$", makefile, re.M).group(1).split()
    recipe = re.search(r"^dist-check:.*\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert "dist-check" in phony
    assert "packaging/dist-check.sh" in recipe


def test_a_packages_own_extension_modules_ship():
    """lxml (under python-docx) and charset-normalizer are compiled for one
    Python: their modules are no abi3 ones, and ship with what they load."""
    etree = "etree.cpython-311-x86_64-linux-gnu.so"
    binaries = [
        (f"lxml/{etree}", f"/s/{etree}", "EXTENSION"),
        ("libxslt.so.1", "/s/libxslt.so.1", "BINARY"),
        ("charset_normalizer/md.cpython-311-x86_64-linux-gnu.so", "/s/md.so", "EXTENSION"),
    ]
    needs = {f"/s/{etree}": ["libxslt.so.1"]}
    kept = _bundle().reachable(binaries, lambda source: needs.get(source, []))
    assert kept == {etree, "libxslt.so.1", "md.cpython-311-x86_64-linux-gnu.so"}


def test_of_lxml_only_what_python_docx_loads_ships():
    """Our hook of lxml replaces PyInstaller's, which takes every submodule
    (doctestcompare brings doctest, pdb and readline; lxml.html brings
    webbrowser): it adds none."""
    hook = _bundle().HOOKS / "hook-lxml.py"
    spec = importlib.util.spec_from_file_location("hook_lxml", hook)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.hiddenimports == []
    assert "hookspath=[str(bundle.HOOKS)]" in (REPO / "packaging" / "diptych.spec").read_text()


def test_python_docx_finds_its_templates_from_its_parts_folder():
    """python-docx opens `docx/parts/../templates/default-styles.xml` for a
    document without styles: the folder docx/parts must exist in the bundle,
    and the templates must ship, but not the unpacked template no code reads."""
    bundle = _bundle()
    assert bundle.MODULE_COLLECTION_MODE["docx.parts"] == "pyz+py"
    kept = bundle.kept
    assert kept("docx/templates/default-styles.xml")
    assert kept("docx/templates/default.docx")
    assert not kept("docx/templates/default-docx-template/word/styles.xml")


def test_windows_and_macos_keep_their_own_platform_plugin():
    kept = _bundle().kept
    plugins = "PySide6/plugins/"
    assert kept(plugins + "platforms/qwindows.dll", "win32")
    assert kept(plugins + "iconengines/qsvgicon.dll", "win32")
    assert not kept(plugins + "platforms/libqxcb.so", "win32")
    assert kept(plugins + "platforms/libqcocoa.dylib", "darwin")
    assert kept(plugins + "iconengines/libqsvgicon.dylib", "darwin")
    assert not kept(plugins + "platforms/qwindows.dll", "darwin")
    assert not kept(plugins + "platforms/libqcocoa.dylib", "linux")


def test_the_icon_files_hold_the_drawing_at_every_size(tmp_path):
    from PySide6.QtGui import QImageReader

    written = _load("icons").write_icons(tmp_path)
    assert sorted(str(path.relative_to(tmp_path)) for path in written) == [
        "diptych.icns",
        "diptych.ico",
        "hicolor/256x256/apps/diptych.png",
        "hicolor/48x48/apps/diptych.png",
    ]
    for size in (48, 256):
        image = QImageReader(str(tmp_path / f"hicolor/{size}x{size}/apps/diptych.png")).read()
        assert (image.width(), image.height()) == (size, size)
    for name, sizes in [
        ("diptych.ico", [16, 24, 32, 48, 64, 256]),
        ("diptych.icns", [16, 32, 32, 64, 128, 256, 256, 512, 512, 1024]),
    ]:
        reader = QImageReader(str(tmp_path / name))
        read = []
        for number in range(reader.imageCount()):
            reader.jumpToImage(number)
            image = reader.read()
            side = image.width()
            # Transparent around the panels, opaque on the left one.
            assert image.pixelColor(0, 0).alpha() == 0
            assert image.pixelColor(side * 3 // 32, side * 13 // 32).alpha() == 255
            read.append(side)
        assert read == sizes, name


def _paragraphs(text: str) -> list[dict[str, list[str]]]:
    """The fields of each DEP-5 paragraph, each as its list of lines."""
    paragraphs = []
    for block in text.strip().split("\n\n"):
        fields: dict[str, list[str]] = {}
        lines: list[str] = []
        for line in block.splitlines():
            if not line.startswith(" "):
                name, line = line.split(":", 1)
                lines = fields[name] = []
            if line.strip():
                lines.append(line.strip())
        paragraphs.append(fields)
    return paragraphs


def test_the_copyright_file_names_every_published_text_and_its_publisher():
    texts, publishers = set(), set()
    for meta in (REPO / "corpus").glob("*/meta.toml"):
        data = tomllib.loads(meta.read_text(encoding="utf-8"))
        for lang, status in data["status"].items():
            if status in ("official", "original"):
                texts.add(f"opt/diptych/_internal/corpus/{meta.parent.name}/{lang}.md")
                publishers.add(data["publisher"]["en"])
    copyright_text = (REPO / "packaging" / "copyright").read_text(encoding="utf-8")
    (published,) = [
        p
        for p in _paragraphs(copyright_text)
        if "Files" in p and p["License"] == ["published-text"]
    ]
    assert set(published["Files"]) == texts
    assert set(published["Copyright"]) == publishers


FROZEN = os.environ.get("DIPTYCH_FROZEN")  # the bundle `make dist` has just built


@pytest.mark.skipif(not FROZEN, reason="make dist runs it on the bundle it builds")
def test_every_file_of_the_frozen_bundle_has_its_own_copyright_paragraph():
    """DEP-5: the last paragraph whose Files match a path applies. Only our
    own resources may fall to `Files: *`: anything else a new dependency
    brings needs a paragraph of its own."""
    text = (REPO / "packaging" / "copyright").read_text(encoding="utf-8")
    patterns = [
        [glob for line in p["Files"] for glob in line.split()]
        for p in _paragraphs(text)
        if "Files" in p
    ]
    root = Path(FROZEN)
    unclaimed = []
    for path in sorted(root.rglob("*")):
        if path.is_dir():
            continue
        name = f"opt/diptych/{path.relative_to(root)}"
        last = [globs for globs in patterns if any(fnmatch.fnmatchcase(name, g) for g in globs)]
        if last[-1] == ["*"] and not name.startswith("opt/diptych/_internal/resources/"):
            unclaimed.append(name)
    assert unclaimed == []
