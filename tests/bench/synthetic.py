"""A synthetic corpus in the corpus format, for benchmarks at scale.

Words are drawn from the edition's own vocabulary (so Russian and English
inflection is real) with a Zipf distribution over their frequency ranks; the
seed is fixed, so every run builds the same corpus.
"""

import random
from collections import Counter
from itertools import accumulate
from pathlib import Path

from viewer.core.paths import default_corpus_dir
from viewer.core.text import TOKEN_RE

SEED = 20261123
PAIRS_PER_DOCUMENT = 200
ZIPF_S = 1.07


def vocabulary(lang: str) -> list[str]:
    """The edition's words in `lang`, commonest first."""
    counts = Counter()
    for path in default_corpus_dir().glob(f"*/{lang}.md"):
        text = path.read_text(encoding="utf-8").replace("==", "")
        counts.update(m.group(0) for m in TOKEN_RE.finditer(text) if not m.group(0).isdigit())
    return [word for word, _count in counts.most_common()]


class Generator:
    def __init__(self, seed: int = SEED):
        self.random = random.Random(seed)
        self.words = {lang: vocabulary(lang) for lang in ("ru", "en")}
        self.weights = {
            lang: list(accumulate(1 / rank**ZIPF_S for rank in range(1, len(words) + 1)))
            for lang, words in self.words.items()
        }

    def sentence(self, lang: str) -> str:
        count = self.random.randint(6, 28)
        words = self.random.choices(self.words[lang], cum_weights=self.weights[lang], k=count)
        return " ".join(words).capitalize() + "."

    def paragraph(self, lang: str) -> str:
        return " ".join(self.sentence(lang) for _ in range(self.random.randint(1, 3)))


def write_corpus(root: Path, pairs: int, seed: int = SEED) -> Path:
    """Write `pairs` block pairs as documents of 200 pairs each under `root`."""
    generator = Generator(seed)
    root.mkdir(parents=True, exist_ok=True)
    documents = (pairs + PAIRS_PER_DOCUMENT - 1) // PAIRS_PER_DOCUMENT
    for number in range(documents):
        size = min(PAIRS_PER_DOCUMENT, pairs - number * PAIRS_PER_DOCUMENT)
        folder = root / f"synthetic-{number:05d}"
        folder.mkdir(exist_ok=True)
        year = 2000 + number % 25
        (folder / "meta.toml").write_text(
            f'id = "{folder.name}"\ndate = "{year}-{1 + number % 12:02d}"\n'
            'kind = "report"\nseed = "synthetic"\n'
            f'[title]\nru = "Документ {number}"\nen = "Document {number}"\n'
            '[status]\nru = "original"\nen = "unofficial-translation"\n'
            '[publisher]\nru = "Тест"\nen = "Benchmark"\n'
            "[notes]\nru = []\nen = []\n",
            encoding="utf-8",
        )
        for lang in ("ru", "en"):
            blocks = [f"# {generator.sentence(lang)}"]
            blocks += [generator.paragraph(lang) for _ in range(size - 1)]
            (folder / f"{lang}.md").write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return root


def query_set(seed: int = SEED) -> list[str]:
    """A fixed mix of words, AND queries, phrases and prefixes drawn from
    the same vocabulary: common words, middling ones and rare ones."""
    generator = Generator(seed + 1)
    rnd = generator.random
    queries = []
    for lang in ("ru", "en"):
        words = [w for w in generator.words[lang] if len(w) > 3]
        pick = [words[min(i, len(words) - 1)] for i in (2, 10, 40, 150, 400, 900)]
        queries += pick  # single words, common to rare
        queries += [f"{a} {b}" for a, b in zip(pick, reversed(pick), strict=True)][:3]  # AND
        for _ in range(3):  # phrases: adjacent words of a generated sentence
            sentence = generator.sentence(lang).rstrip(".").split()
            i = rnd.randrange(len(sentence) - 1)
            queries.append(f'"{sentence[i]} {sentence[i + 1]}"')
        queries += [f"{w[:4]}*" for w in (words[5], words[60], words[300])]  # prefixes
    return queries


def paired_paragraphs(count: int, seed: int = SEED) -> tuple[list[str], list[str]]:
    """`count` Russian and English paragraphs of matching shape (sentences,
    and words per sentence), so that their lengths go together as a
    translation's do; their words, drawn independently, do not."""
    generator = Generator(seed)
    rnd = generator.random
    ru, en = [], []
    for _ in range(count):
        shape = [rnd.randint(6, 28) for _ in range(rnd.randint(1, 3))]
        for lang, paragraphs in (("ru", ru), ("en", en)):
            sentences = []
            for words in shape:
                drawn = rnd.choices(
                    generator.words[lang], cum_weights=generator.weights[lang], k=words
                )
                sentences.append(" ".join(drawn).capitalize() + ".")
            paragraphs.append(" ".join(sentences))
    return ru, en
