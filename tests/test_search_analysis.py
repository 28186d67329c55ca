import pickle

from viewer.core.search.analysis import exact_analyzer, stemming_analyzer
from viewer.core.terms import stem
from viewer.core.text import fold


def analyzed(analyzer, text):
    return [token.text for token in analyzer(text)]


def test_russian_inflections_share_a_stem():
    forms = ["терроризм", "терроризма", "терроризму", "терроризмом"]
    assert len({stem(fold(f)) for f in forms}) == 1
    assert stem("боевиков") == stem("боевики") == stem("боевикам")
    assert stem("сотрудничество") == stem("сотрудничества") == stem("сотрудничеству")


def test_english_inflections_share_a_stem():
    assert stem("fighters") == stem("fighter")
    assert stem("countering") == stem("counter") == stem("countered")
    assert stem("organizations") == stem("organization")


def test_each_script_gets_its_own_stemmer():
    # The Russian stemmer would cut "CSTO"/"returnees" oddly, the English one
    # would leave Russian endings on: each word goes to its own.
    assert analyzed(stemming_analyzer(), "returnees возвращенцев") == ["returne", "возвращенц"]
    assert analyzed(stemming_analyzer(), "ОДКБ CSTO") == ["одкб", "csto"]


def test_folding_case_yo_and_accents():
    assert fold("Ёлка") == "елка"
    assert fold("António") == "antonio"
    assert fold("Мирзиёев") == "мирзиеев"
    assert fold("Йод") == "йод"  # й is a letter of its own, not и with a mark


def test_hyphens_and_dashes_split_words():
    assert analyzed(exact_analyzer(), "боевиков-террористов Counter-Terrorism Юг — Юг") == [
        "боевиков",
        "террористов",
        "counter",
        "terrorism",
        "юг",
        "юг",
    ]


def test_analyzers_survive_pickling_as_whoosh_needs():
    analyzer = pickle.loads(pickle.dumps(stemming_analyzer()))
    assert analyzed(analyzer, "Террористов") == ["террорист"]
