"""The lexicon of counterpart words learned from aligned block pairs."""

import json
import tomllib
from collections import Counter

import pytest

from tests.conftest import FIXTURES, REPO
from viewer.core.lexicon import Lexicon, content_stems, learn
from viewer.core.loader import load_corpus
from viewer.core.search import corpus_lexicon
from viewer.core.search.index import (
    INDEX_FOLDER,
    LEXICON_FILE,
    build,
    lexicon_of,
    open_folder,
    open_or_build,
    records,
)
from viewer.core.search.location import learned_lexicon

# Each pair of words stands in the same place in its text, as in a translation;
# "the" and «и» are everywhere, "plan" is in one pair only.
SMALL = [
    ("Терроризм угрожает миру.", "Terrorism threatens the peace."),
    ("Терроризм и экстремизм.", "Terrorism and extremism."),
    ("Экстремизм угрожает миру.", "Extremism threatens the peace."),
    ("Мир и план.", "The peace and the plan."),
]


def test_learns_the_pairs_that_share_block_pairs():
    lexicon = learn(SMALL)
    assert lexicon.counterparts("терроризм", "ru") == ("terror",)
    assert lexicon.counterparts("terror", "en") == ("терроризм",)
    assert lexicon.counterparts("экстремизм", "ru") == ("extrem",)
    assert lexicon.counterparts("мир", "ru") == ("peac",)
    assert lexicon.counterparts("угрожа", "ru") == ("threaten",)


def test_leaves_out_stopwords_numbers_and_what_is_seen_once():
    lexicon = learn([*SMALL, ("В 2024 году.", "In 2024.")] * 1)
    ru = {r for r, _e in lexicon.pairs}
    en = {e for _r, e in lexicon.pairs}
    assert "и" not in ru and "the" not in en and "and" not in en
    assert "план" not in ru and "plan" not in en  # in one block pair only
    assert "2024" not in ru | en
    # Where each stands: its word's place among all the words, 0 to 1.
    assert content_stems("В 2024 году и в мире", "ru") == {"год": 0.4, "мир": 1.0}


def test_thresholds_decide():
    assert set(learn(SMALL, min_pairs=3).pairs) == {("мир", "peac")}  # the only ones in three
    lexicon = learn(SMALL, min_dice=0.9)
    assert ("терроризм", "terror") in lexicon.pairs  # 2·2 / (2 + 2) = 1
    assert ("мир", "peac") in lexicon.pairs  # 3 pairs each
    # Words that share their pairs but stand at opposite ends are no pair.
    far = [("Один два три четыре пять шесть", "seven eight nine ten eleven one")] * 2
    assert ("один", "one") not in learn(far).pairs


def test_place_tells_words_that_always_come_together_apart():
    together = [("Договор о ракетах.", "Treaty on missiles.")] * 3
    lexicon = learn(together)
    assert lexicon.counterparts("договор", "ru") == ("treati",)
    assert lexicon.counterparts("ракет", "ru") == ("missil",)


def test_json_round_trip_and_hostile_files(tmp_path):
    lexicon = learn(SMALL)
    path = tmp_path / "lexicon.json"
    lexicon.save(path)
    assert Lexicon.load(path).pairs == pytest.approx(lexicon.pairs, abs=1e-4)
    for bad in (
        "not json",
        "[]",
        '{"format": 2, "pairs": []}',
        '{"format": 1, "pairs": {}}',
        '{"format": 1, "pairs": [["a", "b"]]}',
        '{"format": 1, "pairs": [["a", "b", 2]]}',
        '{"format": 1, "pairs": [["a", "b", true]]}',
        '{"format": 1, "pairs": [["", "b", 0.5]]}',
        '{"format": 1, "pairs": [[1, "b", 0.5]]}',
        "[" * 100_000,
    ):
        path.write_text(bad, encoding="utf-8")
        assert Lexicon.load(path) is None, bad
    path.write_bytes(b"\xff\xfe")
    assert Lexicon.load(path) is None
    assert Lexicon.load(tmp_path / "missing.json") is None


def test_index_build_stores_the_lexicon_and_a_bad_one_is_learned_again(tmp_path):
    corpus = load_corpus(FIXTURES / "corpus")
    items = list(records(corpus))
    folder = tmp_path / "index"
    build(folder, items, len(items))
    stored = json.loads((folder / LEXICON_FILE).read_text(encoding="utf-8"))
    assert stored["format"] == 1
    ix = open_folder(folder)
    learned = lexicon_of(ix, corpus)
    assert learned.pairs == pytest.approx(Lexicon.load(folder / LEXICON_FILE).pairs)
    (folder / LEXICON_FILE).write_text('{"format": 1, "pairs": [["x", "y", "z"]]}', "utf-8")
    assert ("x", "y") not in lexicon_of(ix, corpus).pairs
    assert lexicon_of(ix, corpus).pairs == pytest.approx(learned.pairs, abs=1e-4)


def test_the_lexicon_is_read_where_the_index_build_keeps_it(tmp_path):
    corpus = load_corpus(FIXTURES / "corpus")
    open_or_build(corpus, tmp_path)
    assert corpus_lexicon(corpus, tmp_path).pairs == learned_lexicon(corpus).pairs
    [folder] = [path for path in (tmp_path / INDEX_FOLDER).iterdir() if path.is_dir()]
    Lexicon({("мир", "peac"): 1.0}).save(folder / LEXICON_FILE)
    assert corpus_lexicon(corpus, tmp_path).pairs == {("мир", "peac"): 1.0}
    (folder / LEXICON_FILE).write_text("[", encoding="utf-8")
    assert corpus_lexicon(corpus, tmp_path).pairs == learned_lexicon(corpus).pairs


def test_precision_on_the_commonest_stems_of_the_edition():
    """Every learned pair with one of the 200 commonest Russian or English
    stems of the edition was judged by hand (tests/fixtures/lexicon_judged.toml);
    at least 90% of them must be right."""
    corpus = load_corpus(REPO / "corpus")
    pairs = [(p.ru.plain, p.en.plain) for d in corpus.documents for p in d.pairs]
    lexicon = learn(pairs)
    counts = {"ru": Counter(), "en": Counter()}
    for ru, en in pairs:
        counts["ru"].update(content_stems(ru, "ru").keys())
        counts["en"].update(content_stems(en, "en").keys())
    top = {lang: {s for s, _n in counted.most_common(200)} for lang, counted in counts.items()}
    asked = [(r, e) for r, e in lexicon.pairs if r in top["ru"] or e in top["en"]]
    table = tomllib.loads((FIXTURES / "lexicon_judged.toml").read_text(encoding="utf-8"))
    verdicts = {(r, e): right for r, e, right, _note in table["judged"]}
    unjudged = [pair for pair in asked if pair not in verdicts]
    assert not unjudged, f"judge these in lexicon_judged.toml: {unjudged}"
    right = sum(verdicts[pair] for pair in asked)
    assert len(asked) >= 100  # coverage: most of the commonest stems have a counterpart
    assert right / len(asked) >= 0.9
