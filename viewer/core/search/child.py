"""The index built by a child `diptych index` process, which the window can
end at once. Free of whoosh: the window creates one before the search engine
is loaded."""

import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

Progress = Callable[[int, int], None]  # (done, total)


class ChildBuild:
    """An index build in a child `diptych OPTIONS index` process, which
    another thread may cancel: the child is killed at once and the build
    gives up (closing the window must not wait for a build)."""

    def __init__(self, options: list[str]):
        self.options = options  # the folders and corpus of this run
        self.cancelled = False
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._process is not None and self._process.poll() is None:
                self._process.kill()

    def run(self, cache_dir: Path, progress: Progress | None) -> bool:
        """Build into `cache_dir`, passing on the child's progress; False if
        it did not succeed."""
        command = (
            [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "viewer"]
        )
        command += [*self.options, "index", "--out", str(cache_dir)]
        with self._lock:
            if self.cancelled:
                return False
            try:
                self._process = subprocess.Popen(
                    command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, bufsize=1
                )
            except OSError:
                return False
        with self._process as process:
            for line in process.stderr:  # "\r12/51" as it goes
                for part in line.replace("\r", "\n").split():
                    done, _, total = part.partition("/")
                    if progress and done.isdigit() and total.isdigit():
                        progress(int(done), int(total))
        return process.returncode == 0
