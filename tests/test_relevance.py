"""Search quality on the judged queries of tests/relevance.toml (figures are
printed by `make bench`; this guards against regressions)."""

from tests.bench.search import relevance
from tests.conftest import REPO
from viewer.core.loader import load_corpus
from viewer.core.search import open_engine


def test_judged_queries_find_what_a_reader_expects(tmp_path):
    engine, _note = open_engine(load_corpus(REPO / "corpus"), tmp_path)
    recall, mrr, count = relevance(engine)
    assert count >= 40
    assert recall >= 0.95
    assert mrr >= 0.95
