"""Write a file so that a crash or a full disk never leaves it half written."""

import contextlib
import os
import tempfile
import time
from pathlib import Path

# A temporary file older than this is a save that was killed; a younger one
# may be another instance's save under way.
STALE_SECONDS = 60


def write_atomic(path: Path, data: bytes, shared: bool = False) -> None:
    """Replace `path` with `data`: the old content stays until the new is on
    disk. Raises OSError (a full disk, say) with the old file untouched. A
    `shared` file (one to hand on) gets the permissions the user's umask
    gives new files; any other stays the user's alone. Its folder must
    exist, unless it is the app's own."""
    path = Path(path)
    if not shared:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        if shared:
            os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_dir(path.parent)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_dir(folder: Path) -> None:
    # The rename itself is durable only once its directory entry is flushed.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_leftovers(path: Path) -> None:
    """Delete the temporary files that killed writes of `path` left behind."""
    path = Path(path)
    remove_stale(path.parent, f"{_prefix(path)}*.tmp")


def remove_stale(folder: Path, pattern: str) -> None:
    """Delete the files of `folder` matching `pattern` that no write under
    way can still own (see STALE_SECONDS)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for leftover in Path(folder).glob(pattern):
            with contextlib.suppress(OSError):
                if now - leftover.lstat().st_mtime > STALE_SECONDS:
                    leftover.unlink()


def _prefix(path: Path) -> str:
    return f".{path.name}."
