"""Metadata proposed for an imported document: its title, date and place,
found in its text, for the reader to correct before saving."""

import datetime
import re
from collections.abc import Iterable

from viewer.core.importing.paragraphs import HEADING, Para
from viewer.core.model import Term
from viewer.core.numbers import dates

_LOOKED_AT = 6  # paragraphs from the start: a dateline and a title come early
_MAX_TITLE = 300
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


def find_date(text: str, lang: str) -> str | None:
    """The first full date written in `text` (in `lang`), as YYYY-MM-DD."""
    for mention in dates(text, lang):
        try:
            return datetime.date.fromisoformat(mention.value).isoformat()
        except ValueError:  # no day (June 2017), or none such (31 June)
            continue
    return None


def _date(ru: list[Para], en: list[Para]) -> str | None:
    """A date both languages print early on, or else the first one printed."""
    found = {}
    for lang, paras in (("en", en), ("ru", ru)):
        found[lang] = [d for p in paras[:_LOOKED_AT] if (d := find_date(p.text, lang))]
    for date in found["en"]:
        if date in found["ru"]:
            return date
    return next(iter(found["en"] + found["ru"]), None)


def _place(ru: list[Para], en: list[Para], places: list[Term]) -> dict | None:
    """The place of a dateline ("Ashgabat, 13 June 2017 –") in the opening
    paragraphs, else the place named first there, in either language."""
    for lang, paras in (("en", en), ("ru", ru)):
        opening = [p.text for p in paras[:_LOOKED_AT]]
        best = None
        for term in places:
            for form in term.forms(lang):
                pattern = _form_pattern(form, lang)
                if any(re.match(pattern + r"\s*[,–—-]", text) for text in opening):
                    return {"ru": term.ru[0], "en": term.en[0]}
                match = re.search(pattern, "\n".join(opening))
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
