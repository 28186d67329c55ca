"""A one-file bilingual document split by language (issue 14, point 2),
its metadata proposed, and imported text written in the corpus format
(point 8: Markdown syntax in it escaped)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.import_support import SEED, paragraphs, seed_halves, write
from viewer.core.blocks import split_blocks
from viewer.core.importing import (
    ImportRefused,
    Para,
    propose_metadata,
    read_document,
    split_bilingual,
    to_markdown,
)
from viewer.core.importing.escape import escape
from viewer.core.importing.paragraphs import clean
from viewer.core.importing.split import EN, NONE, OTHER, RU, language
from viewer.core.loader import load_document
from viewer.core.model import Term
from viewer.core.render import render_inline


def texts(paras: list[Para]) -> list[str]:
    return [p.text for p in paras]


def test_seed_000_splits_into_its_two_reports():
    """The seed as collected: four lines of web debris, a Russian series
    caption, the English report, then the Russian one."""
    russian, english = seed_halves()
    split = split_bilingual(read_document(SEED))
    assert texts(split.ru)[: len(paragraphs(russian))] == paragraphs(russian)
    # The English side opens with the debris and the title cut short.
    assert texts(split.en)[0] == "header header header header"
    assert texts(split.en)[2 : 2 + len(paragraphs(english))] == paragraphs(english)
    assert texts(split.stray) == [
        "ООН Надежный партнер Часть 1",  # Russian, before the English report
        "#fc3424 #5835a1 #1975f2 #2fc86b #fevec9 #eef11239 #060114054720",
    ]
    # The contact lines and the separators go with their own language.
    assert "******" in texts(split.ru) and "******" in texts(split.en)
    assert texts(split.ru)[-1].startswith("или связаться с г-жой Бахаргуль Рахмановой")
    assert texts(split.en)[-1].startswith("Or contact Ms. Bahargul Rahmanova")


@pytest.mark.parametrize("order", ["ru-en", "en-ru"])
def test_either_order_with_headings_and_stray_short_paragraphs(tmp_path, order):
    russian, english = seed_halves()
    ru = ["# Совместный план действий", *paragraphs(russian)]
    en = ["# Joint Plan of Action", *paragraphs(english)]
    ru[3:3] = ["UN", "13.06.2017"]
    en[3:3] = ["ООН", "13 June 2017"]
    first, second = (ru, en) if order == "ru-en" else (en, ru)
    path = write(tmp_path / "doc.md", "\n\n".join(first + second))
    split = split_bilingual(read_document(path))
    assert split.ru[0] == Para("Совместный план действий", "heading", 1)
    assert split.en[0] == Para("Joint Plan of Action", "heading", 1)
    # "UN" among the Russian paragraphs, «ООН» among the English, and the
    # dates stay on their side: too short to move the cut or be reported.
    assert texts(split.ru[1:]) == ru[1:]
    assert texts(split.en[1:]) == en[1:]
    assert split.stray == []


def test_a_paragraph_in_the_wrong_place_is_reported_not_moved():
    ru = [Para("Генеральный секретарь выразил признательность странам региона.")] * 3
    en = [Para("The Secretary-General expressed his appreciation to the countries.")] * 3
    misplaced = Para("An English sentence that strayed into the Russian part.")
    split = split_bilingual([*ru[:2], misplaced, ru[2], *en])
    assert split.ru == ru and split.en == en and split.stray == [misplaced]


def test_a_mixed_paragraph_goes_with_its_majority():
    mixed = Para("Управление ООН по борьбе с терроризмом (UNOCT) и Центр (UNCCT) в Нью-Йорке.")
    assert language(mixed.text) == RU
    english = Para("The UNOCT (Управление ООН) opened the Centre in New York in 2011.")
    assert language(english.text) == EN
    split = split_bilingual([mixed, english])
    assert split.ru == [mixed] and split.en == [english]


def test_paragraphs_in_neither_language_are_reported():
    kazakh = Para(
        "Қазақстан Республикасы Біріккен Ұлттар Ұйымының Орталық Азиядағы терроризмге қарсы"
        " бірлескен іс-қимыл жоспарын қолдайды."
    )
    french = Para(
        "Le Secrétaire général des Nations Unies a félicité les pays d’Asie centrale pour"
        " l’adoption de la Déclaration d’Achgabat sur la lutte contre le terrorisme."
    )
    chinese = Para("联合国秘书长赞扬中亚国家通过阿什哈巴德反恐宣言。")
    assert {language(p.text) for p in (kazakh, french, chinese)} == {OTHER}
    assert language("******") == NONE
    ru = Para("Министры приняли декларацию о сотрудничестве в борьбе с терроризмом.")
    en = Para("The ministers adopted a declaration on cooperation against terrorism.")
    split = split_bilingual([ru, kazakh, chinese, en, french])
    assert split.ru == [ru] and split.en == [en]
    assert split.stray == [kazakh, chinese, french]


def test_alternating_paragraphs_are_split_one_by_one():
    ru = [Para(f"Параграф {n}: министры приняли декларацию о сотрудничестве.") for n in range(4)]
    en = [
        Para(f"Paragraph {n}: the ministers adopted a declaration on cooperation.")
        for n in range(4)
    ]
    interleaved = [p for pair in zip(ru, en, strict=True) for p in pair]
    split = split_bilingual(interleaved)
    assert split.ru == ru and split.en == en and split.stray == []


def test_a_file_in_neither_language_is_refused(tmp_path):
    path = write(tmp_path / "zh.txt", "联合国秘书长赞扬中亚国家通过阿什哈巴德反恐宣言。\n")
    with pytest.raises(ImportRefused) as caught:
        split_bilingual(read_document(path))
    assert str(caught.value.reason) == (
        "The file holds no Russian or English text: it is not imported."
    )


# Proposed metadata ------------------------------------------------------------


def test_title_date_and_place_are_proposed_from_seed_000():
    split = split_bilingual(read_document(SEED))
    proposed = propose_metadata(split.ru, split.en)
    assert proposed == {
        "title": {
            "ru": paragraphs(seed_halves()[0])[0],
            "en": "UN Secretary-General Commends Central Asian Countries on the Adoption of"
            " Ashgabat Declaration on Countering Terrorism and for their continued efforts in"
            " implementing the United Nations Global Counter- ...",
        },
        "date": "2017-06-13",
        "place": {"ru": "Ашхабад", "en": "Ashgabat"},
    }


def test_a_heading_is_the_title_and_the_glossary_names_places():
    ru = [
        Para("Заявление", "heading", 1),
        Para("В Найроби 3 декабря 2009 года министры приняли заявление."),
    ]
    en = [Para("Statement", "heading", 1), Para("Nairobi, December 3, 2009 – Ministers met.")]
    places = [Term("place", ("Nairobi",), ("Найроби",)), Term("organisation", ("UN",), ("ООН",))]
    assert propose_metadata(ru, en, places) == {
        "title": {"ru": "Заявление", "en": "Statement"},
        "date": "2009-12-03",
        "place": {"ru": "Найроби", "en": "Nairobi"},
    }


def test_a_russian_date_and_an_inflected_place_are_found():
    ru = [Para("Встреча в Ташкенте, 05.03.2024: министры обсудили сотрудничество.")]
    assert propose_metadata(ru, []) == {
        "title": {"ru": ru[0].text, "en": ""},
        "date": "2024-03-05",
        "place": {"ru": "Ташкент", "en": "Tashkent"},
    }


def test_dates_are_read_as_the_difference_flags_read_them():
    # an ordinal day and an abbreviated month; a day that does not exist
    en = [Para("Signed at Dushanbe on the 13th of Sept. 2017.")]
    assert propose_metadata([], en)["date"] == "2017-09-13"
    ru = [Para("Вместо 31 июня 2017 года доклад датирован 2 мая 2018 г.")]
    assert propose_metadata(ru, [])["date"] == "2018-05-02"


def test_nothing_is_proposed_where_the_text_says_nothing():
    ru = [Para("Министры обсудили сотрудничество " * 20)]
    assert propose_metadata(ru, []) == {"title": {"ru": "", "en": ""}, "date": None, "place": None}


# Escaping for the corpus format -----------------------------------------------------


def test_markdown_syntax_in_imported_text_is_escaped():
    assert escape("# not a heading") == "\\# not a heading"
    assert escape("- not an item") == "\\- not an item"
    assert escape("1. not an item") == "1\\. not an item"
    assert escape("> not a quote") == "&gt; not a quote"
    assert escape("==not key== *not* _emphasis_ `code` \\") == (
        "&#61;=not key&#61;= \\*not\\* \\_emphasis\\_ \\`code\\` \\\\"
    )
    assert escape("[a link](https://x) <b> &amp; R&D") == (
        "&#91;a link](https://x) &lt;b> &amp;amp; R&amp;D"
    )


def test_escaped_paragraphs_load_back_as_imported_without_a_problem(tmp_path):
    paras = [
        Para("# Heading with ==marks== and *stars*", "heading", 2),
        Para("1. Starts like an item, holds <b>markup</b>, [a link](http://x) and &amp;."),
        Para("- starts like an item", "item"),
        Para("> Looks like a quotation \\ with a backslash"),
        Para("Plain text with a URL https://unrcca.unmissions.org/joint-plan-action"),
    ]
    folder = tmp_path / "doc"
    folder.mkdir()
    (folder / "meta.toml").write_text(
        'id = "doc"\ndate = "2017-06-13"\nkind = "statement"\nseed = "x"\n'
        "notes = {ru = [], en = []}\n"
        '[title]\nru = "Т"\nen = "T"\n[status]\nru = "official"\nen = "official"\n'
        '[publisher]\nru = "П"\nen = "P"\n',
        encoding="utf-8",
    )
    for lang in ("ru", "en"):
        (folder / f"{lang}.md").write_text(to_markdown(paras), encoding="utf-8")
    problems = []
    document = load_document(folder, problems)
    assert problems == []
    assert [(pair.kind, pair.en.plain) for pair in document.pairs] == [
        (p.kind, p.text) for p in paras
    ]
    assert all(not pair.en.marks for pair in document.pairs)


_PIECES = st.sampled_from(
    [*"ab Я#=*_`\\[]()<>&;!-+.1) 2\t:/@~|{}", "&amp;", "&#61;", "http://x", "<b>", "==", "1. "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_escaped_text_renders_as_the_text_itself(raw):
    text = clean(raw)
    for kind, level in (("paragraph", 0), ("heading", 2), ("item", 0)):
        if not text:
            continue
        blocks = split_blocks(to_markdown([Para(text, kind, level)]))
        assert [(block.kind, block.level) for block in blocks] == [(kind, level)]
        rendered = render_inline(blocks[0].text)
        assert rendered.plain == text
        assert rendered.marks == ()
