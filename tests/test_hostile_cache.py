"""Planted and altered files in the cache folder (which travels with a
portable data folder) run no code: the corpus cache is data only, whoosh's
pickles are read by an unpickler that refuses every name our index does not
hold, and an index that fails, at opening or at query time, is rebuilt with
a note instead of a traceback or a silent empty answer."""

import io
import json
import os
import pickle
import shutil
import sys

import pytest

from tests.conftest import FIXTURES
from viewer.cli import main
from viewer.core.corpus_cache import CACHE_NAME, fingerprint, read_cache, write_cache
from viewer.core.loader import load_corpus
from viewer.core.search.index import INDEX_FOLDER, index_key
from viewer.core.search.manifest import MANIFEST, write_manifest

CORPUS = FIXTURES / "corpus"


class Planted:
    """Pickles to a call of os.system that leaves `marker` behind."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def search(capsys, data, *query):
    code = main(["--data-dir", str(data), "--corpus", str(CORPUS), "search", "--json", *query])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def finds_csto(answer) -> bool:
    return any(hit["doc"] == "alpha" for hit in answer["hits"])


def index_folder(data):
    return data / "cache" / INDEX_FOLDER / index_key(CORPUS)[:24]


@pytest.mark.parametrize("name", ["corpus.pickle", CACHE_NAME])
def test_a_planted_corpus_cache_runs_no_code(capsys, tmp_path, name):
    data, marker = tmp_path / "data", tmp_path / "MARKER"
    (data / "cache").mkdir(parents=True)
    key = fingerprint(CORPUS, str(CORPUS.resolve()))
    payload = pickle.dumps((key, Planted(marker)))
    if name == CACHE_NAME:  # with the right key in front, the way it is read
        payload = key.encode() + b"\n" + payload
    (data / "cache" / name).write_bytes(payload)
    code, answer, _err = search(capsys, data, "ОДКБ")
    assert not marker.exists()
    assert code == 0 and finds_csto(answer)


def test_the_corpus_cache_rebuilds_the_same_corpus(tmp_path):
    corpus = load_corpus(CORPUS)
    assert read_cache(write_cache(corpus, "k"), "k") == corpus
    assert read_cache(write_cache(corpus, "k"), "other") is None


@pytest.mark.parametrize(
    "body",
    [
        '{"__class__": "os.system"}',
        "[1, 2]",
        '["corpus", [], [], [], "extra"]',
        "[0, [], [], []]",  # a number where a path belongs
        '["c", [["not a document"]], [], []]',
        '["c", [], [["term", ["en"], ["ru"], true]], []]',  # a bool where a note belongs
        '["c", [], [], [["p", 1, {"message": ["C", "s", [["x", {"call": 1}]]]}]]]',
        "[" * 100_000,
        "\xff",
    ],
)
def test_an_altered_corpus_cache_is_rejected_and_the_corpus_loaded(tmp_path, body):
    cache = tmp_path / "cache"
    cache.mkdir()
    key = fingerprint(CORPUS, str(CORPUS.resolve()))
    (cache / CACHE_NAME).write_bytes(f"{key}\n".encode() + body.encode("utf-8", "surrogatepass"))
    from viewer.core.corpus_cache import load_corpus_cached

    corpus, note = load_corpus_cached(CORPUS, cache)
    assert corpus == load_corpus(CORPUS)
    assert "damaged or altered" in str(note)
    assert load_corpus_cached(CORPUS, cache) == (corpus, None)  # rebuilt: nothing more to say
    assert read_cache((cache / CACHE_NAME).read_bytes(), key) == load_corpus(CORPUS)


def _toc(schema: bytes, segments: bytes, version: int | None = None) -> bytes:
    """A TOC file as whoosh writes it, around the given pickles."""
    from whoosh import __version__ as whoosh_version
    from whoosh.filedb.structfile import StructFile
    from whoosh.index import _CURRENT_TOC_VERSION
    from whoosh.system import _FLOAT_SIZE, _INT_SIZE, _LONG_SIZE

    buffer = io.BytesIO()
    stream = StructFile(buffer)
    for size in (_INT_SIZE, _LONG_SIZE, _FLOAT_SIZE):
        stream.write_varint(size)
    stream.write_int(-12345)
    stream.write_int(_CURRENT_TOC_VERSION if version is None else version)
    for number in whoosh_version[:3]:
        stream.write_varint(number)
    stream.write_string(schema)
    stream.write_int(1)
    stream.write_int(0)
    buffer.write(segments)
    return buffer.getvalue()


def _plant(folder, marker, where):
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    toc = TOC.read(FileStorage(str(folder)), "MAIN")
    schema, segments = pickle.dumps(toc.schema, 2), pickle.dumps(toc.segments, 2)
    evil = pickle.dumps(Planted(marker), 2)
    planted = {
        "schema": _toc(evil, segments),
        "segments": _toc(schema, evil),
        "legacy": _toc(evil, evil, version=-110),
    }[where]
    (folder / "_MAIN_1.toc").write_bytes(planted)
    write_manifest(folder)  # the manifest is in the same folder: it can be rewritten too


@pytest.mark.parametrize("where", ["schema", "segments", "legacy"])
def test_a_planted_index_runs_no_code_and_is_rebuilt(capsys, tmp_path, where):
    data, marker = tmp_path / "data", tmp_path / "MARKER"
    code, answer, _err = search(capsys, data, "ОДКБ")
    assert code == 0 and finds_csto(answer)
    folder = index_folder(data)
    (folder / MANIFEST).unlink()
    _plant(folder, marker, where)
    code, answer, err = search(capsys, data, "ОДКБ")
    assert not marker.exists()
    assert code == 0 and finds_csto(answer)
    assert "The search index was damaged; it has been rebuilt." in err
    assert "Traceback" not in err
    code, answer, err = search(capsys, data, "ОДКБ")
    assert code == 0 and finds_csto(answer) and not err


def test_whoosh_reads_no_index_pickle_with_the_plain_unpickler():
    """A guard for whoosh upgrades: every whoosh module that loads pickles
    holds ours."""
    import viewer.core.search.index  # noqa: F401  (installs the unpickler)

    plain = {pickle.load, pickle.loads, pickle.Unpickler}
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] != "whoosh":
            continue
        for attr in ("load", "loads", "load_pickle"):
            assert getattr(module, attr, None) not in plain, f"{name}.{attr}"
    assert sys.modules["whoosh.index"].pickle is not pickle


def damage_stored_fields(folder):
    """Zeros over the stored texts inside the segment, and a manifest that
    matches again: the index opens, and fails only when a hit is read."""
    from whoosh.filedb.compound import CompoundStorage
    from whoosh.filedb.filestore import FileStorage

    segment = next(p for p in folder.iterdir() if p.suffix == ".seg")
    compound = CompoundStorage(FileStorage(str(folder)).open_file(segment.name), use_mmap=False)
    info = next(v for k, v in compound._dir.items() if k.endswith("._stored.col"))
    compound.close()
    data = bytearray(segment.read_bytes())
    start = info["offset"]
    data[start : start + info["length"] // 2] = bytes(info["length"] // 2)
    segment.write_bytes(bytes(data))
    (folder / MANIFEST).unlink()
    write_manifest(folder)


def test_damage_behind_a_rewritten_manifest_is_rebuilt_at_query_time(capsys, tmp_path):
    data = tmp_path / "data"
    search(capsys, data, "ОДКБ")
    damage_stored_fields(index_folder(data))
    code, answer, err = search(capsys, data, "ОДКБ")
    assert "Traceback" not in err
    assert code == 0 and finds_csto(answer)
    assert "The search index was damaged; it has been rebuilt." in answer["notes"]
    code, answer, err = search(capsys, data, "ОДКБ")
    assert code == 0 and finds_csto(answer)
    assert not any("rebuilt" in note for note in answer["notes"])


def test_an_index_that_cannot_be_rebuilt_says_so(tmp_path):
    from viewer.core.search.engine import SearchEngine
    from viewer.core.search.index import open_folder

    data = tmp_path / "data"
    main(["--data-dir", str(data), "--corpus", str(CORPUS), "index"])
    folder = index_folder(data)
    damage_stored_fields(folder)

    def rebuild():
        raise OSError("disk full")

    result = SearchEngine(open_folder(folder), rebuild=rebuild).search("ОДКБ")
    assert result.hits == ()
    assert [note.kind for note in result.notes] == ["failed"]
    assert "could not be rebuilt (disk full)" in result.notes[0].message.text()


def test_the_window_says_the_damaged_index_was_rebuilt(
    qtbot, tmp_path, prebuilt_cache, monkeypatch
):
    from tests.conftest import type_text
    from viewer.core.search.child import ChildBuild
    from viewer.gui.app import create_app, create_window

    monkeypatch.setattr(ChildBuild, "run", lambda self, *args: False)  # build in process
    data = tmp_path / "data"
    shutil.copytree(prebuilt_cache(CORPUS), data / "cache")
    damage_stored_fields(index_folder(data))
    window = create_window(create_app(), data, CORPUS)
    qtbot.addWidget(window)
    window.show()
    window.focus_search()
    type_text(window.search.query, "ОДКБ")
    qtbot.waitUntil(lambda: window.search.result is not None, timeout=20_000)
    assert "The search index was damaged; it has been rebuilt." in window.search.notes.text()
    assert any(hit.doc == "alpha" for hit in window.search.result.hits)
    assert window.search.model.rows
    window.close()


def test_the_command_line_says_an_altered_corpus_cache_was_set_aside(capsys, tmp_path):
    data = tmp_path / "data"
    (data / "cache").mkdir(parents=True)
    key = fingerprint(CORPUS, str(CORPUS.resolve()))
    (data / "cache" / CACHE_NAME).write_bytes(f"{key}\n[1, 2]".encode())
    code, answer, err = search(capsys, data, "ОДКБ")
    assert code == 0 and finds_csto(answer)
    assert "The corpus cache was damaged or altered" in err
