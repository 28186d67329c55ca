"""`diptych compare DOC_ID | --all [--json]`: the difference flags between
the Russian and English versions, from the same core code as the reader's
markers. The arguments are declared with the other commands, in cli."""

import json
import sys

from PySide6.QtCore import QCoreApplication

from viewer.core.compare import Comparer
from viewer.core.context import AppContext

translate = QCoreApplication.translate


def run_compare(args) -> int:
    context = AppContext(args.data_dir, args.corpus)
    for notice in context.notices:  # a damaged cache or settings file, said once
        print(notice.text(), file=sys.stderr)
    corpus = context.corpus
    if args.all:
        documents = corpus.documents
    else:
        document = corpus.document(args.doc_id)
        if document is None:
            args.command_parser.error(
                translate(
                    "Cli", "no document {ids} in the corpus; its documents are: {known}"
                ).format(ids=args.doc_id, known=", ".join(d.id for d in corpus.documents))
            )
        documents = (document,)
    comparer = Comparer(corpus.glossary)
    flags = [flag for document in documents for flag in comparer.document_flags(document)]
    if args.json:
        print(json.dumps([_json(flag) for flag in flags], ensure_ascii=False, indent=1))
        return 0
    for flag in flags:
        print(f"{flag.doc} ¶{flag.paragraph} {flag.kind} {flag.only_in}: {flag.message.text()}")
    # Flags on the edition's own translation that it records as intended
    # (meta.toml [[intended]]) are not counted: `diptych check` deals with them.
    print(
        translate("Cli", "Differences: {count} (documents compared: {documents})").format(
            count=len(flags), documents=len(documents)
        )
    )
    return 0


def _json(flag) -> dict:
    return {
        "doc": flag.doc,
        "paragraph": flag.paragraph,
        "kind": flag.kind,
        "only_in": flag.only_in,
        "value": flag.value,
        "message": flag.message.text(),
        "found": flag.found,
        "translation": flag.translation,
        "spans": [list(span) for span in flag.spans],
    }
