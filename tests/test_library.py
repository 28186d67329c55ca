"""The library: the edition and the reader's own corpus read as one, imported
documents added and removed whole, and the corpus format's links of 1:2 and
1:0 and its `imported` origin."""

import os
import shutil

import pytest

from tests.conftest import FIXTURES
from tests.library_support import EN, RU, import_into, library_in
from viewer.core.checker import check_corpus
from viewer.core.loader import load_corpus


def test_an_imported_document_joins_the_library_after_the_edition(tmp_path):
    library = library_in(tmp_path, FIXTURES / "corpus")
    heard = []
    library.listeners.append(lambda: heard.append(len(library.corpus.documents)))
    edition = [d.id for d in library.corpus.documents]
    document = import_into(library)
    assert [d.id for d in library.corpus.documents] == [*edition, "bishkek-seminar"]
    assert heard == [len(edition) + 1]
    assert document.meta.origin == "imported" and library.is_own("bishkek-seminar")
    assert not library.is_own(edition[0])
    pair = library.corpus.document("bishkek-seminar").pairs[1]
    assert pair.ru.plain == RU[1].text and pair.en.plain == EN[1].text
    # The own corpus is a corpus: the checker reads it like the edition.
    assert check_corpus(library.own_dir)[1] == []


def test_removing_an_imported_document_leaves_the_edition_alone(tmp_path):
    library = library_in(tmp_path, FIXTURES / "corpus")
    import_into(library)
    with pytest.raises(KeyError):
        library.remove(library.corpus.documents[0].id)
    library.remove("bishkek-seminar")
    assert library.corpus.document("bishkek-seminar") is None
    assert os.listdir(library.own_dir) == []


def test_a_kill_part_way_through_a_removal_or_import_is_swept(tmp_path):
    library = library_in(tmp_path, FIXTURES / "corpus")
    import_into(library)
    doomed = library.own_dir / ".removed-bishkek-seminar-0000"
    (library.own_dir / "bishkek-seminar").rename(doomed)
    old_draft = library.own_dir / ".import-0000"
    old_draft.mkdir()
    os.utime(old_draft, (0, 0))
    library.reload()
    assert library.corpus.document("bishkek-seminar") is None  # gone whole, not half
    library.sweep()
    assert os.listdir(library.own_dir) == []


def test_an_own_document_may_not_take_an_edition_id_or_pass_as_the_edition(tmp_path):
    library = library_in(tmp_path, FIXTURES / "corpus")
    import_into(library)
    folder = library.own_dir / "bishkek-seminar"
    clash = library.own_dir / "alpha"
    folder.rename(clash)
    meta = clash / "meta.toml"
    meta.write_text(meta.read_text().replace('"bishkek-seminar"', '"alpha"'))
    library.reload()
    assert library.corpus.document("alpha").meta.origin == "edition"
    assert any("already used by the edition" in str(p) for p in library.corpus.problems)
    shutil.rmtree(clash)
    # An edition document copied into the own corpus is not taken for the reader's.
    copy = library.own_dir / "beta"
    shutil.copytree(FIXTURES / "corpus" / "beta", copy)
    (copy / "meta.toml").write_text((copy / "meta.toml").read_text().replace('"beta"', '"gamma"'))
    copy.rename(library.own_dir / "gamma")
    library.reload()
    assert library.corpus.document("gamma") is None
    assert any('must say origin = "imported"' in str(p) for p in library.corpus.problems)


def write_document(folder, ru: str, en: str, meta_extra: str = "") -> None:
    folder.mkdir(parents=True)
    (folder / "meta.toml").write_text(
        f'id = "{folder.name}"\norigin = "imported"\n{meta_extra}'
        '[title]\nru = "Т"\nen = "T"\n[status]\nru = "original"\nen = "original"\n'
    )
    (folder / "ru.md").write_text(ru)
    (folder / "en.md").write_text(en)


def test_a_block_may_join_paragraphs_or_stand_for_no_counterpart(tmp_path):
    write_document(
        tmp_path / "corpus" / "links",
        "# Заголовок\n\nПервый абзац.\n\n∅\n\nТретий ==ключевой== абзац.\n",
        "# Heading\n\nFirst paragraph.\n\nAn English paragraph alone.\n\n"
        "Third ==key==\n+\nparagraph, split in two.\n",
    )
    corpus = load_corpus(tmp_path / "corpus")
    assert corpus.errors == ()
    pairs = corpus.documents[0].pairs
    assert [p.kind for p in pairs] == ["heading", "paragraph", "paragraph", "paragraph"]
    assert pairs[2].ru.plain == "" and pairs[2].en.plain == "An English paragraph alone."
    joined = pairs[3].en
    assert joined.plain == "Third key\nparagraph, split in two."
    assert joined.html == 'Third <mark class="key">key</mark><br />paragraph, split in two.'
    assert [joined.plain[a:b] for a, b in joined.marks] == ["key"]
    # An imported document needs no seed, publisher or editorial notes.
    meta = corpus.documents[0].meta
    assert (meta.seed, meta.publisher, meta.notes, meta.kind) == ("", None, (), "document")


def test_a_block_empty_on_both_sides_and_an_unknown_origin_are_errors(tmp_path):
    write_document(tmp_path / "corpus" / "empty", "Абзац.\n\n∅\n", "Paragraph.\n\n∅\n")
    write_document(tmp_path / "corpus" / "odd", "А.\n", "A.\n", 'publisher = "x"\n')
    (tmp_path / "corpus" / "odd" / "meta.toml").write_text(
        (tmp_path / "corpus" / "odd" / "meta.toml").read_text().replace("imported", "found")
    )
    problems = [str(p) for p in load_corpus(tmp_path / "corpus").errors]
    assert any("block 2 is empty in both languages" in p for p in problems)
    assert any("unknown origin found" in p for p in problems)


def test_the_edition_still_requires_its_record_keeping(tmp_path):
    folder = tmp_path / "corpus" / "plain"
    write_document(folder, "А.\n", "A.\n")
    meta = folder / "meta.toml"
    meta.write_text(meta.read_text().replace('origin = "imported"\n', ""))
    problems = [str(p) for p in load_corpus(tmp_path / "corpus").errors]
    assert any("missing key seed" in p for p in problems)
    assert any("missing key notes" in p for p in problems)
