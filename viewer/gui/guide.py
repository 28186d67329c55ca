"""Help → Reading Guide: what the edition's labels and marks mean, how to
search and how to quote, in the interface language.

The prose is one HTML file per language in resources/guide/. Whatever the
window itself knows is filled in when the guide opens, so it cannot drift
from it: a command's menu path and keys (`{cmd:brief}`, `{panel:info}`),
the names of the statuses (`{status:official}`) and the table of every
shortcut (`{shortcuts}`), all read from the menus.
"""

import html
import re

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDockWidget, QTextBrowser, QVBoxLayout

from viewer.core.labels import status_name
from viewer.core.paths import resource_dir
from viewer.gui.docinfo import quiet_colour
from viewer.gui.shortcuts import shortcut_rows

translate = QCoreApplication.translate

PLACEHOLDER = re.compile(r"\{(\w+)(?::([\w-]+))?\}")
STATUSES = ("official", "original", "unofficial-translation")


def guide_file(language: str):
    return resource_dir() / "guide" / f"{language}.html"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def commands(menu_bar, actions) -> dict[tuple[str, str], str]:
    """`{cmd:name}` and `{panel:name}` as they read in the menus: the menu
    path in bold, then the keys."""
    names = {}
    for name, value in vars(actions).items():
        for key, action in value.items() if isinstance(value, dict) else [(None, value)]:
            names[action] = ("cmd", name if key is None else f"{name}-{key}")
    found = {}

    def walk(menu, path: list[str]) -> None:
        for action in menu.actions():
            if action.menu():
                walk(action.menu(), [*path, _plain(action.menu().title())])
                continue
            dock = action.parent()
            name = names.get(action) or (
                ("panel", dock.objectName()) if isinstance(dock, QDockWidget) else None
            )
            if name:
                text = html.escape(" › ".join([*path, _plain(action.text())]))
                keys = _keys(action)
                found[name] = f"<b>{text}</b>" + (f" ({html.escape(keys)})" if keys else "")

    for action in menu_bar.actions():
        walk(action.menu(), [_plain(action.menu().title())])
    return found


def shortcuts_table(menu_bar) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(command)}</td><td>{html.escape(menu)}</td>"
        f'<td class="keys">{html.escape(keys)}</td></tr>'
        for menu, command, keys in shortcut_rows(menu_bar)
    )
    return f'<table class="shortcuts" cellspacing="0">{rows}</table>'


def guide_html(language: str, menu_bar, actions) -> str:
    """The guide in `language` ("ru" or "en"), its placeholders filled in;
    an unknown placeholder is an error of the resource, raised as KeyError."""
    values = commands(menu_bar, actions)
    values |= {("status", s): f"<b>{html.escape(status_name(s))}</b>" for s in STATUSES}
    values[("shortcuts", None)] = shortcuts_table(menu_bar)
    template = guide_file(language).read_text(encoding="utf-8")
    return PLACEHOLDER.sub(lambda m: values[(m.group(1), m.group(2))], template)


class GuideText(QTextBrowser):
    """Rich text that follows only its own anchors and loads nothing: no
    file, image or address named in the text is ever opened."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)

    def _follow(self, url: QUrl) -> None:
        if not url.scheme() and not url.path() and url.fragment():
            self.scrollToAnchor(url.fragment())

    def loadResource(self, _kind, _name):
        return None


class GuideDialog(QDialog):
    """Left open beside the window while the reader tries things out."""

    def __init__(self, language: str, menu_bar, actions, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Guide", "Reading Guide"))
        self.text = GuideText()
        self.text.setAccessibleName(translate("Guide", "Reading guide"))
        palette = self.text.palette()
        muted = quiet_colour(palette)
        rule = palette.mid().color().name()
        self.text.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 18px; }"
            " p, li { line-height: 130%; }"
            f" code {{ font-family: monospace; }} .note {{ color: {muted}; }}"
            f" table.shortcuts td {{ padding: 2px 10px 2px 0; border-bottom: 1px solid {rule}; }}"
            " td.keys { white-space: nowrap; }"
        )
        self.text.setHtml(guide_html(language, menu_bar, actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        if parent is not None:  # within the window, whatever its size
            size = parent.size()
            self.resize(min(760, size.width() * 9 // 10), min(720, size.height() * 9 // 10))


def show_guide(window) -> GuideDialog:
    """Open the window's guide, or bring it forward when it is open."""
    guide = window.findChild(GuideDialog)
    if guide is None:
        guide = GuideDialog(window.ui_language, window.menuBar(), window.actions, window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
