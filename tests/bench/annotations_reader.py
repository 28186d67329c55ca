"""Annotations in the reader: a 2,000-pair document with 1,000 highlights
must show its first screen within 50 ms of the same document without them,
and a highlight must be painted within 20 ms of its key press."""

import random
import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import tests.bench.synthetic as synthetic
from tests.bench.reader import PAIRS, _Painted, long_corpus
from viewer.core.annotations.model import COLOURS, highlight
from viewer.core.annotations.store import AnnotationStore
from viewer.core.loader import load_corpus
from viewer.core.paths import user_dirs
from viewer.core.spans import Span
from viewer.gui.app import create_app, create_window

HIGHLIGHTS = 1000
OPENINGS = 7  # per data folder; the median is reported
ADDITIONS = 30


def _seed_highlights(data: Path, corpus: Path) -> None:
    document = load_corpus(corpus).documents[0]
    chance = random.Random(synthetic.SEED)
    made = []
    for number in range(HIGHLIGHTS):
        pair = document.pairs[chance.randrange(len(document.pairs))]
        lang = chance.choice(("ru", "en"))
        text = pair.text(lang).plain
        start = chance.randrange(max(1, len(text) - 30))
        note = "note" if number % 5 == 0 else ""
        made.append(
            highlight(pair, document.id, lang, start, start + 20, COLOURS[number % 5], note=note)
        )
    store = AnnotationStore(user_dirs(data).data)
    store.save(made)
    store.close()


def _until_painted(app, window, act) -> float:
    """Seconds from `act()` to the text's next paint."""
    painted = _Painted()
    window.view.viewport().installEventFilter(painted)
    begin = time.perf_counter()
    act()
    while painted.at is None:
        app.processEvents()
    window.view.viewport().removeEventFilter(painted)
    return painted.at - begin


def _first_screens(app, data: Path, corpus: Path) -> list[float]:
    window = create_window(app, data, corpus)
    window.resize(1200, 800)
    window.show()
    short, long_ = window.corpus.documents[1].id, window.corpus.documents[0].id
    times = []
    for _ in range(OPENINGS):
        window.navigate(short)
        app.processEvents()
        times.append(_until_painted(app, window, lambda: window.navigate(long_, 1)))
    window.close()
    return times


def _additions(app, data: Path, corpus: Path) -> list[float]:
    """Key press to paint, for highlights made one after another on the
    document that already has a thousand."""
    window = create_window(app, data, corpus)
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    window.navigate(window.corpus.documents[0].id, 1)
    while not window.view.complete:
        app.processEvents()
    times = []
    for number in range(ADDITIONS):
        paragraph = window.view.top_paragraph() + number % 3
        window.view.select_span(Span(paragraph, "en", 0, 5 + number % 7))
        app.processEvents()
        times.append(
            _until_painted(
                app,
                window,
                lambda: QTest.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier),
            )
        )
    window.close()
    return times


def run() -> None:
    app = create_app()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        corpus = long_corpus(root)
        _seed_highlights(root / "marked", corpus)
        bare = statistics.median(_first_screens(app, root / "bare", corpus))
        marked = statistics.median(_first_screens(app, root / "marked", corpus))
        added = sorted(_additions(app, root / "marked", corpus))
    p95 = added[int(len(added) * 0.95) - 1]
    print(
        f"annotations in the reader, {PAIRS}-pair document: first screen {marked * 1000:.0f} ms"
        f" with {HIGHLIGHTS} highlights, {bare * 1000:.0f} ms without:"
        f" +{(marked - bare) * 1000:.0f} ms (target <= 50 ms); a highlight from key press"
        f" to paint: median"
        f" {statistics.median(added) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, slowest"
        f" {added[-1] * 1000:.1f} ms (target <= 20 ms) over {len(added)}"
    )


if __name__ == "__main__":
    run()
