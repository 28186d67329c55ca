"""A PDF outline (the reader's "bookmarks" pane) added to a PDF that Qt
wrote: QPdfWriter has no outline API (Qt 6.11), so the outline is appended
as an incremental update, the way PDF editors add to a file: new objects
for the outline's entries, the catalogue again with a link to them, and a
cross-reference section for these alone. What Qt wrote stays as it was."""

import re

_TRAILER = re.compile(rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s*(?P<xref>\d+)\s*%%EOF\s*$", re.S)


class OutlineError(ValueError):
    """The PDF is not laid out as Qt writes it."""


def with_outline(pdf: bytes, entries: list[tuple[str, int]]) -> bytes:
    """`pdf` with an outline of `entries`, each a title and the index of the
    page it leads to (from 0). Raises OutlineError for a PDF whose
    structure this does not know."""
    trailer = _TRAILER.search(pdf)
    if trailer is None or not entries:
        raise OutlineError("no trailer")
    body = trailer.group("body")
    size = int(_key(body, rb"/Size\s+(\d+)"))
    root = int(_key(body, rb"/Root\s+(\d+)\s+0\s+R"))
    catalogue = _object(pdf, root)
    pages = _object(pdf, int(_key(catalogue, rb"/Pages\s+(\d+)\s+0\s+R")))
    kids = re.search(rb"/Kids\s*\[(.*?)\]", pages, re.S)
    if kids is None:
        raise OutlineError("no page list")
    page_ids = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids.group(1))]

    outlines = size
    items = list(range(size + 1, size + 1 + len(entries)))
    objects = {
        root: b"<<" + catalogue + b"\n/Outlines %d 0 R\n/PageMode /UseOutlines\n>>" % outlines,
        outlines: b"<<\n/Type /Outlines\n/First %d 0 R\n/Last %d 0 R\n/Count %d\n>>"
        % (items[0], items[-1], len(items)),
    }
    for index, (number, (title, page)) in enumerate(zip(items, entries, strict=True)):
        links = b"/Parent %d 0 R\n" % outlines
        if index:
            links += b"/Prev %d 0 R\n" % items[index - 1]
        if index + 1 < len(items):
            links += b"/Next %d 0 R\n" % items[index + 1]
        objects[number] = b"<<\n/Title <FEFF%s>\n%s/Dest [%d 0 R /XYZ null null null]\n>>" % (
            title.encode("utf-16-be").hex().upper().encode(),
            links,
            page_ids[page],
        )

    update = bytearray(b"\n")
    offsets = {}
    for number, content in objects.items():
        offsets[number] = len(pdf) + len(update)
        update += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(pdf) + len(update)
    update += b"xref\n"
    for number in sorted(offsets):  # one subsection per object: simple and valid
        update += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    kept = re.sub(rb"/(Size|Prev)\s+\d+\s*", b"", body)
    update += b"trailer\n<<\n/Size %d\n/Prev %s%s>>\nstartxref\n%d\n%%%%EOF\n" % (
        items[-1] + 1,
        trailer.group("xref"),
        kept,
        xref,
    )
    return pdf + bytes(update)


def _key(text: bytes, pattern: bytes) -> bytes:
    found = re.search(pattern, text)
    if found is None:
        raise OutlineError(pattern.decode())
    return found.group(1)


def _object(pdf: bytes, number: int) -> bytes:
    """The inside of the dictionary of object `number` (its last version)."""
    versions = list(re.finditer(rb"(?:^|\n)%d 0 obj\s*<<(.*?)>>\s*endobj" % number, pdf, re.S))
    if not versions:
        raise OutlineError(f"no object {number}")
    return versions[-1].group(1)
