"""A document's outline: its headings with their paragraphs and levels in
one language, falling back to the other where one side is empty, and the
heading of the section a paragraph is in."""

from pathlib import Path

from viewer.core.loader import load_corpus
from viewer.core.model import BlockPair, Document, Text
from viewer.core.outline import Heading, outline, section_of
from viewer.core.paths import default_corpus_dir


def shipped(doc_id: str) -> Document:
    return load_corpus(default_corpus_dir()).document(doc_id)


def test_the_headings_of_a_shipped_report_in_either_language():
    document = shipped("unoct-south-south-cooperation")
    assert outline(document, "en") == (
        Heading(1, 1, "South-South cooperation"),
        Heading(4, 2, "Partnership among equals based on solidarity"),
        Heading(7, 2, "Programme in the field of South-South cooperation"),
    )
    assert [h.text for h in outline(document, "ru")] == [
        "Сотрудничество Юг — Юг",
        "Партнерство между равными сторонами на основе солидарности",
        "Программа в области Сотрудничества Юг — Юг",
    ]


def text(plain: str) -> Text:
    return Text(plain, plain, plain, (), 1)


def pair(paragraph: int, kind: str, level: int, ru: str, en: str) -> BlockPair:
    return BlockPair(paragraph, kind, level, text(ru), text(en))


def test_a_heading_empty_on_one_side_is_given_in_the_other_language():
    """An imported document may link a heading to nothing on one side."""
    document = Document(
        shipped("unoct-south-south-cooperation").meta,
        (
            pair(1, "heading", 1, "Доклад", "Report"),
            pair(2, "paragraph", 0, "Текст.", "Text."),
            pair(3, "heading", 2, "", "Findings"),
            pair(4, "heading", 2, "Выводы", ""),
        ),
        Path("imported"),
    )
    assert outline(document, "ru") == (
        Heading(1, 1, "Доклад"),
        Heading(3, 2, "Findings"),
        Heading(4, 2, "Выводы"),
    )
    assert [h.text for h in outline(document, "en")] == ["Report", "Findings", "Выводы"]


def test_a_document_without_headings_has_an_empty_outline():
    document = shipped("unoct-south-south-cooperation")
    body = tuple(p for p in document.pairs if p.kind != "heading")
    assert outline(document._replace(pairs=body), "en") == ()


def test_a_paragraph_comes_under_the_last_heading_at_or_before_it():
    headings = (Heading(3, 1, "a"), Heading(10, 2, "b"), Heading(20, 2, "c"))
    assert [section_of(headings, p) for p in (1, 2, 3, 9, 10, 19, 20, 500)] == [
        None, None, 0, 0, 1, 1, 2, 2,
    ]  # fmt: skip
    assert section_of((), 5) is None
