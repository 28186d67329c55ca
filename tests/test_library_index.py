"""The search index follows the library: an imported document is indexed
and a removed one dropped, one document at a time, on a real whoosh index,
and a change made while the app was closed is caught up at the next start."""

import shutil

from tests.conftest import FIXTURES
from tests.library_support import import_into, library_in
from viewer.core.search import open_engine
from viewer.core.search.index import INDEX_FOLDER, LIBRARY_FOLDER


def docs_found(engine, query: str) -> set[str]:
    return {hit.doc for hit in engine.search(query).hits}


def test_an_import_and_a_removal_reach_search_without_a_rebuild(tmp_path, monkeypatch):
    library = library_in(tmp_path, FIXTURES / "corpus")
    engine, _note = open_engine(library.corpus, library.cache_dir)
    assert "bishkek-seminar" not in docs_found(engine, "Бишкек")
    import viewer.core.search.index as index

    built = []
    monkeypatch.setattr(index, "build", lambda *args, **kw: built.append(args))
    import_into(library)
    engine.follow(library.corpus)
    assert docs_found(engine, "Бишкек") == {"bishkek-seminar"}
    assert docs_found(engine, "fighters") >= {"bishkek-seminar"}
    library.remove("bishkek-seminar")
    engine.follow(library.corpus)
    assert "bishkek-seminar" not in docs_found(engine, "Бишкек seminar")
    assert built == []  # the edition's index was never built again


def test_changes_made_while_closed_are_caught_up(tmp_path):
    library = library_in(tmp_path, FIXTURES / "corpus")
    import_into(library)
    import_into(library, "second-seminar")
    open_engine(library.corpus, library.cache_dir)
    shutil.rmtree(library.own_dir / "second-seminar")
    library.reload()
    engine, _note = open_engine(library.corpus, library.cache_dir)
    assert docs_found(engine, "Бишкек") == {"bishkek-seminar"}


def test_a_damaged_library_index_is_copied_afresh(tmp_path):
    library = library_in(tmp_path, FIXTURES / "corpus")
    import_into(library)
    open_engine(library.corpus, library.cache_dir)
    folder = library.cache_dir / INDEX_FOLDER / LIBRARY_FOLDER
    segment = next(p for p in folder.iterdir() if p.suffix == ".seg")
    segment.write_bytes(b"\0" * segment.stat().st_size)
    (library.cache_dir / INDEX_FOLDER / "library.json").write_text("[not a state")
    engine, _note = open_engine(library.corpus, library.cache_dir)
    assert docs_found(engine, "Бишкек") == {"bishkek-seminar"}


def test_two_engines_adding_the_same_import_wait_for_each_other(tmp_path):
    import threading

    library = library_in(tmp_path, FIXTURES / "corpus")
    engines = [open_engine(library.corpus, library.cache_dir)[0] for _ in range(2)]
    import_into(library)
    errors = []

    def follow(engine):
        try:
            engine.follow(library.corpus)
        except Exception as error:  # the test reports any failure
            errors.append(error)

    threads = [threading.Thread(target=follow, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for engine in engines:
        hits = [(h.doc, h.paragraph) for h in engine.search("Бишкек").hits]
        assert hits == [("bishkek-seminar", 2)]  # once, not twice
