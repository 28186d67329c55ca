"""Bytes of a text file as text: a byte-order mark decides; then strict
UTF-8; then charset-normalizer chooses among the encodings a Russian or
English text is found in. Binary data is refused, not guessed at."""

import codecs
import re

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
SAMPLE = 64 * 1024
_DENSE = 0.3  # a Russian line's share of bytes beyond ASCII is well above this
_MIN_SAMPLE = 256
# Text holds tabs and line breaks; more other control characters than this
# share of all characters means the file is not text.
_MAX_CONTROL_SHARE = 0.01
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f]")  # all but \t \n \v \f \r


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

    matches = list(from_bytes(_sample(data), cp_isolation=list(LEGACY)))
    if not matches:
        raise ImportRefused(_undecodable())
    best = matches[0]
    if best.encoding in CYRILLIC:
        # KOI8-R read as cp1251 comes out as Russian in capitals, which the
        # detector does not hold against it in a short text: of its Cyrillic
        # readings, take the one least in capitals (to a tenth; its own order
        # among equals).
        readings = [match for match in matches if match.encoding in CYRILLIC]
        best = min(readings, key=lambda match: _capitals_share(str(match)))
    try:
        return _checked(data.decode(best.encoding))
    except UnicodeDecodeError:
        raise ImportRefused(_undecodable()) from None


def _sample(data: bytes) -> bytes:
    """What the detector is shown: up to SAMPLE bytes of the lines dense in
    bytes beyond ASCII, where there are enough of them, else the start. A
    bilingual text's English lines, with a stray dash or accent, would lead
    it to a Western code page; and it tries each encoding on all it is
    given, so a sample keeps its time from growing with the file."""
    chosen = []
    size = 0
    for line in data.splitlines(keepends=True):
        if _beyond_ascii(line) >= _DENSE:
            chosen.append(line)
            size += len(line)
            if size >= SAMPLE:
                break
    if size < _MIN_SAMPLE and len(data) <= SAMPLE:
        return data  # a few bytes alone would say less than the whole
    return b"".join(chosen)[:SAMPLE] if chosen else data[:SAMPLE]


def _beyond_ascii(line: bytes) -> float:
    if line.isascii():
        return 0.0
    return sum(byte >= 0x80 for byte in line) / len(line)


def _capitals_share(text: str) -> float:
    letters = [char for char in text if "\u0400" <= char <= "\u04ff"]
    if not letters:
        return 0.0
    return round(sum(char.isupper() for char in letters) / len(letters), 1)


def _checked(text: str) -> str:
    controls = len(_CONTROL_RE.findall(text))
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
