"""Separate the two languages of a one-file bilingual document.

Each paragraph's language is told by its script (Cyrillic letters against
Latin ones; a Russian sentence quoting an English acronym goes with its
majority), checked against the common words of the language so that a
Kazakh, Uzbek or French paragraph is not taken for Russian or English. The
document is taken as one language's text followed by the other's: the cut
and the order are those that put the fewest letters on the wrong side, so
a short paragraph out of place ("UN", a date) does not move the cut. A
document whose paragraphs alternate instead is split paragraph by
paragraph.
"""

import re
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.importing.paragraphs import Para
from viewer.core.importing.refused import ImportRefused, refusal

RU, EN, OTHER, NONE = "ru", "en", "other", "none"
_WORD_RE = re.compile(r"[^\W\d_]+")
# Letters of Cyrillic alphabets other than Russian's (Kazakh, Kyrgyz, Tajik,
# Uzbek, Ukrainian, Belarusian, Serbian, Macedonian).
_NOT_RUSSIAN = set("ӘәҒғҚқҢңӨөҰұҮүҺһІіЇїЄєҐґЎўҲҳҶҷӢӣӮӯЈјЉљЊњЋћЏџЂђЅѕЌќЃѓ")
_COMMON_RU = (
    "и в во не что на с со как а то все так его но да к у же за бы по только ее от еще"
    " нет о об из ли если уже или ни быть был была были до для мы их чем при также"
    " этот эта это эти этих этой того при после между через над под без года"
    " который которые которая которых может он она они"
)
_COMMON_EN = (
    "the of and to is was for on with as by at from that this which be are were has"
    " have had its their it an or not will would can also been such these those"
    " other all into than more our we they he she his her"
)
_COMMON = {RU: set(_COMMON_RU.split()), EN: set(_COMMON_EN.split())}
# A paragraph of this many words or more is "in neither language" when
# fewer than this share of its words are the language's common words.
_CHECKED_WORDS = 12
_MIN_COMMON = 0.04
# On the wrong side of the cut, a paragraph of this many letters or more in
# the other script (and little of its side's) is reported; a shorter one (an
# acronym, a name) stays where it is.
_OUT_OF_PLACE_LETTERS = 12
_OUT_OF_PLACE_SHARE = 0.8
# More letters than this share on the wrong side of the best cut: the
# document alternates languages.
_ALTERNATING = 0.25


class Split(NamedTuple):
    ru: list[Para]
    en: list[Para]
    stray: list[Para]  # in neither language, or out of place


def scripts(text: str) -> tuple[int, int]:
    """The numbers of Cyrillic and of Latin letters in `text`."""
    cyrillic = latin = 0
    for char in text:
        if "\u0400" <= char <= "\u04ff":
            cyrillic += 1
        elif char.isalpha() and char < "\u0250":
            latin += 1
    return cyrillic, latin


def language(text: str) -> str:
    """ru, en, other (letters, in neither language) or none (no letters)."""
    cyrillic, latin = scripts(text)
    letters = sum(1 for char in text if char.isalpha())
    if not letters:
        return NONE
    if cyrillic + latin < letters / 2:
        return OTHER
    lang = RU if cyrillic > latin else EN
    if lang == RU and sum(char in _NOT_RUSSIAN for char in text) > max(1, cyrillic // 100):
        return OTHER
    words = [word.lower() for word in _WORD_RE.findall(text)]
    if len(words) >= _CHECKED_WORDS:
        common = sum(word in _COMMON[lang] for word in words)
        if common < _MIN_COMMON * len(words):
            return OTHER
    return lang


def split_bilingual(paras: list[Para]) -> Split:
    """The Russian paragraphs, the English ones, and the rest. Raises
    ImportRefused when the document holds text in neither language."""
    labels = [language(p.text) for p in paras]
    if RU not in labels and EN not in labels:
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import", "The file holds no Russian or English text: it is not imported."
                )
            )
        )
    counts = [
        scripts(p.text) if label in (RU, EN) else (0, 0)
        for p, label in zip(paras, labels, strict=True)
    ]
    first, cut, cost = _best_cut(counts)
    alternating = cost > _ALTERNATING * sum(map(sum, counts))
    result = Split([], [], [])
    for index, (p, label) in enumerate(zip(paras, labels, strict=True)):
        side = label if alternating else first if index < cut else _other(first)
        if label == OTHER or side == NONE or _out_of_place(counts[index], side):
            result.stray.append(p)
        else:
            (result.ru if side == RU else result.en).append(p)
    return result


def _best_cut(counts: list[tuple[int, int]]) -> tuple[str, int, int]:
    """(the language first, the index of the other's first paragraph, the
    letters on the wrong side) of the cut that puts fewest there."""
    total_cyrillic = sum(cyrillic for cyrillic, _ in counts)
    total_latin = sum(latin for _, latin in counts)
    best = (RU, 0, total_cyrillic)  # all English
    before_cyrillic = before_latin = 0
    for cut in range(len(counts) + 1):
        if cut:
            before_cyrillic += counts[cut - 1][0]
            before_latin += counts[cut - 1][1]
        ru_first = before_latin + (total_cyrillic - before_cyrillic)
        en_first = before_cyrillic + (total_latin - before_latin)
        for first, cost in ((RU, ru_first), (EN, en_first)):
            if cost < best[2]:
                best = (first, cut, cost)
    return best


def _out_of_place(count: tuple[int, int], side: str) -> bool:
    cyrillic, latin = count
    wrong = latin if side == RU else cyrillic
    return wrong >= _OUT_OF_PLACE_LETTERS and wrong >= _OUT_OF_PLACE_SHARE * (cyrillic + latin)


def _other(lang: str) -> str:
    return EN if lang == RU else RU


def both_languages(split: Split) -> Split:
    """`split`, when it has text in both languages; else ImportRefused."""
    for paras, missing in (
        (split.ru, QT_TRANSLATE_NOOP("Import", "Russian")),
        (split.en, QT_TRANSLATE_NOOP("Import", "English")),
    ):
        if not paras:
            raise ImportRefused(
                refusal(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "The file has no {language} text. Give one file holding both languages,"
                        " or two files, one per language.",
                    ),
                    language=refusal(missing),
                )
            )
    return split


def two_languages(first: list[Para], second: list[Para], ordered: bool = False) -> Split:
    """The paragraphs of two files, one per language, told apart by their
    script whatever order they came in (in the order given when `ordered`:
    Russian first). Raises ImportRefused when both are in the same language,
    or, when `ordered`, the order is the other way round."""
    shares = []
    for paras in (first, second):
        cyrillic, latin = scripts(" ".join(p.text for p in paras))
        shares.append(cyrillic / max(1, cyrillic + latin))
    if (shares[0] > 0.5) == (shares[1] > 0.5):
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Both files are in {language}: give one Russian and one English file.",
                ),
                language=refusal(
                    QT_TRANSLATE_NOOP("Import", "Russian")
                    if shares[0] > 0.5
                    else QT_TRANSLATE_NOOP("Import", "English")
                ),
            )
        )
    if ordered and shares[0] < shares[1]:
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The file given as Russian is in English, and the other in Russian: swap them.",
                )
            )
        )
    ru, en = (first, second) if shares[0] > shares[1] else (second, first)
    return Split(ru, en, [])


def read_sources(paths, ordered: bool = False) -> Split:
    """One bilingual file, or two files one per language (Russian first
    when `ordered`), read and split; a refusal of one file names it."""
    from viewer.core.importing.read import read_document

    if len(paths) == 1:
        return _naming(paths[0], lambda: both_languages(split_bilingual(read_document(paths[0]))))
    read = [_naming(path, lambda path=path: read_document(path)) for path in paths]
    return two_languages(*read, ordered=ordered)


def _naming(path, work):
    try:
        return work()
    except ImportRefused as refused:
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP("Import", "{file}: {reason}"),
                file=str(path),
                reason=refused.reason,
            )
        ) from refused


def holding(corpus, split: Split):
    """A document of `corpus` that already holds most of `split`'s text (the
    same declaration imported twice, or one the edition has); else None."""
    from viewer.core.text import fold

    wanted = {fold(p.text) for p in (*split.ru, *split.en)}
    for document in corpus.documents if wanted else ():
        held = {fold(pair.text(lang).plain) for pair in document.pairs for lang in ("ru", "en")}
        if len(wanted & held) >= 0.6 * len(wanted):
            return document
    return None
