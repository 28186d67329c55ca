"""The HTML of the parallel reader: block pairs as table rows, in chunks.

Qt lays a rich-text table out whole, so one table of 2,000 rows takes
seconds; the reader therefore shows a document as a run of small tables of
CHUNK rows each, with the same column widths, and adds them a few at a time.
The paragraph numbers are not in the tables: the view paints them in its
margin, on one line whatever the width.
"""

import html
from typing import NamedTuple

from viewer.core.model import BlockPair
from viewer.export.look import KEY_PASSAGE

CHUNK = 10

MODES = {
    "ru-en": ("ru", "en"),
    "en-ru": ("en", "ru"),
    "ru": ("ru",),
    "en": ("en",),
}


class Look(NamedTuple):
    """How the text is shown: whatever makes the view build its rows again."""

    langs: tuple[str, ...] = ("ru", "en")
    key_style: bool = True  # key passages in their own style
    serif: bool = True  # the view's font, not the HTML, carries the face
    dark: bool = False


PALETTES = {
    # "marker": bookmarks and notes in the margin
    False: {
        "text": "#1b1b1b",
        "number": "#6e6e6e",
        "rule": "#e6e6e6",
        "key": KEY_PASSAGE[False],
        "marker": "#1565c0",
    },
    True: {
        "text": "#e6e6e6",
        "number": "#9a9a9a",
        "rule": "#3a3a3a",
        "key": KEY_PASSAGE[True],
        "marker": "#90caf9",
    },
}


def style_sheet(look: Look) -> str:
    colours = PALETTES[look.dark]
    key = f"span.key {{ background-color: {colours['key']}; }}" if look.key_style else ""
    return (
        f"body {{ color: {colours['text']}; }}"
        " td { vertical-align: top; padding: 6px 10px 8px 10px; }"
        f" td.text {{ border-bottom: 1px solid {colours['rule']}; }}"
        " tr.heading td.text { font-weight: bold; }"
        " tr.quote td.text { font-style: italic; }"
        f" {key}"
    )


ITEM_BULLET = "• "


def _cell(pair: BlockPair, lang: str) -> str:
    # Qt's rich text has no <mark>; the style sheet styles span.key instead.
    body = pair.text(lang).html
    body = body.replace('<mark class="key">', '<span class="key">').replace("</mark>", "</span>")
    if pair.kind == "item":
        body = ITEM_BULLET + body
    elif pair.kind == "heading":
        size = {1: "large"}.get(pair.level, "medium")
        body = f'<span style="font-size:{size}">{body}</span>'
    return body


def chunk_html(pairs: list[BlockPair], look: Look) -> str:
    """One table for `pairs`: a row each, a cell per language, the first
    holding the pair's anchor. Rows keep both versions of a block level at
    any width."""
    width = 100 // len(look.langs)
    rows = []
    for pair in pairs:
        cells = "".join(
            f'<td class="text" width="{width}%" lang="{lang}">'
            + (f'<a name="p{pair.paragraph}"></a>' if column == 0 else "")
            + f"{_cell(pair, lang)}</td>"
            for column, lang in enumerate(look.langs)
        )
        rows.append(f'<tr class="{pair.kind}">{cells}</tr>')
    return '<table width="100%" cellspacing="0" cellpadding="0">' + "".join(rows) + "</table>"


def empty_html(message: str) -> str:
    return f"<p>{html.escape(message)}</p>"
