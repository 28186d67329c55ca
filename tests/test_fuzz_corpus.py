"""A standing fuzz suite for corpora: broken corpora generated from the
fixture, run through `check_corpus`, the loader the window uses (cached) and
`diptych check`. Each must end with problems or a correct corpus, never a
traceback and never a hang: every run is under a time limit. The generators
are seeded, so a failure names an input that can be made again."""

import contextlib
import datetime
import io
import os
import random
import shutil
import signal
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES
from viewer.cli import main
from viewer.core.checker import check_corpus
from viewer.core.corpus_cache import load_corpus_cached
from viewer.core.loader import load_corpus

FILES = ("glossary.toml", "alpha/meta.toml", "alpha/ru.md", "alpha/en.md", "beta/meta.toml")
LIMIT_SECONDS = 20  # a generous bound: a run that takes longer is a hang


class Hang(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: int):
    def expire(_signum, _frame):
        raise Hang(f"no result within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_all(root: Path, cache: Path) -> None:
    """Every way the app and the editor read a corpus; any exception fails."""
    with time_limit(LIMIT_SECONDS):
        corpus, problems = check_corpus(root)
        loaded = load_corpus(root)
        cached, _note = load_corpus_cached(root, cache)
        again, _note = load_corpus_cached(root, cache)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(["check", str(root)])
    assert sorted(map(str, loaded.problems)) == sorted(map(str, cached.problems))
    assert again.problems == cached.problems
    assert [d.id for d in corpus.documents] == [d.id for d in loaded.documents]
    assert code == (1 if any(p.severity == "error" for p in problems) else 0)
    for problem in problems:
        assert problem.line >= 1 and problem.text()


def byte_flip(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncation(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def non_utf8(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    bad = rng.choice([b"\xff", b"\xc3(", b"\xe2\x82", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"])
    return data[:at] + bad + data[at:]


def bom(rng: random.Random, data: bytes) -> bytes:
    return rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + data


def crlf(rng: random.Random, data: bytes) -> bytes:
    return data.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\r", b"\x0b", b"\x0c"]))


def empty(rng: random.Random, data: bytes) -> bytes:
    return rng.choice([b"", b"\n", b"\n\n\n", b" ", b"\x00"])


def controls(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + bytes([rng.choice([0, 1, 2, 3, 8, 11, 12, 27, 28, 127])]) + data[at:]


def markup(rng: random.Random, data: bytes) -> bytes:
    """Inline Markdown the format does not allow, or that costs time."""
    pieces = [
        b"![x](/etc/passwd)",
        b"![z](/dev/zero)",
        b"[l](file:///etc/passwd)",
        b"<http://example.com>",
        b"[ref]: http://example.com",
        b"[" * 3000,
        b"*" * 500,
        b"_" * 500,
        b"`" * 500,
        b"==" * 500,
        b"<b>",
        b"&#0;",
        b"\\",
    ]
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(pieces) * rng.randint(1, 3) + data[at:]


def links(rng: random.Random, data: bytes) -> bytes:
    """The marks of links that do not pair one to one, anywhere: a block
    with no counterpart, a join line, either at a block's edge."""
    lines = data.split(b"\n")
    at = rng.randrange(len(lines) + 1)
    piece = rng.choice(
        [b"", b"\xe2\x88\x85", b"+", b"+\n+", b"\xe2\x88\x85\n+", b"> +", b"# \xe2\x88\x85"]
    )
    return b"\n".join([*lines[:at], piece, *lines[at:]])


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    links,
    byte_flip,
    truncation,
    non_utf8,
    bom,
    crlf,
    empty,
    controls,
    markup,
]


def mutated_corpus(base: Path, mutation, seed: int) -> None:
    rng = random.Random(f"{mutation.__name__}-{seed}")
    for name in rng.sample(FILES, rng.randint(1, 2)):
        path = base / name
        path.write_bytes(mutation(rng, path.read_bytes()))


def fuzz(tmp_path: Path, mutation, seeds: range) -> None:
    for seed in seeds:
        root = tmp_path / f"{mutation.__name__}-{seed}"
        shutil.copytree(FIXTURES / "corpus", root)
        mutated_corpus(root, mutation, seed)
        try:
            run_all(root, tmp_path / "cache")
        except Exception as error:
            raise AssertionError(f"{mutation.__name__} seed {seed}") from error
        shutil.rmtree(root)


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.__name__)
def test_mutated_corpora_end_in_problems_never_a_traceback(tmp_path, mutation):
    fuzz(tmp_path, mutation, range(15))


@pytest.mark.slow
@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.__name__)
def test_many_mutated_corpora(tmp_path, mutation):
    fuzz(tmp_path, mutation, range(15, 215))


@pytest.mark.slow
def test_huge_files(tmp_path):
    """A file over the size limit is refused unread; one just under it loads."""
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", root)
    (root / "alpha" / "ru.md").write_bytes(b"a" * (16 * 1024 * 1024 + 1))
    block = ("word " * 3000 + "\n\n").encode()
    (root / "beta" / "ru.md").write_bytes(block * (15 * 1024 * 1024 // len(block)))
    run_all(root, tmp_path / "cache")
    problems = [str(p) for p in load_corpus(root).errors]
    assert any("alpha/ru.md:1: error: file larger than 16 MB" in p for p in problems)


# Wrong TOML types: any TOML value where meta.toml or the glossary expects another.

_scalars = st.one_of(
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True),
    st.booleans(),
    st.text(max_size=20),
    st.dates().map(datetime.date.isoformat),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["ru", "en", "x", "kind", "note"]), inner, max_size=3),
    ),
    max_leaves=10,
)


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(str(value), repr(value))
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
        return value  # a TOML date
    if isinstance(value, str):
        return '"' + value.encode("unicode_escape").decode().replace('"', '\\"') + '"'
    return str(value)


META_KEYS = [
    "id",
    "kind",
    "seed",
    "date",
    "date_inferred",
    "title",
    "status",
    "notes",
    "series",
    "intended",
]
TERM_KEYS = ["kind", "en", "ru", "note"]


def toml_case(where: str, key: int, value) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "corpus"
        shutil.copytree(FIXTURES / "corpus", root)
        text = toml_value(value)
        if where == "meta":
            meta = root / "alpha" / "meta.toml"
            name = META_KEYS[key % len(META_KEYS)]
            lines = [
                line
                for line in meta.read_text(encoding="utf-8").splitlines()
                if not line.startswith(f"{name} =")
            ]
            meta.write_text(f"{name} = {text}\n" + "\n".join(lines) + "\n", encoding="utf-8")
        elif where == "term":
            name = TERM_KEYS[key % len(TERM_KEYS)]
            (root / "glossary.toml").write_text(f"[[term]]\n{name} = {text}\n", encoding="utf-8")
        else:
            (root / "glossary.toml").write_text(f"term = {text}\n", encoding="utf-8")
        run_all(root, Path(folder) / "cache")


_cases = {
    "where": st.sampled_from(["meta", "term", "top"]),
    "key": st.integers(0, 9),
    "value": _values,
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(**_cases)
def test_wrong_toml_types_end_in_problems(where, key, value):
    toml_case(where, key, value)


@pytest.mark.slow
@pytest.mark.timeout(300)  # a thousand corpus copies: about 30 s quiet, minutes on a busy disk
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(**_cases)
def test_many_wrong_toml_types(where, key, value):
    toml_case(where, key, value)


def special_files(root: Path) -> None:
    (root / "alpha" / "ru.md").unlink()
    (root / "alpha" / "ru.md").symlink_to("ru.md")  # a loop
    (root / "beta" / "meta.toml").unlink()
    os.mkfifo(root / "beta" / "meta.toml")  # reading it would block for good
    (root / "beta" / "en.md").unlink()
    (root / "beta" / "en.md").symlink_to("/dev/zero")  # reading it would never end
    (root / "gamma").symlink_to(".")  # a folder that holds itself
    (root / "delta").symlink_to(root / "nowhere")
    (root / "glossary.toml").unlink()
    (root / "glossary.toml").mkdir()


def test_special_files_and_loops_end_in_problems(tmp_path):
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", root)
    special_files(root)
    run_all(root, tmp_path / "cache")
    corpus = load_corpus(root)
    assert corpus.documents == ()
    assert {p.path.relative_to(root).as_posix() for p in corpus.errors} >= {
        "alpha/ru.md",
        "beta/meta.toml",
        "beta/en.md",
        "glossary.toml",
        "gamma/meta.toml",
    }


def window_and_search(qtbot, root: Path, data: Path) -> None:
    """The window offscreen over `root` (document by document, in both
    column modes) and a search in each language over its index: each ends in
    a shown document or message and a result, never a traceback."""
    from viewer.core.search import Result, open_engine
    from viewer.gui.app import create_app, create_window

    with time_limit(LIMIT_SECONDS):
        window = create_window(create_app(), data, root)
        qtbot.addWidget(window)
        window.show()
        for document in window.corpus.documents:
            window.navigate(document.id)
            window.actions.mode["en"].trigger()
            window.actions.mode["ru-en"].trigger()
        window.close()
        engine, _note = open_engine(window.corpus, data / "index-cache")
        for query in ("terrorism", "терроризм", "ОДКБ OR CSTO", "cooperation~"):
            assert isinstance(engine.search(query), Result)


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.__name__)
def test_the_window_and_search_survive_mutated_corpora(qtbot, tmp_path, mutation):
    for seed in range(3):
        root = tmp_path / f"{mutation.__name__}-{seed}"
        shutil.copytree(FIXTURES / "corpus", root)
        mutated_corpus(root, mutation, seed)
        try:
            window_and_search(qtbot, root, tmp_path / f"data-{seed}")
        except Exception as error:
            raise AssertionError(f"{mutation.__name__} seed {seed}") from error


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.__name__)
def test_a_hostile_own_corpus_leaves_the_edition_readable(qtbot, tmp_path, mutation):
    """The reader's own corpus lies in a data folder that may come from
    anywhere (a USB stick): a broken imported document ends in problems,
    the edition is read whole, and the window and search work over both."""
    from tests.library_support import import_into
    from viewer.core.library import Library

    for seed in range(3):
        data = tmp_path / f"data-{seed}"
        library = Library(FIXTURES / "corpus", data / "data" / "corpus", data / "cache")
        import_into(library)
        folder = library.own_dir / "bishkek-seminar"
        rng = random.Random(f"own-{mutation.__name__}-{seed}")
        for name in rng.sample(["meta.toml", "ru.md", "en.md"], rng.randint(1, 2)):
            path = folder / name
            path.write_bytes(mutation(rng, path.read_bytes()))
        try:
            with time_limit(LIMIT_SECONDS):
                library.reload()
            assert {"alpha", "beta"} <= {d.id for d in library.corpus.documents}
            window_and_search(qtbot, FIXTURES / "corpus", data)
        except Exception as error:
            raise AssertionError(f"{mutation.__name__} seed {seed}") from error
