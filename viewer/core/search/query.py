"""Read what the user typed into clauses, whatever it is.

Syntax: words (all must match), "a phrase", prefix*, word~ (fuzzy), -excluded,
and OR (or |) between alternatives. Nothing here raises: unbalanced quotes
close at the end, lone operators are dropped, control characters are spaces,
and an overlong query is cut to its first clauses with a hint. Approximate
matching costs time with every letter and every word: past a few words, or
for a word longer than any real one, `~` is dropped with a hint and the word
is searched as typed.
"""

import re
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.messages import Message, message
from viewer.core.text import TOKEN_RE

MAX_CLAUSES = 32
MIN_PREFIX = 2
MAX_FUZZY_LENGTH = 24  # letters: «человеконенавистничество», the longest words in use
MAX_FUZZY = 4  # approximate words in one query
_PART_RE = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_OR_WORDS = {"OR", "|", "ИЛИ"}


class Clause(NamedTuple):
    words: tuple[str, ...]  # as typed, punctuation removed; >1 word means a phrase
    negated: bool = False
    prefix: bool = False
    fuzzy: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


class Parsed(NamedTuple):
    alternatives: tuple[tuple[Clause, ...], ...]  # OR of ANDs
    hints: tuple[Message, ...]

    @property
    def positive(self) -> bool:
        return any(not c.negated for group in self.alternatives for c in group)


def parse(text: str) -> Parsed:
    text = _CONTROL_RE.sub(" ", text)
    hints: list[Message] = []
    groups: list[list[Clause]] = [[]]
    count = 0
    for match in _PART_RE.finditer(text):
        if count >= MAX_CLAUSES:
            hints.append(
                message(
                    "Search",
                    QT_TRANSLATE_NOOP(
                        "Search", "The query is long: only its first {n} terms were used."
                    ),
                    n=MAX_CLAUSES,
                )
            )
            break
        negated_phrase, phrase, bare = match.groups()
        if phrase is not None:
            clause = _phrase(phrase, bool(negated_phrase))
        elif bare in _OR_WORDS:
            if groups[-1]:
                groups.append([])
            continue
        else:
            clause = _word(bare, hints)
        if clause is not None:
            groups[-1].append(clause)
            count += 1
    groups = _cap_fuzzy(groups, hints)
    alternatives = tuple(tuple(group) for group in groups if group)
    if alternatives and not Parsed(alternatives, ()).positive:
        hints.append(
            message(
                "Search",
                QT_TRANSLATE_NOOP("Search", "Add a word to look for: a minus sign only excludes."),
            )
        )
    return Parsed(alternatives, tuple(dict.fromkeys(hints)))


def _cap_fuzzy(groups: list[list[Clause]], hints: list[Message]) -> list[list[Clause]]:
    fuzzy = 0
    capped = []
    for group in groups:
        kept = []
        for clause in group:
            if clause.fuzzy:
                fuzzy += 1
                if fuzzy > MAX_FUZZY or len(clause.words[0]) > MAX_FUZZY_LENGTH:
                    clause = clause._replace(fuzzy=False)
                    hints.append(
                        message(
                            "Search",
                            QT_TRANSLATE_NOOP(
                                "Search",
                                "Spelling may differ (~) in at most {n} words of up to {letters}"
                                " letters; the others are searched as typed.",
                            ),
                            n=MAX_FUZZY,
                            letters=MAX_FUZZY_LENGTH,
                        )
                    )
            kept.append(clause)
        capped.append(kept)
    return capped


def _phrase(text: str, negated: bool) -> Clause | None:
    words = tuple(m.group(0) for m in TOKEN_RE.finditer(text))
    return Clause(words, negated) if words else None


def _word(raw: str, hints: list[Message]) -> Clause | None:
    negated = raw.startswith("-") and len(raw) > 1
    body = raw[1:] if negated else raw
    fuzzy = bool(re.search(r"~\d*$", body))
    body = re.sub(r"~\d*$", "", body)
    prefix = body.endswith("*")
    words = tuple(m.group(0) for m in TOKEN_RE.finditer(body))
    if not words:
        return None
    if len(words) > 1:  # «боевиков-террористов»: hyphenated words are a phrase
        return Clause(words, negated)
    if prefix and len(words[0]) < MIN_PREFIX:
        hints.append(
            message(
                "Search",
                QT_TRANSLATE_NOOP("Search", "A prefix needs at least {n} letters before the *."),
                n=MIN_PREFIX,
            )
        )
        return None
    return Clause(words, negated, prefix=prefix, fuzzy=fuzzy and not prefix)
