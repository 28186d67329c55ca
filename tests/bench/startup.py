"""Start-up to the first paint of a document's text: Diptych against a bare
PySide6 window showing comparable HTML; plus corpus loading in process."""

import compileall
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from tests.bench.pagecache import drop_page_cache
from viewer.core.loader import load_corpus
from viewer.core.paths import default_corpus_dir
from viewer.core.settings import Settings

RUNS = 25
COLD_RUNS = 5
CHILD = Path(__file__).with_name("startup_child.py")
REPO = Path(__file__).resolve().parents[2]


def _start(mode: str, argument: str) -> tuple[float, int]:
    begin = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(CHILD), mode, argument],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # the offscreen platform's notices would bury the figures
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    line = process.stdout.readline()
    elapsed = time.perf_counter() - begin
    process.wait(timeout=60)
    if not line.startswith("painted"):
        raise RuntimeError(f"{mode} start-up did not paint (exit {process.returncode})")
    return elapsed, int(line.split()[1])


def run() -> None:
    # An installed app starts from compiled bytecode; a source checkout run
    # with PYTHONDONTWRITEBYTECODE would otherwise compile on every start.
    compileall.compile_dir(REPO / "viewer", quiet=1)
    from viewer.gui.reader_html import CHUNK, Look, chunk_html, style_sheet

    corpus = load_corpus(default_corpus_dir())
    loads = []
    for _ in range(20):
        begin = time.perf_counter()
        load_corpus(default_corpus_dir())
        loads.append(time.perf_counter() - begin)
    median_ms = statistics.median(loads) * 1000
    print(f"corpus load ({len(corpus.documents)} documents): median {median_ms:.1f} ms")

    with tempfile.TemporaryDirectory() as scratch:
        html_file = Path(scratch) / "baseline.html"
        pairs = list(corpus.documents[-1].pairs)
        tables = "".join(
            chunk_html(pairs[i : i + CHUNK], Look()) for i in range(0, len(pairs), CHUNK)
        )
        html_file.write_text(f"<style>{style_sheet(Look())}</style>{tables}", encoding="utf-8")
        data_dir = str(Path(scratch) / "data")
        # The reader left off in the middle of the last document: start-up
        # must bring that place back on screen.
        last = corpus.documents[-1]
        settings = Settings(Path(data_dir) / "config")
        settings["reader/document"] = last.id
        settings["reader/positions"] = {last.id: len(last.pairs) // 2}
        settings.save()
        times = {"diptych": [], "baseline": []}
        rss = {"diptych": [], "baseline": []}
        _start("diptych", data_dir)  # first run writes caches of Python and fontconfig
        for _ in range(RUNS):
            for mode, argument in (("diptych", data_dir), ("baseline", str(html_file))):
                elapsed, kb = _start(mode, argument)
                times[mode].append(elapsed)
                rss[mode].append(kb)
        cold = {"diptych": [], "baseline": []}
        for _ in range(COLD_RUNS):
            for mode, argument in (("diptych", data_dir), ("baseline", str(html_file))):
                evicted = _drop_page_cache(Path(scratch))
                cold[mode].append(_start(mode, argument)[0])
    med = {mode: statistics.median(values) for mode, values in times.items()}
    peak = {mode: max(values) / 1024 for mode, values in rss.items()}
    print(f"start-up to the last-read document on screen, median of {RUNS}:")
    print(f"  diptych   {med['diptych'] * 1000:7.0f} ms   peak RSS {peak['diptych']:6.1f} MB")
    print(f"  baseline  {med['baseline'] * 1000:7.0f} ms   peak RSS {peak['baseline']:6.1f} MB")
    ratio = med["diptych"] / med["baseline"]
    print(f"  ratio     {ratio:7.2f}   (target <= 1.20; peak RSS target <= 100 MB)")
    print(
        f"cold start to the first paint (page cache dropped for {evicted} files of Python,"
        f" Qt, the app and its data), median of {COLD_RUNS}:"
    )
    for mode, values in cold.items():
        print(f"  {mode:9} {statistics.median(values) * 1000:7.0f} ms")


def _drop_page_cache(data: Path) -> int:
    """Forget every file a start-up reads: the interpreter's library,
    site-packages (Qt above all), our code, resources and the user's data."""
    roots = {Path(sys.base_prefix) / "lib", Path(sysconfig.get_paths()["purelib"]), REPO, data}
    return drop_page_cache(roots)
