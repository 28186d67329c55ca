"""Whether an index folder is the one a finished build left.

Every build ends with a manifest of its files' hashes. Hashing a whole index
on every start costs a read of every byte (tens of megabytes on a large
library, from a USB stick perhaps), so a folder that hashed clean once is
sealed: the seal, kept in the user's cache, records each file's size, inode
and change times, and while they all hold the hashes are not read again.
Like the manifest, the seal guards against accidents, not against a planted
index (see index.py).
"""

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path

from viewer.core.atomic import write_atomic

MANIFEST = "manifest.json"
SEALS = "seals.json"
# A file changed within this long of its sealing could change again within
# the file system's clock tick and keep its times: such a folder is not
# sealed yet (git calls this "racily clean").
SETTLE_NS = 2_000_000_000


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_manifest(folder: Path) -> None:
    files = {
        p.name: _hash(p) for p in sorted(folder.iterdir()) if p.is_file() and p.name != MANIFEST
    }
    # Replaced, never rewritten in place: the file may be a hard link (see library_index).
    write_atomic(folder / MANIFEST, json.dumps({"files": files}).encode())


def _stamp(path: Path) -> list[int]:
    info = path.stat()
    return [info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns]


def _manifest(folder: Path) -> dict[str, str] | None:
    try:
        files = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(files, dict) or not files:
        return None
    plain = all(isinstance(d, str) and _plain_name(n) for n, d in files.items())
    return files if plain else None


def _plain_name(name) -> bool:
    return isinstance(name, str) and Path(name).name == name and name not in ("", ".", "..")


def _stamps(folder: Path, names) -> dict[str, list[int]] | None:
    try:
        return {name: _stamp(folder / name) for name in (MANIFEST, *names)}
    except (OSError, ValueError):
        return None


def _read_seals(seals: Path) -> dict:
    try:
        data = json.loads(seals.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def verified(folder: Path, seals: Path | None = None) -> bool:
    """True when every file the manifest lists is there, unchanged: by the
    seal in the file `seals` when it still holds, else by hashing, after
    which the folder is sealed there."""
    folder = Path(folder)
    files = _manifest(folder)
    if files is None:
        return False
    stamps = _stamps(folder, files)
    if stamps is None:
        return False
    key = str(folder.resolve())
    if seals is not None and _read_seals(seals).get(key) == stamps:
        return True
    try:
        if not all(_hash(folder / name) == digest for name, digest in files.items()):
            return False
    except OSError:
        return False
    if seals is not None:
        _seal(seals, key, stamps)
    return True


def _seal(seals: Path, key: str, stamps: dict[str, list[int]]) -> None:
    if any(time.time_ns() - stamp[3] < SETTLE_NS for stamp in stamps.values()):
        return
    kept = {k: v for k, v in _read_seals(seals).items() if os.path.isdir(k)}
    kept[key] = stamps
    with contextlib.suppress(OSError):  # unsealed, the folder is hashed again next time
        write_atomic(seals, json.dumps(kept).encode("utf-8"))
