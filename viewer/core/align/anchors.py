"""What a paragraph and its translation share whatever their wording:
numbers, dates, glossary terms, Latin-script names, quotations, and the
words a counterpart lexicon pairs.

Each paragraph becomes a bag of anchors (anchor -> count); the aligner
rewards a link by the anchors its two sides have in common.
"""

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from viewer.core.lexicon import Lexicon
from viewer.core.numbers import mentions
from viewer.core.terms import Glossary, stems
from viewer.core.text import ADDRESS_RE, TOKEN_RE, fold, is_cyrillic

_QUOTE_OPENERS = {"ru": "«“„", "en": "“‘«"}
_LATIN_RE = re.compile(r"[A-Za-z]")

NUMBER, TERM, NAME, SOUND, QUOTE, WORD = "number", "term", "name", "sound", "quote", "word"

# Russian letters as an English spelling of a name would have them, close
# enough for `_skeleton`: «Гутерриш» and "Guterres", «Таджикистан» and
# "Tajikistan", «Бахаргуль» and "Bahargul".
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    }
)  # fmt: skip
_VOWELS_RE = re.compile(r"[aeiouyhw]|(?<=d)j")
_CAPITALISED_RU_RE = re.compile(r"\b[А-ЯЁ][а-яё]{3,}")
_CAPITALISED_EN_RE = re.compile(r"\b[A-Z][a-z]{3,}")


def numbers(text: str, lang: str) -> list[str]:
    """Dates and numbers of `text`, normalised alike in both languages:
    "13 June 2017" and «13 июня 2017 года» are both 2017-06-13, "10.5"
    and «10,5» both 10.5. Numbers in digits only: looking for number words
    took a third of the aligner's time and changed no link of the edition."""
    return [mention.value for mention in mentions(text, lang, words=False)]


def quotations(text: str, lang: str) -> int:
    """How many quotations `text` opens."""
    count = sum(text.count(mark) for mark in _QUOTE_OPENERS[lang])
    return count + text.count('"') // 2


@lru_cache(maxsize=100_000)
def _skeleton(word: str) -> str:
    """The consonants of a name, spelt alike in both scripts."""
    word = word.lower().translate(_TRANSLIT).replace("kh", "h").replace("dzh", "j")
    word = _VOWELS_RE.sub("", word.replace("dj", "j"))
    return re.sub(r"(.)\1", r"\1", word)[:5]


def names(text: str, lang: str) -> set[str]:
    """Capitalised words of the script of `lang`, by their consonants: a
    name transliterated keeps most of them."""
    pattern = _CAPITALISED_RU_RE if lang == "ru" else _CAPITALISED_EN_RE
    return {key for word in set(pattern.findall(text)) if len(key := _skeleton(word)) >= 3}


def latin_words(text: str) -> list[str]:
    """The folded words of `text` written in Latin script: in Russian text,
    names and acronyms kept as in English (UNOCT, OSCE, www)."""
    if not _LATIN_RE.search(text):
        return []
    if not is_cyrillic(text):
        return TOKEN_RE.findall(fold(text))
    return [fold(word) for word in TOKEN_RE.findall(text) if _LATIN_RE.search(word)]


def counterpart_words(words: list[str], lang: str, lexicon: Lexicon) -> Counter:
    """The lexicon's (Russian stem, English stem) pairs whose `lang` side is
    among `words` (a text's stems), each as often as it occurs."""
    found = Counter()
    russian = lang == "ru"
    for word in words:
        for other in lexicon.counterparts(word, lang):
            found[(WORD, word, other) if russian else (WORD, other, word)] += 1
    return found


class Bag(NamedTuple):
    anchors: Counter  # (kind, value) -> count
    # Anchors the other language may well lack: capitalised words, and
    # English words other than addresses, which a Russian text keeps in
    # Latin letters only when they are names or acronyms.
    loose: frozenset


def bag(
    text: str, lang: str, glossary: Glossary | None = None, lexicon: Lexicon | None = None
) -> Bag:
    """The anchors of one paragraph."""
    anchors = Counter((NUMBER, value) for value in numbers(text, lang))
    words = stems(text) if glossary is not None or lexicon is not None else []
    if glossary is not None:
        anchors.update((TERM, index) for index in glossary.mentioned_among(words, lang))
    if lexicon is not None:
        anchors.update(counterpart_words(words, lang, lexicon))
    latin = {(NAME, word) for word in latin_words(text) if len(word) > 1}
    anchors.update(latin)
    sounds = {(SOUND, key) for key in names(text, lang)}
    anchors.update(sounds)
    quotes = quotations(text, lang)
    if quotes:
        anchors[(QUOTE,)] = quotes
    loose = sounds  # any capitalised word: most are no names
    if lang == "en":
        kept = {(NAME, w) for url in ADDRESS_RE.findall(text) for w in latin_words(url)}
        loose |= latin - kept
    return Bag(anchors, frozenset(loose))
