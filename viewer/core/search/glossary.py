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
        self._by_stems: dict[tuple[str, ...], int] = {}
        for index, forms in enumerate(self.forms):
            for lang in LANGS:
                for form in forms[lang]:
                    self._by_stems.setdefault(form, index)
        self._by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for form, index in self._by_stems.items():
            if form:
                self._by_first.setdefault(form[0], []).append((form, index))

    def named_by(self, own: tuple[str, ...]) -> int | None:
        """The term one of whose forms, in either language, is `own`."""
        return self._by_stems.get(own)

    def mentioned(self, text: str, lang: str) -> set[int]:
        """The terms with a form of `lang` that occurs in `text`."""
        words = stems(text)
        found = set()
        for i, word in enumerate(words):
            for form, index in self._by_first.get(word, ()):
                if tuple(words[i : i + len(form)]) == form and form in self.forms[index][lang]:
                    found.add(index)
        return found
