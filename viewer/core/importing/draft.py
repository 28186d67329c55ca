"""An import under review: the two languages' paragraphs, the links the
aligner proposed, and the reader's corrections of them (merge two links,
split one, shift a paragraph across the boundary of two, leave one out), each an edit that
returns a new draft, so the review dialog can undo by keeping the old one.

A link the reader has edited is certain: its confidence becomes 1.
"""

import re
import unicodedata
from typing import NamedTuple

from viewer.core.align import Link, align
from viewer.core.importing.paragraphs import Para
from viewer.core.lexicon import Lexicon
from viewer.core.model import Bilingual, BlockPair, Text
from viewer.core.terms import Glossary, glossary_of

REVIEWED = 1.0
_MAX_ID = 40
_LATIN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
_TRANSLIT = {
    cyrillic: "" if latin == "-" else latin
    for cyrillic, latin in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _LATIN.split(), strict=True)
}


class Draft(NamedTuple):
    ru: tuple[Para, ...]
    en: tuple[Para, ...]
    links: tuple[Link, ...]

    def side(self, lang: str) -> tuple[Para, ...]:
        return self.en if lang == "en" else self.ru

    def texts(self, index: int, lang: str) -> list[str]:
        """The paragraphs of link `index` in `lang`."""
        paras = self.side(lang)
        return [paras[i].text for i in getattr(self.links[index], lang)]

    def pair(self, index: int) -> BlockPair:
        """Link `index` as a block pair of plain text, for the difference flags."""
        link = self.links[index]
        texts = [Text("", "\n".join(self.texts(index, lang)), "", (), 0) for lang in ("ru", "en")]
        kind = (self.ru[link.ru[0]] if link.ru else self.en[link.en[0]]).kind
        return BlockPair(index + 1, kind, 0, *texts)

    def merge(self, index: int) -> "Draft":
        """Link `index` and the one after it made one."""
        if not 0 <= index < len(self.links) - 1:
            return self
        first, second = self.links[index], self.links[index + 1]
        merged = Link(first.ru + second.ru, first.en + second.en, REVIEWED)
        return self._with(index, 2, [merged])

    def split(self, index: int) -> "Draft":
        """Link `index` made two: the last paragraph of each side holding
        more than one goes to a new link after it; a 1:1 link is undone
        into a Russian and an English paragraph without counterpart."""
        if not 0 <= index < len(self.links):
            return self
        link = self.links[index]
        if len(link.ru) <= 1 and len(link.en) <= 1:
            if not (link.ru and link.en):
                return self
            parts = [Link(link.ru, (), REVIEWED), Link((), link.en, REVIEWED)]
        else:
            ru_cut = len(link.ru) - 1 if len(link.ru) > 1 else len(link.ru)
            en_cut = len(link.en) - 1 if len(link.en) > 1 else len(link.en)
            parts = [
                Link(link.ru[:ru_cut], link.en[:en_cut], REVIEWED),
                Link(link.ru[ru_cut:], link.en[en_cut:], REVIEWED),
            ]
        return self._with(index, 1, parts)

    def shift(self, index: int, lang: str, down: bool) -> "Draft":
        """Move one paragraph of `lang` across the boundary between link
        `index` and the next: with `down`, the last of link `index` goes to
        the start of the next; else the first of the next comes up."""
        if not 0 <= index < len(self.links) - 1:
            return self
        upper, lower = self.links[index], self.links[index + 1]
        top, bottom = getattr(upper, lang), getattr(lower, lang)
        if down and top:
            top, bottom = top[:-1], top[-1:] + bottom
        elif not down and bottom:
            top, bottom = top + bottom[:1], bottom[1:]
        else:
            return self
        upper = upper._replace(**{lang: top, "confidence": REVIEWED})
        lower = lower._replace(**{lang: bottom, "confidence": REVIEWED})
        return self._with(index, 2, [link for link in (upper, lower) if link.ru or link.en])

    def leave_out(self, index: int) -> "Draft":
        """Link `index` dropped from the import with its paragraphs (debris
        of a web page, say): they are not saved."""
        if not 0 <= index < len(self.links) or len(self.links) == 1:
            return self
        return self._with(index, 1, [])

    def _with(self, index: int, count: int, replacement: list[Link]) -> "Draft":
        links = self.links[:index] + tuple(replacement) + self.links[index + count :]
        return self._replace(links=links)


def draft(
    ru: list[Para],
    en: list[Para],
    glossary: Glossary | None = None,
    lexicon: Lexicon | None = None,
) -> Draft:
    """The aligner's proposal for `ru` and `en`, with the terms of
    `glossary` and the word pairs of `lexicon` as anchors."""
    links = align([p.text for p in ru], [p.text for p in en], glossary, lexicon)
    return Draft(tuple(ru), tuple(en), tuple(links))


def draft_for(ru: list[Para], en: list[Para], corpus, cache_dir) -> Draft:
    """The aligner's proposal, anchored by `corpus`'s glossary and the
    counterpart lexicon kept with its search index in `cache_dir`: what the
    window, the command and the self-test all import with."""
    from viewer.core.search import corpus_lexicon

    return draft(ru, en, glossary_of(corpus.glossary), corpus_lexicon(corpus, cache_dir))


def propose_id(title: Bilingual, taken) -> str:
    """An id made from the English title (the Russian one transliterated
    when there is no English), not one for which `taken(id)` is true."""
    base = _slug(title.en) or _slug(_transliterate(title.ru)) or "document"
    candidate, number = base, 2
    while taken(candidate):
        candidate = f"{base[: _MAX_ID - 4]}-{number}"
        number += 1
    return candidate


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > _MAX_ID:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug


def _transliterate(text: str) -> str:
    return "".join(_TRANSLIT.get(char, char) for char in text.lower())
