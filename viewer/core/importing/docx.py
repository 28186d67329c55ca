"""A Word document (.docx) reduced to its text and structure with
python-docx: heading styles give headings, list paragraphs give items.

The archive is checked before python-docx opens it: a zip bomb (too many
members, or too much once inflated) and a DTD in any XML part (OOXML has
none; a DTD is how an XML entity attack begins) are refused. python-docx's
own parser resolves no entity and reads nothing from the network either.
"""

import re
import zipfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.importing.paragraphs import HEADING, ITEM, PARAGRAPH, Para, para
from viewer.core.importing.refused import ImportRefused, refusal

MAX_MEMBERS = 5000
MAX_INFLATED = 256 * 1024 * 1024  # python-docx holds every part in memory
_DTD_RE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_HEAD = 64 * 1024  # a DTD comes before the root element
_LEVEL_RE = re.compile(r"(\d)\s*$")
_HEADING_STYLES = ("heading", "title", "заголовок", "название")
_LIST_STYLES = ("list", "список")


def is_docx(path: Path) -> bool:
    """Whether the zip archive at `path` is a Word document; refused as
    damaged when it cannot be opened as an archive at all."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportRefused(_corrupt()) from None


def from_docx(path: Path) -> list[Para]:
    _check_archive(path)
    import docx  # first import only: it loads lxml

    try:
        document = docx.Document(str(path))
        return list(_paras(document))
    # A damaged document fails deep inside python-docx and lxml with errors
    # of many kinds (zip, XML, key and value errors): each means "corrupt".
    except Exception:
        raise ImportRefused(_corrupt()) from None


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_INFLATED:
                raise ImportRefused(
                    refusal(
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "The Word document is too large once unpacked ({size} MB at most).",
                        ),
                        size=MAX_INFLATED // (1024 * 1024),
                    )
                )
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    # zipfile reads no more than a member's stated size.
                    with archive.open(member) as part:
                        if _DTD_RE.search(part.read(_XML_HEAD)):
                            raise ImportRefused(
                                refusal(
                                    QT_TRANSLATE_NOOP(
                                        "Import",
                                        "The Word document holds an XML document type"
                                        " declaration, which Word never writes: it is not"
                                        " imported.",
                                    )
                                )
                            )
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, RuntimeError):
        # RuntimeError: an encrypted member; the others: a damaged archive.
        raise ImportRefused(_corrupt()) from None
    except Exception:  # zlib and the zip reader raise more kinds on bad data
        raise ImportRefused(_corrupt()) from None


def _paras(document):
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        if made := _para(paragraph):
                            yield made
        elif made := _para(block):
            yield made


def _para(paragraph) -> Para | None:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    name = style.lower()
    kind, level = PARAGRAPH, 0
    if name.startswith(_HEADING_STYLES):
        kind = HEADING
        match = _LEVEL_RE.search(name)
        level = int(match.group(1)) if match else 1
    elif name.startswith(_LIST_STYLES) or _numbered(paragraph):
        kind = ITEM
    return para(paragraph.text, kind, level)


def _numbered(paragraph) -> bool:
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None


def _corrupt():
    return refusal(QT_TRANSLATE_NOOP("Import", "The Word document is damaged and cannot be read."))
