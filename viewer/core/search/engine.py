"""Searching the index: queries in, block-pair hits with marked words out.

A query runs in both languages at once, stems Russian and English words by
their own rules, widens glossary terms to their forms in the other language,
retries in the other keyboard layout or spelt as the index spells it when
the query finds nothing as typed, else finds the paragraphs with the most of
its words, and suggests spellings from the index when it finds little.
"""

import contextlib
import re
import threading
from collections import Counter
from itertools import islice, pairwise
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP
from whoosh import query as Q

from viewer.core.counterparts import Counterparts, other
from viewer.core.messages import message
from viewer.core.model import LANGS, Term
from viewer.core.search.analysis import PAIR_SEP
from viewer.core.search.glossary import term_id
from viewer.core.search.index import REBUILT
from viewer.core.search.layout import switch_layout
from viewer.core.search.query import Clause, parse
from viewer.core.search.results import Filters, Hit, Note, Result
from viewer.core.search.spelling import corrected
from viewer.core.terms import Glossary, glossary_of, stem
from viewer.core.text import TOKEN_RE, fold, is_cyrillic

FEW = 3  # fewer hits than this and spelling suggestions are offered
MAX_EXPANSIONS = 64
EXACT_COUNT_UP_TO = 2000  # prefix and fuzzy terms: enough for a reader, bounded for speed


class SearchEngine:
    """Thread-safe: each search opens its own searcher on the shared index."""

    def __init__(
        self, ix, glossary: tuple[Term, ...] = (), rebuild=None, lexicon=None, follow=None
    ):
        self.ix = ix
        self._local = threading.local()  # one searcher per thread, kept open
        self.glossary = glossary_of(glossary)
        # Read-only once made: the reader's window may share it.
        self.counterparts = Counterparts(self.glossary, lexicon)
        # () -> a new whoosh index in place of a damaged one
        self._rebuild = rebuild
        self._rebuild_lock = threading.Lock()
        # (corpus) -> the index brought up to date with the library's documents
        self._follow = follow

    def follow(self, corpus) -> None:
        """Search `corpus` from now on: the reader imported or removed a
        document. Only that document's block pairs are indexed or dropped."""
        if self._follow is not None:
            with self._rebuild_lock:
                self.ix = self._follow(corpus)
            self._close_searcher()  # an index updated in place is the same object

    def search(
        self, text: str, filters: Filters | None = None, limit: int = 50, correct: bool = True
    ) -> Result:
        """Hits for `text`, as `_search` finds them. The manifest cannot tell
        every damage (nor a planted index whose manifest was rewritten to
        match), and whoosh reports damage with any exception at all: when
        the index fails, it is rebuilt and the query runs again, and the
        reader is told either way."""
        ix = self.ix
        try:
            return self._search(text, filters, limit, correct)
        except Exception as error:  # zlib.error, KeyError, struct.error, ...
            if self._rebuild is None:
                return _failed(text, error)
        try:
            self._close_searcher()  # the damaged files are about to go
            with self._rebuild_lock:
                if self.ix is ix:  # else another thread has rebuilt it already
                    self.ix = self._rebuild()
            result = self._search(text, filters, limit, correct)
        except Exception as error:
            return _failed(text, error)
        return result._replace(notes=(Note("rebuilt", REBUILT), *result.notes))

    def _search(self, text: str, filters: Filters | None, limit: int, correct: bool) -> Result:
        """Hits for `text`. When nothing is found as typed, and `correct`,
        the query is read in the other keyboard layout, then with its
        spelling corrected (saying so, and offering the query as typed);
        failing those, a query of several words finds the paragraphs with
        the most of them."""
        filters = filters or Filters()
        result = self._run(text, filters, limit)
        if not result.query.strip() or not parse(text).positive:
            return result
        if not result.hits:
            if correct:
                for kind, other_text in self._corrections(text):
                    other = self._run(other_text, filters, limit)
                    if other.hits:
                        notes = (_showing(kind, text, other_text), _as_typed(text))
                        return other._replace(query=text, notes=(*notes, *other.notes))
            return self._partial(text, filters, limit) or result
        if correct and len(result.hits) < FEW:
            suggestion = self._suggest(text, filters, len(result.hits))
            if suggestion:
                note = Note(
                    "suggestion",
                    message(
                        "Search",
                        QT_TRANSLATE_NOOP("Search", "Did you mean «{query}»?"),
                        query=suggestion,
                    ),
                    suggestion,
                )
                return result._replace(notes=(*result.notes, note))
        return result

    def _corrections(self, text: str):
        """(kind, query) to try instead of `text`, the likelier first; made
        lazily, since most searches stop at the first."""
        switched = self._switch_unknown_words(text)
        if switched:
            yield "layout", switched
        spelt = corrected(self._searcher().reader(), text)
        if spelt and spelt != switched:
            yield "spelling", spelt

    def _run(self, text: str, filters: Filters, limit: int) -> Result:
        parsed = parse(text)
        if not parsed.positive:
            hint = (
                ()
                if parsed.hints
                else (message("Search", QT_TRANSLATE_NOOP("Search", "Type a word to search.")),)
            )
            return Result(text, (), 0, (), parsed.hints + hint if text.strip() else ())
        notes: list[Note] = []
        langs = tuple(lang for lang in filters.langs if lang in LANGS) or LANGS
        searcher = self._searcher()
        reader = searcher.reader()
        alternatives = []
        negatives = []
        for group in parsed.alternatives:
            musts = self._group(group, langs, notes, reader)
            negatives += [self._clause(c, langs, notes, reader) for c in group if c.negated]
            if musts:
                alternatives.append(Q.And(musts) if len(musts) > 1 else musts[0])
        positive = _prune(Q.Or(alternatives), reader)
        if positive is Q.NullQuery:
            return Result(text, (), 0, tuple(dict.fromkeys(notes)), parsed.hints)
        negative = _prune(Q.Or(negatives), reader)
        whole = positive if negative is Q.NullQuery else Q.AndNot(positive, negative)
        results = searcher.search(whole, limit=limit, filter=_filter(filters))
        hits = self._hits(results, positive, langs, reader)
        estimate = results.estimated_length()
        # An exact count of a very common word means a second pass over its
        # postings; past this many an estimate serves the reader as well.
        total = len(results) if estimate <= EXACT_COUNT_UP_TO else estimate
        return Result(text, hits, total, tuple(dict.fromkeys(notes)), parsed.hints)

    def _hits(self, results, positive, langs, reader) -> tuple[Hit, ...]:
        marks = _highlight_terms(positive, reader, self.glossary)
        hits = []
        for hit in results:
            fields = hit.fields()
            texts = {lang: fields[lang] for lang in LANGS}
            spans = {lang: _spans(texts[lang], marks, lang) for lang in langs}
            counterparts = tuple(
                found
                for lang in LANGS
                for found in self.counterparts.find(
                    texts, lang, spans.get(lang, ()), exclude=spans.get(other(lang), ())
                )
            )
            hits.append(
                Hit(
                    fields["doc"],
                    fields["paragraph"],
                    round(hit.score, 4),
                    fields["key"],
                    fields["ru"],
                    fields["en"],
                    spans,
                    counterparts,
                )
            )
        return tuple(hits)

    def _searcher(self):
        searcher = getattr(self._local, "searcher", None)
        if searcher is None or getattr(self._local, "ix", None) is not self.ix:
            self._close_searcher()
            self._local.ix = self.ix
            searcher = self._local.searcher = self.ix.searcher()
        return searcher

    def _close_searcher(self) -> None:
        searcher = getattr(self._local, "searcher", None)
        self._local.searcher = None
        if searcher is not None:
            with contextlib.suppress(Exception):  # a damaged index may fail to close too
                searcher.close()

    def _group(self, group, langs, notes: list[Note], reader) -> list:
        """The AND-ed nodes of one alternative. A run of plain words that
        spells a glossary term ("Collective Security Treaty Organization")
        also matches the term's other forms, in both languages."""
        plain = [not (c.negated or c.prefix or c.fuzzy) and len(c.words) == 1 for c in group]
        musts, i = [], 0
        while i < len(group):
            if group[i].negated:
                i += 1
                continue
            for j in range(len(group), i + 1, -1):
                if all(plain[i:j]):
                    run = group[i:j]
                    own = tuple(stem(fold(c.words[0])) for c in run)
                    text = " ".join(c.text for c in run)
                    mentions = self._expansion(own, text, langs, notes)
                    if mentions:
                        words = [self._clause(c, langs, notes, reader) for c in run]
                        musts.append(Q.Or([Q.And(words), *mentions]))
                        i = j
                        break
            else:
                musts.append(self._clause(group[i], langs, notes, reader))
                i += 1
        return musts

    def _clause(self, clause: Clause, langs, notes: list[Note], reader):
        if clause.prefix or clause.fuzzy:
            word = fold(clause.words[0])
            if clause.prefix:
                nodes = [_prefix(reader, f"{lang}_exact", word) for lang in langs]
            else:
                distance = 1 if len(word) <= 5 else 2
                nodes = [_fuzzy(reader, f"{lang}_exact", word, distance) for lang in langs]
            return Q.Or(nodes)
        own = tuple(stem(fold(w)) for w in clause.words)
        nodes = [_sequence(lang, own) for lang in langs]
        if not clause.negated:
            nodes += self._expansion(own, clause.text, langs, notes)
        word = fold(clause.words[0])
        if len(clause.words) == 1 and "ru" in langs and is_cyrillic(word) and len(word) >= 5:
            # Snowball gives some names and place names two stems
            # (Узбекистан / Узбекистане, Мирзиёев / Мирзиёеву): the word's
            # longer forms are found by prefix as well, and so are the other
            # cases of a capitalised name typed in an oblique case.
            nodes.append(_prefix(reader, "ru_exact", word))
            base = stem(word)
            if clause.words[0][:1].isupper() and base != word and len(base) >= 5:
                nodes.append(_prefix(reader, "ru_exact", base[:-1]))
        return nodes[0] if len(nodes) == 1 else Q.Or(nodes)

    def _expansion(self, own: tuple[str, ...], text: str, langs, notes: list[Note]) -> list:
        """Queries for the pairs that mention the glossary term `own` spells,
        in any of its forms, with a note naming the forms; [] if it spells
        none."""
        index = self.glossary.named_by(own)
        if index is None:
            return []
        term = self.glossary.terms[index]
        others = [
            form
            for lang in LANGS
            for form, form_stems in zip(
                term.forms(lang), self.glossary.forms[index][lang], strict=True
            )
            if form_stems != own
        ]
        if others:
            notes.append(
                Note(
                    "glossary",
                    message(
                        "Search",
                        QT_TRANSLATE_NOOP("Search", "«{query}» also searched as: {forms}."),
                        query=text,
                        forms="; ".join(others),
                    ),
                )
            )
        return [Q.Term(f"{lang}_terms", term_id(index)) for lang in langs]

    def _switch_unknown_words(self, text: str) -> str | None:
        """`text` with each word the index does not know, but knows in the other
        keyboard layout, switched; None when no word switches."""
        switched_any = False
        parts = []
        searcher = self._searcher()
        for part in re.split(r"(\s+)", text):
            other = switch_layout(part) if part.strip() else None
            if other and not _known(searcher, part) and _known(searcher, other):
                parts.append(other)
                switched_any = True
            else:
                parts.append(part)
        return "".join(parts) if switched_any else None

    def _suggest(self, text: str, filters: Filters, found: int) -> str | None:
        """A spelling of `text` that finds more than the `found` hits it does."""
        replaced = corrected(self._searcher().reader(), text)
        if replaced is None:
            return None
        return replaced if len(self._run(replaced, filters, FEW).hits) > found else None

    def _partial(self, text: str, filters: Filters, limit: int) -> Result | None:
        """For words that no paragraph has all of: the paragraphs with the
        most of them, ranked, with a note saying so; None for a query of one
        word or of alternatives, or when no word is found at all."""
        parsed = parse(text)
        if len(parsed.alternatives) != 1:
            return None
        notes: list[Note] = []
        langs = tuple(lang for lang in filters.langs if lang in LANGS) or LANGS
        searcher = self._searcher()
        reader = searcher.reader()
        group = parsed.alternatives[0]
        musts = [_prune(m, reader) for m in self._group(group, langs, notes, reader)]
        if len(musts) < 2:
            return None
        musts = [m for m in musts if m is not Q.NullQuery]
        allowed = _filter(filters)
        allowed = set(searcher.docs_for_query(allowed)) if allowed is not None else None
        negative = _prune(
            Q.Or([self._clause(c, langs, notes, reader) for c in group if c.negated]), reader
        )
        excluded = set() if negative is Q.NullQuery else set(searcher.docs_for_query(negative))
        counts = Counter()
        for must in musts:
            docs = set(searcher.docs_for_query(must)) - excluded
            counts.update(docs if allowed is None else docs & allowed)
        if not counts:
            return None
        most = max(counts.values())
        best = {doc for doc, count in counts.items() if count == most}
        positive = Q.Or(musts)
        results = searcher.search(positive, limit=limit, filter=best)
        note = Note(
            "partial",
            message(
                "Search",
                QT_TRANSLATE_NOOP(
                    "Search",
                    "No paragraph has all the words; showing those that have the most of them.",
                ),
            ),
        )
        hits = self._hits(results, positive, langs, reader)
        return Result(text, hits, len(best), (note, *dict.fromkeys(notes)), parsed.hints)


def _failed(text: str, error: Exception) -> Result:
    note = message(
        "Search",
        QT_TRANSLATE_NOOP(
            "Search", "The search index is damaged and could not be rebuilt ({reason})."
        ),
        reason=str(error) or type(error).__name__,
    )
    return Result(text, (), 0, (Note("failed", note),))


def _showing(kind: str, typed: str, instead: str) -> Note:
    return Note(
        kind,
        message(
            "Search",
            QT_TRANSLATE_NOOP(
                "Search", "Nothing found for «{typed}»; showing results for «{switched}»."
            ),
            typed=typed,
            switched=instead,
        ),
        instead,
    )


def _as_typed(typed: str) -> Note:
    """A way back to exactly what was typed, when a correction was shown."""
    return Note(
        "as-typed",
        message(
            "Search", QT_TRANSLATE_NOOP("Search", "Search for «{typed}» as typed"), typed=typed
        ),
        typed,
    )


def _prune(query, reader):
    """`query` without the words the index does not hold. Besides saving
    work, this keeps whoosh's block-quality skipping on: one absent word (an
    English stem looked up in the Russian field, say) would turn it off for
    the whole query, and every matching pair would be scored."""
    if isinstance(query, Q.Term):
        return query if reader.doc_frequency(query.fieldname, query.text) else Q.NullQuery
    if isinstance(query, Q.And):
        children = [_prune(child, reader) for child in query.subqueries]
        if any(child is Q.NullQuery for child in children):
            return Q.NullQuery
        if isinstance(query, _Pairs):
            return query
        return children[0] if len(children) == 1 else Q.And(children)
    if isinstance(query, Q.Or):
        children = [_prune(child, reader) for child in query.subqueries]
        children = [child for child in children if child is not Q.NullQuery]
        if not children:
            return Q.NullQuery
        return children[0] if len(children) == 1 else Q.Or(children)
    return query


def _known(searcher, part: str) -> bool:
    """Whether every word of `part` occurs in the index (as a word or, with a
    trailing '*', as a prefix)."""
    words = [fold(m.group(0)) for m in TOKEN_RE.finditer(part)]
    if not words:
        return False
    for word in words:
        lang = "ru" if is_cyrillic(word) else "en"
        if part.rstrip("~0123456789").endswith("*"):
            if next(iter(searcher.reader().expand_prefix(f"{lang}_exact", word)), None) is None:
                return False
        elif not searcher.doc_frequency(lang, stem(word)):
            return False
    return True


def _prefix(reader, field: str, prefix: str):
    """The commonest words starting with `prefix`: a short prefix in a large
    index expands to thousands of words, which would make the query crawl."""
    return _commonest(reader, field, reader.expand_prefix(field, prefix))


def _fuzzy(reader, field: str, word: str, distance: int):
    """The commonest words within `distance` edits of `word`, looked up once:
    a FuzzyTerm would build its automaton anew at every step of a search."""
    return _commonest(reader, field, reader.terms_within(field, word, distance, prefix=1))


def _commonest(reader, field: str, expansion):
    words = list(islice(expansion, 20 * MAX_EXPANSIONS))
    if len(words) > MAX_EXPANSIONS:
        words.sort(key=lambda w: -reader.doc_frequency(field, w))
        words = words[:MAX_EXPANSIONS]
    return Q.Or([Q.Term(field, w) for w in words]) if words else Q.NullQuery


class _Pairs(Q.And):
    """A phrase of three or more words as the AND of its adjacent word pairs:
    as good as a positional phrase for names and terms of this length, and
    without reading word positions. Keeps the words, for highlighting."""

    def __init__(self, lang: str, words: tuple[str, ...]):
        super().__init__([Q.Term(f"{lang}_pairs", PAIR_SEP.join(p)) for p in pairwise(words)])
        self.lang = lang
        self.words = words


def _sequence(lang: str, stems_: tuple[str, ...]):
    """One word, or a phrase: its adjacent pairs are single terms of the
    *_pairs field."""
    if len(stems_) == 1:
        return Q.Term(lang, stems_[0])
    if len(stems_) == 2:
        return Q.Term(f"{lang}_pairs", PAIR_SEP.join(stems_))
    return _Pairs(lang, stems_)


def _filter(filters: Filters):
    parts = []
    if filters.docs:
        parts.append(Q.Or([Q.Term("doc", d) for d in filters.docs]))
    if filters.key_only:
        parts.append(Q.Term("key", True))
    if filters.date_from or filters.date_to:
        low = filters.date_from or None
        high = (filters.date_to + "\uffff") if filters.date_to else None
        parts.append(Q.TermRange("date", low, high))
    if not parts:
        return None
    return Q.And(parts) if len(parts) > 1 else parts[0]


class _Marks(NamedTuple):
    """What to mark in a text: single words per field, and phrases."""

    words: dict[str, set[str]]  # field -> folded words (…_exact) or stems
    phrases: dict[str, list[tuple[str, ...]]]  # field -> stem sequences


def _highlight_terms(query, reader, glossary: Glossary) -> _Marks:
    marks = _Marks({}, {})
    _collect(query, reader, marks, glossary)
    return marks


def _collect(query, reader, marks: _Marks, glossary: Glossary) -> None:
    if isinstance(query, _Pairs):
        marks.phrases.setdefault(query.lang, []).append(query.words)
    elif not query.is_leaf():
        for child in query.children():
            _collect(child, reader, marks, glossary)
    elif (query.field() or "").endswith("_terms"):
        lang = query.field().removesuffix("_terms")
        index = int(query.text.removeprefix("t"))
        marks.phrases.setdefault(lang, []).extend(glossary.forms[index][lang])
    elif (query.field() or "").endswith("_pairs"):
        lang = query.field().removesuffix("_pairs")
        marks.phrases.setdefault(lang, []).append(tuple(query.text.split(PAIR_SEP)))
    else:
        for fieldname, text in query.existing_terms(reader, phrases=False, expand=True):
            word = text.decode("utf-8") if isinstance(text, bytes) else text
            marks.words.setdefault(fieldname, set()).add(word)


def _spans(text: str, marks: _Marks, lang: str) -> tuple[tuple[int, int], ...]:
    stemmed = marks.words.get(lang, set())
    exact = marks.words.get(f"{lang}_exact", set())
    phrases = marks.phrases.get(lang, [])
    if not (stemmed or exact or phrases):
        return ()
    found = [(m.span(), fold(m.group(0))) for m in TOKEN_RE.finditer(text)]
    token_stems = [stem(folded) for _span, folded in found]
    spans = {
        span
        for (span, folded), s in zip(found, token_stems, strict=True)
        if folded in exact or s in stemmed
    }
    for phrase in phrases:
        size = len(phrase)
        for i in range(len(found) - size + 1):
            if tuple(token_stems[i : i + size]) == phrase:
                spans.add((found[i][0][0], found[i + size - 1][0][1]))
    return _merge(sorted(spans))


def _merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
