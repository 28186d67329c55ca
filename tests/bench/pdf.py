"""Export of 500 annotated excerpts to PDF, side by side: the time from the
excerpts chosen to the file's bytes (target 3 s), and pages per second;
then the same export as the window runs it, on its own thread, and the
longest the GUI thread went without turning its event loop (target 50 ms).
The excerpts come from a generated library, each with a highlight in one
of the colours in each language and every third with a note.

    python -m tests.bench.pdf
"""

import re
import tempfile
import time
from pathlib import Path

import tests.bench.synthetic as synthetic
from viewer.core.annotations.model import COLOURS, highlight
from viewer.core.loader import load_corpus
from viewer.export.excerpts import Choice, excerpts
from viewer.export.pdf import Options, render

EXCERPTS = 500
TARGET_SECONDS = 3.0
RUNS = 3
TARGET_STALL_MS = 50
TICK_MS = 5


def _annotations(corpus, generator: synthetic.Generator) -> list:
    rnd = generator.random
    made = []
    pairs = [(d.id, p) for d in corpus.documents for p in d.pairs[1:]]
    for number, (doc, pair) in enumerate(pairs[:EXCERPTS]):
        for lang in ("ru", "en"):
            text = pair.text(lang).plain
            start = rnd.randrange(max(1, len(text) - 40))
            end = min(len(text), start + rnd.randint(5, 60))
            note = generator.sentence(lang) if number % 3 == 0 else ""
            made.append(highlight(pair, doc, lang, start, end, rnd.choice(COLOURS), note=note))
    return made


def longest_stall(chosen, folder: Path) -> float:
    """Milliseconds: the longest gap between turns of the GUI thread's event
    loop while the window's export job writes `chosen`."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from viewer.gui.pdf_job import PdfJob

    parent = QWidget()
    job = PdfJob(parent, chosen, Options(date="2026-11-30"), folder / "stall.pdf")
    last, longest = time.perf_counter(), 0.0

    def tick() -> None:
        nonlocal last, longest
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    timer.start()
    last = time.perf_counter()
    job.start()
    loop.exec()
    timer.stop()
    assert (folder / "stall.pdf").exists()
    return longest * 1000


def run() -> None:
    import os

    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(["bench"])  # noqa: F841 (fonts and the export's window need it alive)
    with tempfile.TemporaryDirectory() as folder:
        corpus = load_corpus(synthetic.write_corpus(Path(folder) / "corpus", EXCERPTS + 10))
    chosen = excerpts(corpus, _annotations(corpus, synthetic.Generator()), Choice(highlights=True))
    assert len(chosen) == EXCERPTS
    render(chosen[:5], Options())  # fonts loaded once, as in any run after the first export
    best, pages = None, 0
    for _ in range(RUNS):
        start = time.perf_counter()
        data = render(chosen, Options(date="2026-11-30"))
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
        pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    verdict = "ok" if best <= TARGET_SECONDS else "SLOW"
    print(
        f"pdf: {EXCERPTS} excerpts side by side in {best:.2f} s (target {TARGET_SECONDS:.0f} s,"
        f" {verdict}), {pages} pages, {pages / best:.0f} pages/s, {len(data) // 1024} KiB"
    )
    with tempfile.TemporaryDirectory() as folder:
        stall = max(longest_stall(chosen, Path(folder)) for _ in range(RUNS))
    verdict = "ok" if stall <= TARGET_STALL_MS else "SLOW"
    print(
        f"pdf: the GUI thread's longest stall while the window exports {EXCERPTS} excerpts:"
        f" {stall:.0f} ms (target {TARGET_STALL_MS} ms, {verdict})"
    )


if __name__ == "__main__":
    run()
