"""Any bytes at all, behind any format's signature, are read into
paragraphs or refused with a message: never another exception."""

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.importing import ImportRefused, Para, read_document, split_bilingual

PREFIXES = [
    b"",
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"{\\rtf1",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xff\xfe\x00\x00",
    b"<!DOCTYPE html><html><body>",
    "# Заголовок\n\n".encode(),
]
NAMES = ["doc.txt", "doc.md", "doc.html", "doc.docx", "doc.pdf", "doc"]


def _docx_like(body: bytes) -> bytes:
    """A zip holding a Word document's part with `body` in it."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("[Content_Types].xml", body)
        archive.writestr("word/document.xml", body)
    return data.getvalue()


def _outcome(path) -> None:
    try:
        paras = read_document(path)
    except ImportRefused as refused:
        assert str(refused.reason)
        return
    assert paras and all(isinstance(p, Para) and p.text for p in paras)
    try:
        split_bilingual(paras)
    except ImportRefused as refused:
        assert str(refused.reason)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=2000),
    name=st.sampled_from(NAMES),
)
def test_random_bytes_behind_each_signature(tmp_path, prefix, body, name):
    path = tmp_path / name
    path.write_bytes(prefix + body)
    _outcome(path)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.binary(max_size=2000) | st.text(max_size=500).map(str.encode))
def test_random_word_document_parts(tmp_path, body):
    path = tmp_path / "doc.docx"
    path.write_bytes(_docx_like(body))
    _outcome(path)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.lists(
        st.sampled_from([*"<>/=\"' &;#!-*_`[]()\n\tabcЯж12", "<p>", "<li>", "<h1>", "<script>"]),
        max_size=150,
    ).map("".join),
    name=st.sampled_from(["doc.html", "doc.md", "doc.txt"]),
)
def test_random_markup(tmp_path, text, name):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _outcome(path)
