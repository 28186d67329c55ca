"""Text folding shared by search, filters and the checker: light enough for
start-up (no search engine behind it)."""

import re
import unicodedata

# Runs of letters and digits: hyphens, dashes and apostrophes split words, so
# «боевиков-террористов» is two words, as are "Counter-Terrorism".
TOKEN_PATTERN = r"[^\W_]+"
TOKEN_RE = re.compile(TOKEN_PATTERN)
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
# Web and e-mail addresses (www.un.org, unrcca.unmissions.org,
# rahmanova@un.org): the same in both languages, and no words of either.
ADDRESS_RE = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w.-]+\.(?:org|com|net|int|gov|edu|info)\b\S*"
)
_ADDRESS_HINTS = ("@", "www.", "://", ".org", ".com", ".net", ".int", ".gov", ".edu", ".info")


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC_RE.search(word))


def fold(word: str) -> str:
    """Lower-case; ё as е; Latin accents dropped (Cyrillic й stays й)."""
    word = word.lower().replace("ё", "е")
    if word.isascii() or is_cyrillic(word):
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_in_place(text: str) -> str:
    """Lower case and ё as е, keeping every character where it was, so that
    an offset in the folded text is an offset in `text`."""
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer, like İ
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return folded.replace("ё", "е")


def mask_addresses(text: str) -> str:
    """`text` with its addresses blanked out, every other character where it was."""
    if not any(hint in text for hint in _ADDRESS_HINTS):
        return text
    return ADDRESS_RE.sub(lambda m: " " * len(m.group(0)), text)
