"""`diptych import (FILE | --ru FILE --en FILE) --dry-run [--json]`: what an
import would make of a document, its paragraph pairs and proposed metadata,
shown and not saved. The arguments are declared with the other commands, in
cli. Saving comes with the user corpus; until then only the dry run runs."""

import json
import sys

from PySide6.QtCore import QCoreApplication

from viewer.core.align import align, pairs_json
from viewer.core.importing import ImportRefused, read_document, split_bilingual
from viewer.core.importing.propose import PLACES, propose_metadata
from viewer.core.loader import load_corpus
from viewer.core.paths import default_corpus_dir
from viewer.core.terms import Glossary

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
    if not args.dry_run:
        print(
            translate(
                "Cli",
                "Saving an imported document is not available in this version: only"
                " --dry-run is, which shows the pairs and the proposed metadata.",
            ),
            file=sys.stderr,
        )
        return 2
    # Every file is read, and refused if need be, before the corpus is opened:
    # a refused import leaves nothing behind, and the dry run writes nothing at all.
    path = args.file
    try:
        if path is not None:
            ru, en, stray = split_bilingual(read_document(path))
        else:
            read = []
            for path in (args.ru, args.en):  # `path` names the file refused
                read.append(read_document(path))
            (ru, en), stray = read, []
    except ImportRefused as refused:
        return _refuse(f"{path}: {refused.reason.text()}")
    glossary = load_corpus(args.corpus or default_corpus_dir()).glossary
    ru_texts, en_texts = [p.text for p in ru], [p.text for p in en]
    result = pairs_json(ru_texts, en_texts, align(ru_texts, en_texts, Glossary(glossary)))
    proposed = _proposed(args, propose_metadata(ru, en, (*PLACES, *glossary)))
    stray_texts = [p.text for p in stray]
    if args.json:
        result |= {"proposed": proposed, "stray": stray_texts}
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        _print_table(result["pairs"], proposed, stray_texts)
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
