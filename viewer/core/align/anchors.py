"""What a paragraph and its translation share whatever their wording:
numbers, dates, glossary terms, Latin-script names and quotations.

Each paragraph becomes a bag of anchors (anchor -> count); the aligner
rewards a link by the anchors its two sides have in common.
"""

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from viewer.core.terms import Glossary
from viewer.core.text import TOKEN_RE, fold, is_cyrillic

_EN_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
_EN_MONTH_RE = "|".join(
    rf"{name[:3]}(?:{name[3:]})?\.?" if len(name) > 4 else name for name in _EN_MONTHS
)
# Russian month names in every case a date uses: «13 июня», «в июне», «май».
_RU_MONTHS = (
    "январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август",
    "сентябр", "октябр", "ноябр", "декабр",
)  # fmt: skip
_RU_MONTH_RE = "|".join(rf"{stem}[а-я]*" for stem in _RU_MONTHS)
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DATE_RES = {
    "en": [
        re.compile(rf"\b{_DAY}\s+(?P<month>{_EN_MONTH_RE})(?:,?\s+{_YEAR})?\b", re.I),
        re.compile(
            rf"\b(?P<month>{_EN_MONTH_RE})\s+{_DAY}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b", re.I
        ),
        re.compile(rf"\b(?P<month>{_EN_MONTH_RE})(?:\s+of)?\s+{_YEAR}\b", re.I),
    ],
    "ru": [
        re.compile(rf"\b{_DAY}\s+(?P<month>{_RU_MONTH_RE})(?:\s+{_YEAR})?", re.I),
        re.compile(rf"\b(?P<month>{_RU_MONTH_RE})\s+{_YEAR}", re.I),
    ],
}
_NUMERIC_DATE_RE = re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b")
# Digits with their separators: "1 000", "1,000", "10,5", "10.5", "71/291".
_NUMBER_RE = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")
_SEPARATOR_RE = re.compile(r"([ \u00a0\u202f.,])")
_QUOTE_OPENERS = {"ru": "«“„", "en": "“‘«"}
_LATIN_RE = re.compile(r"[A-Za-z]")
_DIGIT_RE = re.compile(r"\d")
_ADDRESS_RE = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w.-]+\.(?:org|int|com|net|gov)\b\S*"
)

NUMBER, TERM, NAME, SOUND, QUOTE = "number", "term", "name", "sound", "quote"

# Russian letters as an English spelling of a name would have them, close
# enough for `_skeleton`: «Гутерриш» and "Guterres", «Таджикистан» and
# "Tajikistan", «Бахаргуль» and "Bahargul".
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    }
)  # fmt: skip
_VOWELS_RE = re.compile(r"[aeiouyhw]|(?<=d)j")
_CAPITALISED_RU_RE = re.compile(r"\b[А-ЯЁ][а-яё]{3,}")
_CAPITALISED_EN_RE = re.compile(r"\b[A-Z][a-z]{3,}")


def _month(name: str, lang: str) -> int:
    name = name.lower().rstrip(".")
    if lang == "en":
        return next(i for i, full in enumerate(_EN_MONTHS, 1) if full.startswith(name[:3]))
    return next(i for i, stem in enumerate(_RU_MONTHS, 1) if re.match(stem, name))


def _dates(text: str, lang: str) -> tuple[list[str], str]:
    """The dates of `text` as ISO-like strings, and the text without them
    (so that their day and year are not counted again as numbers)."""
    found = []

    def take(match: re.Match) -> str:
        groups = match.groupdict()
        month = groups["month"]
        month = int(month) if month.isdigit() else _month(month, lang)
        if not 1 <= month <= 12:
            return match.group(0)
        day = groups.get("day")
        found.append(
            f"{groups.get('year') or '-'}-{month:02d}" + (f"-{int(day):02d}" if day else "")
        )
        return " "

    for pattern in [_NUMERIC_DATE_RE, *_DATE_RES[lang]]:
        text = pattern.sub(take, text)
    return found, text


def _numbers_in(raw: str, lang: str) -> list[str]:
    """The numbers of one run of digits and separators, normalised: a space
    before three digits groups thousands in both languages, a comma does so
    in English only; a Russian comma is a decimal point."""
    parts = _SEPARATOR_RE.split(raw)
    found = [parts[0]]
    for sep, digits in zip(parts[1::2], parts[2::2], strict=True):
        if len(digits) == 3 and (sep not in ".," or (sep == "," and lang == "en")):
            found[-1] += digits
        elif sep in ".," and "." not in found[-1]:
            found[-1] += "." + digits
        else:
            found.append(digits)
    return found


def numbers(text: str, lang: str) -> list[str]:
    """Dates and numbers of `text`, normalised alike in both languages:
    "13 June 2017" and «13 июня 2017 года» are both 2017-06-13, "10.5"
    and «10,5» both 10.5."""
    if not _DIGIT_RE.search(text):
        return []
    dates, rest = _dates(text, lang)
    found = list(dates)
    for match in _NUMBER_RE.finditer(rest):
        found += _numbers_in(match.group(0), lang)
    return found


def quotations(text: str, lang: str) -> int:
    """How many quotations `text` opens."""
    count = sum(text.count(mark) for mark in _QUOTE_OPENERS[lang])
    return count + text.count('"') // 2


@lru_cache(maxsize=100_000)
def _skeleton(word: str) -> str:
    """The consonants of a name, spelt alike in both scripts."""
    word = word.lower().translate(_TRANSLIT).replace("kh", "h").replace("dzh", "j")
    word = _VOWELS_RE.sub("", word.replace("dj", "j"))
    return re.sub(r"(.)\1", r"\1", word)[:5]


def names(text: str, lang: str) -> set[str]:
    """Capitalised words of the script of `lang`, by their consonants: a
    name transliterated keeps most of them."""
    pattern = _CAPITALISED_RU_RE if lang == "ru" else _CAPITALISED_EN_RE
    return {key for word in set(pattern.findall(text)) if len(key := _skeleton(word)) >= 3}


def latin_words(text: str) -> list[str]:
    """The folded words of `text` written in Latin script: in Russian text,
    names and acronyms kept as in English (UNOCT, OSCE, www)."""
    if not _LATIN_RE.search(text):
        return []
    if not is_cyrillic(text):
        return TOKEN_RE.findall(fold(text))
    return [fold(word) for word in TOKEN_RE.findall(text) if _LATIN_RE.search(word)]


class Bag(NamedTuple):
    anchors: Counter  # (kind, value) -> count
    # Anchors the other language may well lack: capitalised words, and
    # English words other than addresses, which a Russian text keeps in
    # Latin letters only when they are names or acronyms.
    loose: frozenset


def bag(text: str, lang: str, glossary: Glossary | None = None) -> Bag:
    """The anchors of one paragraph."""
    anchors = Counter((NUMBER, value) for value in numbers(text, lang))
    if glossary is not None:
        anchors.update((TERM, index) for index in glossary.mentioned(text, lang))
    latin = {(NAME, word) for word in latin_words(text) if len(word) > 1}
    anchors.update(latin)
    sounds = {(SOUND, key) for key in names(text, lang)}
    anchors.update(sounds)
    quotes = quotations(text, lang)
    if quotes:
        anchors[(QUOTE,)] = quotes
    loose = sounds  # any capitalised word: most are no names
    if lang == "en":
        kept = {(NAME, w) for url in _ADDRESS_RE.findall(text) for w in latin_words(url)}
        loose |= latin - kept
    return Bag(anchors, frozenset(loose))
