"""Quotations with their source, as a practitioner pastes them into a note.

A quotation's source is named in the quotation's language, its labels
included, whatever the interface language: a Russian quotation goes into a
Russian text.

    «…» — Заявление о сотрудничестве, Астана, 8 ноября 2018 г., абз. 2 (русский, официальный)
    “…” — Statement on cooperation, Astana, 8 November 2018, paras. 8–9 (English, official)

Quotation marks inside a quotation become the inner pair of its language
(„…“ in Russian, ‘…’ in English), as typography wants.

A pair, both languages of one paragraph, gives each version with its
language and status, then one source in the language of the first.
"""

from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from viewer.core.i18n import i18n_dir
from viewer.core.model import Document
from viewer.core.spans import Span, block_span, span_text

# Names of the languages and statuses, as data: a citation writes them in
# the quotation's language, an export in the interface language.
LANGUAGE_NAMES = {
    "ru": QT_TRANSLATE_NOOP("Citation", "Russian"),
    "en": QT_TRANSLATE_NOOP("Citation", "English"),
}
STATUS_NAMES = {
    "official": QT_TRANSLATE_NOOP("Citation", "official"),
    "original": QT_TRANSLATE_NOOP("Citation", "original"),
    "unofficial-translation": QT_TRANSLATE_NOOP("Citation", "unofficial translation"),
}
_QUOTES = {"ru": "«{}»", "en": "“{}”"}
_INNER = {"ru": str.maketrans("«»", "„“"), "en": str.maketrans("“”", "‘’")}
# A date is written out in the quotation's language: month names are data of
# the language, not of the interface, so they are not in the catalogues.
_MONTHS = {
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "en": "January February March April May June July August September October November December",
}
_MONTHS_ALONE = {  # the nominative, for a date of month and year only
    "ru": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "en": _MONTHS["en"],
}


class Citation(NamedTuple):
    """Where a quotation comes from, in the quotation's language."""

    title: str
    place: str  # "" when the document names none
    date: str  # ISO, possibly partial; "" when undated
    date_inferred: bool
    paragraphs: tuple[int, int]  # the first and the last
    lang: str
    status: str  # one of model.STATUSES


def source_of(document: Document, paragraphs: list[int], lang: str) -> Citation:
    meta = document.meta
    return Citation(
        title=meta.title.get(lang),
        place=meta.place.get(lang) if meta.place else "",
        date=meta.date.iso if meta.date else "",
        date_inferred=meta.date_inferred,
        paragraphs=(min(paragraphs), max(paragraphs)),
        lang=lang,
        status=meta.status.get(lang),
    )


def passage(document: Document, spans: list[Span]) -> tuple[str, Citation]:
    """The text of `spans` in the language of the first, a paragraph each,
    and its source. `spans` is not empty."""
    lang = spans[0].lang
    chosen = [span for span in spans if span.lang == lang]
    text = "\n\n".join(span_text(document, span).strip() for span in chosen)
    return text, source_of(document, [span.paragraph for span in chosen], lang)


def copied_text(document: Document, spans: list[Span]) -> str:
    """What plain copying gives: the text of each block, a paragraph each."""
    return "\n\n".join(span_text(document, span) for span in spans)


@cache
def _catalogue(lang: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(f"diptych_{lang}", str(i18n_dir())) else None


def _word(lang: str, source: str) -> str:
    """`source` (English) in `lang`, from our catalogue for that language."""
    catalogue = _catalogue(lang) if lang != "en" else None
    return (catalogue.translate("Citation", source) if catalogue else "") or source


def place_and_date(citation: Citation) -> list[str]:
    """The place and the date written out, in the citation's language, each
    as there is one."""
    lang = citation.lang
    parts = [citation.place] if citation.place else []
    if citation.date:
        date = date_words(citation.date, lang)
        if citation.date_inferred:
            date = _word(lang, QT_TRANSLATE_NOOP("Citation", "{date} (inferred)")).format(date=date)
        parts.append(date)
    return parts


def _where(citation: Citation) -> str:
    lang = citation.lang
    parts = [citation.title, *place_and_date(citation)]
    first, last = citation.paragraphs
    if first == last:
        parts.append(_word(lang, QT_TRANSLATE_NOOP("Citation", "para. {n}")).format(n=first))
    else:
        paras = _word(lang, QT_TRANSLATE_NOOP("Citation", "paras. {first}–{last}"))
        parts.append(paras.format(first=first, last=last))
    return ", ".join(parts)


def _version(citation: Citation) -> str:
    lang = citation.lang
    status = STATUS_NAMES.get(citation.status)
    status_word = _word(lang, status) if status else citation.status
    return f"{_word(lang, LANGUAGE_NAMES[lang])}, {status_word}"


def date_words(iso: str, lang: str) -> str:
    """A full or partial ISO date written out: 8 ноября 2018 г., August 2024."""
    parts = [int(part) for part in iso.split("-")]
    year = f"{parts[0]} г." if lang == "ru" else str(parts[0])
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{_MONTHS_ALONE[lang].split()[parts[1] - 1]} {year}"
    return f"{parts[2]} {_MONTHS[lang].split()[parts[1] - 1]} {year}"


def _quoted(text: str, lang: str) -> str:
    return _QUOTES[lang].format(text.translate(_INNER[lang]))


def cite(text: str, citation: Citation) -> str:
    """`text` in quotation marks, then its source and version."""
    return f"{_quoted(text, citation.lang)} — {_where(citation)} ({_version(citation)})"


def cite_pair(document: Document, paragraph: int, langs: tuple[str, ...]) -> str:
    """Pair `paragraph` in each of `langs`, each with its version, then one
    source in the language of the first."""
    lines = []
    for lang in langs:
        text = span_text(document, block_span(document, paragraph, lang))
        version = _version(source_of(document, [paragraph], lang))
        lines.append(f"{_quoted(text, lang)} ({version})")
    lines.append(f"— {_where(source_of(document, [paragraph], langs[0]))}")
    return "\n".join(lines)
