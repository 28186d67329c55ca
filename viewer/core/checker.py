"""Everything `diptych check` reports: the loader's problems plus the checks
that only an editor needs, such as glossary terms the corpus never uses."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.compare import Comparer
from viewer.core.loader import GLOSSARY, META, load_corpus, read_text
from viewer.core.messages import message
from viewer.core.model import LANGS, Corpus, Problem
from viewer.core.terms import Glossary


def check_corpus(root: Path) -> tuple[Corpus, list[Problem]]:
    corpus = load_corpus(root)
    problems = list(corpus.problems) + unused_terms(corpus) + translation_differences(corpus)
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


def translation_differences(corpus: Corpus) -> list[Problem]:
    """A difference flag on the edition's own translation is a defect of the
    edition: the translation is fixed or the difference recorded as intended
    in meta.toml. An intended record that no flag answers any more is stale."""
    comparer = Comparer(corpus.glossary)
    problems = []
    for doc in corpus.documents:
        flags = comparer.all_flags(doc)
        for flag in comparer.document_flags(doc):
            if not flag.translation:
                continue  # between official versions: information, not a defect
            lang = _translated(doc, flag.only_in)
            problems.append(
                Problem(
                    doc.path / f"{lang}.md",
                    doc.pairs[flag.paragraph - 1].text(lang).line,
                    message(
                        "Checker",
                        QT_TRANSLATE_NOOP(
                            "Checker",
                            "¶{n}: {flag} Fix the translation, or record the difference"
                            " as intended in meta.toml ([[intended]]).",
                        ),
                        n=flag.paragraph,
                        flag=flag.message,
                    ),
                    "warning",
                )
            )
        for record in doc.meta.intended:
            if not any(flag.matches(record) for flag in flags):
                problems.append(
                    Problem(
                        doc.path / META,
                        record.line,
                        message(
                            "Checker",
                            QT_TRANSLATE_NOOP(
                                "Checker",
                                "intended difference ¶{n} ({kind} «{value}») is not found"
                                " between the versions: remove the record",
                            ),
                            n=record.paragraph,
                            kind=record.kind,
                            value=record.value,
                        ),
                        "warning",
                    )
                )
    return problems


def _translated(doc, only_in: str) -> str:
    """The version that is the edition's translation; `only_in` when both are."""
    status = doc.meta.status
    if status.get(only_in) == "unofficial-translation":
        return only_in
    return "en" if only_in == "ru" else "ru"


def _line_of_form(lines: list[str], form: str) -> int:
    quoted = f'"{form}"'
    return next((n for n, line in enumerate(lines, start=1) if quoted in line), 1)
