"""Annotations follow a corrected edition: anchored again when, and only
when, a document's text changed; a database of the first schema migrates
to the one that records it, backed up first."""

import sqlite3

from tests.conftest import FIXTURES
from tests.reader_support import open_window
from tests.test_places import insert_paragraph_at_top
from viewer.core.annotations import editions, exchange
from viewer.core.annotations.backups import newest_first
from viewer.core.annotations.model import highlight, on_pair
from viewer.core.annotations.schema import MIGRATIONS
from viewer.core.annotations.store import FILE_NAME, AnnotationStore
from viewer.core.loader import load_corpus
from viewer.core.paths import user_dirs


def revision(store):
    return store._db.execute("SELECT value FROM revision").fetchone()[0]


def test_an_unchanged_document_is_not_anchored_again(tmp_path, corpus_dir):
    document = load_corpus(corpus_dir).document("alpha")
    store = AnnotationStore(tmp_path)
    store.save([highlight(document.pairs[1], "alpha", "en", 0, 9, "blue")])
    editions.follow(store, document)  # records the text
    before = revision(store)
    assert editions.follow(store, document) == []
    assert revision(store) == before  # not even a write


def test_a_changed_document_moves_its_annotations_once(tmp_path, corpus_dir):
    document = load_corpus(corpus_dir).document("alpha")
    store = AnnotationStore(tmp_path)
    made = highlight(document.pairs[1], "alpha", "en", 0, 9, "blue")
    mark = on_pair(document.pairs[2], "alpha", "bookmark")
    store.save([made, mark])
    editions.follow(store, document)
    insert_paragraph_at_top(corpus_dir)
    changed = load_corpus(corpus_dir).document("alpha")
    moved = editions.follow(store, changed)
    assert {a.id: a.paragraph for a in moved} == {made.id: 3, mark.id: 4}
    assert {a.id: a.paragraph for a in store.all()} == {made.id: 3, mark.id: 4}
    assert editions.follow(store, changed) == []


def test_imported_annotations_are_looked_for_again(tmp_path, corpus_dir):
    """A colleague's annotations were made on their edition."""
    document = load_corpus(corpus_dir).document("alpha")
    store = AnnotationStore(tmp_path / "mine")
    editions.follow(store, document)
    theirs = highlight(document.pairs[1], "alpha", "en", 0, 9, "red")
    exchange.merge(store, [theirs.replace(paragraph=4)])  # numbered as in their edition
    [found] = editions.follow(store, document)
    assert found.paragraph == 2 and not found.detached


def test_a_first_schema_database_migrates_after_a_backup(tmp_path):
    old = AnnotationStore(tmp_path, migrations=MIGRATIONS[:1])
    pair = load_corpus(FIXTURES / "corpus").document("alpha").pairs[1]
    old.save([on_pair(pair, "alpha", "note", note="kept")])
    old.close()
    store = AnnotationStore(tmp_path)
    assert [a.note for a in store.all()] == ["kept"]
    assert store.anchored_to("alpha") is None
    [backup] = newest_first(tmp_path / FILE_NAME)
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_the_window_shows_highlights_where_their_text_went(qtbot, tmp_path, corpus_dir):
    data = tmp_path / "data"
    window = open_window(qtbot, data, corpus_dir)
    window.navigate("alpha", 1)
    document = window.view.current
    made = highlight(document.pairs[1], "alpha", "ru", 4, 9, "green")
    window.annotator.add([made], "t")
    window.close()
    insert_paragraph_at_top(corpus_dir)
    window = open_window(qtbot, data, corpus_dir)
    window.navigate("alpha", 1)
    assert [s.paragraph for s in window.view.layer("highlights")] == [3]
    window.close()
    store = AnnotationStore(user_dirs(data).data)
    assert store.get(made.id).paragraph == 3
