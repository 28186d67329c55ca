"""A copy of the loaded corpus in the cache folder, so that start-up skips
parsing and rendering (and importing the Markdown library): about 2 ms from
the cache against about 60 ms from the Markdown files.

The cache is keyed by the content of every corpus file plus the app version
(content, not modification times: an installer unpacks files with new
times): any edit makes it stale and it is rebuilt. It is only ever a copy:
when it is missing, stale or unreadable, the corpus is loaded from its files
as if there were no cache.

The cache folder travels with a portable data folder, so its content is
untrusted: the file is JSON (the key on its first line, compared before
anything else is parsed), and the model is rebuilt from it by code that
knows each class and checks the type of every value. Nothing in the file
names a class or a function to call.
"""

import contextlib
import json
import types
import typing
import zlib
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer import __version__
from viewer.core.atomic import write_atomic
from viewer.core.loader import Unreadable, corpus_files, load_corpus, read_corpus_file
from viewer.core.messages import Message, message
from viewer.core.model import (
    Bilingual,
    BlockPair,
    Corpus,
    Document,
    Intended,
    Meta,
    PartialDate,
    Problem,
    Term,
    Text,
)

CACHE_NAME = "corpus.json"
FORMAT = 6  # bump when the model's classes change shape


class _Invalid(ValueError):
    """The cache does not hold what this version of the app writes."""


def fingerprint(root: Path, salt: str = "") -> str:
    """A digest of the name and content of every file the loader reads under
    `root` (found by the loader's own walk, so a file it never reads cannot
    stop the app), the app version and `salt` (a schema version, say). CRC-32
    per file is enough to notice an edit, and zlib is loaded anyway, where
    hashlib is not."""
    parts = [f"{__version__}/{FORMAT}/{salt}"]
    for path in corpus_files(root):
        try:
            data = read_corpus_file(path)
        except Unreadable as error:  # the loader reports it; the digest only notes it
            parts.append(f"{path.relative_to(root).as_posix()}:{error.reason}")
            continue
        parts.append(f"{path.relative_to(root).as_posix()}:{len(data)}:{zlib.crc32(data):08x}")
    listing = "\n".join(parts).encode()
    return f"{zlib.crc32(listing):08x}{zlib.adler32(listing):08x}{len(parts):08x}"


def load_corpus_cached(root: Path, cache_dir: Path) -> tuple[Corpus, Message | None]:
    """The corpus under `root`, from the cache when it holds this very
    corpus, and a note for the reader when the cache was damaged or altered
    (a stale cache, after an edit, is simply replaced)."""
    root = Path(root)
    if not root.is_dir():
        return load_corpus(root), None
    key = fingerprint(root, str(root.resolve()))
    cache = Path(cache_dir) / CACHE_NAME
    note = None
    try:
        corpus = read_cache(cache.read_bytes(), key)
        if corpus is not None:
            return corpus, None
    except OSError:
        pass  # no cache yet, or none that can be read: nothing to say
    except (ValueError, RecursionError):
        note = message(
            "Corpus",
            QT_TRANSLATE_NOOP(
                "Corpus",
                "The corpus cache was damaged or altered; the corpus was read"
                " from its files again.",
            ),
        )
    corpus = load_corpus(root)
    # A read-only or full cache folder costs speed, not correctness.
    with contextlib.suppress(OSError):
        write_atomic(cache, write_cache(corpus, key))
    return corpus, note


def write_cache(corpus: Corpus, key: str) -> bytes:
    body = json.dumps(_encode(corpus), ensure_ascii=False, separators=(",", ":"))
    return f"{key}\n{body}".encode()


def read_cache(data: bytes, key: str) -> Corpus | None:
    """The corpus in `data` if it was written under `key`; None when it is
    stale. Raises ValueError when it is not a cache this version wrote."""
    stored_key, _, body = data.partition(b"\n")
    if stored_key != key.encode():
        return None
    return _decoder(Corpus)(json.loads(body.decode("utf-8")))


def _encode(value):
    if isinstance(value, Message):
        return {"message": [value.context, value.source, [[k, _encode(v)] for k, v in value.args]]}
    if isinstance(value, tuple):  # the model's NamedTuples and tuple fields alike
        return [_encode(item) for item in value]
    if isinstance(value, Path):
        return str(value)
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)  # a message argument of another type is only ever shown


_DECODERS: dict[object, typing.Callable] = {}


def _decoder(hint) -> typing.Callable:
    if hint not in _DECODERS:
        _DECODERS[hint] = _make_decoder(hint)
    return _DECODERS[hint]


def _make_decoder(hint) -> typing.Callable:
    if hint is Message:
        return _message
    if hint is object:
        return _argument
    if hint is Path:
        return lambda value: Path(_check(value, str))
    if hint in (str, int, bool):
        return lambda value: _check(value, hint)
    if hint in _CLASSES:
        return _named_tuple(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union) and type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        decode = _decoder(inner)
        return lambda value: None if value is None else decode(value)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        decode = _decoder(args[0])
        return lambda value: tuple(decode(item) for item in _check(value, list))
    if origin is tuple:
        decoders = [_decoder(a) for a in args]

        def fixed(value):
            if len(_check(value, list)) != len(decoders):
                raise _Invalid(value)
            return tuple(d(item) for d, item in zip(decoders, value, strict=True))

        return fixed
    raise TypeError(f"no cache decoder for {hint!r}")


def _named_tuple(cls) -> typing.Callable:
    hints = typing.get_type_hints(cls)
    fields = [(name, hints[name]) for name in cls._fields]
    required = len(fields) - len(cls._field_defaults)

    def decode(value):
        if not required <= len(_check(value, list)) <= len(fields):
            raise _Invalid(cls.__name__)
        return cls(*(_decoder(hint)(item) for (_, hint), item in zip(fields, value, strict=False)))

    return decode


def _message(value) -> Message:
    if not isinstance(value, dict) or set(value) != {"message"}:
        raise _Invalid(value)
    context, source, args = _check(value["message"], list)
    return Message(
        _check(context, str),
        _check(source, str),
        tuple((_check(k, str), _argument(v)) for k, v in (_check(pair, list) for pair in args)),
    )


def _argument(value):
    if isinstance(value, dict):
        return _message(value)
    if value is None or isinstance(value, str | int | float):
        return value
    raise _Invalid(value)


def _check(value, kind):
    # bool is an int to isinstance; the model never mixes the two
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Invalid(value)
    return value


_CLASSES = (
    Corpus,
    Document,
    Meta,
    Intended,
    Bilingual,
    PartialDate,
    BlockPair,
    Text,
    Term,
    Problem,
)
