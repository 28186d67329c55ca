"""`[[intended]]` in meta.toml: differences between the two versions of a
block pair that the edition means, each with its reason in both languages.

```toml
[[intended]]
paragraph = 4                # the block pair
kind = "entity"              # number, date, entity or quotation
only_in = "en"               # optional: the version that has it
value = "United Nations"     # the flag's value, or the words as printed
reason = { ru = "…", en = "…" }
```
"""

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.messages import Message, message
from viewer.core.model import LANGS, Bilingual, Intended

KINDS = ("number", "date", "entity", "quotation")
KEYS = {"paragraph", "kind", "value", "reason", "only_in"}
_HEADER_RE = re.compile(r"\s*\[\[\s*intended\s*\]\]")


def parse_intended(value, lines: list[str], error) -> tuple[Intended, ...]:
    """The records of `value` (meta.toml's `intended`); `error(line, message)`
    is told each defect, and a defective record is left out."""
    headers = [n for n, line in enumerate(lines, start=1) if _HEADER_RE.match(line)]
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        error(
            headers[0] if headers else 1,
            _message(QT_TRANSLATE_NOOP("Corpus", "intended must be an array of tables")),
        )
        return ()
    records = []
    for index, entry in enumerate(value):
        line = headers[index] if index < len(headers) else 1
        record = _record(entry, line, error)
        if record is not None:
            records.append(record)
    return tuple(records)


def _record(entry: dict, line: int, error) -> Intended | None:
    ok = True
    for key in sorted(entry.keys() - KEYS):
        error(
            line, _message(QT_TRANSLATE_NOOP("Corpus", "unknown key {key}"), key=f"intended.{key}")
        )
        ok = False
    for key in sorted({"paragraph", "kind", "value", "reason"} - entry.keys()):
        error(
            line, _message(QT_TRANSLATE_NOOP("Corpus", "missing key {key}"), key=f"intended.{key}")
        )
        ok = False
    if not ok:
        return None
    paragraph = entry["paragraph"]
    if not isinstance(paragraph, int) or isinstance(paragraph, bool) or paragraph < 1:
        error(
            line,
            _message(
                QT_TRANSLATE_NOOP(
                    "Corpus", "intended.paragraph must be a paragraph number, 1 or more"
                )
            ),
        )
        ok = False
    if entry["kind"] not in KINDS:
        error(
            line,
            _message(
                QT_TRANSLATE_NOOP("Corpus", "unknown intended kind {kind}; use one of: {kinds}"),
                kind=str(entry["kind"]),
                kinds=", ".join(KINDS),
            ),
        )
        ok = False
    if not isinstance(entry["value"], str) or not entry["value"].strip():
        error(
            line,
            _message(
                QT_TRANSLATE_NOOP("Corpus", "intended.value must be the text of the difference")
            ),
        )
        ok = False
    only_in = entry.get("only_in", "")
    if only_in not in LANGS and only_in != "":
        error(line, _message(QT_TRANSLATE_NOOP("Corpus", "intended.only_in must be ru or en")))
        ok = False
    reason = entry["reason"]
    good_reason = (
        isinstance(reason, dict)
        and set(reason) == set(LANGS)
        and all(isinstance(reason[lang], str) and reason[lang].strip() for lang in LANGS)
    )
    if not good_reason:
        error(
            line,
            _message(QT_TRANSLATE_NOOP("Corpus", "intended.reason must be a table with ru and en")),
        )
        ok = False
    if not ok:
        return None
    return Intended(
        paragraph,
        entry["kind"],
        entry["value"].strip(),
        Bilingual(reason["ru"], reason["en"]),
        only_in,
        line,
    )


def _message(source: str, **args) -> Message:
    return message("Corpus", source, **args)
