"""Numbers, years, percentages and dates in one block's text, each reduced
to a value that reads the same in both languages: `13 June 2017` and
`13 июня 2017 года` are both the date 2017-06-13, `10,5` (Russian) and
`10.5` are 10.5, `6th` and `6-й` are 6. The difference flags compare
these values, the aligner anchors paragraphs on them, and an import
proposes a document's date from them.

A mention is what one text says: its kind ("number" or "date"), its value
and where it stands. Dates swallow the numbers they are made of, so the day
and the year of `13 June 2017` are not numbers of their own.
"""

import re
from typing import NamedTuple


class Mention(NamedTuple):
    kind: str  # "number" or "date"
    value: str  # "2017", "10.5", "10%", "2017-06-13", "2017-06", "--06-13"
    start: int
    end: int


_EN_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# Russian month names by the start every case form shares; «ма» only with
# one of its endings, so that «май», «мая», «мае», «маю» and no other word.
_RU_MONTHS = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма[йяею]",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
]
# Capitalised only: "5 may" is a verb, "5 May" a date. Abbreviated as in
# tables and datelines: "Jun 13", "Sept. 2017".
_EN_MONTH = (
    "(?P<month>(?-i:"
    + "|".join(m.capitalize() for m in _EN_MONTHS)
    + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?(?!\\w)))"
)
_RU_MONTH = "(?P<month>(?:" + "|".join(f"{m}" for m in _RU_MONTHS) + r")[а-я]*)"
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

_DATE_PATTERNS = {
    "en": [
        rf"{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH}(?:,?\s+{_YEAR})?",
        rf"{_EN_MONTH}\s+{_DAY}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?",
        rf"{_EN_MONTH}(?:,|\s+of)?\s+{_YEAR}",
    ],
    "ru": [
        rf"{_DAY}\s+{_RU_MONTH}(?:\s+{_YEAR}(?:\s*(?:года|году|год|г\.))?)?",
        rf"{_RU_MONTH}\s+{_YEAR}(?:\s*(?:года|году|год|г\.))?",
    ],
}
_NUMERIC_DATES = [
    r"(?P<year>\d{4})-(?P<mm>[01]\d)-(?P<day>[0-3]\d)",
    r"(?P<day>[0-3]?\d)\.(?P<mm>[01]?\d)\.(?P<year>\d{4})",
]


def _compile(patterns: list[str]) -> re.Pattern:
    alternatives = [f"(?:{p})".replace("(?P<", f"(?P<a{i}_") for i, p in enumerate(patterns)]
    return re.compile(r"(?<![\w.])(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


_DATE_RE = {lang: _compile(_NUMERIC_DATES + _DATE_PATTERNS[lang]) for lang in ("en", "ru")}

_SCALES = {
    "thousand": 1_000,
    "thousands": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "тыс": 1_000,
    "млн": 1_000_000,
    "млрд": 1_000_000_000,
}
_RU_SCALE_STEMS = (("тысяч", 1_000), ("миллиард", 1_000_000_000), ("миллион", 1_000_000))
_SPACE = "[ \u00a0\u202f]"
# One number: thousands grouped by commas (English) or spaces (Russian), a
# decimal part after a point or a comma, numbers joined by slashes
# (resolution 71/291) or an ordinal ending (6th, 6-й).
_NUMBER_RE = re.compile(
    r"(?<![\w.,])(?P<number>\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:" + _SPACE + r"\d{3})+(?!\d)"
    r"|\d+(?:[.,]\d+)?(?:/\d+)*)"
    r"(?P<ordinal>st|nd|rd|th|s|-?(?:й|я|е|го|му|м|ми|х|ю|ое|ый|ая|ого|ому|ом|ой|ые|ых)|\s?г\.)?"
    r"(?:(?P<percent>" + _SPACE + r"?%|\s+per\s*cent\b|\s+процент[а-я]*)"
    r"|" + _SPACE + r"?(?P<scale>thousands?\b|millions?\b|billions?\b|тыс\.?|млн\.?|млрд\.?"
    r"|тысяч[а-я]*|миллион[а-я]*|миллиард[а-я]*))?"
    r"(?!\w)",
    re.IGNORECASE,
)

# Number words only where they are unambiguous: two to twenty and the round
# tens. "One" is a pronoun as often as a number («одна из», "no one"), and
# ordinal words stand for "first time" and «впервые» alike, so neither counts.
_EN_WORDS = {
    word: n
    for n, word in enumerate(
        [
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ],
        start=2,
    )
} | {"thirty": 30, "forty": 40, "fifty": 50}
_RU_WORDS = {
    **dict.fromkeys(("два", "две", "двух", "двум", "двумя"), 2),
    **dict.fromkeys(("три", "трех", "трем", "тремя"), 3),
    **dict.fromkeys(("четыре", "четырех", "четырем", "четырьмя"), 4),
    "тридцать": 30,
    "тридцати": 30,
    "сорок": 40,
    "сорока": 40,
}
for _n, _root in enumerate(
    [
        "пят",
        "шест",
        "сем",
        "восем",
        "девят",
        "десят",
        "одиннадцат",
        "двенадцат",
        "тринадцат",
        "четырнадцат",
        "пятнадцат",
        "шестнадцат",
        "семнадцат",
        "восемнадцат",
        "девятнадцат",
        "двадцат",
    ],
    start=5,
):
    for _ending in ("ь", "и", "ью"):
        _RU_WORDS[_root + _ending] = _n
del _RU_WORDS["семью"]  # also «family» in the accusative
_RU_WORDS["восьми"] = 8
_RU_WORDS["пятьдесят"] = 50
_RU_WORDS["пятидесяти"] = 50
_WORDS = {"en": _EN_WORDS, "ru": _RU_WORDS}
_WORD_RE = {
    lang: re.compile(
        r"(?<![\w-])(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?![\w-])",
        re.IGNORECASE,
    )
    for lang, words in _WORDS.items()
}
_DIGIT_RE = re.compile(r"\d")
_NEXT_WORD_RE = re.compile(r"\s+([^\W\d_]+)")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)\s+$")


def dates(text: str, lang: str) -> list[Mention]:
    """The dates `text` (in `lang`) mentions, in order."""
    if _DIGIT_RE.search(text) is None:
        return []
    found = []
    for match in _DATE_RE[lang].finditer(text):
        value = _date_value(match, lang)
        if value is not None:
            found.append(Mention("date", value, match.start(), match.end()))
    return found


def mentions(text: str, lang: str, words: bool = True) -> list[Mention]:
    """The numbers and dates `text` (in `lang`) mentions, in order; with
    `words`, numbers written as words too."""
    found = dates(text, lang)
    taken = [(m.start, m.end) for m in found]
    digits = _DIGIT_RE.search(text) is not None
    for match in _NUMBER_RE.finditer(text) if digits else ():
        if _inside(match.span(), taken):
            continue
        found.append(Mention("number", _number_value(match, lang), match.start(), match.end()))
    numerals = _WORDS[lang]
    for match in _WORD_RE[lang].finditer(text) if words else ():
        if _compound(text, match.start(), match.end(), numerals):
            continue
        found.append(Mention("number", str(numerals[match.group(0).lower()]), *match.span()))
    found.sort(key=lambda m: m.start)
    return found


def _compound(text: str, start: int, end: int, words: dict) -> bool:
    """Whether the number word at [start, end) is part of a number of several
    words (двадцать пять, two thousand), whose counterpart may be written
    quite differently."""
    after = _NEXT_WORD_RE.match(text, end)
    before = _LAST_WORD_RE.search(text, max(0, start - 40), start)
    return any(
        near is not None and (near.group(1).lower() in words or _is_scale(near.group(1).lower()))
        for near in (after, before)
    )


def _is_scale(word: str) -> bool:
    return word in _SCALES or word.startswith(("тысяч", "миллион", "миллиард", "hundred", "сот"))


def _inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in taken)


def _date_value(match: re.Match, lang: str) -> str | None:
    parts = {name.split("_", 1)[1]: value for name, value in match.groupdict().items() if value}
    month = int(parts["mm"]) if "mm" in parts else _month_number(parts["month"], lang)
    day = int(parts["day"]) if "day" in parts else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if "year" in parts:
        return f"{parts['year']}-{month:02d}" + (f"-{day:02d}" if day else "")
    if day is None:
        return None
    return f"--{month:02d}-{day:02d}"


def _month_number(name: str, lang: str) -> int:
    name = name.lower().rstrip(".")
    if lang == "en":
        return next(n for n, full in enumerate(_EN_MONTHS, start=1) if full.startswith(name))
    for number, start in enumerate(_RU_MONTHS, start=1):
        if re.match(start, name):
            return number
    return 0


def _number_value(match: re.Match, lang: str) -> str:
    digits = match.group("number")
    if "/" in digits:
        return digits
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits) and lang == "en":
        digits = digits.replace(",", "")
    digits = re.sub(_SPACE, "", digits).replace(",", ".")
    scale = match.group("scale")
    if scale:
        factor = _SCALES.get(scale.lower().rstrip("."))
        if factor is None:
            factor = next(f for stem, f in _RU_SCALE_STEMS if scale.lower().startswith(stem))
        return _plain(float(digits) * factor)
    if match.group("percent"):
        return _plain(float(digits)) + "%"
    return _plain(float(digits)) if "." in digits else str(int(digits))


def _plain(number: float) -> str:
    """10.0 as 10, 10.50 as 10.5."""
    return str(int(number)) if number == int(number) else repr(number)


def covers(value: str, kind: str, others: set[tuple[str, str]]) -> bool:
    """Whether `others` (kind, value) says what `value` says: the same value,
    or a date that is more precise (2017-06-13 covers June 2017, 13 June,
    and the year 2017)."""
    if (kind, value) in others:
        return True
    dates = [v for k, v in others if k == "date"]
    if kind == "number":
        return any(d[:4] == value for d in dates)
    if value.startswith("--"):
        return any(d.endswith(value[1:]) and not d.startswith("--") for d in dates)
    return any(d.startswith(value + "-") for d in dates)
