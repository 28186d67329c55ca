"""The command line: `diptych [COMMAND]`; with no command it opens the window."""

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from viewer import __version__
from viewer.core.model import LANGS

translate = QCoreApplication.translate


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diptych",
        description=translate(
            "Cli",
            "Official Russian and English texts side by side. With no command, opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar=translate("Cli", "DIR"),
        help=translate("Cli", "keep settings, notes and the index in DIR for this run"),
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        metavar=translate("Cli", "DIR"),
        help=translate("Cli", "read the corpus from DIR instead of the one shipped"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Cli",
            "check that the app works here (offscreen, in a temporary folder of its own),"
            " print the result and exit",
        ),
    )
    # For start-up benchmarks of any build, the frozen one included: open the
    # window, print "painted" at the first paint of the text, and quit.
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", title=translate("Cli", "commands"))
    check = commands.add_parser(
        "check",
        help=translate("Cli", "validate a corpus directory"),
        description=translate(
            "Cli",
            "Validate a corpus: print every problem as path:line: message;"
            " exit 1 if there is any error.",
        ),
    )
    check.set_defaults(command_parser=check)

    check.add_argument(
        "corpus_dir",
        nargs="?",
        type=Path,
        metavar="CORPUS_DIR",
        help=translate("Cli", "the corpus to check (default: the shipped corpus)"),
    )
    search = commands.add_parser(
        "search",
        allow_abbrev=False,
        help=translate("Cli", "search the corpus in both languages"),
        description=translate(
            "Cli",
            'Search both languages at once. Syntax: words (all must match), "a phrase",'
            " prefix*, word~ (spelling may differ), -excluded, OR between alternatives."
            " Every word that is not an option below is part of the query, so"
            " `diptych search Astana -Almaty` needs no quotes.",
        ),
    )
    search.set_defaults(command_parser=search)
    search.add_argument("query", nargs="*", metavar=translate("Cli", "QUERY"))
    search.add_argument("--lang", choices=LANGS, help=translate("Cli", "search one language only"))
    search.add_argument(
        "--doc", action="append", metavar="ID", help=translate("Cli", "search only this document")
    )
    search.add_argument(
        "--limit",
        type=_at_least_one,
        default=20,
        metavar="N",
        help=translate("Cli", "show at most N hits"),
    )
    search.add_argument(
        "--as-typed",
        action="store_true",
        help=translate("Cli", "search the words as typed, without correcting them"),
    )
    search.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    index = commands.add_parser(
        "index",
        help=translate("Cli", "build the search index now"),
        description=translate(
            "Cli",
            "Build the search index, or check the one there is. With --out, build it into"
            " DIR (as the installer ships it) instead of the cache folder.",
        ),
    )
    index.add_argument("--out", type=Path, metavar=translate("Cli", "DIR"))
    _annotations_parser(commands)
    _export_pdf_parser(commands)
    _compare_parser(commands)
    _import_parser(commands)
    _library_parsers(commands)
    return parser


def _import_parser(commands) -> None:
    from viewer.cli_import import STATUSES

    doing = commands.add_parser(
        "import",
        help=translate("Cli", "add a document in Russian and English to your library"),
        description=translate(
            "Cli",
            "Read a document in Russian and English, one bilingual FILE or the two languages"
            " in two files, align its paragraphs and save it in your library, where the"
            " window, search and the other commands find it. With --dry-run, show the pairs,"
            " each with its confidence, and the proposed metadata, and save nothing.",
        ),
    )
    doing.set_defaults(command_parser=doing)
    file = translate("Cli", "FILE")
    doing.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar=file,
        help=translate("Cli", "one file holding both languages"),
    )
    doing.add_argument("--ru", type=Path, metavar=file, help=translate("Cli", "the Russian text"))
    doing.add_argument("--en", type=Path, metavar=file, help=translate("Cli", "the English text"))
    doing.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "show the pairs and the metadata without saving anything"),
    )
    doing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    doing.add_argument(
        "--id", type=_document_id, metavar="ID", help=translate("Cli", "the document's id")
    )
    titles = {
        "ru": translate("Cli", "the Russian title, in place of the one found"),
        "en": translate("Cli", "the English title, in place of the one found"),
    }
    statuses = {
        "ru": translate("Cli", "the status of the Russian text"),
        "en": translate("Cli", "the status of the English text"),
    }
    for lang in LANGS:
        doing.add_argument(f"--title-{lang}", metavar=translate("Cli", "TITLE"), help=titles[lang])
    for lang in LANGS:
        doing.add_argument(f"--status-{lang}", choices=STATUSES, help=statuses[lang])


def _library_parsers(commands) -> None:
    listing = commands.add_parser(
        "list",
        help=translate("Cli", "list the documents of the library, with their origin"),
        description=translate(
            "Cli",
            "List every document: its id, its origin (the edition, or imported by you),"
            " its date and its title.",
        ),
    )
    listing.set_defaults(command_parser=listing)
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    removing = commands.add_parser(
        "remove",
        help=translate("Cli", "remove a document you imported"),
        description=translate(
            "Cli",
            "Remove a document you imported from your library. Your annotations of it are"
            " kept, marked detached, unless --delete-annotations is given.",
        ),
    )
    removing.set_defaults(command_parser=removing)
    removing.add_argument(
        "id",
        type=_document_id,
        metavar="ID",
        help=translate("Cli", "the id of the document, as diptych list shows it"),
    )
    removing.add_argument(
        "--delete-annotations",
        action="store_true",
        help=translate("Cli", "delete your annotations of the document too"),
    )


def _document_id(text: str) -> str:
    from viewer.core.loader import ID_RE

    if not ID_RE.fullmatch(text):
        raise argparse.ArgumentTypeError(
            translate(
                "Cli", "{id}: an id is lower-case letters and digits, joined by hyphens"
            ).format(id=_shown(text))
        )
    return text


def _compare_parser(commands) -> None:
    compare = commands.add_parser(
        "compare",
        help=translate("Cli", "list what one language version says and the other does not"),
        description=translate(
            "Cli",
            "List the differences between the Russian and English versions of each paragraph:"
            " numbers, dates, named entities and quotations that one version has and the"
            " other does not. Differences recorded as intended in meta.toml are left out.",
        ),
    )
    compare.set_defaults(command_parser=compare)
    which = compare.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "doc_id", nargs="?", metavar="DOC_ID", help=translate("Cli", "the document to compare")
    )
    which.add_argument("--all", action="store_true", help=translate("Cli", "every document"))
    compare.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _export_pdf_parser(commands) -> None:
    export = commands.add_parser(
        "export-pdf",
        help=translate("Cli", "write annotated excerpts to a PDF, both languages side by side"),
        description=translate(
            "Cli",
            "Write excerpts to a PDF to hand on: each paragraph in both languages with its"
            " source and status, your highlights in their colours and your notes. By default"
            " the paragraphs you annotated, in every document.",
        ),
    )
    export.set_defaults(command_parser=export)
    export.add_argument("out", type=Path, metavar="OUT.pdf")
    export.add_argument(
        "--doc",
        action="append",
        type=_utf8,
        metavar="ID",
        help=translate("Cli", "only this document's excerpts (give --doc again for more)"),
    )
    export.add_argument(
        "--annotations",
        action="store_true",
        help=translate("Cli", "the paragraphs you highlighted, bookmarked or wrote a note on"),
    )
    export.add_argument(
        "--colour",
        action="append",
        type=_utf8,
        metavar=translate("Cli", "NAME"),
        help=translate("Cli", "only highlights of this colour or meaning (give it again for more)"),
    )
    export.add_argument(
        "--key-passages", action="store_true", help=translate("Cli", "the key passages")
    )
    export.add_argument(
        "--search",
        type=_utf8,
        metavar=translate("Cli", "QUERY"),
        help=translate("Cli", "the paragraphs this search finds, with your marks on them"),
    )
    export.add_argument(
        "--layout",
        choices=("side-by-side", "ru", "en"),
        default="side-by-side",
        help=translate("Cli", "both languages side by side (the default), or one"),
    )
    export.add_argument("--paper", choices=("a4", "letter"), default="a4")
    export.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace OUT.pdf if it exists")
    )


def _annotations_parser(commands) -> None:
    annotations = commands.add_parser(
        "annotations",
        help=translate(
            "Cli", "add, list, export, import or remove bookmarks, highlights and notes"
        ),
        description=translate(
            "Cli",
            "Your bookmarks, highlights and notes, kept in the data folder (see --data-dir)"
            " and shared with the window.",
        ),
    )
    annotations.set_defaults(command_parser=annotations)
    actions = annotations.add_subparsers(
        dest="action",
        required=True,
        title=translate("Cli", "commands"),
        metavar="{add,list,export,import,remove}",  # argparse names it so when it is missing
    )
    text = translate("Cli", "TEXT")
    add = actions.add_parser(
        "add",
        help=translate("Cli", "highlight a quote, bookmark a paragraph or add a note to it"),
        description=translate(
            "Cli",
            "Add a highlight (--lang and --quote), a bookmark (--bookmark) or a note"
            " (--note alone) to a paragraph, and print its id.",
        ),
    )
    add.set_defaults(command_parser=add)
    add.add_argument(
        "--doc", required=True, type=_utf8, metavar="ID", help=translate("Cli", "the document")
    )
    add.add_argument(
        "--paragraph",
        required=True,
        type=_at_least_one,
        metavar="N",
        help=translate("Cli", "the paragraph's number, as the window shows it"),
    )
    add.add_argument("--lang", choices=LANGS, help=translate("Cli", "the language of --quote"))
    add.add_argument(
        "--quote",
        type=_annotation_text,
        metavar=text,
        help=translate("Cli", "highlight this text of the paragraph (where it first occurs)"),
    )
    add.add_argument(
        "--colour",
        type=_utf8,
        metavar=translate("Cli", "NAME"),
        help=translate("Cli", "the highlight's colour, or its meaning (default: the first colour)"),
    )
    add.add_argument("--note", type=_annotation_text, metavar=text, help=translate("Cli", "a note"))
    add.add_argument(
        "--tag",
        action="append",
        default=[],
        type=_annotation_tag,
        metavar=translate("Cli", "TAG"),
        help=translate("Cli", "a tag (give --tag again for more)"),
    )
    add.add_argument(
        "--bookmark", action="store_true", help=translate("Cli", "bookmark the paragraph")
    )
    add.add_argument(
        "--label", type=_annotation_text, metavar=text, help=translate("Cli", "the bookmark's name")
    )
    listing = actions.add_parser(
        "list",
        help=translate("Cli", "list annotations"),
        description=translate("Cli", "List the annotations, in reading order."),
    )
    listing.add_argument(
        "--doc", type=_utf8, metavar="ID", help=translate("Cli", "only this document's")
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", "print JSON, each annotation as in an exported file"),
    )
    file = translate("Cli", "FILE")
    export = actions.add_parser(
        "export",
        help=translate("Cli", "write annotations to a file"),
        description=translate(
            "Cli", "Write the annotations to FILE, in the format described in the README."
        ),
    )
    export.add_argument("file", type=Path, metavar=file)
    export.add_argument(
        "--doc", type=_utf8, metavar="ID", help=translate("Cli", "only this document's")
    )
    imported = actions.add_parser(
        "import",
        help=translate("Cli", "merge annotations from a file"),
        description=translate(
            "Cli",
            "Merge the annotations of FILE (a colleague's export, say): those not here are"
            " added, those edited there later than here are updated, the rest skipped. A file"
            " with anything wrong in it is refused whole.",
        ),
    )
    imported.add_argument("file", type=Path, metavar=file)
    remove = actions.add_parser(
        "remove",
        help=translate("Cli", "remove annotations"),
        description=translate("Cli", "Remove the annotations with these ids."),
    )
    remove.add_argument("ids", nargs="+", type=_utf8, metavar="ID")


def _at_least_one(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a whole number of 1 or more").format(value=text)
        )
    return number


def _utf8(text: str) -> str:
    # Python hands over bytes that are not UTF-8 as lone surrogates, which
    # could be neither stored nor printed.
    if not _is_utf8(text):
        raise argparse.ArgumentTypeError(
            translate("Cli", "{word} is not valid UTF-8; set the terminal to UTF-8").format(
                word=_shown(text)
            )
        )
    return text


def _annotation_text(text: str, limit: int | None = None) -> str:
    from viewer.core.annotations.exchange import is_clean_text
    from viewer.core.annotations.model import MAX_TEXT

    limit = limit or MAX_TEXT
    if not is_clean_text(_utf8(text), limit):
        raise argparse.ArgumentTypeError(
            translate(
                "Cli",
                "at most {limit} characters, and no control characters but tabs and line breaks",
            ).format(limit=limit)
        )
    return text


def _annotation_tag(text: str) -> str:
    from viewer.core.annotations.model import MAX_TAG

    return _annotation_text(text, MAX_TAG)


def _search_argv(argv: list[str]) -> list[str]:
    """`argv` with the words of a search query after a `--`: every word after
    `search` that is not one of its options is the query's, so a query may
    start with a minus (an exclusion) and needs no quotes."""
    position = _command_position(argv)
    if position is None or argv[position] != "search":
        return argv
    options, words = [], []
    rest = iter(argv[position + 1 :])
    for word in rest:
        if word == "--":
            words += rest
        elif word in _SEARCH_VALUED:
            options += [word, next(rest, "")]
        elif word.startswith("--") or word in ("-h",):
            options.append(word)  # argparse names an unknown one
        else:
            words.append(word)
    return [*argv[: position + 1], *options, "--", *words]


_SEARCH_VALUED = {"--lang", "--doc", "--limit"}
_GLOBAL_VALUED = {"--data-dir", "--corpus"}


def _command_position(argv: list[str]) -> int | None:
    skip = False
    for position, word in enumerate(argv):
        if skip:
            skip = False
        elif word in _GLOBAL_VALUED:
            skip = True
        elif not word.startswith("-"):
            return position
    return None


def _not_a_corpus(path: Path) -> str | None:
    """Why `path` cannot be a corpus, in words; None when it may be one (a
    folder with document folders, whatever their state)."""
    from viewer.core.loader import DOCUMENT_FILES, document_folders

    if not path.exists():
        return translate("Cli", "{path}: corpus directory not found").format(path=path)
    if not path.is_dir():
        return translate(
            "Cli", "{path} is a file; a corpus is a folder with one folder per document"
        ).format(path=path)
    if any((path / name).is_file() for name in DOCUMENT_FILES):
        return translate(
            "Cli", "{path} is one document's folder; its corpus is the folder above it"
        ).format(path=path)
    documents = document_folders(path)
    if not any((d / name).exists() for d in documents for name in DOCUMENT_FILES):
        return translate(
            "Cli",
            "{path} is not a corpus: it has no document folders"
            " (each with meta.toml, ru.md and en.md)",
        ).format(path=path)
    return None


def _wants_gui(argv: list[str]) -> bool:
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--data-dir")
    pre.add_argument("--corpus")
    pre.add_argument("--quit-after-paint", action="store_true")
    pre.add_argument("command", nargs="?")
    known, rest = pre.parse_known_args(argv)
    return known.command is None and not rest


def _has_display() -> bool:
    """Whether Qt has somewhere to show a window. Without a display, Qt's own
    error blames a missing library (libxcb-cursor0), which misleads."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _no_display() -> str:
    return translate(
        "Cli",
        "There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is"
        " set). Start Diptych from a desktop session, or on a virtual display:"
        " xvfb-run diptych (from a source checkout: xvfb-run make run). The commands"
        " check, search and index work without a display: diptych --help.",
    )


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(_search_argv(argv))
    # A path that is no corpus is a wrong argument, however it was given.
    if args.corpus is not None and (problem := _not_a_corpus(args.corpus)):
        parser.error(problem)
    corpus_dir = getattr(args, "corpus_dir", None)
    if corpus_dir is not None and (problem := _not_a_corpus(corpus_dir)):
        args.command_parser.error(problem)
    if args.command == "search":
        # Python hands over bytes that are not UTF-8 as lone surrogates,
        # which would go out again as those raw bytes: in JSON, invalid.
        for word in (*args.query, *(args.doc or ())):
            if not _is_utf8(word):
                args.command_parser.error(
                    translate("Cli", "{word} is not valid UTF-8; set the terminal to UTF-8").format(
                        word=_shown(word)
                    )
                )
    return args


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(text: str) -> str:
    """`text` as its bytes, those that are not UTF-8 written as \\xNN."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return ascii(text)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv[: _command_position(argv)]:
        # Before any application object: the self-test makes its own, offscreen.
        from viewer.selftest import run_self_test

        args = _parse(argv)
        if args.command:
            args.command_parser.error(
                translate("Cli", "--self-test takes no command; give it alone")
            )
        return run_self_test(args.corpus)
    if _wants_gui(argv) and _has_display():
        from viewer.gui.app import run  # the GUI stack loads only when needed

        args = _parse(argv)
        return run(args.data_dir, args.corpus, args.quit_after_paint)
    from viewer.core.i18n import install_translators, resolve_language

    app = QCoreApplication.instance() or _application(argv)
    translators = install_translators(app, resolve_language("system"))
    try:
        if _wants_gui(argv):
            print(_no_display(), file=sys.stderr)
            return 1
        args = _parse(argv)
        if args.command == "check":
            return _check(args.corpus_dir or args.corpus)
        if args.command == "index":
            return _index(args)
        if args.command == "annotations":
            from viewer.cli_annotations import run_annotations

            return run_annotations(args)
        if args.command == "compare":
            from viewer.cli_compare import run_compare

            return run_compare(args)
        if args.command in ("import", "list", "remove"):
            from viewer.cli_import import run_import, run_list, run_remove

            run = {"import": run_import, "list": run_list, "remove": run_remove}
            return run[args.command](args)
        if args.command == "export-pdf":
            from viewer.cli_export import run_export_pdf

            return run_export_pdf(args)
        return _search(args)
    except BrokenPipeError:
        # The reader of the output went away (`| head`): nothing to say,
        # and nothing left for Python to flush into the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _application(argv: list[str]) -> QCoreApplication:
    position = _command_position(argv)
    if position is not None and argv[position] == "export-pdf":
        from viewer.export.pdf import application

        return application([sys.argv[0]])
    return QCoreApplication([sys.argv[0]])


def _check(corpus_dir: Path | None) -> int:
    from viewer.core.checker import check_corpus
    from viewer.core.paths import default_corpus_dir

    corpus, problems = check_corpus(corpus_dir or default_corpus_dir())
    for problem in problems:
        print(problem.text(), file=sys.stderr if problem.severity == "error" else sys.stdout)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    pairs = sum(len(d.pairs) for d in corpus.documents)
    summary = translate("Cli", "{docs} documents, {pairs} block pairs").format(
        docs=len(corpus.documents), pairs=pairs
    )
    if errors:
        print(
            translate("Cli", "{summary}, {errors} errors, {warnings} warnings").format(
                summary=summary, errors=errors, warnings=warnings
            ),
            file=sys.stderr,
        )
        return 1
    tail = (
        translate("Cli", "OK ({warnings} warnings)").format(warnings=warnings)
        if warnings
        else translate("Cli", "OK")
    )
    print(f"{summary}, {tail}")
    return 0


def _search(args) -> int:
    import json

    from viewer.core.search import Filters
    from viewer.core.search.query import parse
    from viewer.core.search.results import marked

    text = " ".join(args.query)
    parsed = parse(text)
    if not parsed.positive:
        hints = [hint.text() for hint in parsed.hints] or [
            translate("Cli", "The query is empty: give a word or a phrase to search for.")
        ]
        args.command_parser.error(" ".join(hints))
    opened = _open_search(args)
    if opened is None:
        return 1
    corpus, engine, note = opened
    unknown = [doc for doc in args.doc or () if corpus.document(doc) is None]
    if unknown:
        args.command_parser.error(
            translate("Cli", "no document {ids} in the corpus; its documents are: {known}").format(
                ids=", ".join(unknown), known=", ".join(d.id for d in corpus.documents)
            )
        )
    if note:
        print(note.text(), file=sys.stderr)
    filters = Filters(langs=(args.lang,) if args.lang else LANGS, docs=tuple(args.doc or ()))
    result = engine.search(text, filters, limit=args.limit, correct=not args.as_typed)
    notes = [_note_text(note) for note in result.notes] + [h.text() for h in result.hints]
    if args.json:
        hits = [
            {
                "doc": hit.doc,
                "paragraph": hit.paragraph,
                "matched": list(hit.matched),
                "score": hit.score,
                "ru": hit.ru,
                "en": hit.en,
                "snippet": hit.snippet(),
                "marks": {
                    lang: [list(mark) for mark in marks] for lang, marks in hit.all_marks().items()
                },
            }
            for hit in result.hits
        ]
        print(
            json.dumps(
                {"hits": hits, "total": result.total, "notes": notes}, ensure_ascii=False, indent=1
            )
        )
        return 0
    for line in notes:
        print(line)
    for hit in result.hits:
        print(f"{hit.doc} ¶{hit.paragraph} [{', '.join(hit.matched)}] {hit.score:.2f}")
        for lang in LANGS:
            spans = hit.marks.get(lang, ())
            print(f"  {lang}: {marked(hit.text(lang), spans, '[', ']', str)}")
    if len(result.hits) < result.total:
        print(
            translate("Cli", "{shown} of {total} hits").format(
                shown=len(result.hits), total=result.total
            )
        )
    elif result.hits:
        print(translate("Cli", "Hits: {total}").format(total=result.total))
    else:
        print(translate("Cli", "Nothing found for «{query}».").format(query=text))
    return 0


def _note_text(note) -> str:
    if note.kind == "as-typed":  # in the window, a link
        return translate("Cli", "To search for «{query}» as typed, add --as-typed.").format(
            query=note.query
        )
    return note.message.text()


def _open_search(args, out: Path | None = None, progress=None):
    """(corpus, engine, note), building the index if need be; None, after
    saying why on stderr, when there can be no search."""
    from viewer.core.context import AppContext
    from viewer.core.search import IndexUnavailable, open_engine

    context = AppContext(args.data_dir, args.corpus)
    for notice in context.notices:  # a damaged cache or settings file, said once
        print(notice.text(), file=sys.stderr)
    # The index an installer ships is the edition's, whatever this user imported.
    corpus = context.library.edition if out else context.corpus
    try:
        engine, note = open_engine(corpus, out or context.dirs.cache, progress)
    except IndexUnavailable as error:
        message = translate("Cli", "Search is unavailable: {error}").format(error=error)
        print(message, file=sys.stderr)
        return None
    return corpus, engine, note


def _index(args) -> int:
    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)

    opened = _open_search(args, args.out, progress)
    if opened is None:
        return 1
    corpus, _engine, note = opened
    if note:
        print(note.text(), file=sys.stderr)
        return 1
    total = sum(len(d.pairs) for d in corpus.documents)
    print(translate("Cli", "Index ready: {pairs} block pairs").format(pairs=total))
    return 0
