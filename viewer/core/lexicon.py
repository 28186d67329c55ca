"""A bilingual lexicon learned from the aligned edition: which English stems
translate which Russian ones, guessed from the block pairs they share.

A stem pair scores by Dice, 2·c(r,e) / (c(r) + c(e)), counting block pairs:
how many hold the Russian stem, the English one, and both. A pair is kept
when the two share at least MIN_PAIRS block pairs, score at least MIN_DICE,
and each is the other's best match (ties included): on a small edition many
words share the same two or three paragraphs, and only a mutual best keeps
the guesses good. Stopwords and numbers are left out; both are common enough
to pair with anything. The thresholds were measured on the edition (see
tests/fixtures/lexicon_judged.toml).

Stored as plain JSON beside the search index; a file read back is checked
shape by shape, and anything unexpected makes it unusable (None), never a
half-trusted lexicon.
"""

import json
import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path

from viewer.core.terms import stem, tokens
from viewer.core.text import is_cyrillic

MIN_PAIRS = 2  # block pairs a stem pair must share
MIN_DICE = 0.5
COGNATE_WEIGHT = 0.5  # a look-alike outranks a stem that only shares paragraphs
# How far apart (0 to 1 of a text's length) two stems may stand on average in
# the block pairs they share; look-alikes may stand further apart.
MAX_SHIFT = 0.15
COGNATE_SHIFT = 0.15
FORMAT = 1
FILE_NAME = "lexicon.json"
MAX_FILE_BYTES = 64 << 20  # far beyond any edition's lexicon; a bigger file is refused

_RUSSIAN_STOPWORDS = """
а без более бы был была были было быть в вам вас весь во вот все всего всех вы
где да даже для до его ее ей если есть еще же за здесь и из или им их к как
какой когда кто ли либо между меня мне может мы на над нам нас не него нее нет
ни них но ну о об однако он она они оно от по под при про с со так также такой
там те тем то того тоже той только том тот у уже чем что чтобы эта эти это
этого этой этом этот эту я который которая которое которые которых которым
свой своей своих свою является являются её будет будут могут мочь
"""
_ENGLISH_STOPWORDS = """
a about above after all also am an and any are as at be been before being
between both but by can could did do does doing during each few for from
further had has have having he her here hers him his how i if in into is it
its itself more most no nor not of off on once only or other our ours out over
own same she should so some such than that the their theirs them then there
these they this those through to too under until up very was we were what
when where which while who whom why will with would you your shall may must
well within upon per
"""
STOPWORDS = {
    lang: frozenset(stem(word) for word in words.split())
    for lang, words in (("ru", _RUSSIAN_STOPWORDS), ("en", _ENGLISH_STOPWORDS))
}


def content_stems(text: str, lang: str) -> dict[str, float]:
    """The stems of `text` that can have a counterpart (words of the
    language's own script, no numbers, no stopwords, no single letters), each
    with where it first comes in the text, from 0 (first word) to 1 (last)."""
    words = tokens(text)
    last = max(1, len(words) - 1)
    found: dict[str, float] = {}
    for place, token in enumerate(words):
        if len(token) < 2 or token.isdigit() or is_cyrillic(token) != (lang == "ru"):
            continue
        stemmed = stem(token)
        if stemmed not in STOPWORDS[lang]:
            found.setdefault(stemmed, place / last)
    return found


class Lexicon:
    """Stem -> its counterparts' stems, in both directions, with scores."""

    def __init__(self, pairs: dict[tuple[str, str], float] | None = None):
        self.pairs = dict(pairs or {})  # (ru stem, en stem) -> Dice
        self._of: dict[str, dict[str, tuple[str, ...]]] = {"ru": {}, "en": {}}
        for (ru, en), _score in sorted(self.pairs.items(), key=lambda item: -item[1]):
            self._of["ru"][ru] = (*self._of["ru"].get(ru, ()), en)
            self._of["en"][en] = (*self._of["en"].get(en, ()), ru)

    def __len__(self) -> int:
        return len(self.pairs)

    def counterparts(self, stem_: str, lang: str) -> tuple[str, ...]:
        """The stems of the other language that translate `stem_` of `lang`,
        the likeliest first."""
        return self._of.get(lang, {}).get(stem_, ())

    def to_json(self) -> str:
        rows = [[ru, en, round(score, 4)] for (ru, en), score in sorted(self.pairs.items())]
        return json.dumps({"format": FORMAT, "pairs": rows}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Lexicon | None":
        """The lexicon `text` holds; None unless every part has the expected shape."""
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        rows = data.get("pairs")
        if not isinstance(rows, list):
            return None
        pairs = {}
        for row in rows:
            if not (
                isinstance(row, list)
                and len(row) == 3
                and all(isinstance(part, str) and 0 < len(part) <= 100 for part in row[:2])
                and isinstance(row[2], int | float)
                and not isinstance(row[2], bool)
                and 0 <= row[2] <= 1
            ):
                return None
            pairs[row[0], row[1]] = float(row[2])
        return cls(pairs)

    def save(self, path: Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Lexicon | None":
        """The lexicon stored at `path`; None when it is missing, too big or
        not a lexicon."""
        try:
            with Path(path).open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError:
            return None
        if len(data) > MAX_FILE_BYTES:
            return None
        try:
            return cls.from_json(data.decode("utf-8"))
        except UnicodeDecodeError:
            return None


class Learner:
    """Counts stems over block pairs as they pass (the index build hands
    them over one by one), then makes the lexicon."""

    def __init__(self):
        self._ids: dict[str, int] = {}  # stem -> number: counting ints is faster
        # Per block pair: its Russian and English stem ids, each with where it is.
        self._seen: list[tuple[dict[int, float], dict[int, float]]] = []

    def add(self, ru: str, en: str) -> None:
        ids = self._ids
        self._seen.append(
            tuple(
                {
                    ids.setdefault(s, len(ids)): place
                    for s, place in content_stems(text, lang).items()
                }
                for text, lang in ((ru, "ru"), (en, "en"))
            )
        )

    def lexicon(
        self, min_pairs: int = MIN_PAIRS, min_dice: float = MIN_DICE, max_shift: float = MAX_SHIFT
    ) -> Lexicon:
        single = Counter()
        for ru_ids, en_ids in self._seen:
            single.update(ru_ids.keys())
            single.update(en_ids.keys())
        # Only stems in enough block pairs can share enough of them: the
        # rest are left out of the (quadratic) count of pairs.
        size = len(self._ids)
        both = Counter()
        for ru_ids, en_ids in self._seen:
            ru_kept = [r * size for r in ru_ids if single[r] >= min_pairs]
            en_kept = [e for e in en_ids if single[e] >= min_pairs]
            if ru_kept and en_kept:
                both.update(r + e for r in ru_kept for e in en_kept)
        candidates = {}
        for key, shared in both.items():
            if shared >= min_pairs:
                r, e = divmod(key, size)
                dice = 2 * shared / (single[r] + single[e])
                if dice >= min_dice:
                    candidates[r, e] = (dice, shared)
        shifts = self._shifts(candidates)
        names = list(self._ids)
        scored = {}  # (ru id, en id) -> (rank, Dice)
        for (r, e), (dice, _shared) in candidates.items():
            alike = cognate(names[r], names[e])
            if shifts[r, e] <= max_shift + COGNATE_SHIFT * alike:
                scored[r, e] = (dice + COGNATE_WEIGHT * alike - shifts[r, e], dice)
        return Lexicon(
            {(names[r], names[e]): dice for (r, e), dice in _mutual_best(scored).items()}
        )

    def _shifts(self, candidates) -> dict[tuple[int, int], float]:
        """For each candidate pair of stems, how far apart the two stand in
        the block pairs they share, on average (0: at the same place in each
        text; 1: one first, the other last)."""
        wanted = {side for pair in candidates for side in pair}
        totals = Counter()
        for ru_places, en_places in self._seen:
            ru_here = [(r, place) for r, place in ru_places.items() if r in wanted]
            en_here = [(e, place) for e, place in en_places.items() if e in wanted]
            for r, ru_place in ru_here:
                for e, en_place in en_here:
                    if (r, e) in candidates:
                        totals[r, e] += abs(ru_place - en_place)
        return {pair: totals[pair] / shared for pair, (_dice, shared) in candidates.items()}


def _mutual_best(scored: dict) -> dict:
    """The pairs each of whose stems ranks the other first, alone: a tie
    means the edition cannot tell the candidates apart."""
    best: dict[int, list] = {}  # stem id -> [its best rank, how many have it]
    for (r, e), (rank, _dice) in scored.items():
        for side in (r, e):
            top = best.setdefault(side, [rank, 0])
            if rank > top[0]:
                top[:] = [rank, 1]
            elif rank == top[0]:
                top[1] += 1
    return {
        (r, e): dice
        for (r, e), (rank, dice) in scored.items()
        if best[r] == [rank, 1] and best[e] == [rank, 1]
    }


_LATIN = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "h",
        "ц": "s",
        "ч": "ch",
        "ш": "sh",
        "щ": "sh",
        "ъ": "",
        "ы": "i",
        "ь": "",
        "э": "e",
        "ю": "u",
        "я": "ia",
    }
)
_ENGLISH_SOUNDS = (
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"[cq]"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"w"), "v"),
    (re.compile(r"x"), "ks"),
)


def _skeleton(stem_: str) -> str:
    """A stem spelt in plain Latin letters, roughly as it sounds, so that
    Russian and English cognates (конфликт, conflict) spell alike."""
    if is_cyrillic(stem_):
        return stem_.translate(_LATIN)
    for pattern, sound in _ENGLISH_SOUNDS:
        stem_ = pattern.sub(sound, stem_)
    return stem_


def cognate(ru: str, en: str) -> float:
    """How alike two stems of different languages look, from 0 to 1."""
    return SequenceMatcher(None, _skeleton(ru), _skeleton(en), autojunk=False).ratio()


def learn(pairs: Iterable[tuple[str, str]], **thresholds) -> Lexicon:
    """The lexicon of (Russian text, English text) block pairs."""
    learner = Learner()
    for ru, en in pairs:
        learner.add(ru, en)
    return learner.lexicon(**thresholds)
