"""Difference flags between the two versions of a block pair, kind by kind:
what is flagged (present in one version, absent from the other) and what is
not (the same said another way: an inflected name, an acronym, a date or a
number written in the other language's manner)."""

import pytest

from tests.compare_planted import equivalent_pairs, score
from viewer.core.compare import Comparer
from viewer.core.loader import load_corpus
from viewer.core.model import BlockPair, Text
from viewer.core.numbers import mentions
from viewer.core.paths import default_corpus_dir


@pytest.fixture(scope="module")
def edition():
    return load_corpus(default_corpus_dir())


@pytest.fixture(scope="module")
def comparer(edition):
    return Comparer(edition.glossary)


def pair(ru: str, en: str) -> BlockPair:
    return BlockPair(1, "paragraph", 0, Text(ru, ru, ru, (), 1), Text(en, en, en, (), 1))


def flags(comparer, ru: str, en: str) -> set[tuple[str, str, str]]:
    return {(f.kind, f.only_in, f.value) for f in comparer.pair_flags("doc", pair(ru, en))}


# --- numbers, years, percentages, dates ---


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Декларация принята 13 июня 2017 года.", "The Declaration was adopted on 13 June 2017."),
        ("Декларация принята 13.06.2017.", "The Declaration was adopted on June 13, 2017."),
        ("Заявление от 2018-11-08.", "The statement of 8 November 2018."),
        ("Встреча состоялась 13 мая.", "The meeting took place on 13 May."),
        ("Центр создан в декабре 2009 года.", "The Centre was set up in December 2009."),
        ("Стратегия принята в 2006 году.", "The Strategy was adopted in 2006."),
        ("Доля выросла до 10,5 %.", "The share rose to 10.5%."),
        ("Доля составила 12 процентов.", "The share was 12 per cent."),
        ("Бюджет составил 12 000 долларов.", "The budget was 12,000 dollars."),
        ("Финансирование составило 1,5 млн долларов.", "Funding was 1.5 million dollars."),
        ("Это была 6-я встреча.", "It was the 6th meeting."),
        ("В работе приняли участие пять государств.", "Five States took part."),
        ("Резолюция 71/291.", "Resolution 71/291."),
        ("на 2024-2025 годы", "for 2024–2025"),
        ("Одна из стран и первый шаг.", "One of the countries, and a first step."),
    ],
)
def test_the_same_number_or_date_written_either_way_is_no_difference(comparer, ru, en):
    assert flags(comparer, ru, en) == set()


def test_a_changed_year_is_flagged_in_both_versions(comparer):
    found = flags(comparer, "Стратегия принята в 2007 году.", "The Strategy was adopted in 2006.")
    assert found == {("number", "ru", "2007"), ("number", "en", "2006")}


def test_a_date_in_one_version_only_is_flagged_with_its_normalised_value(comparer):
    found = flags(comparer, "Декларация принята.", "The Declaration was adopted on 13 June 2017.")
    assert found == {("date", "en", "2017-06-13")}
    found = flags(comparer, "Декларация принята 13 июня 2018 года.", "Adopted on 13 June 2017.")
    assert found == {("date", "ru", "2018-06-13"), ("date", "en", "2017-06-13")}


def test_a_less_precise_date_is_covered_by_a_more_precise_one_but_not_conversely(comparer):
    assert flags(comparer, "в июне 2017 года", "on 13 June 2017") == {("date", "en", "2017-06-13")}


def test_a_percentage_is_not_the_bare_number(comparer):
    found = flags(comparer, "рост на 10 %", "growth of 10")
    assert found == {("number", "ru", "10%"), ("number", "en", "10")}


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("2018-11-08 и 10,5", "ru", ["2018-11-08", "10.5"]),
        ("8 ноября 2018 года, г. Астана", "ru", ["2018-11-08"]),
        ("в мае 2024 г.", "ru", ["2024-05"]),
        ("these 5 may also", "en", ["5"]),  # "may" is a verb here
        ("двадцать пять стран", "ru", []),  # a number of several words is not guessed at
        ("семью", "ru", []),  # a family, not seven
        ("+99365 02 42 53", "ru", ["99365", "2", "42", "53"]),
    ],
)
def test_number_and_date_tokens(text, lang, values):
    assert [m.value for m in mentions(text, lang)] == values


# --- named entities ---


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Министр посетил Узбекистан.", "The Minister visited Uzbekistan."),
        ("Министр находится в Узбекистане.", "The Minister is in Uzbekistan."),
        ("Мы рады приветствовать вас в Астане.", "We welcome you in Astana."),
        ("Ситуация в Сирии и Ираке.", "The situation in Syria and Iraq."),
        ("Он поблагодарил Норвегию.", "He thanked Norway."),
        ("Выступил представитель КТУ ООН.", "A representative of UNOCT spoke."),
        ("Заявление ОДКБ.", "The Collective Security Treaty Organization statement."),
        ("Встреча с Антониу Гутерришем.", "A meeting with António Guterres."),
        ("Министры Центральной Азии.", "The Central Asian Ministers."),
        ("Подробнее: www.un.org/CTITF", "More: www.un.org/CTITF"),
        ("Пишите: rahmanova@un.org", "Write to rahmanova@un.org"),
        ("Подробнее: unrcca.unmissions.org", "More: unrcca.unmissions.org"),
    ],
)
def test_a_name_in_any_case_form_or_as_an_acronym_is_no_difference(comparer, ru, en):
    assert flags(comparer, ru, en) == set()


def test_a_state_named_in_one_version_only_is_flagged(comparer):
    found = comparer.pair_flags(
        "doc",
        pair(
            "министров Казахстана, Кыргызстана, Таджикистана и Узбекистана",
            "Ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan",
        ),
    )
    assert [(f.kind, f.only_in, f.value, f.other) for f in found] == [
        ("entity", "en", "Turkmenistan", "Туркменистан")
    ]
    flag = found[0]
    text = "Ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan"
    assert [text[a:b] for a, b in flag.spans] == ["Turkmenistan"]
    assert str(flag.message) == (
        "The English names Turkmenistan; the Russian paragraph does not (Туркменистан)."
    )


def test_an_inflected_name_in_one_version_only_is_flagged_by_its_dictionary_form(comparer):
    found = comparer.pair_flags("doc", pair("Встреча прошла в Ашхабаде.", "The meeting was held."))
    assert [(f.value, f.found) for f in found] == [("Ашхабад", "Ашхабаде")]
    assert "names Ашхабад;" in str(found[0].message)


def test_words_inside_a_name_both_versions_give_are_not_flags_of_their_own(comparer):
    ru = "Совместный план действий по осуществлению Глобальной контртеррористической стратегии ООН"
    en = "the Joint Plan of Action for the United Nations Global Counter-Terrorism Strategy"
    assert flags(comparer, ru, en) == set()


# --- quotations ---


def test_a_quotation_in_one_version_only_is_flagged(comparer):
    found = comparer.pair_flags(
        "doc",
        pair("Он сказал, что они будут действовать вместе.", "He said: “We will act together.”"),
    )
    assert [(f.kind, f.only_in, f.value) for f in found] == [
        ("quotation", "en", "We will act together.")
    ]
    assert str(found[0].message) == (
        "The English quotes “We will act together.”; the Russian paragraph has no quotation there."
    )


def test_quotations_in_both_versions_in_their_own_marks_are_no_difference(comparer):
    ru = "Он сказал: «Мы будем действовать вместе», — и добавил: «Это „главное“»."
    en = "He said: “We will act together,” and added: “This is ‘the main thing’.”"
    assert flags(comparer, ru, en) == set()


def test_of_several_quotations_the_one_without_a_counterpart_is_flagged(comparer):
    ru = "«Первая». Потом много слов без кавычек. «Третья»."
    en = "“First.” Then many words without quotation marks. “Second.” “Third.”"
    found = flags(comparer, ru, en)
    assert found == {("quotation", "en", "Second.")}


# --- the test set ---


def test_the_planted_set_meets_its_targets(edition):
    result = score(edition)
    assert result.planted >= 200
    assert result.recall >= 0.95, result.missed
    assert result.false_flags == []


def test_no_flag_on_a_reviewed_translated_pair(edition, comparer):
    reviewed = {(doc, pair.paragraph) for doc, pair in equivalent_pairs(edition)}
    flagged = {
        (flag.doc, flag.paragraph)
        for doc in edition.documents
        for flag in comparer.document_flags(doc)
    }
    assert reviewed and not reviewed & flagged


def test_the_flags_of_a_document_are_computed_once(edition, comparer):
    doc = edition.documents[0]
    assert comparer.document_flags(doc) is comparer.document_flags(doc)
