"""Planted and altered files in the cache folder (which travels with a
portable data folder) run no code: the corpus cache is data only, whoosh's
pickles are read by an unpickler that refuses every name our index does not
hold, and an index that fails, at opening or at query time, is rebuilt with
a note instead of a traceback or a silent empty answer."""

import json
import os
import pickle

import pytest

from tests.conftest import FIXTURES
from viewer.cli import main
from viewer.core.corpus_cache import CACHE_NAME, fingerprint, read_cache, write_cache
from viewer.core.loader import load_corpus

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

    assert load_corpus_cached(CORPUS, cache) == load_corpus(CORPUS)
    assert read_cache((cache / CACHE_NAME).read_bytes(), key) == load_corpus(CORPUS)
