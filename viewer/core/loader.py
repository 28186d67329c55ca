"""Load a corpus directory into `viewer.core.model` objects.

Loading never raises on bad content: every defect becomes a `Problem`, and a
document that cannot be shown safely (unreadable, misaligned, empty) is left
out while the rest of the corpus loads.
"""

import datetime
import os
import re
import tomllib
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.core.blocks import EMPTY, PARAGRAPH, PARTS, SourceBlock, split_blocks
from viewer.core.intended import parse_intended
from viewer.core.messages import Message, message
from viewer.core.model import (
    KINDS,
    LANGS,
    STATUSES,
    TERM_KINDS,
    Bilingual,
    BlockPair,
    Corpus,
    Document,
    Meta,
    PartialDate,
    Problem,
    Term,
    Text,
)
from viewer.core.render import KEY_MARK, MAX_BLOCK_CHARS, MAX_NESTING, render_inline

_message = partial(message, "Corpus")

GLOSSARY = "glossary.toml"
META = "meta.toml"
ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DATE_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_TOML_LINE_RE = re.compile(r"at line (\d+)")
_HTML_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--")
# Markdown links, images and autolinks (`<scheme:…>`, `<name@host>`): the
# corpus format has none, and the renderer leaves them as text.
_LINK_RE = re.compile(
    r"!?\[[^\[\]]*\](?:\([^()]*\)|\[[^\[\]]*\])|<[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*>|<[^<>@\s]+@[^<>\s]+>"
)
_REFERENCE_RE = re.compile(r"\[[^\[\]]+\]:\s*\S+")
# C0 controls other than tab, and DEL: Markdown uses some as markers of its
# own, and Python splits lines at others where an editor does not.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
DOCUMENT_FILES = (META, "ru.md", "en.md")
MAX_FILE_BYTES = 16 * 1024 * 1024

REQUIRED_META = {"id", "kind", "publisher", "seed", "notes", "title", "status"}
OPTIONAL_META = {"date", "date_inferred", "date_note", "series", "place", "intended", "origin"}
# What an imported document must have: the rest is the edition's own record
# keeping (its seed and editorial notes), which a reader's import has not got.
REQUIRED_IMPORTED = {"id", "title", "status"}
ORIGINS = ("edition", "imported")
BILINGUAL_TABLES = ("title", "place", "status", "publisher", "date_note", "series")


class _Report:
    """Collects problems against one file."""

    def __init__(self, path: Path, problems: list[Problem], text: str = ""):
        self.path = path
        self.problems = problems
        self.lines = text.splitlines()

    def error(self, line: int, text: Message) -> None:
        self.problems.append(Problem(self.path, line, text))

    def warning(self, line: int, text: Message) -> None:
        self.problems.append(Problem(self.path, line, text, "warning"))

    def line_of(self, key: str, table: str = "") -> int:
        """The line where `key` is set inside `[table]` (or the table's header
        when `key` is empty); line 1 when it cannot be found."""
        key_re = re.compile(rf"\s*{re.escape(key)}\s*=")
        current = ""
        for number, line in enumerate(self.lines, start=1):
            stripped = line.strip()
            if stripped.startswith("["):
                current = stripped.strip("[] ")
                if table and not key and current == table:
                    return number
            elif current == table and key and key_re.match(line):
                return number
        return self.line_of(table) if table else 1


def document_folders(root: Path, problems: list[Problem] | None = None) -> list[Path]:
    """The corpus's document folders in name order: every folder under `root`
    whose name does not start with a dot. A folder that cannot be listed or
    whose name is not UTF-8 is reported (when `problems` is given) and left out."""
    found: list[Problem] = []
    folders = []
    try:
        with os.scandir(root) as entries:
            names = sorted((entry.name, entry) for entry in entries)
    except OSError as error:
        found.append(Problem(root, 1, _cannot_read(error)))
        names = []
    for name, entry in names:
        if name.startswith("."):
            continue
        if not _is_dir(entry):
            continue
        try:
            name.encode("utf-8")
        except UnicodeEncodeError:
            shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            found.append(
                Problem(
                    Path(root) / shown,
                    1,
                    _message(QT_TRANSLATE_NOOP("Corpus", "folder name is not valid UTF-8")),
                )
            )
            continue
        folders.append(Path(root) / name)
    if problems is not None:
        problems.extend(found)
    return folders


def corpus_files(root: Path) -> list[Path]:
    """Every file `load_corpus` reads, in a fixed order: what a digest of the
    corpus must cover, and nothing else."""
    root = Path(root)
    return [root / GLOSSARY] + [
        folder / name for folder in document_folders(root) for name in DOCUMENT_FILES
    ]


class Unreadable(Exception):
    """A corpus file that is missing, not a regular file, unreadable or too large."""

    def __init__(self, reason: Message, missing: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.missing = missing


def read_corpus_file(path: Path) -> bytes:
    """The bytes of one corpus file. Only a regular file is opened (a FIFO
    or a device would block or never end), and at most `MAX_FILE_BYTES`."""
    try:
        if not path.is_file():
            raise Unreadable(
                _message(QT_TRANSLATE_NOOP("Corpus", "missing file")), missing=not _exists(path)
            )
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise Unreadable(_cannot_read(error)) from None
    if len(data) > MAX_FILE_BYTES:
        raise Unreadable(
            _message(
                QT_TRANSLATE_NOOP("Corpus", "file larger than {size} MB"),
                size=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    return data


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return True


def _cannot_read(error: OSError) -> Message:
    return _message(
        QT_TRANSLATE_NOOP("Corpus", "cannot read: {error}"), error=error.strerror or str(error)
    )


def _is_dir(path) -> bool:
    """A Path or a directory entry that is a folder (False when it cannot be asked)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def load_corpus(root: Path) -> Corpus:
    root = Path(root)
    problems: list[Problem] = []
    if not _is_dir(root):
        problems.append(
            Problem(root, 1, _message(QT_TRANSLATE_NOOP("Corpus", "corpus directory not found")))
        )
        return Corpus(root, (), (), tuple(problems))
    documents: list[Document] = []
    seen: dict[str, Path] = {}
    for folder in document_folders(root, problems):
        document = load_document(folder, problems)
        if document is None:
            continue
        if document.id in seen:
            report = _Report(folder / META, problems, read_text(folder / META))
            report.error(
                report.line_of("id"),
                _message(
                    QT_TRANSLATE_NOOP("Corpus", "duplicate id {id}: already used by {other}"),
                    id=document.id,
                    other=seen[document.id],
                ),
            )
            continue
        seen[document.id] = folder
        documents.append(document)
    glossary = load_glossary(root / GLOSSARY, problems, optional=True)
    if not documents:
        problems.append(
            Problem(root, 1, _message(QT_TRANSLATE_NOOP("Corpus", "the corpus holds no document")))
        )
    documents.sort(
        key=lambda d: (d.meta.date is None, d.meta.date.sort_key if d.meta.date else "", d.id)
    )
    return Corpus(root, tuple(documents), glossary, tuple(problems))


def read_text(path: Path) -> str:
    """A corpus file's text, or "" when it cannot be read (the loader reports why)."""
    return _read_checked(path, []) or ""


def _read_checked(path: Path, problems: list[Problem], optional: bool = False) -> str | None:
    try:
        data = read_corpus_file(path)
    except Unreadable as error:
        if not (optional and error.missing):
            problems.append(Problem(path, 1, error.reason))
        return None
    try:
        return data.decode("utf-8-sig")  # an editor's byte-order mark is no defect
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.append(
            Problem(path, line, _message(QT_TRANSLATE_NOOP("Corpus", "not valid UTF-8 text")))
        )
    return None


def _parse_toml(path: Path, text: str, problems: list[Problem]) -> dict | None:
    try:
        return tomllib.loads(text)
    except RecursionError:
        problems.append(
            Problem(
                path,
                1,
                _message(QT_TRANSLATE_NOOP("Corpus", "TOML arrays or tables nested too deep")),
            )
        )
        return None
    except tomllib.TOMLDecodeError as error:
        match = _TOML_LINE_RE.search(str(error))
        problems.append(
            Problem(
                path,
                int(match.group(1)) if match else 1,
                _message(
                    QT_TRANSLATE_NOOP("Corpus", "TOML syntax error: {error}"), error=str(error)
                ),
            )
        )
        return None


def load_document(folder: Path, problems: list[Problem]) -> Document | None:
    texts = {name: _read_checked(folder / name, problems) for name in DOCUMENT_FILES}
    if any(text is None for text in texts.values()):
        return None
    for lang in LANGS:
        name = f"{lang}.md"
        texts[name] = _without_controls(folder / name, texts[name], problems)
    meta_path = folder / META
    data = _parse_toml(meta_path, texts[META], problems)
    if data is None:
        return None
    meta = _parse_meta(folder, data, _Report(meta_path, problems, texts[META]))
    if meta is None:
        return None
    blocks = {}
    for lang in LANGS:
        path = folder / f"{lang}.md"
        blocks[lang] = split_blocks(texts[f"{lang}.md"])
        _check_blocks(path, blocks[lang], problems)
    if not blocks["ru"] and not blocks["en"]:
        problems.append(
            Problem(folder / "ru.md", 1, _message(QT_TRANSLATE_NOOP("Corpus", "empty document")))
        )
        return None
    if not _aligned(folder, blocks["ru"], blocks["en"], problems):
        return None
    ru_path, en_path = folder / "ru.md", folder / "en.md"
    pairs = tuple(
        BlockPair(
            paragraph,
            *_shape(ru, en),
            _text(ru, ru_path, problems),
            _text(en, en_path, problems),
        )
        for paragraph, (ru, en) in enumerate(zip(blocks["ru"], blocks["en"], strict=True), start=1)
    )
    _check_key_pairs(folder, pairs, problems)
    meta = _intended_in_range(meta, len(pairs), _Report(meta_path, problems))
    return Document(meta, pairs, folder)


def _intended_in_range(meta: Meta, count: int, report: _Report) -> Meta:
    """`meta` without the intended differences recorded against a block pair
    the document does not have (each reported)."""
    for record in meta.intended:
        if record.paragraph > count:
            report.error(
                record.line,
                _message(
                    QT_TRANSLATE_NOOP(
                        "Corpus",
                        "intended difference in paragraph {n}, but the document has {count}",
                    ),
                    n=record.paragraph,
                    count=count,
                ),
            )
    return meta._replace(intended=tuple(r for r in meta.intended if r.paragraph <= count))


def _without_controls(path: Path, text: str, problems: list[Problem]) -> str:
    """`text` with control characters replaced by U+FFFD, each line holding
    one reported."""
    if not _CONTROL_RE.search(text):
        return text
    for number, line in enumerate(text.split("\n"), start=1):
        if match := _CONTROL_RE.search(line):
            problems.append(
                Problem(
                    path,
                    number,
                    _message(
                        QT_TRANSLATE_NOOP("Corpus", "control character U+{code} (shown as �)"),
                        code=f"{ord(match.group(0)):04X}",
                    ),
                )
            )
    return _CONTROL_RE.sub("\ufffd", text)


def _shape(ru: SourceBlock, en: SourceBlock) -> tuple[str, int]:
    """The kind and level of a block pair: those of the side that has text."""
    block = en if ru.kind == EMPTY else ru
    return block.kind, block.level


def _text(block: SourceBlock, path: Path, problems: list[Problem]) -> Text:
    """One side of a block pair; the paragraphs of a link that joins several
    are rendered one by one and separated by a line break."""
    parts = [_rendered(part, block, path, problems) for part in block.text.split(PARTS)]
    if len(parts) == 1:
        rendered = parts[0]
        return Text(block.text, rendered.plain, rendered.html, rendered.marks, block.line)
    plain, marks, offset = [], [], 0
    for rendered in parts:
        plain.append(rendered.plain)
        marks += [(start + offset, end + offset) for start, end in rendered.marks]
        offset += len(rendered.plain) + 1
    html = "<br />".join(rendered.html for rendered in parts)
    return Text(block.text, "\n".join(plain), html, tuple(marks), block.line)


def _rendered(text: str, block: SourceBlock, path: Path, problems: list[Problem]):
    rendered = render_inline(text)
    if rendered.plain_only == "long":
        problems.append(
            Problem(
                path,
                block.line,
                _message(
                    QT_TRANSLATE_NOOP(
                        "Corpus",
                        "block of {n} characters, more than {max}: it is shown without formatting",
                    ),
                    n=len(text),
                    max=MAX_BLOCK_CHARS,
                ),
            )
        )
    elif rendered.plain_only == "nested":
        problems.append(
            Problem(
                path,
                block.line,
                _message(
                    QT_TRANSLATE_NOOP(
                        "Corpus",
                        "formatting nested more than {max} deep: the block is shown without"
                        " formatting",
                    ),
                    max=MAX_NESTING,
                ),
            )
        )
    return rendered


def _check_blocks(path: Path, blocks: list[SourceBlock], problems: list[Problem]) -> None:
    for block in blocks:
        if block.text.count(KEY_MARK) % 2:
            problems.append(
                Problem(
                    path,
                    block.line,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Corpus", "unbalanced {mark}: a key passage is not closed"
                        ),
                        mark=KEY_MARK,
                    ),
                )
            )
        if match := _HTML_RE.search(block.text):
            problems.append(
                Problem(
                    path,
                    block.line,
                    _message(
                        QT_TRANSLATE_NOOP("Corpus", "raw HTML {tag} (it is shown as text)"),
                        tag=match.group(0),
                    ),
                )
            )
        if match := _LINK_RE.search(block.text):
            problems.append(
                Problem(
                    path,
                    block.line,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Corpus", "Markdown link or image {markup} (it is shown as text)"
                        ),
                        markup=_start(match.group(0)),
                    ),
                )
            )
        if block.kind == PARAGRAPH and (match := _REFERENCE_RE.match(block.text)):
            problems.append(
                Problem(
                    path,
                    block.line,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Corpus",
                            "Markdown reference definition {markup} (it is shown as text)",
                        ),
                        markup=_start(match.group(0)),
                    ),
                )
            )


def _aligned(folder: Path, ru: list[SourceBlock], en: list[SourceBlock], problems) -> bool:
    for paragraph, (a, b) in enumerate(zip(ru, en, strict=False), start=1):
        if a.kind == b.kind == EMPTY:
            problems.append(
                Problem(
                    folder / "en.md",
                    b.line,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Corpus", "block {n} is empty in both languages (ru.md line {ru_line})"
                        ),
                        n=paragraph,
                        ru_line=a.line,
                    ),
                )
            )
            return False
        if EMPTY in (a.kind, b.kind):
            continue
        if a.kind != b.kind or a.level != b.level:
            problems.append(
                Problem(
                    folder / "en.md",
                    b.line,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Corpus",
                            "block {n} differs in kind: {ru_kind} in ru.md (line {ru_line}),"
                            " {en_kind} in en.md: «{ru_start}» / «{en_start}»",
                        ),
                        n=paragraph,
                        en_kind=_kind_name(b),
                        ru_kind=_kind_name(a),
                        ru_line=a.line,
                        ru_start=_start(a.text),
                        en_start=_start(b.text),
                    ),
                )
            )
            return False
    if len(ru) != len(en):
        shorter, longer = ("en", "ru") if len(en) < len(ru) else ("ru", "en")
        extra = (ru if longer == "ru" else en)[min(len(ru), len(en))]
        problems.append(
            Problem(
                folder / f"{longer}.md",
                extra.line,
                _message(
                    QT_TRANSLATE_NOOP(
                        "Corpus",
                        "{longer}.md has {n_long} blocks but {shorter}.md has {n_short}:"
                        " block {n} has no counterpart: «{start}»",
                    ),
                    longer=longer,
                    shorter=shorter,
                    n_long=max(len(ru), len(en)),
                    n_short=min(len(ru), len(en)),
                    n=min(len(ru), len(en)) + 1,
                    start=_start(extra.text),
                ),
            )
        )
        return False
    return True


def _kind_name(block: SourceBlock) -> Message:
    names = {
        "heading": QT_TRANSLATE_NOOP("Corpus", "heading {level}"),
        "paragraph": QT_TRANSLATE_NOOP("Corpus", "paragraph"),
        "item": QT_TRANSLATE_NOOP("Corpus", "list item"),
        "quote": QT_TRANSLATE_NOOP("Corpus", "quote"),
    }
    return _message(names[block.kind], level=block.level)


def _start(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _check_key_pairs(folder: Path, pairs: tuple[BlockPair, ...], problems) -> None:
    for pair in pairs:
        if bool(pair.ru.marks) != bool(pair.en.marks):
            lang = "en" if pair.ru.marks else "ru"
            problems.append(
                Problem(
                    folder / f"{lang}.md",
                    pair.text(lang).line,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Corpus",
                            "block {n}: the key passage has no counterpart in this language",
                        ),
                        n=pair.paragraph,
                    ),
                )
            )


def _parse_meta(folder: Path, data: dict, report: _Report) -> Meta | None:
    ok = True
    origin = data.get("origin", "edition")
    if origin not in ORIGINS:
        report.error(
            report.line_of("origin"),
            _message(
                QT_TRANSLATE_NOOP("Corpus", "unknown origin {origin}; use one of: {origins}"),
                origin=_shown(origin),
                origins=", ".join(ORIGINS),
            ),
        )
        return None
    required = REQUIRED_IMPORTED if origin == "imported" else REQUIRED_META
    for key in sorted(required - data.keys()):
        report.error(1, _message(QT_TRANSLATE_NOOP("Corpus", "missing key {key}"), key=key))
        ok = False
    for key in sorted(data.keys() - REQUIRED_META - OPTIONAL_META):
        report.error(
            report.line_of(key), _message(QT_TRANSLATE_NOOP("Corpus", "unknown key {key}"), key=key)
        )
        ok = False
    strings = ("id", "kind", "seed")
    for key in strings:
        if key in data and not isinstance(data[key], str):
            report.error(
                report.line_of(key),
                _message(QT_TRANSLATE_NOOP("Corpus", "{key} must be a string"), key=key),
            )
            ok = False
    tables = {}
    for table in BILINGUAL_TABLES:
        tables[table] = _bilingual(data.get(table), table, report)
        if table in data and tables[table] is None:
            ok = False
    if not ok:
        return None
    doc_id = data["id"]
    if not ID_RE.fullmatch(doc_id):
        report.error(
            report.line_of("id"),
            _message(
                QT_TRANSLATE_NOOP("Corpus", "id {id} may hold only a-z, 0-9 and hyphens"), id=doc_id
            ),
        )
    elif doc_id != folder.name:
        report.error(
            report.line_of("id"),
            _message(
                QT_TRANSLATE_NOOP("Corpus", "id {id} differs from its folder name {folder}"),
                id=doc_id,
                folder=folder.name,
            ),
        )
    kind = data.get("kind", "document")
    if kind not in KINDS:
        report.error(
            report.line_of("kind"),
            _message(
                QT_TRANSLATE_NOOP("Corpus", "unknown kind {kind}; use one of: {kinds}"),
                kind=kind,
                kinds=", ".join(KINDS),
            ),
        )
    status = tables["status"]
    for lang in LANGS:
        if status and status.get(lang) not in STATUSES:
            report.error(
                report.line_of(lang, "status"),
                _message(
                    QT_TRANSLATE_NOOP("Corpus", "unknown status {status}; use one of: {statuses}"),
                    status=status.get(lang),
                    statuses=", ".join(STATUSES),
                ),
            )
    notes = _notes(data["notes"], report) if "notes" in data else ()
    date = _parse_date(data, report)
    inferred = data.get("date_inferred", False)
    if not isinstance(inferred, bool):
        report.error(
            report.line_of("date_inferred"),
            _message(QT_TRANSLATE_NOOP("Corpus", "date_inferred must be true or false")),
        )
        inferred = False
    note = tables["date_note"]
    if inferred and not note:
        report.error(
            report.line_of("date_inferred"),
            _message(
                QT_TRANSLATE_NOOP(
                    "Corpus", "an inferred date needs a date_note saying how it was inferred"
                )
            ),
        )
    if "date" not in data and not note and origin == "edition":
        report.warning(
            1, _message(QT_TRANSLATE_NOOP("Corpus", "undated document without a date_note"))
        )
    return Meta(
        id=doc_id,
        title=tables["title"],
        kind=kind,
        publisher=tables["publisher"],
        seed=data.get("seed", ""),
        status=status,
        notes=notes,
        date=date,
        date_inferred=inferred,
        date_note=note,
        series=tables["series"],
        place=tables["place"],
        intended=parse_intended(data.get("intended", []), report.lines, report.error),
        origin=origin,
    )


def _notes(value, report: _Report) -> tuple[Bilingual, ...]:
    """The editorial notes: a table of two lists, item k of each the same
    note in its language."""
    lists = value if isinstance(value, dict) else {}
    good = set(lists) == set(LANGS) and all(
        isinstance(lists[lang], list) and all(isinstance(n, str) for n in lists[lang])
        for lang in LANGS
    )
    if not good:
        report.error(
            report.line_of("", "notes"),
            _message(
                QT_TRANSLATE_NOOP(
                    "Corpus", "notes must be a table of two lists of strings, ru and en"
                )
            ),
        )
        return ()
    if len(lists["ru"]) != len(lists["en"]):
        report.error(
            report.line_of("ru", "notes"),
            _message(
                QT_TRANSLATE_NOOP("Corpus", "notes.ru has {ru} items but notes.en has {en}"),
                ru=len(lists["ru"]),
                en=len(lists["en"]),
            ),
        )
        return ()
    return tuple(Bilingual(ru, en) for ru, en in zip(lists["ru"], lists["en"], strict=True))


def _bilingual(value, table: str, report: _Report) -> Bilingual | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        report.error(
            report.line_of(table),
            _message(
                QT_TRANSLATE_NOOP("Corpus", "{key} must be a table with ru and en"), key=table
            ),
        )
        return None
    missing = [
        lang for lang in LANGS if not isinstance(value.get(lang), str) or not value[lang].strip()
    ]
    unknown = sorted(value.keys() - set(LANGS))
    for lang in missing:
        report.error(
            report.line_of("", table),
            _message(QT_TRANSLATE_NOOP("Corpus", "missing key {key}"), key=f"{table}.{lang}"),
        )
    for key in unknown:
        report.error(
            report.line_of(key, table),
            _message(QT_TRANSLATE_NOOP("Corpus", "unknown key {key}"), key=f"{table}.{key}"),
        )
    if missing or unknown:
        return None
    return Bilingual(ru=value["ru"], en=value["en"])


def _shown(value) -> str:
    """A TOML value of any type as a message argument: text, so that a
    problem reads the same from the corpus cache as from the files."""
    return value if isinstance(value, str) else str(value)


def _parse_date(data: dict, report: _Report) -> PartialDate | None:
    if "date" not in data:
        return None
    value = data["date"]
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return PartialDate(value.isoformat())
    if isinstance(value, str) and DATE_RE.fullmatch(value):
        parts = [int(p) for p in value.split("-")]
        try:
            datetime.date(parts[0], *[*parts[1:], 1, 1][:2])
        except ValueError:
            pass
        else:
            return PartialDate(value)
    report.error(
        report.line_of("date"),
        _message(
            QT_TRANSLATE_NOOP("Corpus", "invalid date {date}: use YYYY, YYYY-MM or YYYY-MM-DD"),
            date=_shown(value),
        ),
    )
    return None


def load_glossary(path: Path, problems: list[Problem], optional: bool = False) -> tuple[Term, ...]:
    text = _read_checked(path, problems, optional)
    if text is None:
        return ()
    data = _parse_toml(path, text, problems)
    if data is None:
        return ()
    report = _Report(path, problems, text)
    unknown = sorted(data.keys() - {"term"})
    for key in unknown:
        report.error(
            report.line_of(key), _message(QT_TRANSLATE_NOOP("Corpus", "unknown key {key}"), key=key)
        )
    entries = data.get("term", [])
    if not isinstance(entries, list):
        report.error(
            1, _message(QT_TRANSLATE_NOOP("Corpus", "term must be an array of tables: [[term]]"))
        )
        return ()
    starts = [n for n, line in enumerate(report.lines, start=1) if line.strip() == "[[term]]"]
    terms = []
    for index, entry in enumerate(entries):
        line = starts[index] if index < len(starts) else 1
        term = _parse_term(entry, line, report)
        if term is not None:
            terms.append(term)
    return tuple(terms)


def _parse_term(entry, line: int, report: _Report) -> Term | None:
    if not isinstance(entry, dict):
        report.error(
            line, _message(QT_TRANSLATE_NOOP("Corpus", "term must be an array of tables: [[term]]"))
        )
        return None
    unknown = sorted(entry.keys() - {"kind", "en", "ru", "note"})
    if unknown:
        report.error(
            line, _message(QT_TRANSLATE_NOOP("Corpus", "unknown key {key}"), key=", ".join(unknown))
        )
        return None
    if entry.get("kind") not in TERM_KINDS:
        report.error(
            line,
            _message(
                QT_TRANSLATE_NOOP("Corpus", "unknown term kind {kind}; use one of: {kinds}"),
                kind=_shown(entry.get("kind")),
                kinds=", ".join(TERM_KINDS),
            ),
        )
        return None
    forms = {}
    for lang in LANGS:
        value = entry.get(lang)
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            report.error(
                line,
                _message(
                    QT_TRANSLATE_NOOP("Corpus", "{lang} must be a non-empty list of forms"),
                    lang=lang,
                ),
            )
            return None
        forms[lang] = tuple(value)
    note = entry.get("note", "")
    if not isinstance(note, str):
        report.error(line, _message(QT_TRANSLATE_NOOP("Corpus", "note must be a string")))
        return None
    return Term(entry["kind"], forms["en"], forms["ru"], note)
