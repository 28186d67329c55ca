"""A library with documents of the reader's own, written as an import writes them."""

from pathlib import Path

from viewer.core.importing.draft import draft
from viewer.core.importing.paragraphs import HEADING, Para
from viewer.core.importing.save import Details, save
from viewer.core.library import Library
from viewer.core.model import Bilingual

RU = [
    Para("Отчет о семинаре", HEADING, 1),
    Para("Семинар прошел в Бишкеке 3 марта 2025 года и собрал 40 участников."),
    Para("Участники обсудили возвращение 120 боевиков и их семей."),
    Para("Второй день был посвящен финансированию терроризма."),
]
EN = [
    Para("Report on the seminar", HEADING, 1),
    Para("The seminar was held in Bishkek on 3 March 2025 and brought together 40 participants."),
    Para("The participants discussed the return of 120 fighters and their families."),
    Para("The second day was devoted to the financing of terrorism."),
]


def import_into(library: Library, doc_id: str = "bishkek-seminar", ru=RU, en=EN):
    """Save a document made of `ru` and `en` into `library`'s own corpus."""
    details = Details(
        doc_id,
        Bilingual(ru[0].text, en[0].text),
        Bilingual("original", "unofficial-translation"),
        "2025-03-03",
        Bilingual("Бишкек", "Bishkek"),
    )
    document = save(library.own_dir, details, draft(ru, en), library.taken)
    library.reload()
    return document


def library_in(tmp_path: Path, edition: Path) -> Library:
    return Library(edition, tmp_path / "data" / "corpus", tmp_path / "cache")
