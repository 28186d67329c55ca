"""`diptych import --dry-run` (issue 14, point 7): the pairs of a document
in two files or in one bilingual file, as JSON or a table, with proposed
metadata; every bad input refused with its message, and nothing written,
by a refusal or by a dry run."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO, files_under, isolated_env
from tests.import_support import SEED, paragraphs, seed_halves, write
from tests.test_import_read import make_docx, make_pdf
from viewer.cli import main
from viewer.cli_import import _print_table
from viewer.core.align import align
from viewer.core.importing.read import MAX_BYTES
from viewer.core.lexicon import FILE_NAME as LEXICON_FILE
from viewer.core.lexicon import Lexicon
from viewer.core.loader import load_corpus
from viewer.core.paths import default_corpus_dir
from viewer.core.search.location import INDEX_FOLDER, index_key, learned_lexicon

NO_STATUS = (
    "Say what each text is, with --status-ru and --status-en (official, original"
    " or unofficial-translation); --dry-run shows the import without saving it."
)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["import", *args])
    out, err = capsys.readouterr()
    return code, out, err


def cli(root: Path, *args: str, language: str = "en") -> subprocess.CompletedProcess:
    """`diptych import ARGS` in a process of its own whose home, temporary
    and XDG folders are empty folders under `root`, its system's language
    `language`."""
    env = isolated_env(root)
    for name in ("LC_ALL", "LANGUAGE", "LC_MESSAGES"):
        env.pop(name, None)
    region = {"en": "en_GB", "ru": "ru_RU"}[language]
    env.update(PYTHONPATH=str(REPO), LC_CTYPE="C.UTF-8", LANG=f"{region}.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "viewer", "import", *args],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=60, check=False,
    )  # fmt: skip


@pytest.fixture
def halves(tmp_path) -> tuple[Path, Path]:
    russian, english = seed_halves()
    return write(tmp_path / "ru.txt", russian), write(tmp_path / "en.txt", english)


def sides(pairs: list[dict], lang: str) -> list[str]:
    """One side's paragraphs, in order, as the pairs hold them."""
    return [p for pair in pairs if pair[lang] for p in pair[lang].split("\n\n")]


# The dry run -----------------------------------------------------------------


def test_two_files_give_the_pairs_in_the_issues_shape(capsys, halves):
    code, out, err = run(capsys, "--ru", str(halves[0]), "--en", str(halves[1]), "--dry-run",
                         "--json")  # fmt: skip
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert set(result) == {"pairs", "proposed", "stray"}
    pairs = result["pairs"]
    assert all(set(pair) == {"ru", "en", "confidence"} for pair in pairs)
    assert all(0 <= pair["confidence"] <= 1 for pair in pairs)
    russian, english = seed_halves()
    assert sides(pairs, "ru") == paragraphs(russian)
    assert sides(pairs, "en") == paragraphs(english)
    assert pairs[0]["ru"].startswith("Генеральный секретарь ООН приветствует")
    assert pairs[0]["en"].startswith("UN Secretary-General Commends")
    assert result["proposed"]["date"] == "2017-06-13"
    assert result["stray"] == []


def test_paragraphs_of_one_link_are_joined_by_a_blank_line(capsys, tmp_path):
    russian, english = (paragraphs(half) for half in seed_halves())
    merged = [*russian[:3], f"{russian[3]} {russian[4]}", *russian[5:]]
    ru = write(tmp_path / "ru.txt", "\n\n".join(merged))
    en = write(tmp_path / "en.txt", "\n\n".join(english))
    code, out, _err = run(capsys, "--ru", str(ru), "--en", str(en), "--dry-run", "--json")
    assert code == 0
    pairs = json.loads(out)["pairs"]
    joined = next(pair for pair in pairs if pair["ru"] == merged[3])
    assert joined["en"] == f"{english[3]}\n\n{english[4]}"


def test_one_bilingual_file_is_split_then_aligned(capsys):
    code, out, err = run(capsys, str(SEED), "--dry-run", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    pairs = result["pairs"]
    # The web page's English-only debris has no Russian counterpart: a 0:1 link.
    assert {"ru": "", "en": "header header header header"} in [
        {"ru": pair["ru"], "en": pair["en"]} for pair in pairs
    ]
    russian = next(pair for pair in pairs if pair["ru"].startswith("Ашхабад, 13 июня 2017"))
    assert russian["en"].startswith("Ashgabat, 13 June 2017")
    assert russian["confidence"] >= 0.5
    assert "ООН Надежный партнер Часть 1" in result["stray"]


@pytest.fixture
def aligner_sees(monkeypatch) -> list[tuple]:
    """The glossary and lexicon of each call of the import's aligner."""
    import viewer.core.importing.draft

    seen = []

    def recording(ru, en, glossary=None, lexicon=None):
        seen.append((glossary, lexicon))
        return align(ru, en, glossary, lexicon)

    monkeypatch.setattr(viewer.core.importing.draft, "align", recording)
    return seen


@pytest.mark.parametrize("corpus", [None, FIXTURES / "corpus"])
@pytest.mark.parametrize("dry_run", [True, False])
def test_the_corpus_glossary_and_lexicon_give_the_aligner_its_anchors(
    capsys, tmp_path, halves, aligner_sees, corpus, dry_run
):
    options = ["--data-dir", str(tmp_path / "data")]
    options += ["--corpus", str(corpus)] if corpus else []
    saving = ["--dry-run"] if dry_run else ["--status-ru", "original", "--status-en", "official"]
    code = main([*options, "import", "--ru", str(halves[0]), "--en", str(halves[1]), *saving,
                 "--json"])  # fmt: skip
    assert code == 0
    capsys.readouterr()
    [(glossary, lexicon)] = aligner_sees
    edition = load_corpus(corpus or default_corpus_dir())
    assert glossary.terms == edition.glossary
    assert glossary.terms  # both corpora have a glossary
    # No index was built in this test's folders: the lexicon is learned now.
    assert lexicon.pairs == learned_lexicon(edition).pairs
    if corpus is None:
        assert lexicon.counterparts("безопасн", "ru") == ("secur",)


def test_the_lexicon_kept_beside_the_search_index_is_used(capsys, tmp_path, halves, aligner_sees):
    index = tmp_path / "data" / "cache" / INDEX_FOLDER / index_key(default_corpus_dir())[:24]
    index.mkdir(parents=True)
    Lexicon({("беженц", "refuge"): 0.9}).save(index / LEXICON_FILE)
    code = main(["--data-dir", str(tmp_path / "data"), "import", "--ru", str(halves[0]),
                 "--en", str(halves[1]), "--dry-run", "--json"])  # fmt: skip
    assert code == 0
    capsys.readouterr()
    [(_glossary, lexicon)] = aligner_sees
    assert lexicon.pairs == {("беженц", "refuge"): 0.9}


def test_the_table_numbers_each_pair_with_its_confidence_and_starts(capsys, halves):
    code, out, _err = run(capsys, "--ru", str(halves[0]), "--en", str(halves[1]), "--dry-run")
    assert code == 0
    rows = [line for line in out.splitlines() if line[:3].strip().isdigit()]
    assert rows[0].split()[0] == "1"
    assert "Генеральный секретарь ООН приветс…" in rows[0]
    assert "UN Secretary-General Commends Cen…" in rows[0]
    assert all(len(row.split()[1].rstrip("!")) == 4 for row in rows)  # 2 decimals
    assert f"{len(rows)} pairs, 0 weak" in out
    assert "date: 2017-06-13" in out


def test_a_weak_link_is_marked_and_an_empty_side_shown_as_a_dash(capsys):
    pairs = [
        {"ru": "Первый абзац.", "en": "First paragraph.", "confidence": 0.97},
        {"ru": "", "en": "Only in English.", "confidence": 0.3},
    ]
    proposed = {"id": None, "title": {"ru": "", "en": ""}, "date": None, "place": None,
                "status": {"ru": None, "en": None}}  # fmt: skip
    _print_table(pairs, proposed, [])
    rows = capsys.readouterr().out.splitlines()
    assert any(row.startswith("1  0.97   Первый абзац.") for row in rows)
    weak = next(row for row in rows if row.startswith("2  "))
    assert weak.split()[1:3] == ["0.30!", "—"]
    assert "2 pairs, 1 weak (marked !: confidence below 0.5)" in rows


def test_the_metadata_given_is_shown_in_place_of_the_proposal(capsys, halves):
    given = ["--id", "ashgabat-2017", "--title-en", "Ashgabat Declaration",
             "--status-ru", "original", "--status-en", "unofficial-translation"]  # fmt: skip
    code, out, _err = run(
        capsys, "--ru", str(halves[0]), "--en", str(halves[1]), "--dry-run", "--json", *given
    )
    assert code == 0
    proposed = json.loads(out)["proposed"]
    assert proposed["id"] == "ashgabat-2017"
    assert proposed["title"]["en"] == "Ashgabat Declaration"
    assert proposed["title"]["ru"].startswith("Генеральный секретарь ООН")
    assert proposed["status"] == {"ru": "original", "en": "unofficial-translation"}


@pytest.mark.parametrize(
    "option, value, complaint",
    [
        ("--status-ru", "draft", "invalid choice: 'draft'"),
        ("--id", "Ashgabat 2017", "an id is lower-case letters and digits, joined by hyphens"),
    ],
)
def test_a_wrong_status_or_id_is_a_usage_error(capsys, halves, option, value, complaint):
    with pytest.raises(SystemExit) as exited:
        main(["import", "--ru", str(halves[0]), "--en", str(halves[1]), "--dry-run",
              option, value])  # fmt: skip
    assert exited.value.code == 2
    assert complaint in capsys.readouterr().err


def test_a_dry_run_writes_nothing(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    write(inputs / "doc.txt", SEED.read_bytes())
    root = tmp_path / "root"
    root.mkdir()
    result = cli(root, str(inputs / "doc.txt"), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "header header header header" in result.stdout
    assert files_under(root) == []
    assert files_under(inputs) == ["doc.txt"]


# Refusals --------------------------------------------------------------------


def test_without_statuses_nothing_is_saved_and_the_user_is_told(tmp_path, halves):
    root = tmp_path / "root"
    root.mkdir()
    result = cli(root, "--ru", str(halves[0]), "--en", str(halves[1]), "--status-ru", "official")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == NO_STATUS + "\n"
    assert files_under(root) == []


def test_the_refusal_is_in_russian_in_a_russian_system(tmp_path, halves):
    root = tmp_path / "root"
    root.mkdir()
    result = cli(root, "--ru", str(halves[0]), "--en", str(halves[1]), language="ru")
    assert result.returncode == 1
    assert "--status-ru" in result.stderr
    assert "Say what" not in result.stderr
    assert any("а" <= char <= "я" for char in result.stderr)


def _binary(folder: Path) -> list[Path]:
    return [write(folder / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))]


def _empty(folder: Path) -> list[Path]:
    return [write(folder / "empty.txt", b"")]


def _neither(folder: Path) -> list[Path]:
    kazakh = "Қазақстан Республикасы Орталық Азия елдерімен терроризмге қарсы ынтымақтастықты"
    return [write(folder / "kk.txt", (kazakh + " жалғастырады.\n\n") * 5)]


def _undecodable(folder: Path) -> list[Path]:
    return [write(folder / "noise.txt", bytes(range(0x80, 0x100)) * 20)]


def _huge(folder: Path) -> list[Path]:
    path = folder / "huge.txt"
    with path.open("wb") as file:
        file.truncate(200 * 1024 * 1024)  # sparse: no disk used
    return [path]


def _corrupt_docx(folder: Path) -> list[Path]:
    data = make_docx(folder / "whole.docx").read_bytes()
    (folder / "whole.docx").unlink()
    return [write(folder / "cut.docx", data[: len(data) // 2])]


def _corrupt_pdf(folder: Path) -> list[Path]:
    data = make_pdf(folder / "whole.pdf", "<p>Text.</p>").read_bytes()
    (folder / "whole.pdf").unlink()
    return [write(folder / "cut.pdf", data[:300])]


def _scan(folder: Path) -> list[Path]:
    from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

    path = folder / "scan.pdf"
    writer = QPdfWriter(str(path))
    image = QImage(400, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(writer)
    painter.drawImage(0, 0, image)
    painter.end()
    del writer
    return [path]


def _missing(folder: Path) -> list[Path]:
    return [folder / "missing.txt"]


@pytest.mark.parametrize(
    "make, form, message",
    [
        (_binary, "one", "This is not a text file: it holds binary data."),
        (_empty, "one", "The file is empty."),
        (_neither, "one", "The file holds no Russian or English text: it is not imported."),
        (_undecodable, "two", "The text's encoding cannot be recognised: save it as UTF-8"
                              " and import it again."),
        (_huge, "two", f"The file is larger than {MAX_BYTES // 2**20} MB: it is not imported."),
        (_corrupt_docx, "one", "The Word document is damaged and cannot be read."),
        (_corrupt_pdf, "two", "The PDF is damaged and cannot be read."),
        (_scan, "one", "The PDF has no text layer"),
        (_missing, "two", "The file cannot be read: No such file or directory"),
        (None, "ru only", "Give one bilingual FILE, or both --ru FILE and --en FILE."),
        (None, "file and ru", "Give one bilingual FILE, or both --ru FILE and --en FILE."),
    ],
)  # fmt: skip
def test_a_bad_input_is_refused_with_its_message_and_nothing_written(
    qapp, tmp_path, make, form, message
):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    good = write(inputs / "good.txt", seed_halves()[1])
    if form == "one":
        (bad,) = make(inputs)
        args = [str(bad)]
    elif form == "two":
        (bad,) = make(inputs)
        args = ["--ru", str(bad), "--en", str(good)]
    elif form == "ru only":
        args = ["--ru", str(good)]
    else:
        args = [str(good), "--ru", str(good)]
    before = files_under(inputs)
    root = tmp_path / "root"
    root.mkdir()
    result = cli(root, *args, "--dry-run", "--json")
    assert (result.returncode, result.stdout) == (1, "")
    named = f"{bad}: " if form in ("one", "two") else ""
    assert result.stderr.startswith(named + message)
    assert result.stderr.count("\n") == 1  # the message alone, no traceback
    assert files_under(root) == []
    assert files_under(inputs) == before
    assert not any(os.scandir(root / "xdg"))
