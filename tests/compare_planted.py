"""The test set of the difference flags: block pairs known to be equivalent
(the edition's translated pairs, reviewed) and the same pairs with a planted
difference of each kind, or with a planted sameness that reads differently
in the two languages (an inflected name, a date written another way), which
must not be flagged.

A planted case is a pair of texts and the flags expected on it, as
(kind, only_in, value); any other flag on it is a false flag.
"""

import re
from typing import NamedTuple

from viewer.core.compare import Comparer, is_translation
from viewer.core.model import BlockPair, Corpus, Text
from viewer.core.numbers import mentions


class Case(NamedTuple):
    name: str
    pair: BlockPair
    expected: frozenset[tuple[str, str, str]]  # (kind, only_in, value)


def equivalent_pairs(corpus: Corpus) -> list[tuple[str, BlockPair]]:
    """The pairs of every document translated by the edition: each reviewed
    (a difference is fixed or recorded as intended)."""
    return [
        (doc.id, pair)
        for doc in corpus.documents
        if is_translation(doc)
        for pair in doc.pairs
        if not any(record.paragraph == pair.paragraph for record in doc.meta.intended)
    ]


def _with(pair: BlockPair, ru: str | None = None, en: str | None = None) -> BlockPair:
    def text(old: Text, plain: str | None) -> Text:
        return old if plain is None else old._replace(plain=plain, marks=())

    return pair._replace(ru=text(pair.ru, ru), en=text(pair.en, en))


# (Russian sentence, English sentence, expected flag when only one is added)
_STATES = [
    (
        "В заседании участвовала делегация Туркменистана.",
        "A delegation of Turkmenistan took part.",
        "Turkmenistan",
        "Туркменистан",
    ),
    (
        "Министр посетил Таджикистан.",
        "The Minister visited Tajikistan.",
        "Tajikistan",
        "Таджикистан",
    ),
    (
        "Стороны обсудили положение в Афганистане.",
        "The sides discussed the situation in Afghanistan.",
        "Afghanistan",
        "Афганистан",
    ),
    (
        "Он поблагодарил Норвегию за поддержку.",
        "He thanked Norway for its support.",
        "Norway",
        "Норвегия",
    ),
    ("Встреча прошла в Ташкенте.", "The meeting took place in Tashkent.", "Tashkent", "Ташкент"),
    (
        "Эксперты из Кыргызстана выступили с докладом.",
        "Experts from Kyrgyzstan gave a report.",
        "Kyrgyzstan",
        "Кыргызстан",
    ),
]
_DATES = [
    (
        "Заседание прошло 14 мая 2024 года.",
        "The meeting was held on 14 May 2024.",
        "2024-05-14",
        "Заседание прошло 14 мая 2023 года.",
        "2023-05-14",
    ),
    (
        "Декларация принята 13 июня 2017 года.",
        "The Declaration was adopted on 13 June 2017.",
        "2017-06-13",
        "Декларация принята 13 июня 2018 года.",
        "2018-06-13",
    ),
    (
        "Стратегия принята в 2006 году.",
        "The Strategy was adopted in 2006.",
        "2006",
        "Стратегия принята в 2007 году.",
        "2007",
    ),
    (
        "Центр создан в декабре 2009 года.",
        "The Centre was set up in December 2009.",
        "2009-12",
        "Центр создан в декабре 2010 года.",
        "2010-12",
    ),
]
_QUOTES = [
    (
        "Он сказал: «Мы будем действовать вместе».",
        "He said: “We will act together.”",
        "Он сказал, что они будут действовать вместе.",
    ),
    (
        "Министр подчеркнул: «Безопасность региона неделима».",
        "The Minister stressed: “The security of the region is indivisible.”",
        "Министр подчеркнул, что безопасность региона неделима.",
    ),
]
# Said in both, in forms that differ: none may be flagged.
_SAME = [
    ("Присутствовала делегация Кыргызстана.", "The delegation of Kyrgyzstan attended."),
    (
        "Стороны обсудили ситуацию в Сирии и Ираке.",
        "The sides discussed the situation in Syria and Iraq.",
    ),
    ("Выступил представитель КТУ ООН.", "A representative of UNOCT spoke."),
    (
        "Выступил представитель Контртеррористического управления (КТУ) ООН.",
        "A representative of the UN Office of Counter-Terrorism spoke.",
    ),
    ("В работе приняли участие пять государств.", "Five States took part."),
    ("Доля выросла до 10,5 %.", "The share rose to 10.5%."),
    ("Собрание прошло 08.11.2018.", "The meeting was held on 8 November 2018."),
    ("Заявление от 2018-11-08 опубликовано.", "The statement of 8 November 2018 was published."),
    ("Финансирование составило 1,5 млн долларов.", "Funding was 1.5 million dollars."),
    ("Бюджет составил 12 000 долларов.", "The budget was 12,000 dollars."),
    ("Это была 6-я встреча.", "It was the 6th meeting."),
    ("Встреча состоялась 13 мая.", "The meeting took place on 13 May."),
    (
        "Резолюция 71/291 принята Генеральной Ассамблеей.",
        "Resolution 71/291 was adopted by the General Assembly.",
    ),
    (
        "Встреча с Антониу Гутерришем прошла в Астане.",
        "The meeting with António Guterres took place in Astana.",
    ),
]


def planted_cases(corpus: Corpus, every: int = 1) -> list[Case]:
    """Planted differences and samenesses on every `every`-th equivalent
    pair (each planted item cycling through its list)."""
    cases = []
    for i, (doc, pair) in enumerate(equivalent_pairs(corpus)[::every]):
        ru, en = pair.ru.plain, pair.en.plain
        name = f"{doc} ¶{pair.paragraph}"
        s_ru, s_en, value_en, value_ru = _STATES[i % len(_STATES)]
        cases.append(
            Case(
                f"{name}: state only in en",
                _with(pair, en=f"{en} {s_en}"),
                frozenset({("entity", "en", value_en)}),
            )
        )
        cases.append(
            Case(
                f"{name}: state only in ru",
                _with(pair, ru=f"{ru} {s_ru}"),
                frozenset({("entity", "ru", value_ru)}),
            )
        )
        _d_ru, d_en, value, changed_ru, changed_value = _DATES[i % len(_DATES)]
        kind = "date" if "-" in value else "number"
        cases.append(
            Case(
                f"{name}: year changed",
                _with(pair, ru=f"{ru} {changed_ru}", en=f"{en} {d_en}"),
                frozenset({(kind, "en", value), (kind, "ru", changed_value)}),
            )
        )
        cases.append(
            Case(
                f"{name}: date dropped",
                _with(pair, ru=ru, en=f"{en} {d_en}"),
                frozenset({(kind, "en", value)}),
            )
        )
        _q_ru, q_en, unquoted_ru = _QUOTES[i % len(_QUOTES)]
        quoted = q_en[q_en.index("“") + 1 : q_en.index("”")]
        cases.append(
            Case(
                f"{name}: quotation only in en",
                _with(pair, ru=f"{ru} {unquoted_ru}", en=f"{en} {q_en}"),
                frozenset({("quotation", "en", quoted)}),
            )
        )
        same_ru, same_en = _SAME[i % len(_SAME)]
        cases.append(
            Case(
                f"{name}: same, said differently",
                _with(pair, ru=f"{ru} {same_ru}", en=f"{en} {same_en}"),
                frozenset(),
            )
        )
    return cases


def dropped_cases(corpus: Corpus) -> list[Case]:
    """A state, place or person that both versions of an equivalent pair
    name once, cut from one of them; a year both give, changed in one."""
    comparer = Comparer(corpus.glossary)
    namer = comparer.namer
    cases = []
    for doc, pair in equivalent_pairs(corpus):
        name = f"{doc} ¶{pair.paragraph}"
        namings = {lang: namer.namings(pair.text(lang).plain, lang) for lang in ("ru", "en")}
        for lang, other in (("en", "ru"), ("ru", "en")):
            own = namings[lang]
            for naming in own:
                if namer.kind(naming.term) not in ("state", "place", "person"):
                    continue
                if sum(n.term == naming.term for n in own) != 1 or any(
                    n.term != naming.term and n.start <= naming.start < n.end for n in own
                ):
                    continue
                if not any(n.term == naming.term for n in namings[other]):
                    continue
                text = pair.text(lang).plain
                cut = text[: naming.start] + text[naming.end :]
                cases.append(
                    Case(
                        f"{name}: {namer.name(naming.term, lang)} cut from {lang}",
                        _with(pair, **{lang: cut}),
                        frozenset({("entity", other, namer.name(naming.term, other))}),
                    )
                )
        for match in _YEAR_RE.finditer(pair.ru.plain):
            year = match.group(0)
            if year not in pair.en.plain:
                continue
            later = str(int(year) + 1)
            said = next(
                m for m in mentions(pair.ru.plain, "ru") if m.start <= match.start() < m.end
            )
            cases.append(
                Case(
                    f"{name}: {year} changed in ru",
                    _with(pair, ru=pair.ru.plain.replace(year, later)),
                    frozenset(
                        {(said.kind, "en", said.value)}
                        # a year the English gives too (2024-2025 → 2025-2025) is none
                        | (
                            {(said.kind, "ru", said.value.replace(year, later))}
                            - set([(said.kind, "ru", later)] if later in pair.en.plain else [])
                        )
                    ),
                )
            )
    return cases


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


class Score(NamedTuple):
    planted: int
    found: int
    false_flags: list[str]  # on equivalent pairs or beyond a case's expected flags
    equivalent: int
    missed: list[str]

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0


def score(corpus: Corpus, every: int = 1) -> Score:
    comparer = Comparer(corpus.glossary)
    false_flags = []
    pairs = equivalent_pairs(corpus)
    for doc, pair in pairs:
        for flag in comparer.pair_flags(doc, pair, True):
            false_flags.append(f"{doc} ¶{pair.paragraph}: {flag.message}")
    planted = found = 0
    missed = []
    for case in planted_cases(corpus, every) + dropped_cases(corpus):
        flags = {(f.kind, f.only_in, f.value) for f in comparer.pair_flags("planted", case.pair)}
        planted += len(case.expected)
        found += len(case.expected & flags)
        missed += [f"{case.name}: {flag}" for flag in sorted(case.expected - flags)]
        false_flags += [f"{case.name}: {flag}" for flag in sorted(flags - case.expected)]
    return Score(planted, found, false_flags, len(pairs), missed)
