"""Annotations for tests, and a writer to run as a child process:
`python -m tests.annotation_factory FOLDER [COUNT]` opens the store in
FOLDER, prints `ready`, then adds COUNT notes (or adds forever), printing
each id once its transaction has committed."""

import sys
from pathlib import Path

from viewer.core.annotations.model import Annotation, new_id, now


def note(**fields) -> Annotation:
    stamp = now()
    values = dict(
        id=new_id(),
        kind="note",
        doc="alpha",
        paragraph=1,
        quote="Заявление\nStatement",
        note="a note",
        created=stamp,
        modified=stamp,
    )
    return Annotation(**{**values, **fields})


def bookmark(**fields) -> Annotation:
    return note(**{"kind": "bookmark", "note": "", "label": "here", **fields})


def highlight(**fields) -> Annotation:
    values = dict(
        kind="highlight",
        paragraph=2,
        lang="en",
        start=3,
        end=10,
        quote="members",
        prefix="We, the ",
        suffix=" of the Collective",
        colour="blue",
        note="",
    )
    return note(**{**values, **fields})


def _write(folder: Path, count: int | None) -> None:
    from viewer.core.annotations.store import AnnotationStore

    store = AnnotationStore(folder)
    print("ready", flush=True)
    made = 0
    while count is None or made < count:
        annotation = note(note=f"written {made}", tags=("child", str(made % 7)))
        store.save([annotation])
        print(annotation.id, flush=True)
        made += 1
    store.close()


if __name__ == "__main__":
    _write(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else None)
