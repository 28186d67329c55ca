"""The shipped bilingual edition: complete, aligned, clean, and true to the
seeds it was edited from."""

import re

import pytest

from tests.conftest import REPO
from viewer.cli import main
from viewer.core.checker import check_corpus
from viewer.core.model import STATUSES

CORPUS = REPO / "corpus"
SEEDS = {
    "unrcca-ashgabat-declaration-2017": "000_6bcc9d08c7ea94e7.txt",
    "uzbekistan-unoct-returnees-2024": "001_6fbe813604d34135.txt",
    "kazakhstan-unrcca-meeting-2024": "002_cf51325ec8c3c5f6.txt",
    "unoct-south-south-cooperation": "003_d67ce5e5b0079d7d.txt",
    "csto-statement-returning-fighters-2018": "004_c45cd2c457b35d6b.txt",
}


@pytest.fixture(scope="module")
def checked():
    return check_corpus(CORPUS)


@pytest.fixture(scope="module")
def corpus(checked):
    return checked[0]


def full_text(document, lang: str) -> str:
    return "\n".join(pair.text(lang).plain for pair in document.pairs)


def test_check_passes_with_no_problem_at_all(capsys, checked):
    assert checked[1] == []
    assert main(["check", str(CORPUS)]) == 0
    assert re.fullmatch(r"5 documents, \d+ block pairs, OK\n", capsys.readouterr().out)


def test_five_documents_one_per_seed(corpus):
    assert {d.id: d.meta.seed for d in corpus.documents} == SEEDS


def test_metadata(corpus):
    for document in corpus.documents:
        meta = document.meta
        assert meta.title.ru and meta.title.en and meta.publisher and meta.notes
        assert meta.status.ru in STATUSES and meta.status.en in STATUSES
        if meta.date is None or meta.date_inferred:
            assert meta.date_note
    by_id = {d.id: d.meta for d in corpus.documents}
    official = by_id["unrcca-ashgabat-declaration-2017"]
    assert (official.status.ru, official.status.en) == ("official", "official")
    for doc_id in set(SEEDS) - {"unrcca-ashgabat-declaration-2017"}:
        assert by_id[doc_id].status.en == "unofficial-translation"
    assert by_id["uzbekistan-unoct-returnees-2024"].date_inferred
    assert by_id["kazakhstan-unrcca-meeting-2024"].date_inferred
    assert by_id["unoct-south-south-cooperation"].date is None
    assert by_id["csto-statement-returning-fighters-2018"].date.iso == "2018-11-08"


def test_both_languages_have_the_same_structure(corpus):
    for document in corpus.documents:
        assert len(document.pairs) >= 8
        for pair in document.pairs:
            assert pair.ru.plain.strip() and pair.en.plain.strip()
            assert pair.kind in ("heading", "paragraph", "item", "quote")
        assert document.pairs[0].kind == "heading"


def test_three_or_four_key_passages_each_paired(corpus):
    for document in corpus.documents:
        for pair in document.pairs:
            assert len(pair.ru.marks) == len(pair.en.marks), (document.id, pair.paragraph)
        count = sum(len(pair.ru.marks) for pair in document.pairs)
        assert 3 <= count <= 4, (document.id, count)


def marked(document, position: int) -> bool:
    pair = document.pairs[position - 1]
    return bool(pair.ru.marks) and bool(pair.en.marks)


def test_key_passages_mark_substance_not_courtesy(corpus):
    declaration = corpus.document("unrcca-ashgabat-declaration-2017")
    ministers = declaration.pairs[5]
    assert ministers.en.plain.startswith("The Central Asian Ministers expressed")
    assert ministers.ru.plain.startswith("Министры Центральной Азии")
    assert marked(declaration, 6)
    meeting = corpus.document("kazakhstan-unrcca-meeting-2024")
    assert marked(meeting, 3)
    start, end = meeting.pairs[2].en.marks[0]
    assert "tools of preventive diplomacy" in meeting.pairs[2].en.plain[start:end]
    assert not meeting.pairs[6].ru.marks and not meeting.pairs[6].en.marks


DEBRIS = {
    "unrcca-ashgabat-declaration-2017": [
        "header",
        "Counter- ...",
        "Надежный партнер",
        "#fc3424",
        "******",
        "Secretary-Generalalso",
        "·",
    ],
    "kazakhstan-unrcca-meeting-2024": ["Arailym Temirgaliyeva", "Kazinform"],
    "unoct-south-south-cooperation": [
        "Диаграмма",
        "Фото из архива",
        "Ресурсы, относящиеся к контртеррористической деятельности",
    ],
}


@pytest.mark.parametrize("doc_id", sorted(SEEDS))
def test_debris_is_gone(corpus, doc_id):
    document = corpus.document(doc_id)
    for lang in ("ru", "en"):
        text = full_text(document, lang)
        for debris in DEBRIS.get(doc_id, []):
            assert debris not in text, (doc_id, lang, debris)
        assert "  " not in text and "\u00a0" not in text


def test_page_breaks_in_the_csto_statement_are_joined(corpus):
    document = corpus.document("csto-statement-returning-fighters-2018")
    blocks = [pair.ru.plain for pair in document.pairs]
    assert any("террористов и экстремистов в политических целях" in b for b in blocks)
    assert any("государств – членов ОДКБ для участия в террористической" in b for b in blocks)


def test_the_two_official_versions_are_not_harmonised(corpus):
    document = corpus.document("unrcca-ashgabat-declaration-2017")
    second = document.pairs[1]
    assert "Turkmenistan" in second.en.plain
    assert "Туркменистан" not in second.ru.plain
    assert "Joint Plan of Action for in Central Asia" in document.pairs[0].en.plain
    russian = full_text(document, "ru")
    assert "ККОНТ" in russian and "ККТ" in russian


def test_glossary_is_rich_and_every_form_occurs(corpus, checked):
    assert len(corpus.glossary) >= 40
    kinds = {term.kind for term in corpus.glossary}
    assert kinds == {"organisation", "person", "place", "state", "term"}
    assert not [p for p in checked[1] if "glossary" in str(p.message)]
    uncct = next(t for t in corpus.glossary if "UNCCT" in t.en)
    assert {"ККТ", "ККОНТ", "КТЦ ООН"} <= set(uncct.ru)


EN_MONTHS = "January February March April May June July August September October November December"
RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
DAY_EN = re.compile(r"\b(\d{1,2}) (" + EN_MONTHS.replace(" ", "|") + r") (\d{4})\b")


def in_words(iso: str) -> tuple[str, str]:
    """A full ISO date as the notes write it: 9 August 2024 / 9 августа 2024."""
    year, month, day = (int(part) for part in iso.split("-"))
    return (
        f"{day} {EN_MONTHS.split()[month - 1]} {year}",
        f"{day} {RU_MONTHS.split()[month - 1]} {year}",
    )


def test_kazakhstan_meeting_is_dated_to_the_day_and_inferred(corpus):
    meta = corpus.document("kazakhstan-unrcca-meeting-2024").meta
    assert meta.date.iso == "2024-08-09"
    assert meta.date_inferred
    assert "9 August 2024" in meta.date_note.en and "9 августа 2024" in meta.date_note.ru


def test_one_rule_for_inferred_dates(corpus):
    """An inferred date has a note in both languages and is recorded to the day
    the note supports: a note that names a day of the recorded month or year
    makes the date full, and names that full date in both languages."""
    for document in corpus.documents:
        meta = document.meta
        if meta.date is None:
            assert meta.date_note, document.id
            continue
        if not meta.date_inferred:
            continue
        assert meta.date_note and meta.date_note.ru and meta.date_note.en, document.id
        named = [
            f"{int(year):04d}-{EN_MONTHS.split().index(month) + 1:02d}-{int(day):02d}"
            for day, month, year in DAY_EN.findall(meta.date_note.en)
        ]
        if any(iso.startswith(meta.date.iso) for iso in named):
            assert len(meta.date.iso) == 10, (document.id, meta.date.iso)
        if len(meta.date.iso) == 10:
            en, ru = in_words(meta.date.iso)
            assert en in meta.date_note.en and ru in meta.date_note.ru, document.id


def test_the_date_rule_is_written_down():
    readme = " ".join((CORPUS / "README.md").read_text(encoding="utf-8").split())
    assert "An inferred date is recorded to the day the evidence supports" in readme
    assert "[series]" in readme and 'series = ""' not in readme


def test_series_keeps_the_printed_caption_with_an_english_gloss(corpus):
    series = corpus.document("unrcca-ashgabat-declaration-2017").meta.series
    assert series.ru == "ООН Надежный партнер Часть 1"  # as printed, no-break space aside
    assert series.en and series.en.isascii()
    others = [d.meta.series for d in corpus.documents if d.id != "unrcca-ashgabat-declaration-2017"]
    assert others == [None] * 4


WORDINGS = [
    (
        "kazakhstan-unrcca-meeting-2024",
        2,
        "The Deputy Prime Minister – Minister of Foreign Affairs",
    ),
    ("kazakhstan-unrcca-meeting-2024", 6, "Kaha Imnadze commended Kazakhstan’s"),
    ("kazakhstan-unrcca-meeting-2024", 7, "which is important for the region"),
    ("csto-statement-returning-fighters-2018", 4, "prevention and suppression of incitement"),
    ("csto-statement-returning-fighters-2018", 5, "Security Council resolutions"),
    ("csto-statement-returning-fighters-2018", 9, "must not escape responsibility"),
]
GONE = [
    ("kazakhstan-unrcca-meeting-2024", "and Minister of Foreign Affairs"),
    ("kazakhstan-unrcca-meeting-2024", "spoke positively"),
    ("kazakhstan-unrcca-meeting-2024", "great importance"),
    ("csto-statement-returning-fighters-2018", "UNSC"),
    ("csto-statement-returning-fighters-2018", "should escape"),
]


@pytest.mark.parametrize(("doc_id", "position", "wording"), WORDINGS)
def test_corrected_english_wordings(corpus, doc_id, position, wording):
    assert wording in corpus.document(doc_id).pairs[position - 1].en.plain


@pytest.mark.parametrize(("doc_id", "wording"), GONE)
def test_superseded_english_wordings_are_gone(corpus, doc_id, wording):
    assert wording not in full_text(corpus.document(doc_id), "en")


def test_incitement_and_recruitment_depend_on_prevention_and_suppression(corpus):
    """«по предупреждению и пресечению распространения …, подстрекательства
    …, а также вербовки …»: three objects of one governing phrase, none of
    them an object of "dissemination"."""
    text = corpus.document("csto-statement-returning-fighters-2018").pairs[3].en.plain
    assert text.count("the prevention and suppression of") == 2
    tail = text.split("the prevention and suppression of ")[2]
    assert tail.startswith("incitement to terrorism as well as of recruitment")
    assert "extremism, of incitement" not in text


def test_the_csto_obligation_reads_must_not(corpus):
    text = corpus.document("csto-statement-returning-fighters-2018").pairs[8].en.plain
    assert re.search(r"\bmust not\b.*\bescape responsibility\b", text)
    assert "should" not in text and " no " not in text


# Each translation change is explained by a note, the same note in both lists.
RECORDED = [
    (
        "kazakhstan-unrcca-meeting-2024",
        "«Заместитель премьер-министра, министр",
        "Deputy Prime Minister – Minister of Foreign Affairs",
    ),
    ("kazakhstan-unrcca-meeting-2024", "«положительно отметил»", "“commended”"),
    (
        "kazakhstan-unrcca-meeting-2024",
        "«которая имеет важное значение",
        "“which is important for the region”",
    ),
    ("kazakhstan-unrcca-meeting-2024", "2024-08-09", "2024-08-09"),
    (
        "csto-statement-returning-fighters-2018",
        "«подстрекательства к терроризму»",
        "“the prevention and suppression of”",
    ),
    (
        "csto-statement-returning-fighters-2018",
        "«СБ ООН»",
        "“United Nations Security Council resolutions”",
    ),
    (
        "csto-statement-returning-fighters-2018",
        "«не должны уйти от ответственности»",
        "“must not escape responsibility”",
    ),
    (
        "unrcca-ashgabat-declaration-2017",
        "«ООН Надежный партнер Часть 1»",
        "“UN: A Reliable Partner, Part 1”",
    ),
]


@pytest.mark.parametrize(("doc_id", "ru", "en"), RECORDED)
def test_translation_changes_are_recorded_in_both_languages(corpus, doc_id, ru, en):
    notes = corpus.document(doc_id).meta.notes
    assert any(
        ru in note.ru and en in note.en and ru in note.en and en in note.ru for note in notes
    )


def test_publisher_of_the_uzbek_release_is_stated_as_an_inference(corpus):
    notes = corpus.document("uzbekistan-unoct-returnees-2024").meta.notes
    note = next(n for n in notes if n.en.startswith("Publisher"))
    assert "our inference from the text" in note.en and "наш вывод из текста" in note.ru
    evidence = "«рассмотрели основные направления взаимодействия ИСМИ с КТУ ООН»"
    assert evidence in note.en and evidence in note.ru
    assert not any("source description" in n.en for n in notes)
