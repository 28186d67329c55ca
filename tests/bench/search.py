"""Search figures: relevance and latency on the edition, then whoosh against
SQLite FTS5 on synthetic corpora of growing size, each engine measured in its
own process so that its peak RSS is its own.

    python -m tests.bench.search ENGINE RECORDS_JSONL WORKDIR   (one child run)
"""

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from tests.bench.memory import peak_rss_kb
from tests.bench.synthetic import query_set, write_corpus
from viewer.core.loader import load_corpus
from viewer.core.paths import default_corpus_dir
from viewer.core.search import open_engine
from viewer.core.search.engine import SearchEngine
from viewer.core.search.index import Record, build, open_folder, records

REPO = Path(__file__).resolve().parents[2]
RELEVANCE = REPO / "tests" / "relevance.toml"
LIMIT = 20


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def relevance(engine) -> tuple[float, float, int]:
    """Recall@10 (of at most 10 expected) and MRR over the judged queries."""
    judged = tomllib.loads(RELEVANCE.read_text(encoding="utf-8"))["query"]
    recalls, ranks = [], []
    for item in judged:
        expected = set(item["expect"])
        found = [f"{h.doc}:{h.paragraph}" for h in engine.search(item["text"], limit=10).hits]
        recalls.append(len(expected & set(found)) / min(len(expected), 10))
        first = next((rank for rank, key in enumerate(found, start=1) if key in expected), None)
        ranks.append(1 / first if first else 0.0)
    return statistics.mean(recalls), statistics.mean(ranks), len(judged)


def edition() -> None:
    corpus = load_corpus(default_corpus_dir())
    with tempfile.TemporaryDirectory() as cache:
        engine, _note = open_engine(corpus, Path(cache))
        recall, mrr, count = relevance(engine)
        judged = [q["text"] for q in tomllib.loads(RELEVANCE.read_text("utf-8"))["query"]]
        times = []
        for _ in range(3):
            for query in judged:
                begin = time.perf_counter()
                for hit in engine.search(query, limit=LIMIT).hits:
                    hit.snippet()
                times.append(time.perf_counter() - begin)
        slowest, worst = slowest_query(engine)
    print(f"relevance over {count} judged queries: recall@10 {recall:.3f}, MRR {mrr:.3f}")
    p50, p95 = percentile(times, 0.5) * 1000, percentile(times, 0.95) * 1000
    print(
        f"edition latency ({len(times)} queries with snippets): p50 {p50:.1f} ms,"
        f" p95 {p95:.1f} ms (target p95 <= 10 ms)"
    )
    print(
        f"slowest query of up to {MAX_QUERY} characters ({len(hostile_queries())} hostile"
        f" queries, with snippets): {slowest * 1000:.0f} ms (target <= 200 ms), {worst!r:.80}"
    )


MAX_QUERY = 1000
_WORDS = [
    "terrorism",
    "terorism",
    "terrorizm",
    "extremism",
    "CSTO",
    "SCO",
    "Astana",
    "Ashgabat",
    "diplomacy",
    "preventive",
    "терроризм",
    "тероризм",
    "террорезм",
    "экстремизм",
    "ОДКБ",
    "ШОС",
    "Ашгабад",
    "Ашхабад",
    "дипломатия",
    "превентивной",
]


def hostile_queries() -> list[str]:
    """Queries of up to MAX_QUERY characters built to be slow: long words,
    fuzzy and misspelt words by the hundred, pasted text, operators."""
    rng = random.Random(9)
    letters = "abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщыьэюя"
    queries = []
    for length in (20, 25, 50, 100, 300, 999):
        for tail in ("", "~", "*", "~2"):
            queries.append("".join(rng.choice(letters) for _ in range(length)) + tail)
            queries.append(("terrorism" * 120)[:length] + tail)
            queries.append(("терроризм" * 120)[:length] + tail)
    for tail in ("", "~", "*"):
        for count in (5, 20, 100):
            queries.append(" ".join(f"{w}{tail}" for w in rng.choices(_WORDS, k=count)))
            queries.append(" OR ".join(f"{w}{tail}" for w in rng.choices(_WORDS, k=count)))
            queries.append(" ".join(f"-{w}" for w in rng.choices(_WORDS, k=count)))
            queries.append(
                " ".join(
                    "".join(rng.sample(w, len(w))) + tail for w in rng.choices(_WORDS, k=count)
                )
            )
    for _ in range(40):
        parts = rng.choices([*_WORDS, "OR", '"', "-", "*", "~", "|", "ИЛИ"], k=rng.randint(1, 200))
        queries.append(" ".join(parts))
    return [q[:MAX_QUERY] for q in queries]


def slowest_query(engine) -> tuple[float, str]:
    worst = (0.0, "")
    for query in hostile_queries():
        begin = time.perf_counter()
        for hit in engine.search(query, limit=LIMIT).hits:
            hit.snippet()
        worst = max(worst, (time.perf_counter() - begin, query))
    return worst


def _fts_query(query: str) -> str:
    if query.startswith('"'):
        return query
    if query.endswith("*"):
        return f'"{query[:-1]}"*'
    return " ".join(f'"{word}"' for word in query.split())


def child_whoosh(source: Path, work: Path) -> dict:
    items = [Record(**json.loads(line)) for line in source.open(encoding="utf-8")]
    folder = work / "whoosh"
    begin = time.perf_counter()
    build(folder, items, len(items), procs=2 if len(items) >= 10_000 else 1)
    built = time.perf_counter() - begin
    del items
    size = sum(p.stat().st_size for p in folder.iterdir())
    queries = query_set()
    begin = time.perf_counter()
    engine = SearchEngine(open_folder(folder))
    for hit in engine.search(queries[0], limit=LIMIT).hits:
        hit.snippet()
    first = time.perf_counter() - begin
    times = []
    for query in queries * 2:
        begin = time.perf_counter()
        for hit in engine.search(query, limit=LIMIT).hits:
            hit.snippet()
        times.append(time.perf_counter() - begin)
    return {"build": built, "size": size, "first": first, "times": times}


def child_fts5(source: Path, work: Path) -> dict:
    path = work / "fts5.sqlite"
    begin = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIRTUAL TABLE pairs USING fts5(doc UNINDEXED, position UNINDEXED, ru, en,"
        " tokenize='unicode61 remove_diacritics 2')"
    )
    with source.open(encoding="utf-8") as lines:
        rows = (json.loads(line) for line in lines)
        db.executemany(
            "INSERT INTO pairs VALUES (?, ?, ?, ?)",
            ((r["doc"], r["paragraph"], r["ru"], r["en"]) for r in rows),
        )
    db.commit()
    db.close()
    built = time.perf_counter() - begin
    sql = (
        "SELECT doc, position, snippet(pairs, -1, '<mark>', '</mark>', '…', 24) FROM pairs"
        " WHERE pairs MATCH ? ORDER BY bm25(pairs) LIMIT ?"
    )
    queries = query_set()
    begin = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute(sql, (_fts_query(queries[0]), LIMIT)).fetchall()
    first = time.perf_counter() - begin
    times = []
    for query in queries * 2:
        begin = time.perf_counter()
        db.execute(sql, (_fts_query(query), LIMIT)).fetchall()
        times.append(time.perf_counter() - begin)
    return {"build": built, "size": path.stat().st_size, "first": first, "times": times}


def scale(pairs: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        begin = time.perf_counter()
        corpus = load_corpus(write_corpus(work / "corpus", pairs))
        loaded = time.perf_counter() - begin
        source = work / "records.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for item in records(corpus):
                out.write(json.dumps(item._asdict(), ensure_ascii=False) + "\n")
        del corpus
        print(f"{pairs:>7} pairs  (generated and loaded in {loaded:.1f} s)")
        figures = {}
        for engine in ("whoosh", "fts5"):
            (work / engine).mkdir()
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "tests.bench.search",
                    engine,
                    str(source),
                    str(work / engine),
                ],
                capture_output=True,
                text=True,
                cwd=REPO,
                env={**os.environ, "PYTHONPATH": str(REPO)},
                check=True,
            )
            figures[engine] = json.loads(result.stdout.splitlines()[-1])
        for engine, f in figures.items():
            p50, p95 = percentile(f["times"], 0.5) * 1000, percentile(f["times"], 0.95) * 1000
            print(
                f"  {engine:<6} build {f['build']:7.1f} s  size {f['size'] / 2**20:7.1f} MB"
                f"  first query {f['first'] * 1000:6.0f} ms  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms"
                f"  peak RSS {f['rss'] / 1024:6.0f} MB"
            )
        whoosh_p95 = percentile(figures["whoosh"]["times"], 0.95)
        fts_p95 = percentile(figures["fts5"]["times"], 0.95)
        print(f"  p95 ratio whoosh/FTS5: {whoosh_p95 / fts_p95:.1f}")


def run() -> None:
    edition()
    print("targets: 10k pairs p95 <= 75 ms, first query <= 300 ms; 100k pairs p95 <= 400 ms")
    print("(FTS5 is given the same words but does no stemming, so it finds less)")
    scales = os.environ.get("BENCH_SCALES", "1000,10000,100000")
    for pairs in (int(s) for s in scales.split(",") if s):
        scale(pairs)


if __name__ == "__main__":
    engine_name, records_path, workdir = sys.argv[1:4]
    child = {"whoosh": child_whoosh, "fts5": child_fts5}[engine_name]
    figures = child(Path(records_path), Path(workdir))
    figures["rss"] = peak_rss_kb()
    print(json.dumps(figures))
