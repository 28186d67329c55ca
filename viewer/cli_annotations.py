"""`diptych annotations ACTION`: the reader's annotations on the command
line, made, stored and exchanged by the same core as in the window. The
arguments are declared with the other commands, in cli."""

import contextlib
import json
import sys
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication

from viewer.cli import _shown
from viewer.core.annotations import editions, exchange, model
from viewer.core.annotations.exchange import ExchangeError
from viewer.core.annotations.store import AnnotationStore, StoreError
from viewer.core.context import AppContext

translate = QCoreApplication.translate


def run_annotations(args) -> int:
    if args.action == "add":
        _check_add(args)
    context = AppContext(args.data_dir, args.corpus)
    try:
        return _ACTIONS[args.action](args, context)
    except (StoreError, ExchangeError) as error:
        print(error.message.text(), file=sys.stderr)
        return 1


@contextlib.contextmanager
def _store(context: AppContext) -> Iterator[AnnotationStore]:
    store = context.annotations
    for notice in context.notices:  # a damaged database restored, say: told once
        print(notice.text(), file=sys.stderr)
    try:
        yield store
    finally:
        store.close()


def _check_add(args) -> None:
    """Exit, saying why, when the options of `add` do not go together."""
    parser = args.command_parser
    if (args.quote is None) != (args.lang is None):
        parser.error(
            translate(
                "Cli", "--quote and --lang go together: the text to highlight and its language"
            )
        )
    if args.quote is not None and args.bookmark:
        parser.error(
            translate("Cli", "a bookmark marks a whole paragraph: give --bookmark or --quote")
        )
    if args.colour is not None and args.quote is None:
        parser.error(translate("Cli", "--colour is a highlight's: give --lang and --quote too"))
    if args.label is not None and not args.bookmark:
        parser.error(translate("Cli", "--label names a bookmark: give --bookmark too"))
    if args.quote is None and not args.bookmark and not args.note:
        parser.error(
            translate(
                "Cli",
                "say what to add: --lang and --quote (a highlight), --bookmark, or --note"
                " (a note on the paragraph)",
            )
        )


def _add(args, context: AppContext) -> int:
    parser = args.command_parser
    colour = _colour(args.colour, context, parser) if args.colour is not None else model.COLOURS[0]
    document = context.corpus.document(args.doc)
    if document is None:
        parser.error(
            translate("Cli", "no document {ids} in the corpus; its documents are: {known}").format(
                ids=args.doc, known=", ".join(d.id for d in context.corpus.documents)
            )
        )
    pair = next((p for p in document.pairs if p.paragraph == args.paragraph), None)
    if pair is None:
        parser.error(
            translate("Cli", "{doc} has paragraphs 1 to {count}").format(
                doc=args.doc, count=len(document.pairs)
            )
        )
    fields = {"note": args.note or "", "tags": model.clean_tags(args.tag)}
    if args.quote is not None:
        start = pair.text(args.lang).plain.find(args.quote) if args.quote else -1
        if start < 0:
            print(
                translate(
                    "Cli",
                    "«{quote}» is not in paragraph {paragraph} of {doc} ({lang}); a quote is"
                    " found only as the text has it, character for character.",
                ).format(quote=args.quote, paragraph=args.paragraph, doc=args.doc, lang=args.lang),
                file=sys.stderr,
            )
            return 1
        end = start + len(args.quote)
        made = model.highlight(pair, args.doc, args.lang, start, end, colour, **fields)
    elif args.bookmark:
        made = model.on_pair(pair, args.doc, "bookmark", label=args.label or "", **fields)
    else:
        made = model.on_pair(pair, args.doc, "note", **fields)
    with _store(context) as store:
        if made.kind == "bookmark" and (there := _bookmark(store, args.doc, args.paragraph)):
            print(
                translate(
                    "Cli", "Paragraph {paragraph} of {doc} has a bookmark already: {id}"
                ).format(paragraph=args.paragraph, doc=args.doc, id=there.id),
                file=sys.stderr,
            )
            return 1
        store.save([made])
    print(made.id)
    return 0


def _colour(name: str, context: AppContext, parser) -> str:
    """The colour `name` is: its key, the reader's name for it, or its
    default meaning in the interface language or in English."""
    wanted = name.strip().casefold()
    named = model.meanings(context.settings["annotations/meanings"])
    for colour in model.COLOURS:
        if wanted in (colour, named[colour].casefold(), model.DEFAULT_MEANINGS[colour]):
            return colour
    parser.error(
        translate("Cli", "no colour {name}; the colours are: {known}").format(
            name=name, known=", ".join(f"{c} ({named[c]})" for c in model.COLOURS)
        )
    )


def _bookmark(store: AnnotationStore, doc: str, paragraph: int):
    return next(
        (a for a in store.all(doc) if a.kind == "bookmark" and a.paragraph == paragraph), None
    )


def _list(args, context: AppContext) -> int:
    with _store(context) as store:
        for document in context.corpus.documents:
            if args.doc in (None, document.id):
                editions.follow(store, document)
        annotations = store.all(args.doc)
    if args.json:
        print(json.dumps([exchange.as_json(a) for a in annotations], ensure_ascii=False, indent=1))
        return 0
    named = model.meanings(context.settings["annotations/meanings"])
    for annotation in annotations:
        print(_heading(annotation, named))
        for line in _details(annotation):
            print("    " + line.replace("\n", "\n      "))
    if annotations:
        print(translate("Cli", "Annotations: {count}").format(count=len(annotations)))
    else:
        print(translate("Cli", "No annotations."))
    return 0


def _heading(annotation: model.Annotation, named: dict[str, str]) -> str:
    kinds = {
        "bookmark": translate("Cli", "bookmark"),
        "highlight": translate("Cli", "highlight"),
        "note": translate("Cli", "note"),
    }
    words = [annotation.id, f"{annotation.doc} ¶{annotation.paragraph}", kinds[annotation.kind]]
    if annotation.kind == "highlight":
        colour = annotation.colour
        words.append(f"{annotation.lang} {colour} ({named[colour]})")
    if annotation.detached:
        words.append(translate("Cli", "(detached: its text is not in this edition)"))
    return "  ".join(words)


def _details(annotation: model.Annotation) -> list[str]:
    lines = []
    if annotation.kind == "highlight":
        lines.append(f"«{annotation.quote}»")
    if annotation.label:
        lines.append(translate("Cli", "label: {label}").format(label=annotation.label))
    if annotation.note:
        lines.append(translate("Cli", "note: {note}").format(note=annotation.note))
    if annotation.tags:
        lines.append(translate("Cli", "tags: {tags}").format(tags=", ".join(annotation.tags)))
    return lines


def _export(args, context: AppContext) -> int:
    with _store(context) as store:
        count = exchange.export(args.file, store.all(args.doc))
    print(
        translate("Cli", "Exported {count} annotations to {file}").format(
            count=count, file=_shown(str(args.file))
        )
    )
    return 0


def _import(args, context: AppContext) -> int:
    with _store(context) as store:
        report = exchange.import_file(store, args.file)
    print(
        translate("Cli", "Added {added}, updated {updated}, skipped {skipped}.").format(
            **report._asdict()
        )
    )
    return 0


def _remove(args, context: AppContext) -> int:
    ids = list(dict.fromkeys(args.ids))
    with _store(context) as store:
        missing = [i for i in ids if store.get(i) is None]
        if missing:
            print(
                translate("Cli", "No annotation {ids}; nothing was removed.").format(
                    ids=", ".join(missing)
                ),
                file=sys.stderr,
            )
            return 1
        for removed in store.remove(ids):
            print(translate("Cli", "Removed {id}").format(id=removed.id))
    return 0


_ACTIONS = {"add": _add, "list": _list, "export": _export, "import": _import, "remove": _remove}
