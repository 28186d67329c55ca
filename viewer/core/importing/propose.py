"""Metadata proposed for an imported document: its title, date and place,
found in its text, for the reader to correct before saving."""

import datetime
import re
from collections.abc import Iterable

from viewer.core.citation import _MONTHS
from viewer.core.importing.paragraphs import HEADING, Para
from viewer.core.model import Term

_LOOKED_AT = 6  # paragraphs from the start: a dateline and a title come early
_MAX_TITLE = 300
_MONTH = {
    name.lower(): number
    for lang in ("ru", "en")
    for number, name in enumerate(_MONTHS[lang].split(), start=1)
}
_MONTH_NAMES = "|".join(sorted(_MONTH, key=len, reverse=True))
_DATE_RES = (
    # 13 June 2017, 13 июня 2017 года
    (re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_NAMES})\s+(\d{{4}})", re.I), (3, 2, 1)),
    # June 13, 2017
    (re.compile(rf"\b({_MONTH_NAMES})\s+(\d{{1,2}}),?\s+(\d{{4}})", re.I), (3, 1, 2)),
    # 13.06.2017
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), (3, 2, 1)),
    # 2017-06-13
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), (1, 2, 3)),
)
# Where imported documents are most often dated; the corpus's glossary adds its own.
PLACES = tuple(
    Term("place", (en,), (ru,))
    for en, ru in (
        ("Ashgabat", "Ашхабад"),
        ("Astana", "Астана"),
        ("Nur-Sultan", "Нур-Султан"),
        ("Almaty", "Алматы"),
        ("Bishkek", "Бишкек"),
        ("Dushanbe", "Душанбе"),
        ("Tashkent", "Ташкент"),
        ("Samarkand", "Самарканд"),
        ("Moscow", "Москва"),
        ("Beijing", "Пекин"),
        ("New York", "Нью-Йорк"),
        ("Geneva", "Женева"),
        ("Vienna", "Вена"),
        ("Brussels", "Брюссель"),
    )
)


def propose_metadata(ru: list[Para], en: list[Para], places: Iterable[Term] = PLACES) -> dict:
    """{"title": {"ru", "en"}, "date": "YYYY-MM-DD" or None, "place":
    {"ru", "en"} or None}, each a proposal from the text."""
    return {
        "title": {"ru": _title(ru), "en": _title(en)},
        "date": _date(ru, en),
        "place": _place(ru, en, [term for term in places if term.kind == "place"]),
    }


def _title(paras: list[Para]) -> str:
    for p in paras:
        if p.kind == HEADING:
            return p.text
    for p in paras[:_LOOKED_AT]:
        if len(p.text) <= _MAX_TITLE and len(set(p.text.lower().split())) > 1:
            return p.text
    return ""


def find_date(text: str) -> str | None:
    """The first full date written in `text`, as YYYY-MM-DD."""
    found = []
    for pattern, (year, month, day) in _DATE_RES:
        for match in pattern.finditer(text):
            month_text = match.group(month)
            try:
                value = datetime.date(
                    int(match.group(year)),
                    int(month_text) if month_text.isdigit() else _MONTH[month_text.lower()],
                    int(match.group(day)),
                )
            except ValueError:
                continue
            found.append((match.start(), value.isoformat()))
    return min(found)[1] if found else None


def _date(ru: list[Para], en: list[Para]) -> str | None:
    """A date both languages print early on, or else the first one printed."""
    dates = {}
    for lang, paras in (("en", en), ("ru", ru)):
        dates[lang] = [d for p in paras[:_LOOKED_AT] if (d := find_date(p.text))]
    for date in dates["en"]:
        if date in dates["ru"]:
            return date
    return next(iter(dates["en"] + dates["ru"]), None)


def _place(ru: list[Para], en: list[Para], places: list[Term]) -> dict | None:
    """The place named first in the opening paragraphs, in either language."""
    best = None
    for lang, paras in (("en", en), ("ru", ru)):
        text = "\n".join(p.text for p in paras[:_LOOKED_AT])
        for term in places:
            for form in term.forms(lang):
                match = re.search(_form_pattern(form, lang), text)
                if match and (best is None or match.start() < best[0]):
                    best = (match.start(), term)
        if best:
            return {"ru": best[1].ru[0], "en": best[1].en[0]}
    return None


def _form_pattern(form: str, lang: str) -> str:
    """A Russian place name in any case (Ашхабаде, Москвы), an English one as written."""
    if lang == "ru":
        stem = re.sub(r"[аяыио]$", "", form)
        return rf"(?<!\w){re.escape(stem)}\w{{0,3}}(?!\w)"
    return rf"(?<!\w){re.escape(form)}(?!\w)"
