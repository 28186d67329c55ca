"""Where the reader left each document, kept so that it survives a
corrected edition: the paragraph at the top of the view with that pair's
text, found again by its text as bookmarks are (see annotations.anchoring)."""

from viewer.core.annotations.model import pair_text
from viewer.core.model import Document


def place(document: Document, paragraph: int) -> list:
    """What the settings keep of the reader's place at `paragraph`."""
    return [paragraph, pair_text(document.pairs[paragraph - 1])]


def paragraph_of(document: Document, saved) -> int | None:
    """The paragraph a saved place stands at now: where its text is, or the
    number saved when the text is gone (or was not saved)."""
    if isinstance(saved, int):
        return saved
    if not isinstance(saved, list):
        return None
    number, text = saved
    if 0 < number <= len(document.pairs) and pair_text(document.pairs[number - 1]) == text:
        return number
    # Loaded only for an edition that changed: start-up does without it.
    from viewer.core.annotations.anchoring import find_pair

    return find_pair(document, number, text) or number
