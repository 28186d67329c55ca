"""An import under review (merge, split, shift) and saved into the own
corpus: the saved text is the imported text, whatever Markdown it holds, and
a refused save leaves nothing behind."""

import pytest

from tests.conftest import FIXTURES
from tests.library_support import EN, RU, import_into, library_in
from viewer.core.align import Link
from viewer.core.importing import ImportRefused
from viewer.core.importing.draft import Draft, propose_id
from viewer.core.importing.paragraphs import Para
from viewer.core.importing.save import Details, save
from viewer.core.model import Bilingual

R = tuple(Para(f"р{i}") for i in range(4))
E = tuple(Para(f"e{i}") for i in range(4))


def one_to_one() -> Draft:
    return Draft(R, E, tuple(Link((i,), (i,), 0.4) for i in range(4)))


def shape(draft: Draft) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(link.ru, link.en) for link in draft.links]


def test_merge_split_and_shift_reshape_the_links_and_mark_them_reviewed():
    merged = one_to_one().merge(1)
    assert shape(merged) == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]
    assert merged.links[1].confidence == 1.0 and merged.links[0].confidence == 0.4
    assert shape(merged.split(1)) == shape(one_to_one())
    undone = one_to_one().split(0)
    assert shape(undone)[:2] == [((0,), ()), ((), (0,))]
    down = one_to_one().shift(0, "en", down=True)
    assert shape(down)[:2] == [((0,), ()), ((1,), (0, 1))]
    up = down.shift(0, "en", down=False)
    assert shape(up)[:2] == [((0,), (0,)), ((1,), (1,))]
    # A link left with no paragraph at all is dropped.
    emptied = Draft(R[:2], E[:1], (Link((0,), (), 1), Link((1,), (0,), 1))).shift(0, "ru", True)
    assert shape(emptied) == [((0, 1), (0,))]
    assert shape(one_to_one().leave_out(0)) == [((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
    # Edits past either end change nothing.
    assert (
        one_to_one().merge(3) == one_to_one() and one_to_one().shift(3, "ru", True) == one_to_one()
    )


def test_an_id_is_proposed_from_the_title_and_kept_free():
    taken = {"report-on-the-seminar"}.__contains__
    assert (
        propose_id(Bilingual("Отчет", "Report on the seminar"), taken) == "report-on-the-seminar-2"
    )
    assert propose_id(Bilingual("Отчёт о семинаре", ""), taken) == "otchet-o-seminare"
    assert propose_id(Bilingual("…", "…"), taken) == "document"


def test_markdown_in_imported_text_is_kept_as_text(tmp_path):
    hostile = [
        "# not a heading",
        "==not a key passage== and *not emphasis* or <b>html</b> [a](http://x)",
        "+",
        "∅",
        "1. not a list",
    ]
    ru = [Para(f"{text} р") if i else Para(text) for i, text in enumerate(hostile)]
    en = [Para(text) for text in hostile]
    library = library_in(tmp_path, FIXTURES / "corpus")
    document = import_into(library, "markup", ru, en)
    assert [p.en.plain for p in document.pairs] == hostile
    assert all(p.kind == "paragraph" for p in document.pairs)
    assert all(not p.en.marks and "<b>" not in p.en.html for p in document.pairs)
    assert library.corpus.errors == ()


def test_a_one_to_two_link_and_a_lone_paragraph_survive_saving(tmp_path):
    library = library_in(tmp_path, FIXTURES / "corpus")
    ru, en = RU[:3], [*EN[:2], Para("First half."), Para("Second half.")]
    draft = Draft(
        tuple(ru), tuple(en), (Link((0,), (0,), 1), Link((1,), (), 1), Link((2,), (1, 2, 3), 1))
    )
    details = Details("linked", Bilingual("Т", "T"), Bilingual("original", "original"))
    document = save(library.own_dir, details, draft, library.taken)
    assert [p.en.plain for p in document.pairs] == [
        EN[0].text,
        "",
        f"{EN[1].text}\nFirst half.\nSecond half.",
    ]
    assert document.pairs[0].kind == "heading"


@pytest.mark.parametrize(
    ("details", "words"),
    [
        (
            Details("Bad Id", Bilingual("Т", "T"), Bilingual("original", "original")),
            "may hold only",
        ),
        (Details("alpha", Bilingual("Т", "T"), Bilingual("original", "original")), "already"),
        (Details("fine", Bilingual(" ", ""), Bilingual("original", "original")), "title"),
        (Details("fine", Bilingual("Т", "T"), Bilingual("original", "mine")), "status"),
    ],
)
def test_details_the_corpus_cannot_hold_are_refused_and_nothing_is_written(
    tmp_path, details, words
):
    library = library_in(tmp_path, FIXTURES / "corpus")
    draft = Draft((Para("а"),), (Para("a"),), (Link((0,), (0,), 1),))
    with pytest.raises(ImportRefused) as refused:
        save(library.own_dir, details, draft, library.taken)
    assert words in str(refused.value.reason)
    assert not library.own_dir.exists() or list(library.own_dir.iterdir()) == []


def test_a_full_disk_while_saving_leaves_no_folder(tmp_path, monkeypatch):
    import viewer.core.importing.save as saving

    calls = []

    def full(path, data, shared=False):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        path.write_bytes(data)

    monkeypatch.setattr(saving, "write_atomic", full)
    library = library_in(tmp_path, FIXTURES / "corpus")
    draft = Draft((Para("а"),), (Para("a"),), (Link((0,), (0,), 1),))
    with pytest.raises(OSError):
        save(
            library.own_dir,
            Details("fine", Bilingual("Т", "T"), Bilingual("original", "original")),
            draft,
            library.taken,
        )
    assert list(library.own_dir.iterdir()) == []


def test_the_place_of_the_dateline_is_proposed_over_a_region_named_before_it():
    from tests.import_support import paragraphs, seed_halves
    from viewer.core.importing.propose import PLACES, propose_metadata
    from viewer.core.loader import load_corpus

    russian, english = seed_halves()
    ru, en = ([Para(t) for t in paragraphs(half)] for half in (russian, english))
    glossary = load_corpus(FIXTURES.parents[1] / "corpus").glossary
    assert any(t.en[0] == "Central Asia" for t in glossary)  # named in the title, first
    place = propose_metadata(ru, en, (*PLACES, *glossary))["place"]
    assert place == {"ru": "Ашхабад", "en": "Ashgabat"}


def test_a_file_in_one_language_or_two_files_the_wrong_way_round_are_refused(tmp_path):
    from tests.import_support import seed_halves, write
    from viewer.core.importing.split import read_sources

    russian, english = seed_halves()
    ru, en = write(tmp_path / "ru.txt", russian), write(tmp_path / "en.txt", english)
    with pytest.raises(ImportRefused) as refused:
        read_sources([ru])
    assert str(refused.value.reason) == f"{ru}: The file has no English text. Give one file" \
        " holding both languages, or two files, one per language."  # fmt: skip
    with pytest.raises(ImportRefused) as refused:
        read_sources([en, ru], ordered=True)
    assert "swap them" in str(refused.value.reason)
    assert read_sources([en, ru]).ru[0].text.startswith("Генеральный")  # the window sorts them


def test_numbered_paragraphs_keep_their_numbers_and_a_dateline_is_no_heading(tmp_path):
    from viewer.core.importing.paragraphs import from_text

    paras = from_text(
        "Душанбе, 15 марта 2021 года\n\n1. Стороны договорились о сотрудничестве.\n\n"
        "2) Стороны обменяются сведениями.\n\n• Пункт без номера.\n"
    )
    assert paras[0].kind == "paragraph"
    assert [p.text for p in paras][1:] == [
        "1. Стороны договорились о сотрудничестве.",
        "2) Стороны обменяются сведениями.",
        "Пункт без номера.",
    ]
    library = library_in(tmp_path, FIXTURES / "corpus")
    document = import_into(library, "numbered", paras, [Para(f"{p.text} en") for p in paras])
    assert [p.ru.plain for p in document.pairs] == [p.text for p in paras]
    assert [p.kind for p in document.pairs] == ["paragraph", "paragraph", "paragraph", "item"]


@pytest.mark.parametrize("date", ["1603", "2021-13", "2021-02-30", "16/03/2021"])
def test_a_date_that_is_no_date_is_refused(tmp_path, date):
    library = library_in(tmp_path, FIXTURES / "corpus")
    draft = Draft((Para("а"),), (Para("a"),), (Link((0,), (0,), 1),))
    details = Details("fine", Bilingual("Т", "T"), Bilingual("original", "original"), date)
    if date == "1603":  # a year, if an odd one: the corpus holds it
        save(library.own_dir, details, draft, library.taken)
        return
    with pytest.raises(ImportRefused) as refused:
        save(library.own_dir, details, draft, library.taken)
    assert "YYYY-MM-DD" in str(refused.value.reason)
