"""Glossary terms as search sees them: which term a query names, and which
terms a block pair mentions (worked out once, when the index is built, so a
query for a term is one lookup however many long forms the term has)."""

from viewer.core.model import LANGS, Term
from viewer.core.search.analysis import stems


def term_id(index: int) -> str:
    return f"t{index}"


class Glossary:
    def __init__(self, terms: tuple[Term, ...]):
        self.terms = terms
        self.forms = [
            {lang: [tuple(stems(form)) for form in term.forms(lang)] for lang in LANGS}
            for term in terms
        ]
        self._by_stems: dict[tuple[str, ...], int] = {}  # a form in either language
        self._terms_of: dict[str, dict[tuple[str, ...], set[int]]] = {lang: {} for lang in LANGS}
        for index, forms in enumerate(self.forms):
            for lang in LANGS:
                for form in forms[lang]:
                    self._by_stems.setdefault(form, index)
                    if form:
                        self._terms_of[lang].setdefault(form, set()).add(index)
        self._by_first = {lang: _first_words(self._terms_of[lang]) for lang in LANGS}

    def named_by(self, own: tuple[str, ...]) -> int | None:
        """The term one of whose forms, in either language, is `own`."""
        return self._by_stems.get(own)

    def forms_in(self, text: str, lang: str) -> set[tuple[str, ...]]:
        """The forms of `lang` (as stems) that occur in `text`."""
        words = stems(text)
        found = set()
        for i, word in enumerate(words):
            for form in self._by_first[lang].get(word, ()):
                if tuple(words[i : i + len(form)]) == form:
                    found.add(form)
        return found

    def mentioned(self, text: str, lang: str) -> set[int]:
        """The terms with a form of `lang` that occurs in `text`."""
        return {index for form in self.forms_in(text, lang) for index in self._terms_of[lang][form]}


def _first_words(forms) -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(form)
    return by_first
