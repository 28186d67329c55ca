"""A quotation with its source, as a practitioner pastes it into a note:
«…» — <title>, <place>, <date>, para. 4 (Russian, official)."""

from PySide6.QtCore import QCoreApplication

from viewer.core.labels import date_text, language_name, status_name
from viewer.core.model import Document

translate = QCoreApplication.translate


def cite(text: str, document: Document, paragraphs: list[int], lang: str, ui_lang: str) -> str:
    """`text` quoted, then its source. The title, place and labels follow the
    interface language `ui_lang`; the quotation stays in its own language."""
    meta = document.meta
    quote = "«{}»" if lang == "ru" else "“{}”"
    parts = [meta.title.get(ui_lang)]
    if meta.place:
        parts.append(meta.place.get(ui_lang))
    if meta.date:
        parts.append(date_text(document))
    first, last = paragraphs[0], paragraphs[-1]
    if first == last:
        parts.append(translate("Citation", "para. {n}").format(n=first))
    else:
        parts.append(translate("Citation", "paras. {first}–{last}").format(first=first, last=last))
    source = ", ".join(parts)
    return (
        f"{quote.format(' '.join(text.split()))} — {source}"
        f" ({language_name(lang)}, {status_name(meta.status.get(lang))})"
    )
