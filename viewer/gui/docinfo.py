"""The document information panel: where the document comes from first
(publisher, place, date and what it rests on, the source file, the status of
each language), then the editorial notes that say how this edition differs
from its source. Laid out for a side panel: short labels, values that wrap."""

import html

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPalette, QTextOption
from PySide6.QtWidgets import QTextBrowser

from viewer.core.labels import date_text, kind_name, language_name, status_name
from viewer.core.model import LANGS, Document

translate = QCoreApplication.translate

WIDTH_CHARS = 44  # the panel's default width, in average characters
LABEL_GAP = 10  # pixels between a label and its value


def quiet_colour(palette: QPalette) -> str:
    """The palette's placeholder colour as rich text can take it: blended
    onto the base, since a colour's alpha is lost in a style sheet."""
    quiet, base = palette.placeholderText().color(), palette.base().color()
    alpha = quiet.alphaF()
    mixed = [
        round(alpha * a + (1 - alpha) * b)
        for a, b in zip(quiet.getRgb()[:3], base.getRgb()[:3], strict=True)
    ]
    return QColor(*mixed).name()


def status_meaning(status: str) -> str:
    """What a status tells the reader who means to quote the text."""
    return {
        "official": translate("DocInfo", "issued by the author body in this language"),
        "original": translate(
            "DocInfo", "the language the text was first written in; not an official act"
        ),
        "unofficial-translation": translate(
            "DocInfo",
            "this edition's own translation, for orientation; not to be quoted as official",
        ),
    }.get(status, "")


def _rows(facts: list[tuple[str, str, str]], label_width: int) -> str:
    """A row for each (label, value, note); a note without a label and value
    spans the row."""
    rows = []
    for label, value, note in facts:
        if not label:
            rows.append(f'<tr><td colspan="2" class="note">{html.escape(note)}</td></tr>')
            continue
        note_html = f'<br><span class="note">{html.escape(note)}</span>' if note else ""
        rows.append(
            f'<tr><td class="label" width="{label_width}">{html.escape(label)}</td>'
            f"<td>{html.escape(value)}{note_html}</td></tr>"
        )
    return "".join(rows)


def provenance(document: Document, ui_language: str) -> list[tuple[str, str, str]]:
    """(label, value, note) in reading order: who issued it, where and when,
    from which file this edition was made, and what each language's text is."""
    meta = document.meta
    facts = []
    if meta.publisher:
        facts.append((translate("DocInfo", "Publisher"), meta.publisher.get(ui_language), ""))
    facts.append((translate("DocInfo", "Kind"), kind_name(meta.kind), ""))
    if meta.series:
        facts.append((translate("DocInfo", "Series"), meta.series.get(ui_language), ""))
    if meta.place:
        facts.append((translate("DocInfo", "Place"), meta.place.get(ui_language), ""))
    facts.append((translate("DocInfo", "Date"), date_text(document), ""))
    if meta.date_note:
        facts.append(("", "", meta.date_note.get(ui_language)))
    if meta.origin == "imported":
        facts.append((translate("DocInfo", "Origin"), translate("DocInfo", "imported by you"), ""))
    else:
        facts.append((translate("DocInfo", "Edited from"), meta.seed, ""))
    for lang in LANGS:
        status = meta.status.get(lang)
        label = translate("DocInfo", "{lang} text").format(lang=language_name(lang))
        facts.append((label, status_name(status), status_meaning(status)))
    return facts


def info_html(document: Document, ui_language: str, metrics: QFontMetrics | None = None) -> str:
    """The panel's HTML. The label column is as wide as the longest label
    in `metrics` (the application font's by default), so the values have
    the rest of the width."""
    metrics = metrics or QFontMetrics(QGuiApplication.font())
    facts = provenance(document, ui_language)
    label_width = max(metrics.horizontalAdvance(label) for label, _v, _n in facts) + LABEL_GAP
    meta = document.meta
    other = next(lang for lang in LANGS if lang != ui_language)
    notes = "".join(f"<li>{html.escape(note.get(ui_language))}</li>" for note in meta.notes)
    provenance_heading = translate("DocInfo", "Provenance")
    notes_heading = translate("DocInfo", "Editorial notes")
    return (
        f'<p class="title">{html.escape(meta.title.get(ui_language))}</p>'
        f'<p class="note">{html.escape(meta.title.get(other))}</p>'
        f"<h4>{html.escape(provenance_heading)}</h4>"
        f'<table cellspacing="0" cellpadding="0">'
        f"{_rows(facts, label_width)}</table>"
        + (
            f"<h4>{html.escape(notes_heading)}</h4><ol>{notes}</ol>"
            if notes or meta.origin == "edition"
            else ""
        )
    )


class DocumentInfo(QTextBrowser):
    def __init__(self, ui_language: str, parent=None):
        super().__init__(parent)
        self.ui_language = ui_language
        self.setAccessibleName(translate("DocInfo", "Document information"))
        # A source file name or an address has no spaces: it breaks anywhere
        # rather than widen the panel.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def loadResource(self, _kind, _name):
        # The metadata is corpus text: it must never make the panel open a
        # file or an address, and the panel has no image of its own.
        return None

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * WIDTH_CHARS, hint.height())

    def show_document(self, document: Document | None) -> None:
        muted = quiet_colour(self.palette())
        self.document().setDefaultStyleSheet(
            "td { vertical-align: top; padding: 2px 0 4px 0; }"
            f" td.label {{ color: {muted}; }} .note {{ color: {muted}; }}"
            " p.title { font-weight: bold; font-size: medium; margin-bottom: 2px; }"
            " h4 { margin-top: 14px; margin-bottom: 4px; }"
            " li { margin-bottom: 4px; }"
        )
        if document is None:
            self.clear()
        else:
            self.setHtml(info_html(document, self.ui_language, self.fontMetrics()))
