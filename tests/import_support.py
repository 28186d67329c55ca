"""Texts and files for the import tests, made from the seed the corpus's
first document was edited from (kept verbatim in tests/fixtures/import)."""

from pathlib import Path

from tests.conftest import FIXTURES
from viewer.core.importing.paragraphs import clean

SEED = FIXTURES / "import" / "000_6bcc9d08c7ea94e7.txt"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def seed_halves() -> tuple[str, str]:
    """The seed's Russian and English reports, each from its title to its
    last paragraph (the contact lines and web debris left out)."""
    text = seed_text()
    # The title's second copy, whole (the first is cut short by the web page).
    title = "UN Secretary-General Commends Central Asian Countries on the Adoption of Ashgabat"
    english = text[text.index(title, text.index(title) + 1) : text.index("******")]
    russian = text[text.index("Генеральный секретарь ООН приветствует") :]
    russian = russian[: russian.index("******")]
    return russian.strip(), english.strip()


def russian_paragraph() -> str:
    """One realistic Russian paragraph of more than 200 characters."""
    return next(p for p in paragraphs(seed_halves()[0]) if len(p) > 200)


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a part of the seed: its non-blank lines, cleaned as
    an import cleans them."""
    return [clean(line) for line in text.split("\n") if line.strip()]


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path
