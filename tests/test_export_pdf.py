"""Export of annotated excerpts to PDF: which excerpts a choice yields, and
`diptych export-pdf` read back with poppler (pdftotext, pdffonts, pdfinfo,
pdftoppm): text in both languages, citation, notes, order, fonts, metadata,
pages; and every way the command refuses to write."""

import errno
import os
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.annotation_factory import bookmark, highlight, note
from tests.bench.synthetic import write_corpus
from tests.conftest import FIXTURES
from viewer.cli import main
from viewer.core.annotations import model
from viewer.core.annotations.store import AnnotationStore
from viewer.core.loader import load_corpus
from viewer.core.paths import user_dirs
from viewer.export.excerpts import KEY, Choice, Mark, excerpts
from viewer.export.look import HIGHLIGHTS, KEY_PASSAGE
from viewer.export.outline import OutlineError, with_outline

CORPUS = FIXTURES / "corpus"
ALPHA_2_EN = (
    "We, the members of the Collective Security Council of the Collective Security"
    " Treaty Organization (CSTO), attach great importance to joint efforts."
)


def poppler(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def text_of(pdf: Path, page: int | None = None, mode: str = "-raw") -> str:
    """The text as copying gives it: in the order it was drawn (-raw), one
    column after the other; or laid out as on the page (-layout)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return poppler("pdftotext", mode, *pages, str(pdf), "-")


def flat(text: str) -> str:
    return " ".join(text.split())


def pages_of(pdf: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(pdf))).group(1))


def annotate(data: Path, *made: model.Annotation) -> None:
    """Save `made` in the store of `data`, as the window would."""
    store = AnnotationStore(user_dirs(data).data)
    try:
        store.save(list(made))
    finally:
        store.close()


def pair(corpus, doc: str, paragraph: int):
    return corpus.document(doc).pairs[paragraph - 1]


class Export:
    """`diptych export-pdf` over a corpus and a data folder, in this process."""

    def __init__(self, capsys, data: Path, corpus: Path = CORPUS):
        self.capsys, self.data, self.corpus = capsys, data, corpus

    def __call__(self, *args: str):
        """(exit status, stdout, stderr)."""
        argv = ["--data-dir", str(self.data), "--corpus", str(self.corpus), "export-pdf"]
        try:
            code = main([*argv, *map(str, args)])
        except SystemExit as exit_info:
            code = exit_info.code
        out = self.capsys.readouterr()
        return code, out.out, out.err


@pytest.fixture
def export(capsys, tmp_path):
    return Export(capsys, tmp_path / "data")


@pytest.fixture
def annotated(export):
    """The fixture corpus with highlights in two colours, a bookmark and
    notes, made through the store."""
    corpus = load_corpus(CORPUS)
    alpha_2 = pair(corpus, "alpha", 2)
    start = alpha_2.en.plain.index("Collective Security Council")
    ru_start = alpha_2.ru.plain.index("Совета")
    annotate(
        export.data,
        model.highlight(
            alpha_2, "alpha", "en", start, start + 27, "blue", note="see the Charter, art. 51"
        ),
        model.highlight(alpha_2, "alpha", "ru", ru_start, ru_start + 6, "red"),
        model.on_pair(pair(corpus, "alpha", 3), "alpha", "note", note="Проверить перевод"),
        model.on_pair(pair(corpus, "beta", 1), "beta", "bookmark", label="превентивная"),
    )
    return export


# Which excerpts a choice yields


def test_a_choice_yields_the_marked_pairs_in_library_and_reading_order():
    corpus = load_corpus(CORPUS)
    made = [
        bookmark(doc="beta", paragraph=1, label="first"),
        highlight(colour="red", note="why?"),  # alpha ¶2, en [3, 10)
        highlight(colour="blue", start=15, end=22, quote="Collective"),
        note(paragraph=3, note="on three"),
        note(paragraph=4, note="gone", detached=True),
        note(paragraph=1, note="   "),  # nothing to say: marks the pair, says nothing
    ]
    everything = Choice(highlights=True, bookmarks=True, notes=True)
    chosen = excerpts(corpus, made, everything)
    assert [(e.document.id, e.pair.paragraph) for e in chosen] == [
        ("alpha", 1),
        ("alpha", 2),
        ("alpha", 3),
        ("beta", 1),
    ]
    second = chosen[1]
    assert second.marks["en"] == (Mark(3, 10, "red"), Mark(15, 22, "blue"))
    assert second.marks["ru"] == ()
    assert [(n.kind, n.text) for n in second.notes] == [("highlight", "why?")]
    assert chosen[0].notes == ()
    assert [(n.kind, n.text) for n in chosen[3].notes] == [("bookmark", "first")]

    red = excerpts(corpus, made, Choice(highlights=True, colours=("red",)))
    assert [(e.pair.paragraph, e.marks["en"]) for e in red] == [(2, (Mark(3, 10, "red"),))]
    only_beta = excerpts(corpus, made, everything._replace(docs=("beta",)))
    assert [e.document.id for e in only_beta] == ["beta"]


def test_key_passages_and_a_scope_of_places():
    corpus = load_corpus(CORPUS)
    keys = excerpts(corpus, [], Choice(key_passages=True))
    assert [(e.document.id, e.pair.paragraph) for e in keys] == [("alpha", 2)]
    plain = pair(corpus, "alpha", 2).en.plain
    (mark,) = keys[0].marks["en"]
    assert mark.colour is KEY
    assert plain[mark.start : mark.end] == "No one country can defeat terrorism alone."
    # Search results: every pair found is an excerpt, with the marks chosen on it.
    places = (("beta", 1), ("alpha", 2))
    found = excerpts(corpus, [highlight()], Choice(highlights=True, places=places))
    assert [(e.document.id, e.pair.paragraph) for e in found] == [("alpha", 2), ("beta", 1)]
    assert found[0].marks["en"] == (Mark(3, 10, "blue"),)


# The PDF read back


def test_the_pdf_has_both_versions_citations_and_notes_in_order(annotated, tmp_path):
    out = tmp_path / "excerpts.pdf"
    code, said, err = annotated(out)
    assert (code, err) == (0, ""), err
    assert said.strip().endswith(": 3")
    text = flat(text_of(out))
    corpus = load_corpus(CORPUS)
    alpha_2, alpha_3 = pair(corpus, "alpha", 2), pair(corpus, "alpha", 3)
    beta_1 = pair(corpus, "beta", 1)
    in_order = [
        "Annotated excerpts",  # the title page
        "Excerpts: 3",
        "Заявление о сотрудничестве",  # the documents it lists, with their statuses
        "Russian: official · English: unofficial translation",
        "The UN strengthens cooperation",
        "Russian: original · English: unofficial translation",
        "Paragraph 2",  # alpha's excerpts, with their citation
        "Заявление о сотрудничестве, Астана, 8 ноября 2018 г.",
        "Statement on cooperation, Astana, 8 November 2018",
        flat(alpha_2.ru.plain),
        ALPHA_2_EN,
        "Note on a highlight",
        "see the Charter, art. 51",
        "Paragraph 3",
        flat(alpha_3.ru.plain),
        flat(alpha_3.en.plain),
        "Note: Проверить перевод",
        "Paragraph 1",  # then beta's
        "The UN strengthens cooperation, August 2024 (inferred)",
        flat(beta_1.ru.plain),
        flat(beta_1.en.plain),
        "Bookmark: превентивная",
    ]
    at = 0
    for part in in_order:
        found = text.find(part, at)
        assert found >= 0, (part, text[at : at + 300])
        at = found + len(part)
    assert "ﬁ" not in text  # no ligature comes out as one character
    side_by_side = text_of(out, 2, "-layout").splitlines()
    assert any("Мы, члены Совета" in line and "We, the members" in line for line in side_by_side)


def test_fonts_are_embedded_and_the_metadata_set(annotated, tmp_path):
    out = tmp_path / "excerpts.pdf"
    assert annotated(out)[0] == 0
    rows = poppler("pdffonts", str(out)).splitlines()[2:]
    names = {row.split()[0] for row in rows}
    assert {"PTSerif-Regular", "PTSans-Bold"} <= names
    assert all(row.split()[-5] == "yes" for row in rows), rows  # emb
    assert all(row.split()[-3] == "yes" for row in rows), rows  # a Unicode map: text extractable
    info = poppler("pdfinfo", str(out))
    assert re.search(r"^Title:\s+Annotated excerpts$", info, re.M)
    assert re.search(r"^Creator:\s+Diptych ", info, re.M)
    assert re.search(r"^Author:\s+\S", info, re.M)
    assert re.search(r"^CreationDate:\s+\S", info, re.M)
    assert re.search(r"^Page size:.*\(A4\)", info, re.M)
    # The title page, then one page per document here.
    assert pages_of(out) == 3
    assert "Page 2 of 3" in text_of(out, 2)
    assert "Statement on cooperation" in text_of(out, 2).splitlines()[0]  # running header


def test_the_outline_names_each_document_at_its_first_page(annotated, tmp_path):
    out = tmp_path / "excerpts.pdf"
    assert annotated(out)[0] == 0
    xml = poppler("pdftohtml", "-xml", "-stdout", "-i", "-q", str(out))
    items = re.findall(r'<item page="(\d+)">(.*?)</item>', xml)
    assert items == [("2", "Statement on cooperation"), ("3", "The UN strengthens cooperation")]


def test_an_unknown_pdf_gets_no_outline():
    with pytest.raises(OutlineError):
        with_outline(b"%PDF-1.4\n%%EOF\n", [("a", 0)])


def test_highlights_and_key_passages_are_drawn_in_their_colours(annotated, tmp_path):
    out = tmp_path / "excerpts.pdf"
    assert annotated(out, "--annotations", "--key-passages")[0] == 0
    subprocess.run(["pdftoppm", "-r", "40", "-f", "2", "-l", "2", "-png", out, tmp_path / "p"])
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    seen = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 1)
        for y in range(0, image.height(), 2)
    }
    for colour in (HIGHLIGHTS[False]["blue"], HIGHLIGHTS[False]["red"], KEY_PASSAGE[False]):
        assert any(_near(QColor(colour), QColor(name)) for name in seen), colour


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 6


def test_one_language_and_letter_paper(annotated, tmp_path):
    out = tmp_path / "english.pdf"
    assert annotated(out, "--layout", "en", "--paper", "letter")[0] == 0
    text = flat(text_of(out))
    assert ALPHA_2_EN in text
    assert "Мы, члены Совета" not in text
    assert "Заявление о сотрудничестве, Астана" in text  # the citation keeps both titles
    assert re.search(r"^Page size:.*\(letter\)", poppler("pdfinfo", str(out)), re.M)


def test_only_the_chosen_colours_and_documents(annotated, tmp_path):
    out = tmp_path / "blue.pdf"
    assert annotated(out, "--colour", "quote")[0] == 0  # blue, by its meaning
    text = flat(text_of(out))
    assert "see the Charter" in text
    assert "Проверить перевод" not in text and "превентивная" not in text
    out = tmp_path / "beta.pdf"
    assert annotated(out, "--doc", "beta")[0] == 0
    assert "Paragraph 2" not in text_of(out) and "Bookmark" in text_of(out)


def test_search_results_are_a_scope(capsys, tmp_path, data_dir):
    export = Export(capsys, data_dir())
    out = tmp_path / "found.pdf"
    code, _said, err = export(out, "--search", "preventive diplomacy")
    assert code == 0, err
    text = flat(text_of(out))
    assert "The sides discussed preventive diplomacy" in text
    assert "Collective Security Council" not in text


def test_both_versions_of_an_excerpt_share_a_page(capsys, tmp_path):
    corpus_dir = write_corpus(tmp_path / "corpus", 120)
    corpus = load_corpus(corpus_dir)
    (document,) = corpus.documents
    export = Export(capsys, tmp_path / "data", corpus_dir)
    annotate(
        export.data,
        *(model.on_pair(p, document.id, "bookmark") for p in document.pairs[1:]),
    )
    out = tmp_path / "many.pdf"
    code, _said, err = export(out)
    assert code == 0, err
    pages = [flat(text_of(out, number)) for number in range(1, pages_of(out) + 1)]
    assert len(pages) > 5
    for p in document.pairs[1:]:
        # Each column reads through: a version is whole on its page
        assert any(flat(p.ru.plain) in page and flat(p.en.plain) in page for page in pages), (
            p.paragraph
        )


def test_an_excerpt_longer_than_a_page_runs_on(capsys, tmp_path):
    corpus_dir = tmp_path / "corpus"
    (corpus_dir / "long").mkdir(parents=True)
    meta = (CORPUS / "beta" / "meta.toml").read_text().replace('"beta"', '"long"')
    (corpus_dir / "long" / "meta.toml").write_text(meta)
    words = {"ru": "слово{} ", "en": "word{} "}
    for lang, word in words.items():
        text = "".join(word.format(n) for n in range(2500))
        (corpus_dir / "long" / f"{lang}.md").write_text(text.strip() + ".\n")
    corpus = load_corpus(corpus_dir)
    export = Export(capsys, tmp_path / "data", corpus_dir)
    annotate(export.data, model.on_pair(pair(corpus, "long", 1), "long", "bookmark"))
    out = tmp_path / "long.pdf"
    assert export(out)[0] == 0
    assert pages_of(out) >= 4
    # It starts under the document's heading, not on a page of its own.
    heading_page = text_of(out, 2).split()
    assert {"word0", "слово0", "Paragraph"} <= set(heading_page)
    text = flat(text_of(out))
    for lang, word in words.items():
        assert all(word.format(n).strip() in text for n in (0, 1249, 2499)), lang


# Refusals: each says why, exits 1 and leaves no file behind


def test_nothing_to_export_writes_nothing(export, tmp_path):
    out = tmp_path / "empty.pdf"
    code, _said, err = export(out)
    assert code == 1
    assert "Nothing to export" in err
    assert not out.exists()


def test_an_existing_file_needs_force(annotated, tmp_path):
    out = tmp_path / "there.pdf"
    out.write_bytes(b"old")
    code, _said, err = annotated(out)
    assert (code, out.read_bytes()) == (1, b"old")
    assert "--force" in err
    assert annotated(out, "--force")[0] == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_a_folder_is_no_file_name(annotated, tmp_path):
    code, _said, err = annotated(tmp_path)
    assert code == 1
    assert "is a folder" in err


def test_a_missing_or_unwritable_folder(annotated, tmp_path, monkeypatch):
    code, _said, err = annotated(tmp_path / "nowhere" / "x.pdf")
    assert code == 1 and "no folder" in err
    shut = tmp_path / "shut"
    shut.mkdir()
    # Not chmod: the tests may run as root, who writes anywhere.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode: Path(path) != shut and real_access(path, mode)
    )
    code, _said, err = annotated(shut / "x.pdf")
    assert code == 1 and "permission denied" in err
    assert list(shut.iterdir()) == []


@pytest.mark.parametrize("failing", ["mkstemp", "replace"])
def test_a_failed_write_leaves_no_half_file(annotated, tmp_path, monkeypatch, failing):
    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tempfile if failing == "mkstemp" else os
    monkeypatch.setattr(target, failing, full_disk)
    folder = tmp_path / "out"
    folder.mkdir()
    code, _said, err = annotated(folder / "x.pdf")
    assert code == 1
    assert "No space left on device" in err
    assert list(folder.iterdir()) == []
