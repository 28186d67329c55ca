"""`diptych import (FILE | --ru FILE --en FILE) [--dry-run] [--json]`: a
document read, aligned and saved into the reader's own corpus (with
--dry-run, its pairs and proposed metadata shown and nothing saved);
`diptych list` and `diptych remove ID`. The arguments are declared with the
other commands, in cli."""

import json
import sys

from PySide6.QtCore import QCoreApplication

from viewer.core.align import pairs_json
from viewer.core.annotations.store import StoreError
from viewer.core.context import AppContext
from viewer.core.importing import ImportRefused
from viewer.core.importing.draft import Draft, draft_for, propose_id
from viewer.core.importing.propose import PLACES, propose_metadata
from viewer.core.importing.save import Details, save
from viewer.core.importing.split import Split, holding, read_sources
from viewer.core.labels import origin_name
from viewer.core.loader import load_corpus
from viewer.core.model import Bilingual
from viewer.core.paths import default_corpus_dir, user_dirs
from viewer.core.removal import remove_document

translate = QCoreApplication.translate

STATUSES = ("official", "original", "unofficial-translation")
WEAK = 0.5  # a link less likely than not to be right is worth a look
_START = 34  # characters of each side shown in the table


def run_import(args) -> int:
    given = (args.file is not None, args.ru is not None, args.en is not None)
    if given not in ((True, False, False), (False, True, True)):
        return _refuse(
            translate("Cli", "Give one bilingual FILE, or both --ru FILE and --en FILE.")
        )
    # Every file is read, and refused if need be, before the corpus is opened:
    # a refused import leaves nothing behind, and the dry run writes nothing at all.
    try:
        ru, en, stray = read_sources([args.file] if args.file else [args.ru, args.en], ordered=True)
    except ImportRefused as refused:
        return _refuse(refused.reason.text())
    if not args.dry_run and not (args.status_ru and args.status_en):
        return _refuse(
            translate(
                "Cli",
                "Say what each text is, with --status-ru and --status-en (official, original"
                " or unofficial-translation); --dry-run shows the import without saving it.",
            )
        )
    # A dry run writes nothing, not even the folders and caches a context makes.
    context = None if args.dry_run else AppContext(args.data_dir, args.corpus)
    corpus = context.corpus if context else load_corpus(args.corpus or default_corpus_dir())
    glossary = corpus.glossary
    cache = context.dirs.cache if context else user_dirs(args.data_dir).cache
    proposal = draft_for(ru, en, corpus, cache)
    ru_texts, en_texts = [p.text for p in ru], [p.text for p in en]
    result = pairs_json(ru_texts, en_texts, proposal.links)
    proposed = _proposed(args, propose_metadata(ru, en, (*PLACES, *glossary)))
    if proposed["id"] is None:
        title = Bilingual(proposed["title"]["ru"], proposed["title"]["en"])
        taken = context.library.taken if context else lambda i: corpus.document(i) is not None
        proposed["id"] = propose_id(title, taken)
    stray_texts = [p.text for p in stray]
    if not args.dry_run:
        if stray:
            print(
                translate(
                    "Cli", "Paragraphs left out, in neither language or out of place: {count}."
                ).format(count=len(stray)),
                file=sys.stderr,
            )
        if twin := holding(context.corpus, Split(ru, en, stray)):
            print(
                translate(
                    "Cli", "Your library already holds this text, as {id}; this is a second copy."
                ).format(id=twin.id),
                file=sys.stderr,
            )
        return _save(context, proposed, proposal, args.json)
    if args.json:
        result |= {"proposed": proposed, "stray": stray_texts}
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        _print_table(result["pairs"], proposed, stray_texts)
    return 0


def _save(context: AppContext, proposed: dict, proposal: Draft, as_json: bool) -> int:
    status = proposed["status"]
    library = context.library
    title = Bilingual(proposed["title"]["ru"], proposed["title"]["en"])
    place = proposed["place"]
    details = Details(
        proposed["id"],
        title,
        Bilingual(status["ru"], status["en"]),
        proposed["date"],
        place and Bilingual(place["ru"], place["en"]),
    )
    try:
        document = save(library.own_dir, details, proposal, library.taken)
    except ImportRefused as refused:
        return _refuse(refused.reason.text())
    except OSError as error:
        return _refuse(translate("Cli", "Cannot save: {error}").format(error=error.strerror))
    if as_json:
        print(json.dumps({"id": document.id, "pairs": len(document.pairs)}, ensure_ascii=False))
    else:
        print(
            translate("Cli", "Imported {id}: {pairs} pairs. It is in your library now.").format(
                id=document.id, pairs=len(document.pairs)
            )
        )
    return 0


def run_list(args) -> int:
    context = AppContext(args.data_dir, args.corpus)
    for notice in context.notices:
        print(notice.text(), file=sys.stderr)
    documents = context.corpus.documents
    if args.json:
        rows = [
            {
                "id": d.id,
                "origin": d.meta.origin,
                "title": d.meta.title._asdict(),
                "date": d.meta.date.iso if d.meta.date else None,
                "pairs": len(d.pairs),
            }
            for d in documents
        ]
        print(json.dumps({"documents": rows}, ensure_ascii=False, indent=1))
        return 0
    width = max((len(d.id) for d in documents), default=0)
    language = context.language
    for d in documents:
        date = d.meta.date.iso if d.meta.date else "—"
        print(
            f"{d.id:<{width}}  {origin_name(d.meta.origin):<10}  {date:<10}  "
            f"{d.meta.title.get(language)}"
        )
    return 0


def run_remove(args) -> int:
    context = AppContext(args.data_dir, args.corpus)
    if not context.library.is_own(args.id):
        if context.corpus.document(args.id) is not None:
            said = translate("Cli", "{id} is part of the edition and cannot be removed.")
        else:
            said = translate("Cli", "No imported document has the id {id}.")
        return _refuse(said.format(id=args.id))
    try:
        count = remove_document(
            context.library, context.annotations, args.id, args.delete_annotations
        )
    except OSError as error:
        return _refuse(translate("Cli", "Cannot remove: {error}").format(error=error.strerror))
    except StoreError as error:
        return _refuse(error.message.text())
    if args.delete_annotations:
        said = translate("Cli", "Removed {id}. Annotations of it deleted: {count}.")
    else:
        said = translate("Cli", "Removed {id}. Annotations of it kept, marked detached: {count}.")
    print(said.format(id=args.id, count=count))
    return 0


def _refuse(text: str) -> int:
    print(text, file=sys.stderr)
    return 1


def _proposed(args, found: dict) -> dict:
    """The metadata found in the text, with what the command line gave in its place."""
    return {
        "id": args.id,
        "title": {
            "ru": args.title_ru or found["title"]["ru"],
            "en": args.title_en or found["title"]["en"],
        },
        "date": found["date"],
        "place": found["place"],
        "status": {"ru": args.status_ru, "en": args.status_en},
    }


def _print_table(pairs: list[dict], proposed: dict, stray: list[str]) -> None:
    none = "—"
    place = proposed["place"]
    print(translate("Cli", "Proposed metadata (nothing is saved):"))
    for label, value in (
        (translate("Cli", "id"), proposed["id"]),
        (translate("Cli", "title (ru)"), proposed["title"]["ru"]),
        (translate("Cli", "title (en)"), proposed["title"]["en"]),
        (translate("Cli", "date"), proposed["date"]),
        (translate("Cli", "place"), place and f"{place['ru']} / {place['en']}"),
        (translate("Cli", "status (ru)"), proposed["status"]["ru"]),
        (translate("Cli", "status (en)"), proposed["status"]["en"]),
    ):
        print(f"  {label}: {value or none}")
    print()
    width = len(str(len(pairs)))
    confidence = translate("Cli", "conf.")
    russian, english = translate("Cli", "Russian"), translate("Cli", "English")
    print(f"{'#':>{width}}  {confidence:<5}  {russian:<{_START}}  {english}")
    for number, pair in enumerate(pairs, 1):
        weak = "!" if pair["confidence"] < WEAK else " "
        print(
            f"{number:>{width}}  {pair['confidence']:.2f}{weak}  "
            f"{_start(pair['ru']) or none:<{_START}}  {_start(pair['en']) or none}"
        )
    weak_count = sum(pair["confidence"] < WEAK for pair in pairs)
    print()
    print(
        translate("Cli", "{pairs} pairs, {weak} weak (marked !: confidence below {limit})").format(
            pairs=len(pairs), weak=weak_count, limit=WEAK
        )
    )
    if stray:
        print(translate("Cli", "Left out, in neither language or out of place:"))
        for text in stray:
            print(f"  {_start(text)}")


def _start(text: str) -> str:
    """The start of `text` on one line, cut to the table's column."""
    text = " ".join(text.split())
    return text if len(text) <= _START else text[: _START - 1] + "…"
