"""Removing an imported document from the library, and what becomes of the
reader's annotations of it: kept, marked detached (they stay listed and
exportable, and come back to life if the document is imported again under
its id), or deleted with it when the reader says so."""

from viewer.core.annotations.store import AnnotationStore
from viewer.core.library import Library


def remove_document(
    library: Library, store: AnnotationStore, doc_id: str, delete_annotations: bool = False
) -> int:
    """Remove `doc_id` (the folder first: a failure after it leaves the
    annotations as they were, which the window lists as detached anyway);
    returns how many annotations were detached or deleted. Raises KeyError
    for a document that is not the reader's own, OSError (or the store's
    StoreError) when a change cannot be made."""
    library.remove(doc_id)
    annotations = store.all(doc_id)
    if not annotations:
        return 0
    if delete_annotations:
        store.remove(a.id for a in annotations)
    else:
        detached = [a.replace(detached=True) for a in annotations]
        store.save(detached, editions={doc_id: None})
    return len(annotations)
