"""Everything `diptych check` reports: the loader's problems plus the checks
that only an editor needs, such as glossary terms the corpus never uses."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.loader import GLOSSARY, load_corpus, read_text
from viewer.core.messages import message
from viewer.core.model import LANGS, Corpus, Problem
from viewer.core.terms import Glossary


def check_corpus(root: Path) -> tuple[Corpus, list[Problem]]:
    corpus = load_corpus(root)
    problems = list(corpus.problems) + unused_terms(corpus)
    problems.sort(key=lambda p: (str(p.path), p.line))
    return corpus, problems


def unused_terms(corpus: Corpus) -> list[Problem]:
    """A glossary form that never occurs, compared stem by stem, case- and
    ё-insensitively, so inflected occurrences count: the same matching that
    search uses for glossary terms."""
    if not corpus.glossary:
        return []
    glossary = Glossary(corpus.glossary)
    found = {
        lang: {
            form
            for doc in corpus.documents
            for pair in doc.pairs
            for form in glossary.forms_in(pair.text(lang).plain, lang)
        }
        for lang in LANGS
    }
    path = corpus.path / GLOSSARY
    lines = read_text(path).splitlines()
    problems = []
    for term, term_stems in zip(glossary.terms, glossary.forms, strict=True):
        for lang in LANGS:
            for form, form_stems in zip(term.forms(lang), term_stems[lang], strict=True):
                if form_stems in found[lang]:
                    continue
                problems.append(
                    Problem(
                        path,
                        _line_of_form(lines, form),
                        message(
                            "Checker",
                            QT_TRANSLATE_NOOP(
                                "Checker",
                                "glossary form «{form}» ({lang}) never occurs in the corpus",
                            ),
                            form=form,
                            lang=lang,
                        ),
                    )
                )
    return problems


def _line_of_form(lines: list[str], form: str) -> int:
    quoted = f'"{form}"'
    return next((n for n, line in enumerate(lines, start=1) if quoted in line), 1)
