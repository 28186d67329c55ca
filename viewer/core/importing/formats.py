"""Which format a file is in, told by its content: a file's name may claim
one format and hold another."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.importing.docx import is_docx
from viewer.core.importing.refused import ImportRefused, refusal

TEXT, MARKDOWN, HTML, DOCX, PDF = "text", "markdown", "html", "docx", "pdf"
_CLAIMS = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
}
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, and other Office files
_RTF = b"{\\rtf"
_PDF_WITHIN = 1024  # readers accept "%PDF-" this far into a file


def binary_format(path: Path, head: bytes) -> str | None:
    """PDF or DOCX when `head`, the file's first bytes, says so; None for a
    file to be read as text. A file whose name claims PDF or Word and whose
    content is not, or another binary format we know, is refused."""
    claimed = _CLAIMS.get(path.suffix.lower())
    if b"%PDF-" in head[:_PDF_WITHIN]:
        return PDF
    if head.startswith(_ZIP):
        if is_docx(path):
            return DOCX
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "This is a zip archive, not a Word document (.docx): only .docx is read.",
                )
            )
        )
    if head.startswith(_OLE):
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "This is an old Word (.doc) or other Office file: save it as .docx and"
                    " import that.",
                )
            )
        )
    if head.startswith(_RTF):
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP(
                    "Import", "RTF is not read: save the document as .docx and import that."
                )
            )
        )
    if claimed in (PDF, DOCX):
        raise ImportRefused(
            refusal(
                QT_TRANSLATE_NOOP("Import", "The file is named {name} but is not a {format} file."),
                name=path.name,
                format=claimed.upper(),
            )
        )
    return None


def text_format(path: Path, looks_like_html: bool) -> str:
    """The format of a text file: HTML by its markup or its name, Markdown
    by its name (plain text and Markdown look alike), plain text otherwise."""
    claimed = _CLAIMS.get(path.suffix.lower())
    if looks_like_html or claimed == HTML:
        return HTML
    return MARKDOWN if claimed == MARKDOWN else TEXT
