"""The index on disk: built once, reused, and rebuilt whenever it is missing,
damaged, stale or locked; kept in memory when the cache cannot be written."""

import json
import os
import time

import pytest

from tests.conftest import FIXTURES
from viewer.core.loader import load_corpus
from viewer.core.search import manifest, open_engine
from viewer.core.search.index import INDEX_FOLDER, index_key
from viewer.core.search.manifest import MANIFEST


@pytest.fixture
def corpus():
    return load_corpus(FIXTURES / "corpus")


def index_dir(cache, corpus):
    return cache / INDEX_FOLDER / index_key(corpus.path)[:24]


def finds_csto(engine):
    return any(hit.doc == "alpha" for hit in engine.search("ОДКБ").hits)


def test_built_once_then_reused(tmp_path, corpus):
    progress = []
    engine, note = open_engine(corpus, tmp_path, lambda done, total: progress.append((done, total)))
    assert note is None and finds_csto(engine)
    assert progress[-1] == (5, 5)
    folder = index_dir(tmp_path, corpus)
    files = json.loads((folder / MANIFEST).read_text())["files"]
    assert files and all((folder / name).exists() for name in files)
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    progress.clear()
    open_engine(corpus, tmp_path, lambda done, total: progress.append(done))
    assert progress == []
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def test_changed_corpus_builds_a_new_index_and_drops_the_old(tmp_path, corpus_dir):
    first = load_corpus(corpus_dir)
    open_engine(first, tmp_path)
    old = index_dir(tmp_path, first)
    (corpus_dir / "beta" / "en.md").write_text("The sides discussed the UN.\n", encoding="utf-8")
    second = load_corpus(corpus_dir)
    engine, _ = open_engine(second, tmp_path)
    assert index_dir(tmp_path, second) != old and not old.exists()
    assert engine.search("sides").hits[0].en == "The sides discussed the UN."


def damage_missing(folder):
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


def damage_truncated_segment(folder):
    segment = max(
        (p for p in folder.iterdir() if p.suffix == ".seg"), key=lambda p: p.stat().st_size
    )
    segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 2])


def damage_garbage_toc(folder):
    toc = next(p for p in folder.iterdir() if p.suffix == ".toc")
    toc.write_bytes(os.urandom(toc.stat().st_size))


def damage_manifest(folder):
    (folder / MANIFEST).write_text("{not json")


@pytest.mark.parametrize(
    "damage",
    [damage_missing, damage_truncated_segment, damage_garbage_toc, damage_manifest],
    ids=lambda f: f.__name__,
)
def test_damaged_index_is_rebuilt(tmp_path, corpus, damage):
    open_engine(corpus, tmp_path)
    damage(index_dir(tmp_path, corpus))
    rebuilt = []
    engine, note = open_engine(corpus, tmp_path, lambda done, total: rebuilt.append(done))
    assert rebuilt
    # a missing index is only built; one that is there and fails is news
    assert (note is None) == (damage is damage_missing)
    assert note is None or "rebuilt" in str(note)
    assert finds_csto(engine)


def test_stale_lock_and_dead_build_are_ignored_and_cleaned(tmp_path, corpus):
    open_engine(corpus, tmp_path)
    folder = index_dir(tmp_path, corpus)
    (folder / "WRITELOCK").write_text("")
    dead = tmp_path / INDEX_FOLDER / ".build-dead"
    dead.mkdir()
    (dead / "WRITELOCK").write_text("")
    old = time.time() - 3600
    os.utime(dead, (old, old))
    engine, _ = open_engine(corpus, tmp_path)
    assert finds_csto(engine)
    damage_truncated_segment(folder)  # force a rebuild, which sweeps the dead build
    open_engine(corpus, tmp_path)
    assert not dead.exists()


def test_unwritable_cache_keeps_the_index_in_memory(tmp_path, corpus):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    engine, note = open_engine(corpus, blocker / "cache")
    assert "kept in memory" in str(note)
    assert finds_csto(engine)


@pytest.mark.slow
def test_a_build_in_several_processes_indexes_every_pair(tmp_path, monkeypatch):
    """whoosh sorts the postings of a large build through files of its own
    pickles, read back through our unpickler: it must know them (the
    benchmark builds its large indexes so). A small memory limit makes a
    small corpus spill as a large one does; the workers are forked, so they
    have it too."""
    import whoosh.writing

    from tests.bench.synthetic import write_corpus
    from viewer.core.search.index import build, open_folder, records

    pool = whoosh.writing.PostingPool.__init__
    monkeypatch.setattr(
        whoosh.writing.PostingPool,
        "__init__",
        lambda self, store, segment, limitmb=128, **kw: pool(self, store, segment, 0.05, **kw),
    )
    items = list(records(load_corpus(write_corpus(tmp_path / "corpus", 400))))
    build(tmp_path / "index", items, len(items), procs=2)
    assert open_folder(tmp_path / "index").doc_count() == len(items)


@pytest.fixture
def sealed_index(tmp_path, corpus, monkeypatch):
    """A built index, old enough to be sealed at once."""
    monkeypatch.setattr(manifest, "SETTLE_NS", 0)
    open_engine(corpus, tmp_path)
    folder = index_dir(tmp_path, corpus)
    seals = tmp_path / INDEX_FOLDER / manifest.SEALS
    assert manifest.verified(folder, seals)
    return folder, seals


def test_a_sealed_index_is_not_hashed_again(sealed_index, monkeypatch):
    folder, seals = sealed_index
    assert str(folder.resolve()) in json.loads(seals.read_text())
    monkeypatch.setattr(manifest, "_hash", lambda _path: pytest.fail("hashed a sealed index"))
    assert manifest.verified(folder, seals)


def test_a_file_changed_behind_the_seal_is_hashed_and_caught(sealed_index):
    folder, seals = sealed_index
    toc = next(p for p in folder.iterdir() if p.suffix == ".toc")
    before = toc.stat()
    toc.write_bytes(bytes(before.st_size))  # same size, and the old modification time
    os.utime(toc, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert not manifest.verified(folder, seals)


def test_a_freshly_changed_folder_is_not_sealed(tmp_path, corpus):
    """Within the file system's clock tick a change could keep a file's
    times, so a folder changed just now is hashed again next time."""
    open_engine(corpus, tmp_path)
    seals = tmp_path / "seals.json"
    assert manifest.verified(index_dir(tmp_path, corpus), seals)
    assert not seals.exists()


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"x": 1}', bytes(range(256))])
def test_a_hostile_seal_file_only_costs_a_hash(sealed_index, content, monkeypatch):
    folder, seals = sealed_index
    seals.write_bytes(content)
    hashed = []
    real = manifest._hash
    monkeypatch.setattr(manifest, "_hash", lambda path: hashed.append(path) or real(path))
    assert manifest.verified(folder, seals)
    assert hashed
