"""Spelling corrections from the index's own words, in the user's form.

A misspelt word is corrected by its stem, so that what comes back is the
word the user meant in the form they typed it: «Ашгабад» gives «Ашхабад»
(not the commoner «ашхабаде»), «Ашгабадом» gives «Ашхабадом», "terorism"
gives "terrorism". Where the user's ending does not fit the corrected stem,
the shortest word of that stem in the text stands in (usually its dictionary
form); the user's capitals are kept either way.
"""

import re
from itertools import islice

from viewer.core.search.query import parse
from viewer.core.terms import stem
from viewer.core.text import fold, is_cyrillic

MAX_FORMS = 500  # words of one stem looked at for its dictionary form
MIN_LENGTH = 4  # shorter words have too many neighbours to guess from
# Looking for a word's neighbours costs time with every letter, and with every
# word: longer words are no typos of a real one, and a query of many words is
# pasted, not typed.
MAX_LENGTH = 24
MAX_WORDS = 6


def corrected(reader, text: str) -> str | None:
    """`text` with each plain word the index does not know replaced by its
    correction; None when there is nothing to correct."""
    words = dict.fromkeys(
        word
        for group in parse(text).alternatives
        for clause in group
        if not (clause.prefix or clause.fuzzy or clause.negated)
        for word in clause.words
    )
    if len(words) > MAX_WORDS:
        return None
    replaced = text
    for word in sorted(words, key=len, reverse=True):
        correction = correct_word(reader, word)
        if correction and correction != word:
            replaced = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", correction, replaced)
    return None if replaced == text else replaced


def correct_word(reader, word: str) -> str | None:
    """The word the user most likely meant by `word`, in their form; None
    when the index knows `word` or nothing near it."""
    folded = fold(word)
    lang = "ru" if is_cyrillic(folded) else "en"
    own = stem(folded)
    if not MIN_LENGTH <= len(folded) <= MAX_LENGTH:
        return None
    if reader.doc_frequency(lang, own) or reader.doc_frequency(f"{lang}_exact", folded):
        return None
    for distance in (1, 2) if len(own) > 5 else (1,):
        near = [s for s in reader.terms_within(lang, own, distance, prefix=1) if s != own]
        if near:
            best = max(near, key=lambda s: (reader.doc_frequency(lang, s), s))
            return _in_case_of(word, _form_of(reader, lang, folded, own, best))
    return None


def _form_of(reader, lang: str, folded: str, own: str, target: str) -> str:
    """A word of stem `target` in the form of `folded` (whose stem is `own`)
    when that form has this stem and the stem is how the index's words of
    it begin; else the shortest such word in the index."""
    # Stemmers mostly cut endings, but may change a letter before them
    # (diplomacy → diplomaci): look one letter back.
    words = islice(reader.expand_prefix(f"{lang}_exact", target[:-1] or target), MAX_FORMS)
    forms = [w.decode() if isinstance(w, bytes) else w for w in words]
    forms = [w for w in forms if stem(w) == target]
    if folded.startswith(own) and any(w.startswith(target) for w in forms):
        mine = target + folded[len(own) :]
        if stem(mine) == target:
            return mine
    return min(forms, key=lambda w: (len(w), w)) if forms else target


def _in_case_of(typed: str, word: str) -> str:
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
