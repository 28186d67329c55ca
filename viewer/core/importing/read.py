"""Read an imported file, whatever its format, into paragraphs, or refuse
it with a message saying why: nothing else escapes."""

import stat
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.importing import formats
from viewer.core.importing.docx import from_docx
from viewer.core.importing.html import from_html, looks_like_html
from viewer.core.importing.markdown import from_markdown
from viewer.core.importing.paragraphs import Para, from_text
from viewer.core.importing.pdf import from_pdf
from viewer.core.importing.refused import ImportRefused, refusal
from viewer.core.importing.text import decode

MAX_BYTES = 50 * 1024 * 1024
_HEAD = 4096


def read_document(path: Path) -> list[Para]:
    """The paragraphs of the document at `path`. Raises ImportRefused."""
    path = Path(path)
    data = _read(path)
    if not data.strip():
        raise ImportRefused(refusal(QT_TRANSLATE_NOOP("Import", "The file is empty.")))
    kind = formats.binary_format(path, data[:_HEAD])
    if kind == formats.PDF:
        paras = from_pdf(path)
    elif kind == formats.DOCX:
        paras = from_docx(path)
    else:
        text = decode(data)
        kind = formats.text_format(path, looks_like_html(text))
        if kind == formats.HTML:
            paras = from_html(text)
        elif kind == formats.MARKDOWN:
            paras = from_markdown(text)
        else:
            paras = from_text(text)
    if not paras:
        raise ImportRefused(
            refusal(QT_TRANSLATE_NOOP("Import", "The file holds no text to import."))
        )
    return paras


def _read(path: Path) -> bytes:
    """The file's bytes: a regular file of at most MAX_BYTES, its size
    checked before anything is read."""
    try:
        # Asked before opening: opening a FIFO or a device would block.
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise ImportRefused(refusal(QT_TRANSLATE_NOOP("Import", "This is not a file.")))
        if status.st_size > MAX_BYTES:
            raise ImportRefused(_too_large())
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP("Import", "The file cannot be read: {error}"),
                error=error.strerror or str(error),
            )
        ) from None
    if len(data) > MAX_BYTES:
        raise ImportRefused(_too_large())
    return data


def _too_large():
    return refusal(
        QT_TRANSLATE_NOOP("Import", "The file is larger than {size} MB: it is not imported."),
        size=MAX_BYTES // (1024 * 1024),
    )
