"""Test documents for the paragraph aligner whose right answer is known:
the edition's block pairs with paragraphs merged, split, dropped or
reordered in one language, and bilingual texts written for the purpose
(tests/fixtures/align/*.toml).

The edition's documents are split once: two for tuning the aligner's
constants (DEVELOPMENT), three held out for measuring it (HELD_OUT).
"""

import random
import re
import tomllib
from pathlib import Path
from typing import NamedTuple

from viewer.core.loader import load_corpus
from viewer.core.paths import default_corpus_dir

FIXTURES = Path(__file__).parent / "fixtures" / "align"
DEVELOPMENT = ("unrcca-ashgabat-declaration-2017", "uzbekistan-unoct-returnees-2024")
HELD_OUT = (
    "csto-statement-returning-fighters-2018",
    "kazakhstan-unrcca-meeting-2024",
    "unoct-south-south-cooperation",
)
EDITS = ("merge", "split", "drop")
NOT_ONE_TO_ONE = 0.2  # share of paragraphs the edits leave outside 1:1 links
_TOUCHES = {"merge": 3, "split": 3, "drop": 1, "reorder": 4}  # paragraphs an edit involves

# A sentence ends at . ! ? (perhaps inside a closing quotation mark) after a
# word of three letters or more, so "Mr." and «г.» do not end one.
_SENTENCE_END_RE = re.compile(r"(?<=\w{3}[.!?])[»”\"]?\s+(?=[«“\"(]?[A-ZА-ЯЁ])")


class Case(NamedTuple):
    name: str
    ru: list[str]
    en: list[str]
    gold: list[tuple[tuple[int, ...], tuple[int, ...]]]
    kinds: list[str]  # of each gold link: "1:1", an edit, or "reorder"
    sources: tuple[str, ...] = ()  # the edition's documents it was made of


class Score(NamedTuple):
    gold: dict[str, int]  # gold links by kind
    found: dict[str, int]  # of those, found by the aligner
    predicted: int
    correct: int

    def __add__(self, other: "Score") -> "Score":
        kinds = set(self.gold) | set(other.gold)
        return Score(
            {k: self.gold.get(k, 0) + other.gold.get(k, 0) for k in kinds},
            {k: self.found.get(k, 0) + other.found.get(k, 0) for k in kinds},
            self.predicted + other.predicted,
            self.correct + other.correct,
        )

    @property
    def recall(self) -> float:
        return self.correct / max(1, sum(self.gold.values()))

    @property
    def precision(self) -> float:
        return self.correct / max(1, self.predicted)

    def share(self, kind: str) -> float:
        return self.found.get(kind, 0) / max(1, self.gold.get(kind, 0))


EMPTY = Score({}, {}, 0, 0)


def edition(ids: tuple[str, ...]) -> list[tuple[str, list[str], list[str]]]:
    """The named documents of the edition as (id, ru paragraphs, en paragraphs)."""
    corpus = load_corpus(default_corpus_dir())
    documents = [corpus.document(doc_id) for doc_id in ids]
    return [(d.id, [p.ru.plain for p in d.pairs], [p.en.plain for p in d.pairs]) for d in documents]


def sentences(text: str) -> list[str]:
    return _SENTENCE_END_RE.split(text)


def perturb(
    name: str,
    ru: list[str],
    en: list[str],
    rng: random.Random,
    edits: tuple[str, ...] = EDITS,
    share: float = NOT_ONE_TO_ONE,
) -> Case:
    """`ru` and `en` (parallel, 1:1) with edits in one language or the other
    at random places until `share` of all paragraphs are outside 1:1 links
    (or, for "reorder", inside crossing ones)."""
    units = [([r], [e], "1:1") for r, e in zip(ru, en, strict=True)]
    target = share * 2 * len(units)
    touched = 0
    for _attempt in range(20 * len(units)):
        edit = rng.choice(edits)
        if touched + _TOUCHES[edit] - target > target - touched:
            continue  # this edit would overshoot more than stopping falls short
        k = rng.randrange(len(units))
        lang = rng.randrange(2)
        plain = [units[k][2] == "1:1"]
        if edit in ("merge", "reorder"):
            if k + 1 >= len(units):
                continue
            plain.append(units[k + 1][2] == "1:1")
        if not all(plain):
            continue
        unit = units[k]
        if edit == "merge":
            sides = [unit[0] + units[k + 1][0], unit[1] + units[k + 1][1]]
            sides[lang] = [" ".join(sides[lang])]
            units[k : k + 2] = [(sides[0], sides[1], "merge")]
            touched += 3
        elif edit == "split":
            parts = sentences(unit[lang][0])
            if len(parts) < 2:
                continue
            cut = max(1, min(len(parts) - 1, round(len(parts) / 2)))
            sides = [unit[0], unit[1]]
            sides[lang] = [" ".join(parts[:cut]), " ".join(parts[cut:])]
            units[k] = (sides[0], sides[1], "split")
            touched += 3
        elif edit == "drop":
            sides = [unit[0], unit[1]]
            sides[lang] = []
            units[k] = (sides[0], sides[1], "drop")
            touched += 1
        else:  # reorder: the two paragraphs of one language swap places
            first, second = unit, units[k + 1]
            if lang == 0:
                units[k : k + 2] = [
                    (second[0], first[1], "reorder"),
                    (first[0], second[1], "reorder"),
                ]
            else:
                units[k : k + 2] = [
                    (first[0], second[1], "reorder"),
                    (second[0], first[1], "reorder"),
                ]
            touched += 4
    return _flatten(name, units)


def _flatten(name: str, units) -> Case:
    """A case from its units (ru paragraphs, en paragraphs, kind), in
    order; swapped units are linked across each other."""
    case = Case(name, [], [], [], [])
    k = 0
    while k < len(units):
        ru_part, en_part, kind = units[k]
        if kind == "reorder":
            # units[k] holds the paragraphs now in the second place of one
            # language: the link crosses.
            (ru_a, en_a, _), (ru_b, en_b, _) = units[k], units[k + 1]
            i, j = len(case.ru), len(case.en)
            case.ru.extend(ru_a + ru_b)
            case.en.extend(en_a + en_b)
            case.gold.extend([((i,), (j + 1,)), ((i + 1,), (j,))])
            case.kinds.extend(["reorder", "reorder"])
            k += 2
            continue
        i, j = len(case.ru), len(case.en)
        case.ru.extend(ru_part)
        case.en.extend(en_part)
        case.gold.append((tuple(range(i, i + len(ru_part))), tuple(range(j, j + len(en_part)))))
        case.kinds.append(kind)
        k += 1
    return case


def generated(ids: tuple[str, ...], seeds: range, edits: tuple[str, ...] = EDITS) -> list[Case]:
    """Each document of `ids`, and all of them end to end, edited once per seed."""
    documents = edition(ids)
    whole = (
        "+".join(ids),
        [p for _, ru, _ in documents for p in ru],
        [p for _, _, en in documents for p in en],
    )
    cases = []
    for seed in seeds:
        for name, ru, en in [*documents, whole]:
            rng = random.Random(f"{name}:{seed}")
            case = perturb(f"{name}#{seed}", ru, en, rng, edits)
            cases.append(case._replace(sources=tuple(name.split("+"))))
    return cases


def written() -> list[Case]:
    """The hand-written bilingual texts: each `[[link]]` of a fixture gives
    the Russian and English paragraphs that translate each other."""
    cases = []
    for path in sorted(FIXTURES.glob("*.toml")):
        links = tomllib.loads(path.read_text(encoding="utf-8"))["link"]
        units = [(link.get("ru", []), link.get("en", []), _kind(link)) for link in links]
        cases.append(_flatten(path.stem, units))
    return cases


def _kind(link: dict) -> str:
    shape = (len(link.get("ru", [])), len(link.get("en", [])))
    return {(1, 1): "1:1", (1, 0): "drop", (0, 1): "drop"}.get(shape, "merge")


def score(case: Case, links) -> Score:
    predicted = {(link.ru, link.en) for link in links}
    gold, found = {}, {}
    for link, kind in zip(case.gold, case.kinds, strict=True):
        gold[kind] = gold.get(kind, 0) + 1
        found[kind] = found.get(kind, 0) + (link in predicted)
    return Score(gold, found, len(predicted), len(predicted & set(case.gold)))
