"""Reading documents to import: any supported format into paragraphs
(`read_document`), a one-file bilingual document into its two languages
(`split_bilingual`), proposed metadata (`propose_metadata`), and the
paragraphs written in the corpus format (`to_markdown`). Whatever is wrong
with a file is an `ImportRefused` carrying a message."""

from viewer.core.importing.escape import to_markdown
from viewer.core.importing.paragraphs import Para
from viewer.core.importing.propose import propose_metadata
from viewer.core.importing.read import read_document
from viewer.core.importing.refused import ImportRefused
from viewer.core.importing.split import Split, split_bilingual

__all__ = [
    "ImportRefused",
    "Para",
    "Split",
    "propose_metadata",
    "read_document",
    "split_bilingual",
    "to_markdown",
]
