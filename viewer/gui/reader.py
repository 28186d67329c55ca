"""The parallel reader: block pairs of one document on aligned rows."""

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextTable
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from viewer.core.model import LANGS, Document
from viewer.core.paths import resource_dir
from viewer.gui.labels import language_name, status_name

translate = QCoreApplication.translate

_HEADING_SIZES = {1: "large", 2: "medium"}


def _cell_html(inline: str) -> str:
    # Qt's rich text has no <mark>; the style sheet styles span.key instead.
    return inline.replace('<mark class="key">', '<span class="key">').replace("</mark>", "</span>")


def document_html(document: Document, langs: tuple[str, ...] = LANGS) -> str:
    """One table row per block pair, so both versions of a block always share
    a row whatever the width or zoom: the table layout keeps them level."""
    meta = document.meta
    width = 96 // len(langs)
    header = "".join(
        f'<th width="{width}%">{html.escape(language_name(lang))} · '
        f"{html.escape(status_name(meta.status.get(lang)))}</th>"
        for lang in langs
    )
    rows = [f'<tr><th width="4%"></th>{header}</tr>']
    for pair in document.pairs:
        cells = []
        for lang in langs:
            body = _cell_html(pair.text(lang).html)
            if pair.kind == "item":
                body = "• " + body
            elif pair.kind == "heading":
                size = _HEADING_SIZES.get(pair.level, "medium")
                body = f'<span style="font-size:{size}">{body}</span>'
            cells.append(f'<td class="{lang}" lang="{lang}">{body}</td>')
        rows.append(
            f'<tr class="{pair.kind}"><td class="num"><a name="p{pair.position}"></a>'
            f"{pair.position}</td>{''.join(cells)}</tr>"
        )
    return (
        '<table class="pairs" width="100%" cellspacing="0" cellpadding="0">'
        + "".join(rows)
        + "</table>"
    )


class ParallelView(QTextBrowser):
    """Read-only view of one document, Russian and English side by side."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(translate("ParallelView", "Parallel text"))
        self.document().setDefaultStyleSheet(
            (resource_dir() / "styles" / "reader.css").read_text(encoding="utf-8")
        )
        self.current: Document | None = None

    def show_document(self, document: Document | None) -> None:
        self.current = document
        self.setExtraSelections([])
        if document is None:
            self.setHtml(
                "<p>" + html.escape(translate("ParallelView", "No document is open.")) + "</p>"
            )
            return
        self.setHtml(document_html(document))

    def scroll_to_pair(self, position: int) -> None:
        self.scrollToAnchor(f"p{position}")

    def highlight(self, position: int, marks: dict) -> None:
        """Mark `marks` (language -> spans in that block's plain text) in the
        row of block pair `position`; an empty dict clears the marks."""
        selections = []
        table = self._table()
        pair = self.current.pairs[position - 1] if self.current and marks else None
        if table is not None and pair is not None:
            fill = QTextCharFormat()
            fill.setBackground(QColor("#ffb74d"))
            for column, lang in enumerate(LANGS, start=1):
                cell = table.cellAt(position, column)
                start = cell.firstCursorPosition().position() + (2 if pair.kind == "item" else 0)
                for begin, end in marks.get(lang, ()):
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(start + begin)
                    cursor.setPosition(start + end, QTextCursor.MoveMode.KeepAnchor)
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = cursor
                    selection.format = fill
                    selections.append(selection)
        self.setExtraSelections(selections)

    def _table(self) -> QTextTable | None:
        frames = self.document().rootFrame().childFrames()
        return frames[0] if frames and isinstance(frames[0], QTextTable) else None
