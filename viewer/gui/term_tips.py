"""What the reader's tip says over a glossary term: its counterpart in the
other language, its kind, and the start of its note."""

from PySide6.QtCore import QCoreApplication

from viewer.core.glossary_index import GlossaryIndex
from viewer.core.labels import term_kind_name
from viewer.core.spans import Span

translate = QCoreApplication.translate

NOTE_CHARACTERS = 240  # of a term's note in a tip: the panel shows it whole


def term_tip(index: GlossaryIndex, doc_id: str, span: Span) -> str:
    """The tip for the glossary terms at `span`'s offset in document
    `doc_id`; empty where there is none."""
    other = "en" if span.lang == "ru" else "ru"
    tips = []
    for number in index.terms_at(doc_id, span.paragraph, span.lang, span.start):
        term = index.terms[number]
        forms = term.forms(other)
        counterpart = forms[0] + (f" ({', '.join(forms[1:])})" if forms[1:] else "")
        tip = translate("ParallelView", "Glossary: {counterpart} — {kind}").format(
            counterpart=counterpart, kind=term_kind_name(term.kind)
        )
        if term.note:
            tip += "\n" + shortened(term.note)
        tips.append(tip)
    return "\n\n".join(tips)


def shortened(text: str) -> str:
    """`text` cut at a word before NOTE_CHARACTERS, with an ellipsis."""
    if len(text) <= NOTE_CHARACTERS:
        return text
    cut = text.rfind(" ", 0, NOTE_CHARACTERS)
    return text[: cut if cut > 0 else NOTE_CHARACTERS].rstrip(" ,;:") + "…"
