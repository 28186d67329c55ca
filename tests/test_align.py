"""Automatic paragraph alignment (viewer.core.align): link types, anchors,
accuracy on documents whose alignment is known, the import's JSON shape,
degenerate inputs."""

import json
import math
import random

import pytest

from tests.align_data import (
    DEVELOPMENT,
    EMPTY,
    HELD_OUT,
    edition,
    generated,
    perturb,
    score,
    written,
)
from viewer.core.align import Link, align, pairs_json
from viewer.core.align.anchors import WORD, bag, numbers
from viewer.core.align.lexical import agreement
from viewer.core.align.search import MOVES, Model, band, best_path
from viewer.core.lexicon import Lexicon, learn
from viewer.core.loader import load_corpus
from viewer.core.model import Term
from viewer.core.paths import default_corpus_dir
from viewer.core.terms import Glossary, stem

# English paragraph lengths of a plain document, and Russian ones 3% longer:
# lengths alone tell its paragraphs apart.
EN_LENGTHS = (300, 120, 520, 80, 410, 260, 640, 190)


def ru_text(length: int) -> str:
    return ("слово " * length)[: round(length * 1.03)].strip()


def en_text(length: int) -> str:
    return ("word " * length)[:length].strip()


def shapes(links: list[Link]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(link.ru, link.en) for link in links]


def covers(links: list[Link], n: int, m: int) -> bool:
    ru = [i for link in links for i in link.ru]
    en = [j for link in links for j in link.en]
    return ru == list(range(n)) and en == list(range(m))


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary(load_corpus(default_corpus_dir()).glossary)


def test_plain_document_aligns_one_to_one():
    ru = [ru_text(n) for n in EN_LENGTHS]
    en = [en_text(n) for n in EN_LENGTHS]
    links = align(ru, en)
    assert shapes(links) == [((k,), (k,)) for k in range(len(EN_LENGTHS))]
    assert all(0.0 <= link.confidence <= 1.0 for link in links)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("ru merged", ((4,), (4, 5))),
        ("en merged", ((4, 5), (4,))),
        ("ru split", ((2, 3), (2,))),
        ("en split", ((2,), (2, 3))),
        ("ru dropped", ((), (3,))),
        ("en dropped", ((3,), ())),
    ],
)
def test_each_link_type_is_recovered(edit, expected):
    ru = [ru_text(n) for n in EN_LENGTHS]
    en = [en_text(n) for n in EN_LENGTHS]
    side, change = edit.split()
    texts, make = (ru, ru_text) if side == "ru" else (en, en_text)
    if change == "merged":
        texts[4:6] = [make(EN_LENGTHS[4] + EN_LENGTHS[5])]
    elif change == "split":
        texts[2:3] = [make(200), make(320)]
    else:
        del texts[3]
    links = align(ru, en)
    assert expected in shapes(links)
    assert covers(links, len(ru), len(en))
    assert len(links) == len(EN_LENGTHS) - (change == "merged")


def tie(ru_first: str, en_first: str, ru_second: str, en_second: str):
    """Two Russian and three English paragraphs of one length: the middle
    English one has no counterpart, and lengths alone cannot tell which."""
    filler = "в рамках совместного плана действий " * 8
    ru = [f"{ru_first} {filler}", f"{ru_second} {filler}"]
    filler_en = "under the joint plan of action " * 9
    en = [f"{en_first} {filler_en}", f"Extra {filler_en}", f"{en_second} {filler_en}"]
    width = max(map(len, en))
    return ru, [text.ljust(width, ".") for text in en]


def test_numbers_break_a_tie_lengths_get_wrong():
    ru, en = tie("В 2017 году", "In 2017", "С 46 участниками", "With 46 participants")
    expected = [((0,), (0,)), ((), (1,)), ((1,), (2,))]
    assert shapes(align(ru, en)) == expected
    ru_plain, en_plain = tie("В ЖЖЖЖ году", "In ZZZZ", "С ЖЖ участниками", "With ZZ participants")
    assert shapes(align(ru_plain, en_plain)) != expected


def test_glossary_terms_and_names_break_a_tie():
    terms = (Term("organisation", ("Shanghai Cooperation Organization",), ("ШОС",)),)
    ru, en = tie("Совет ШОС", "The Shanghai Cooperation Organization", "Бюро OSCE", "OSCE Office")
    expected = [((0,), (0,)), ((), (1,)), ((1,), (2,))]
    assert shapes(align(ru, en, Glossary(terms))) == expected


def lexicon_of(*pairs: tuple[str, str]) -> Lexicon:
    """A lexicon pairing the stems of each (Russian word, English word)."""
    return Lexicon({(stem(ru), stem(en)): 1.0 for ru, en in pairs})


def test_counterpart_words_break_a_tie_lengths_get_wrong():
    ru, en = tie("О беженцах", "On refugees", "О границах", "On borders")
    expected = [((0,), (0,)), ((), (1,)), ((1,), (2,))]
    assert shapes(align(ru, en)) != expected
    lexicon = lexicon_of(("беженцах", "refugees"), ("границах", "borders"))
    assert shapes(align(ru, en, lexicon=lexicon)) == expected


def scattered(count: int, seed: int) -> tuple[list[str], list[str], Lexicon]:
    """Paragraphs of matching lengths whose words each side draws at random
    from the pairs of a lexicon: no paragraph translates another."""
    rnd = random.Random(seed)
    pairs = [
        ("".join(rnd.choice("бвгдклмнпрст") + rnd.choice("аеиоу") for _ in range(3)),
         "".join(rnd.choice("bdgklmnprst") + rnd.choice("aeiou") for _ in range(3)))
        for _ in range(40)
    ]  # fmt: skip
    ru, en = [], []
    for _ in range(count):
        words = rnd.randint(3, 30)
        ru.append(" ".join(rnd.choice(pairs)[0] for _ in range(words)))
        en.append(" ".join(rnd.choice(pairs)[1] for _ in range(words)))
    return ru, en, lexicon_of(*pairs)


def test_a_lexicon_the_text_does_not_bear_out_changes_no_link():
    """Trusted, its penalties for the words each side lacks would leave
    most paragraphs without counterpart."""
    ru, en, lexicon = scattered(60, 4)
    assert shapes(align(ru, en, lexicon=lexicon)) == shapes(align(ru, en))


def test_agreement_is_how_much_more_paragraphs_share_near_the_diagonal():
    weight = {(WORD, f"r{k}", f"e{k}"): 1.0 for k in range(40)} | {(WORD, "r", "e"): 1.0}
    own = [{(WORD, f"r{k}", f"e{k}")} for k in range(40)]
    diagonal = list(range(40))
    assert agreement(own, own, weight, diagonal) == 1.0
    everywhere = [{(WORD, "r", "e")}] * 40
    assert agreement(everywhere, everywhere, weight, diagonal) == 0.0
    # Near, a paragraph shares its own pair and the common one; far, only the latter.
    mixed = [a | b for a, b in zip(own, everywhere, strict=True)]
    assert agreement(mixed, mixed, weight, diagonal) == pytest.approx(0.5)
    assert agreement(own, [set()] * 40, weight, diagonal) == 0.0


def test_numbers_and_dates_are_normalised_alike():
    en = numbers("Ashgabat, 13 June 2017: 1,000 people, 10.5 per cent, resolution 71/291", "en")
    ru = numbers("Ашхабад, 13 июня 2017 года: 1 000 человек, 10,5 процента, резолюция 71/291", "ru")
    assert sorted(en) == sorted(ru) == sorted(["2017-06-13", "1000", "10.5%", "71/291"])
    assert numbers("13.06.2017", "ru") == numbers("June 13, 2017", "en")
    assert numbers("в мае 2024 года", "ru") == numbers("in May 2024", "en")


def test_english_words_outside_addresses_may_be_missing_in_russian():
    found = bag("See www.unrcca.org for the Joint Plan", "en")
    assert ("name", "unrcca") in found.anchors and ("name", "unrcca") not in found.loose
    assert ("name", "joint") in found.loose


def test_accuracy_on_held_out_documents(glossary):
    cases = generated(HELD_OUT, range(12)) + written()
    total = EMPTY
    for case in cases:
        links = align(case.ru, case.en, glossary)
        assert covers(links, len(case.ru), len(case.en))
        total += score(case, links)
    assert total.recall >= 0.95
    assert total.precision >= 0.95


def test_the_lexicon_of_the_other_documents_makes_no_link_worse(glossary):
    """As an import's would be, each document's lexicon is learned from the
    edition without it."""
    documents = {
        doc: list(zip(ru, en, strict=True)) for doc, ru, en in edition(DEVELOPMENT + HELD_OUT)
    }
    learned = {}
    without, with_lexicon = EMPTY, EMPTY
    for case in generated(HELD_OUT, range(12)) + written():
        if case.sources not in learned:
            others = [
                p for doc, pairs in documents.items() if doc not in case.sources for p in pairs
            ]
            learned[case.sources] = learn(others)
        without += score(case, align(case.ru, case.en, glossary))
        with_lexicon += score(case, align(case.ru, case.en, glossary, learned[case.sources]))
    assert with_lexicon.recall >= max(0.95, without.recall)
    assert with_lexicon.precision >= max(0.95, without.precision)


def test_written_texts_have_edits_of_every_kind():
    kinds = {kind for case in written() for kind in case.kinds}
    assert kinds == {"1:1", "merge", "drop"}


def test_generated_documents_have_a_fifth_not_one_to_one():
    cases = generated(HELD_OUT, range(12))
    outside = sum(
        len(ru) + len(en)
        for case in cases
        for (ru, en), kind in zip(case.gold, case.kinds, strict=True)
        if kind != "1:1"
    )
    share = outside / sum(len(case.ru) + len(case.en) for case in cases)
    assert 0.18 <= share <= 0.3


def test_reordered_paragraphs_are_known_to_cross():
    ru = [f"абзац {k}" for k in range(6)]
    en = [f"paragraph {k}" for k in range(6)]
    case = perturb("swap", ru, en, random.Random(3), ("reorder",), share=0.3)
    crossing = [link for link, kind in zip(case.gold, case.kinds, strict=True) if kind == "reorder"]
    assert crossing
    for ru_side, en_side in crossing:
        assert ru.index(case.ru[ru_side[0]]) == en.index(case.en[en_side[0]])


def test_viterbi_cost_is_the_sum_of_its_links_costs():
    rnd = random.Random(5)
    ru = [ru_text(rnd.randint(20, 700)) + f" {k}" for k in range(40)]
    en = [en_text(rnd.randint(20, 700)) + f" {k}" for k in range(37)]
    ru_lengths, en_lengths = [float(len(t)) for t in ru], [float(len(t)) for t in en]
    bonus = ({0: 3.0, 42: 1.0}, {5: 2.0}, {80: 1.5})
    model = Model(
        ru_lengths, en_lengths, (0.2, 3.0, 3.5, 2.5, 2.6), bonus, [0.5] * 40, [0.3] * 37, 1
    )
    result = best_path(model, band(ru_lengths, en_lengths, 8))
    assert result.cost == pytest.approx(sum(model.cost(i, j, move) for i, j, move in result.links))


def test_posteriors_are_the_share_of_paths_through_each_link():
    rnd = random.Random(7)
    ru = [float(rnd.randint(20, 400)) for _ in range(4)]
    en = [float(rnd.randint(20, 400)) for _ in range(5)]
    bonus = ({6: 2.0}, {1: 1.0}, {7: 0.5})
    model = Model(ru, en, (0.2, 3.0, 3.5, 2.5, 2.6), bonus, [0.1] * 4, [0.2] * 5, 3.0)
    result = best_path(model, band(ru, en, 10))

    def paths(i, j):
        if (i, j) == (4, 5):
            yield ()
        for move, (di, dj) in enumerate(MOVES):
            if i + di <= 4 and j + dj <= 5:
                for rest in paths(i + di, j + dj):
                    yield ((i, j, move), *rest)

    weight = {
        path: math.exp(-sum(model.cost(*link) for link in path) / 3.0) for path in paths(0, 0)
    }
    assert tuple(result.links) == max(weight, key=weight.get)
    total = sum(weight.values())
    for link, posterior in zip(result.links, result.posteriors, strict=True):
        through = sum(w for path, w in weight.items() if link in path)
        assert posterior == pytest.approx(through / total)


def test_pairs_json_shape():
    ru = ["Первый.", "Второй.", "Третий."]
    en = ["First. Second.", "Only English."]
    links = [
        Link((0, 1), (0,), 0.91234),
        Link((2,), (), 0.5),
        Link((), (1,), 0.25),
    ]
    data = pairs_json(ru, en, links)
    assert data == {
        "pairs": [
            {"ru": "Первый.\n\nВторой.", "en": "First. Second.", "confidence": 0.912},
            {"ru": "Третий.", "en": "", "confidence": 0.5},
            {"ru": "", "en": "Only English.", "confidence": 0.25},
        ]
    }
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_both_sides_empty():
    assert align([], []) == []


@pytest.mark.parametrize("side", ["ru", "en"])
def test_one_side_empty(side):
    texts = ["Один.", "Два.", "Три."]
    links = align(texts, []) if side == "ru" else align([], texts)
    expected = [((k,), ()) if side == "ru" else ((), (k,)) for k in range(3)]
    assert shapes(links) == expected


def test_one_paragraph_each():
    links = align(["Заявление."], ["Statement."])
    assert shapes(links) == [((0,), (0,))]
    assert 0.0 <= links[0].confidence <= 1.0


def test_empty_paragraphs_are_aligned_too():
    links = align(["", ru_text(300), ""], [en_text(300), ""])
    assert covers(links, 3, 2)


def test_very_long_paragraph():
    ru = [ru_text(200), ru_text(20_000), ru_text(150)]
    en = [en_text(200), en_text(20_000), en_text(150)]
    assert shapes(align(ru, en)) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_very_different_sides_are_still_covered():
    rnd = random.Random(11)
    ru = [ru_text(rnd.randint(10, 900)) for _ in range(120)]
    en = [en_text(rnd.randint(10, 900)) for _ in range(45)]
    links = align(ru, en)
    assert covers(links, len(ru), len(en))
