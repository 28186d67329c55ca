"""The document information panel: metadata and the editorial notes that
say how this edition differs from its source."""

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser

from viewer.core.labels import date_text, kind_name, language_name, status_name
from viewer.core.model import LANGS, Document

translate = QCoreApplication.translate


def info_html(document: Document, ui_language: str) -> str:
    meta = document.meta
    rows = [
        (
            translate("DocInfo", "Title ({lang})").format(lang=language_name(lang)),
            meta.title.get(lang),
        )
        for lang in LANGS
    ]
    rows.append((translate("DocInfo", "Date"), date_text(document)))
    if meta.date_note:
        rows.append((translate("DocInfo", "About the date"), meta.date_note.get(ui_language)))
    if meta.place:
        rows.append((translate("DocInfo", "Place"), meta.place.get(ui_language)))
    rows.append((translate("DocInfo", "Kind"), kind_name(meta.kind)))
    rows.append((translate("DocInfo", "Publisher"), meta.publisher.get(ui_language)))
    if meta.series:
        rows.append((translate("DocInfo", "Series"), meta.series.get(ui_language)))
    for lang in LANGS:
        rows.append(
            (
                translate("DocInfo", "{lang} text").format(lang=language_name(lang)),
                status_name(meta.status.get(lang)),
            )
        )
    rows.append((translate("DocInfo", "Edited from"), meta.seed))
    table = "".join(
        f'<tr><td style="color:#777; padding-right:8px">{html.escape(k)}</td>'
        f"<td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    notes = "".join(f"<li>{html.escape(note.get(ui_language))}</li>" for note in meta.notes)
    heading = html.escape(translate("DocInfo", "Editorial notes"))
    return f"<table>{table}</table><h4>{heading}</h4><ul>{notes}</ul>"


class DocumentInfo(QTextBrowser):
    def __init__(self, ui_language: str, parent=None):
        super().__init__(parent)
        self.ui_language = ui_language
        self.setAccessibleName(translate("DocInfo", "Document information"))

    def show_document(self, document: Document | None) -> None:
        self.setHtml(info_html(document, self.ui_language) if document else "")
