"""Bytes of a text file as text: a byte-order mark decides; then strict
UTF-8; then charset-normalizer chooses among the encodings a Russian or
English text is found in. Binary data is refused, not guessed at."""

import codecs

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.importing.refused import ImportRefused, refusal

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16's, which it begins with
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The legacy encodings of Russian text (Windows, KOI8-R, DOS) and of English
# (Windows): offered alone, the detector does not mistake one for, say, a
# Greek or a Central European code page that happens to fit as well.
CYRILLIC = ("cp1251", "koi8_r", "cp866")
LEGACY = (*CYRILLIC, "cp1252")
# Text holds tabs and line breaks; more other control characters than this
# share of all characters means the file is not text.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


def decode(data: bytes) -> str:
    """The text of `data`, without a byte-order mark."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise ImportRefused(_undecodable()) from None
            return _checked(text)
    if b"\0" in data:
        raise ImportRefused(_binary())
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # loaded by the first legacy file only

    matches = list(from_bytes(data, cp_isolation=list(LEGACY)))
    if not matches:
        raise ImportRefused(_undecodable())
    best = str(matches[0])
    if matches[0].encoding in CYRILLIC:
        # KOI8-R read as cp1251 comes out as Russian in capitals, which the
        # detector does not hold against it in a short text: of its Cyrillic
        # readings, take the one least in capitals (its own order otherwise).
        readings = [str(match) for match in matches if match.encoding in CYRILLIC]
        best = min(readings, key=_capitals_share)
    return _checked(best)


def _capitals_share(text: str) -> float:
    letters = [char for char in text if "\u0400" <= char <= "\u04ff"]
    if not letters:
        return 0.0
    return round(sum(char.isupper() for char in letters) / len(letters), 1)


def _checked(text: str) -> str:
    controls = sum(1 for char in text if char < " " and char not in _ALLOWED_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * max(len(text), 1) or "\0" in text:
        raise ImportRefused(_binary())
    return text


def _binary():
    return refusal(QT_TRANSLATE_NOOP("Import", "This is not a text file: it holds binary data."))


def _undecodable():
    return refusal(
        QT_TRANSLATE_NOOP(
            "Import",
            "The text's encoding cannot be recognised: save it as UTF-8 and import it again.",
        )
    )
