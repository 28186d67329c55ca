"""A PDF's text layer, read by poppler's `pdftotext`.

pdftotext's default mode (reading order, not `-layout`): it follows columns
and gives a paragraph's lines in order, where `-layout` keeps the page's
columns side by side on one line and pads with spaces. It runs without a
shell, on the file's absolute path (a name starting with "-" is no option),
with a time limit and a cap on the text it may print.
"""

import os
import selectors
import shutil
import subprocess
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.importing.paragraphs import Para, from_text
from viewer.core.importing.refused import ImportRefused, refusal

TIMEOUT = 60.0  # seconds
MAX_TEXT = 64 * 1024 * 1024  # bytes of text from one PDF
_EXIT_ENCRYPTED = 3  # pdftotext: "error related to PDF permissions"


def from_pdf(path: Path) -> list[Para]:
    paras = from_text(_pdftotext(Path(path).resolve()), pages=True)
    if not paras:
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The PDF has no text layer (it may be a scan): import a PDF with text,"
                    " or the text itself.",
                )
            )
        )
    return paras


def _pdftotext(path: Path) -> str:
    program = shutil.which("pdftotext")
    if program is None:
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Reading a PDF needs poppler's pdftotext: install the poppler-utils package.",
                )
            )
        )
    try:
        process = subprocess.Popen(
            [program, "-q", "-enc", "UTF-8", "-eol", "unix", str(path), "-"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        raise ImportRefused(_damaged()) from None
    with process:
        output = _read_output(process)
        code = process.wait()
    if code == _EXIT_ENCRYPTED:
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import", "The PDF is protected against copying its text: it cannot be read."
                )
            )
        )
    if code != 0:
        raise ImportRefused(_damaged())
    return output.decode("utf-8", "replace")


def _read_output(process: subprocess.Popen) -> bytes:
    """What `process` prints, within the time limit and the size cap."""
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + TIMEOUT
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                process.kill()
                raise ImportRefused(
                    refusal(
                        QT_TRANSLATE_NOOP(
                            "Import", "Reading the PDF took more than {seconds} seconds."
                        ),
                        seconds=int(TIMEOUT),
                    )
                )
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > MAX_TEXT:
                process.kill()
                raise ImportRefused(
                    refusal(
                        QT_TRANSLATE_NOOP("Import", "The PDF holds more than {size} MB of text."),
                        size=MAX_TEXT // (1024 * 1024),
                    )
                )
            chunks.append(chunk)


def _damaged():
    return refusal(QT_TRANSLATE_NOOP("Import", "The PDF is damaged and cannot be read."))
