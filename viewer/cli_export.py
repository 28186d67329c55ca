"""`diptych export-pdf OUT.pdf`: annotated excerpts as a PDF, chosen and
drawn by the same export code as in the window. The arguments are declared
with the other commands, in cli."""

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from viewer.cli import _shown
from viewer.cli_annotations import _colour, _store
from viewer.core.annotations import editions, model
from viewer.core.annotations.store import StoreError
from viewer.core.atomic import write_atomic
from viewer.core.context import AppContext
from viewer.core.i18n import resolve_language
from viewer.core.model import LANGS
from viewer.export.excerpts import Choice, excerpts

translate = QCoreApplication.translate


def run_export_pdf(args) -> int:
    problem = _unwritable(args.out, args.force)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    context = AppContext(args.data_dir, args.corpus)
    _check_docs(args, context)
    try:
        choice = _choice(args, context)
    except _NoSearch as said:
        print(said, file=sys.stderr)
        return 1
    try:
        with _store(context) as store:
            for document in context.corpus.documents:
                editions.follow(store, document)
            annotations = store.all()
    except StoreError as error:
        print(error.message.text(), file=sys.stderr)
        return 1
    chosen = excerpts(context.corpus, annotations, choice)
    if not chosen:
        print(
            translate(
                "Cli",
                "Nothing to export: no paragraph matches the choice, so no PDF was written."
                " By default the paragraphs you annotated are exported; see --key-passages and"
                " --search for others.",
            ),
            file=sys.stderr,
        )
        return 1
    from viewer.export.pdf import (
        Options,
        render,
        system_author,
    )  # the GUI library loads only when needed

    language = resolve_language("system")  # as the command line's messages
    options = Options(
        layout=args.layout,
        paper=args.paper,
        language=language,
        meanings=tuple(model.meanings(context.settings["annotations/meanings"]).items()),
        author=system_author(),
        date=date.today().isoformat(),
    )
    try:
        write_atomic(args.out, render(chosen, options), shared=True)
    except OSError as error:
        print(
            translate("Cli", "Cannot write {path}: {error}").format(
                path=_shown(str(args.out)), error=error.strerror or error
            ),
            file=sys.stderr,
        )
        return 1
    print(
        translate("Cli", "Excerpts written to {file}: {count}").format(
            file=_shown(str(args.out)), count=len(chosen)
        )
    )
    return 0


def _unwritable(out: Path, force: bool) -> str | None:
    """Why the PDF cannot be written to `out`, in words; None when it can be
    tried. Said before any work is done."""
    path = _shown(str(out))
    if out.is_dir():
        return translate("Cli", "{path} is a folder; give the PDF's file name").format(path=path)
    if out.exists() and not force:
        return translate("Cli", "{path} exists; add --force to replace it").format(path=path)
    folder = out.parent
    if not folder.is_dir():
        return translate("Cli", "There is no folder {folder} to write the PDF in").format(
            folder=_shown(str(folder))
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        return translate("Cli", "Cannot write in the folder {folder}: permission denied").format(
            folder=_shown(str(folder))
        )
    return None


def _check_docs(args, context: AppContext) -> None:
    unknown = [doc for doc in args.doc or () if context.corpus.document(doc) is None]
    if unknown:
        args.command_parser.error(
            translate("Cli", "no document {ids} in the corpus; its documents are: {known}").format(
                ids=", ".join(unknown), known=", ".join(d.id for d in context.corpus.documents)
            )
        )


class _NoSearch(Exception):
    pass


def _choice(args, context: AppContext) -> Choice:
    colours = tuple(_colour(name, context, args.command_parser) for name in args.colour or ())
    # With nothing named, what the reader marked.
    annotations = args.annotations or not (colours or args.key_passages)
    return Choice(
        docs=tuple(args.doc or ()),
        highlights=annotations or bool(colours),
        colours=colours,
        bookmarks=annotations,
        notes=annotations,
        key_passages=args.key_passages,
        places=_found(args, context) if args.search is not None else None,
    )


SEARCH_LIMIT = 100_000  # every hit, in practice: a corpus has fewer paragraphs


def _found(args, context: AppContext) -> tuple[tuple[str, int], ...]:
    """The paragraphs that `--search` finds, as `diptych search` finds them."""
    from viewer.core.search import Filters, IndexUnavailable, open_engine
    from viewer.core.search.query import parse

    parsed = parse(args.search)
    if not parsed.positive:
        hints = [hint.text() for hint in parsed.hints] or [
            translate("Cli", "The query is empty: give a word or a phrase to search for.")
        ]
        args.command_parser.error(" ".join(hints))
    try:
        engine, note = open_engine(context.corpus, context.dirs.cache)
    except IndexUnavailable as error:
        raise _NoSearch(
            translate("Cli", "Search is unavailable: {error}").format(error=error)
        ) from error
    if note:
        print(note.text(), file=sys.stderr)
    result = engine.search(args.search, Filters(LANGS, tuple(args.doc or ())), SEARCH_LIMIT)
    for said in result.notes:
        if said.kind != "as-typed":  # a link in the window; here the text is as typed
            print(said.message.text(), file=sys.stderr)
    return tuple((hit.doc, hit.paragraph) for hit in result.hits)
