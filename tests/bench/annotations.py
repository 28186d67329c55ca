"""Re-anchoring annotations to a changed edition.

`anchoring_figures`: a generated document of 2,000 block pairs with 1,000
highlights, re-anchored when nothing changed (target under 10 ms) and after
a pair inserted near the top renumbers every paragraph (under 1 s); and the
slower paths, for information: a word fixed inside 50 highlights (fuzzy
matching) and a highlighted pair deleted (a search of the whole document).

`threshold_figures` (`--thresholds`): the measurements behind the fuzzy
thresholds in viewer.core.annotations.anchoring, on the shipped corpus.
Highlights of 1 to 25 words get one word fixed (a typo, or its ending
changed) or replaced by another word; for each, the similarity at which its
text is found again, and the best similarity of the original highlight in
the document's other paragraphs (what a deleted highlight would wrongly
attach to). Bookmarks likewise with a share of their pair's words replaced.
"""

import random
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

import viewer.core.annotations.anchoring as anchoring
from tests.bench.synthetic import SEED, Generator
from viewer.core.annotations.model import (
    CONTEXT_CHARACTERS,
    Annotation,
    highlight,
    pair_text,
)
from viewer.core.loader import load_corpus
from viewer.core.model import Bilingual, BlockPair, Document, Meta, Text
from viewer.core.paths import default_corpus_dir
from viewer.core.text import TOKEN_RE

PAIRS = 2000
HIGHLIGHTS = 1000
FIXED = 50
RUNS = 5


def _text(plain: str) -> Text:
    return Text(plain, plain, plain, (), 0)


def _pair(generator: Generator, paragraph: int) -> BlockPair:
    ru, en = generator.paragraph("ru"), generator.paragraph("en")
    return BlockPair(paragraph, "paragraph", 0, _text(ru), _text(en))


def synthetic_document(pairs: int = PAIRS, seed: int = SEED) -> Document:
    generator = Generator(seed)
    meta = Meta(
        "synthetic",
        Bilingual("Документ", "Document"),
        "report",
        Bilingual("Тест", "Benchmark"),
        "synthetic",
        Bilingual("original", "unofficial-translation"),
        (),
    )
    return Document(meta, tuple(_pair(generator, n) for n in range(1, pairs + 1)), Path())


def highlights(document: Document, count: int = HIGHLIGHTS, seed: int = SEED) -> list[Annotation]:
    """`count` highlights of 2 to 12 words on distinct pairs."""
    rnd = random.Random(seed)
    marks = []
    for index in rnd.sample(range(len(document.pairs)), count):
        pair = document.pairs[index]
        lang = rnd.choice(("ru", "en"))
        words = list(TOKEN_RE.finditer(pair.text(lang).plain))
        size = min(len(words), rnd.randint(2, 12))
        first = rnd.randrange(len(words) - size + 1)
        start, end = words[first].start(), words[first + size - 1].end()
        marks.append(highlight(pair, document.id, lang, start, end, "blue"))
    return marks


def renumbered(document: Document, pairs) -> Document:
    return document._replace(
        pairs=tuple(pair._replace(paragraph=n) for n, pair in enumerate(pairs, start=1))
    )


def with_pair_inserted(document: Document, index: int, seed: int = SEED + 1) -> Document:
    pairs = list(document.pairs)
    pairs.insert(index, _pair(Generator(seed), 0))
    return renumbered(document, pairs)


def with_words_fixed(document: Document, marks: list[Annotation]) -> Document:
    """The document with one letter changed in the middle of each mark."""
    pairs = list(document.pairs)
    for mark in marks:
        pair = pairs[mark.paragraph - 1]
        plain = pair.text(mark.lang).plain
        middle = (mark.start + mark.end) // 2
        letter = "y" if plain[middle] == "x" else "x"
        fixed = plain[:middle] + letter + plain[middle + 1 :]
        pairs[mark.paragraph - 1] = pair._replace(**{mark.lang: _text(fixed)})
    return document._replace(pairs=tuple(pairs))


def _best_ms(run) -> float:
    times = []
    for _ in range(RUNS):
        begin = time.perf_counter()
        run()
        times.append(time.perf_counter() - begin)
    return min(times) * 1000


def anchoring_figures() -> dict[str, float]:
    document = synthetic_document()
    marks = highlights(document)
    inserted = with_pair_inserted(document, 2)
    fixed = with_words_fixed(document, marks[:FIXED])
    deleted_index = marks[0].paragraph - 1
    deleted = renumbered(
        document, document.pairs[:deleted_index] + document.pairs[deleted_index + 1 :]
    )
    figures = {
        "unchanged_ms": _best_ms(lambda: anchoring.reanchor(document, marks)),
        "inserted_ms": _best_ms(lambda: anchoring.reanchor(inserted, marks)),
        "fixed_ms": _best_ms(lambda: anchoring.reanchor(fixed, marks)),
        "deleted_ms": _best_ms(lambda: anchoring.reanchor(deleted, marks)),
    }
    # The figures only count if the work was done.
    assert anchoring.reanchor(document, marks) == []
    assert len(anchoring.reanchor(inserted, marks)) >= HIGHLIGHTS * 0.99
    assert sum(not a.detached for a in anchoring.reanchor(fixed, marks)) == FIXED
    assert any(a.detached for a in anchoring.reanchor(deleted, marks))
    return figures


def _clue(text: str, start: int, end: int, lang: str) -> anchoring._Clue:
    mark = Annotation(
        "",
        "highlight",
        "",
        1,
        lang,
        start,
        end,
        text[start:end],
        text[max(0, start - CONTEXT_CHARACTERS) : start],
        text[end : end + CONTEXT_CHARACTERS],
    )
    return anchoring._Clue(mark)


def _found(clue: anchoring._Clue, text: str) -> float:
    """The similarity of the best fuzzy site of `clue` in `text`, any."""
    sites = clue.patterns.sites(anchoring.normalise(text))
    return max((similarity for similarity, _start, _end in sites), default=0.0)


def _edited(word: str, how: str, lang: str, rnd: random.Random, vocabulary: list[str]) -> str:
    if how == "typo":
        at = rnd.randrange(len(word))
        letter = rnd.choice("аеинорст" if lang == "ru" else "aeinorst")
        return rnd.choice((word[:at] + letter + word[at:], word[:at] + word[at + 1 :]))
    if how == "ending":
        return word[:-2] + rnd.choice(("ой", "ых", "ами") if lang == "ru" else ("ed", "es", "ing"))
    return rnd.choice(vocabulary)


def threshold_figures(samples: int = 600, seed: int = 7) -> dict[str, float]:
    saved = anchoring.FUZZY_SIMILARITY
    anchoring.FUZZY_SIMILARITY = 0.3  # see every site, not only those kept
    try:
        return _thresholds(samples, seed)
    finally:
        anchoring.FUZZY_SIMILARITY = saved


def _thresholds(samples: int, seed: int) -> dict[str, float]:
    corpus = load_corpus(default_corpus_dir())
    texts = [
        (document.id, pair.paragraph, lang, pair.text(lang).plain)
        for document in corpus.documents
        for pair in document.pairs
        for lang in ("ru", "en")
    ]
    vocabulary = {
        lang: sorted({w for *_key, lg, t in texts if lg == lang for w in TOKEN_RE.findall(t)})
        for lang in ("ru", "en")
    }
    rnd = random.Random(seed)
    kept: dict[str, list[float]] = {"typo": [], "ending": [], "word": []}
    unrelated: list[float] = []
    for _ in range(samples):
        doc, paragraph, lang, text = rnd.choice(texts)
        words = list(TOKEN_RE.finditer(text))
        size = rnd.choice((1, 2, 3, 4, 5, 7, 10, 15, 25))
        if len(words) < size:
            continue
        first = rnd.randrange(len(words) - size + 1)
        start, end = words[first].start(), words[first + size - 1].end()
        clue = _clue(text, start, end, lang)
        inner = [w for w in words[first : first + size] if len(w.group()) > 3]
        if inner:
            word = rnd.choice(inner)
            for how, found in kept.items():
                new = _edited(word.group(), how, lang, rnd, vocabulary[lang])
                found.append(_found(clue, text[: word.start()] + new + text[word.end() :]))
        others = [
            t
            for d, p, lg, t in texts
            if (d, lg) == (doc, lang)
            and p != paragraph
            and clue.normal not in anchoring.normalise(t)
        ]
        unrelated.append(max((_found(clue, t) for t in others), default=0.0))

    figures = {}
    for threshold in (0.7, 0.75, 0.8, 0.85, 0.9):
        for how, found in kept.items():
            figures[f"highlight {how} kept at {threshold}"] = _share(found, threshold)
        figures[f"highlight unrelated above {threshold}"] = _share(unrelated, threshold)
    figures.update(_pair_thresholds(corpus, rnd))
    return figures


def _pair_thresholds(corpus, rnd: random.Random) -> dict[str, float]:
    def words(text: str) -> list[str]:
        return TOKEN_RE.findall(anchoring.normalise(text))

    def ratio(a: str, b: str) -> float:
        return SequenceMatcher(None, words(a), words(b), autojunk=False).ratio()

    pairs = [(document, pair) for document in corpus.documents for pair in document.pairs]
    vocabulary = sorted({w for _document, pair in pairs for w in words(pair_text(pair))})
    figures = {}
    nearest_other = [
        max(ratio(pair_text(pair), pair_text(other)) for other in document.pairs if other != pair)
        for document, pair in pairs
    ]
    figures["pair: most alike other pair, max"] = max(nearest_other)
    for share in (0.1, 0.2, 0.3, 0.5):
        ratios = []
        for _document, pair in pairs:
            text = pair_text(pair)
            tokens = list(TOKEN_RE.finditer(text))
            for token in sorted(
                rnd.sample(tokens, max(1, int(share * len(tokens)))), key=lambda t: -t.start()
            ):
                text = text[: token.start()] + rnd.choice(vocabulary) + text[token.end() :]
            ratios.append(ratio(pair_text(pair), text))
        figures[f"pair: {share:.0%} of words replaced, min"] = min(ratios)
    return figures


def _share(values: list[float], threshold: float) -> float:
    return sum(value >= threshold for value in values) / len(values)


def run() -> None:
    figures = anchoring_figures()
    print(
        f"anchoring, {PAIRS}-pair document, {HIGHLIGHTS} highlights:"
        f" nothing changed {figures['unchanged_ms']:.1f} ms (target < 10 ms);"
        f" a pair inserted near the top {figures['inserted_ms']:.0f} ms (target < 1000 ms);"
        f" a word fixed in {FIXED} of them {figures['fixed_ms']:.0f} ms;"
        f" a highlighted pair deleted {figures['deleted_ms']:.0f} ms"
    )


def main(argv: list[str]) -> int:
    run()
    if "--thresholds" in argv:
        for name, value in threshold_figures().items():
            print(f"{name}: {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
