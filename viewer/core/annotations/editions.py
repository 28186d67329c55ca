"""Annotations follow a changed edition: when a document's text is not the
text its annotations were last anchored to, they are anchored again (see
anchoring) and the new text recorded, in one transaction. Opening an
unchanged document costs a hash of its text."""

import hashlib

from viewer.core.annotations.model import Annotation, pair_text
from viewer.core.annotations.store import AnnotationStore
from viewer.core.model import Document


def fingerprint(document: Document) -> str:
    digest = hashlib.sha256()
    for pair in document.pairs:
        digest.update(f"{pair.paragraph}\x1e{pair_text(pair)}\x1f".encode())
    return digest.hexdigest()


def follow(store: AnnotationStore, document: Document) -> list[Annotation]:
    """Anchor the annotations of `document` to its text if it changed; the
    annotations that moved or were detached. A read-only store is left as
    it is. Raises StoreError when the result cannot be saved."""
    mark = fingerprint(document)
    if store.read_only or store.anchored_to(document.id) == mark:
        return []
    # Loaded only when an edition changed: opening a document does without it.
    from viewer.core.annotations.anchoring import reanchor

    moved = reanchor(document, store.all(document.id))
    store.save(moved, editions={document.id: mark})
    return moved
