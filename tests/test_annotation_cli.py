"""`diptych annotations …`: each kind added, listed, exported, imported and
removed in a data folder given with --data-dir; exit codes and messages;
the command line writing while a store is open in another process."""

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO
from viewer.cli import main
from viewer.core.annotations.exchange import MAX_BYTES
from viewer.core.annotations.model import MAX_TEXT
from viewer.core.annotations.store import FILE_NAME, AnnotationStore


class Run:
    """`annotations` commands in one data folder, run in this process."""

    def __init__(self, capsys, data: Path):
        self.capsys, self.data = capsys, data

    def __call__(self, *args: str):
        """(exit status, stdout, stderr)."""
        argv = ["--data-dir", str(self.data), "--corpus", str(FIXTURES / "corpus")]
        try:
            code = main([*argv, "annotations", *args])
        except SystemExit as exit_info:
            code = exit_info.code
        out = self.capsys.readouterr()
        return code, out.out, out.err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert (code, err) == (0, ""), err
        return out

    def listed(self, *args: str) -> list[dict]:
        return json.loads(self.ok("list", "--json", *args))


@pytest.fixture
def run(capsys, tmp_path):
    return Run(capsys, tmp_path / "data")


def test_each_kind_is_added_and_listed(run):
    marked = run.ok(
        "add", "--doc", "alpha", "--paragraph", "2", "--lang", "en", "--quote", "the members",
        "--note", "see the Charter", "--tag", "CSTO", "--tag", "ёлка",
    ).strip()  # fmt: skip
    bookmark = run.ok(
        "add", "--doc", "alpha", "--paragraph", "3", "--bookmark", "--label", "вербовка"
    ).strip()
    note = run.ok("add", "--doc", "beta", "--paragraph", "1", "--note", "two\nlines").strip()
    [first, second, third] = run.listed()
    assert first["id"] == marked and first["kind"] == "highlight"
    assert (first["lang"], first["start"], first["end"]) == ("en", 4, 15)
    assert (first["quote"], first["prefix"]) == ("the members", "We, ")
    assert first["suffix"] == " of the Collective Security Coun"
    assert (first["colour"], first["note"], first["tags"]) == (
        "blue",
        "see the Charter",
        ["CSTO", "ёлка"],
    )
    assert second["id"] == bookmark and second["kind"] == "bookmark"
    assert (second["label"], second["lang"], second["colour"]) == ("вербовка", None, None)
    assert second["quote"] == "Противодействие вербовке иностранных боевиков-террористов\n" + (
        "Countering the recruitment of foreign terrorist fighters"
    )
    assert third["id"] == note and (third["kind"], third["note"]) == ("note", "two\nlines")
    assert [a["id"] for a in run.listed("--doc", "beta")] == [note]
    assert run.ok("list") == (
        f"{marked}  alpha ¶2  highlight  en blue (quote)\n"
        "    «the members»\n"
        "    note: see the Charter\n"
        "    tags: CSTO, ёлка\n"
        f"{bookmark}  alpha ¶3  bookmark\n"
        "    label: вербовка\n"
        f"{note}  beta ¶1  note\n"
        "    note: two\n"
        "      lines\n"
        "Annotations: 3\n"
    )


def test_a_colour_by_its_key_or_meaning(run):
    config = run.data / "config"
    config.mkdir(parents=True)
    settings = {"version": 1, "values": {"annotations/meanings": {"green": "terminology"}}}
    (config / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    quote = ("--doc", "alpha", "--paragraph", "1", "--lang", "ru", "--quote", "Заявление")
    for name, colour in [
        ("red", "red"),
        ("Disagree", "red"),  # the default meaning
        ("terminology", "green"),  # the reader's name
        ("term", "green"),  # and the English default it replaced
        (" follow up ", "pink"),
    ]:
        run.ok("add", *quote, "--colour", name)
        assert run.listed()[-1]["colour"] == colour
    run.ok("add", *quote)
    assert run.listed()[-1]["colour"] == "blue"  # the first colour
    code, out, err = run("add", *quote, "--colour", "purple")
    assert code == 2 and out == ""
    assert (
        "error: no colour purple; the colours are: blue (quote), violet (check), red (disagree),"
        " green (terminology), pink (follow up)\n"
    ) in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--lang", "en", "--quote", "nope"], None),
        (["--quote", "Statement"], "--quote and --lang go together"),
        (["--lang", "en", "--note", "x"], "--quote and --lang go together"),
        (["--lang", "en", "--quote", "Statement", "--bookmark"], "give --bookmark or --quote"),
        (["--colour", "red", "--note", "x"], "--colour is a highlight's"),
        (["--label", "x", "--note", "x"], "--label names a bookmark"),
        ([], "say what to add"),
        (["--note", ""], "say what to add"),
        (["--note", "x" * (MAX_TEXT + 1)], "at most 20000 characters"),
        (["--note", "\x1b[2J"], "no control characters"),
        (["--tag", "t" * 65, "--note", "x"], "at most 64 characters"),
        (["--lang", "de", "--quote", "x"], "invalid choice: 'de'"),
    ],
)
def test_wrong_arguments_to_add(run, args, said):
    code, out, err = run("add", "--doc", "alpha", "--paragraph", "1", *args)
    assert out == ""
    if said is None:
        assert code == 1
        assert err == (
            "«nope» is not in paragraph 1 of alpha (en); a quote is found only as the text"
            " has it, character for character.\n"
        )
    else:
        assert code == 2 and said in err
    assert not (run.data / "data" / FILE_NAME).exists()


def test_a_document_or_paragraph_not_in_the_corpus(run):
    code, _out, err = run("add", "--doc", "gamma", "--paragraph", "1", "--note", "x")
    assert code == 2
    assert "no document gamma in the corpus; its documents are: alpha, beta" in err
    code, _out, err = run("add", "--doc", "alpha", "--paragraph", "5", "--note", "x")
    assert code == 2 and "alpha has paragraphs 1 to 4" in err


def test_a_second_bookmark_on_a_paragraph_is_refused(run):
    first = run.ok("add", "--doc", "alpha", "--paragraph", "3", "--bookmark").strip()
    code, out, err = run("add", "--doc", "alpha", "--paragraph", "3", "--bookmark")
    assert (code, out) == (1, "")
    assert err == f"Paragraph 3 of alpha has a bookmark already: {first}\n"
    run.ok("add", "--doc", "alpha", "--paragraph", "4", "--bookmark")
    assert len(run.listed()) == 2


def test_export_import_between_two_data_folders(capsys, tmp_path):
    mine, theirs = Run(capsys, tmp_path / "mine"), Run(capsys, tmp_path / "theirs")
    mine.ok("add", "--doc", "alpha", "--paragraph", "2", "--lang", "ru", "--quote", "ОДКБ")
    mine.ok("add", "--doc", "beta", "--paragraph", "1", "--bookmark")
    shared = tmp_path / "shared.json"
    assert mine.ok("export", str(shared)) == f"Exported 2 annotations to {shared}\n"
    assert theirs.ok("import", str(shared)) == "Added 2, updated 0, skipped 0.\n"
    assert theirs.listed() == mine.listed()
    assert theirs.ok("import", str(shared)) == "Added 0, updated 0, skipped 2.\n"
    beta = tmp_path / "beta.json"
    assert mine.ok("export", str(beta), "--doc", "beta") == f"Exported 1 annotations to {beta}\n"
    assert [a["doc"] for a in json.loads(beta.read_text(encoding="utf-8"))["annotations"]] == [
        "beta"
    ]


def test_a_refused_import_says_why_and_changes_nothing(run, tmp_path):
    run.ok("add", "--doc", "alpha", "--paragraph", "1", "--note", "kept")
    before = run.listed()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "diptych-annotations", "version": 7}', encoding="utf-8")
    code, out, err = run("import", str(bad))
    assert (code, out) == (1, "")
    assert err == (
        f"{bad} was not imported: it was written by a newer version of Diptych (annotations"
        " format 7; this version reads format 1). Nothing was changed.\n"
    )
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES * 5)
    code, _out, err = run("import", str(huge))
    assert code == 1 and "it is larger than 20 MB" in err
    code, _out, err = run("import", str(tmp_path / "absent.json"))
    assert code == 1 and "it cannot be read (No such file or directory)" in err
    assert run.listed() == before


def test_export_to_a_folder_fails_clearly(run, tmp_path):
    code, out, err = run("export", str(tmp_path))
    assert (code, out) == (1, "")
    assert err.startswith(f"Cannot write {tmp_path}: ")


def test_remove(run):
    one = run.ok("add", "--doc", "alpha", "--paragraph", "1", "--note", "one").strip()
    two = run.ok("add", "--doc", "alpha", "--paragraph", "2", "--note", "two").strip()
    code, out, err = run("remove", one, "0000")
    assert (code, out, err) == (1, "", "No annotation 0000; nothing was removed.\n")
    assert len(run.listed()) == 2
    assert run.ok("remove", one) == f"Removed {one}\n"
    assert [a["id"] for a in run.listed()] == [two]
    assert run.ok("list", "--doc", "beta") == "No annotations.\n"


def test_a_restored_database_is_told_once_on_stderr(run):
    run.ok("add", "--doc", "alpha", "--paragraph", "1", "--note", "one")
    run.ok("add", "--doc", "alpha", "--paragraph", "2", "--note", "two")  # after a backup of one
    (run.data / "data" / FILE_NAME).write_bytes(b"garbage" * 1000)
    code, out, err = run("list", "--json")
    assert code == 0 and [a["note"] for a in json.loads(out)] == ["one"]
    assert err.count("\n") == 1
    assert err.startswith("The annotations database was damaged (file is not a database).")
    assert run.ok("list", "--json") == out


def test_a_database_of_a_newer_version_is_listed_but_not_changed(run):
    run.ok("add", "--doc", "alpha", "--paragraph", "1", "--note", "one")
    with closing(sqlite3.connect(run.data / "data" / FILE_NAME)) as db:
        db.execute("PRAGMA user_version = 9")
        db.commit()
    code, out, err = run("list")
    assert code == 0 and "note: one" in out and "newer version of Diptych" in err
    code, out, err = run("add", "--doc", "alpha", "--paragraph", "2", "--note", "two")
    assert (code, out) == (1, "")
    assert err.endswith(
        "Your annotations are read only: they were saved by a newer version of Diptych.\n"
    )


def test_annotations_needs_an_action(run):
    code, _out, err = run()
    assert code == 2
    assert "the following arguments are required: {add,list,export,import,remove}" in err


def cli(data: Path, *args: str, language: str = "en") -> subprocess.CompletedProcess:
    """`diptych annotations ARGS` in a process of its own, its system's
    language `language` (the command line speaks the system's)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE", "LC_MESSAGES")}
    region = {"en": "en_GB", "ru": "ru_RU"}[language]
    env.update(PYTHONPATH=str(REPO), LC_CTYPE="C.UTF-8", LANG=f"{region}.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "viewer", "--data-dir", str(data), "--corpus",
         str(FIXTURES / "corpus"), "annotations", *args],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=60, check=False,
    )  # fmt: skip


def test_the_command_line_writes_while_a_store_is_open(tmp_path):
    data = tmp_path / "data"
    with closing(AnnotationStore(data / "data")) as store:
        from tests.annotation_factory import note

        mine = note()
        store.save([mine])
        added = cli(data, "add", "--doc", "alpha", "--paragraph", "3", "--bookmark")
        assert added.returncode == 0, added.stderr
        theirs = added.stdout.strip()
        assert store.changed_elsewhere()
        assert store.get(theirs).kind == "bookmark"
        listed = cli(data, "list", "--json")
        assert sorted(a["id"] for a in json.loads(listed.stdout)) == sorted([mine.id, theirs])
        store.save([mine.replace(note="edited")])
        removed = cli(data, "remove", mine.id)
        assert removed.stdout == f"Removed {mine.id}\n"
        assert store.changed_elsewhere() and store.all() == [store.get(theirs)]


def test_the_command_line_speaks_russian(tmp_path):
    data = tmp_path / "data"
    shared = tmp_path / "shared.json"
    cli(data, "add", "--doc", "alpha", "--paragraph", "1", "--note", "x")
    exported = cli(data, "export", str(shared), language="ru")
    assert exported.stdout == f"Экспортировано пометок: 1, в файл {shared}\n"
    imported = cli(tmp_path / "other", "import", str(shared), language="ru")
    assert imported.stdout == "Добавлено: 1, обновлено: 0, пропущено: 0.\n"
    listed = cli(data, "list", language="ru")
    assert "  заметка\n" in listed.stdout and listed.stdout.endswith("Пометок: 1\n")
    shared.write_text("[]", encoding="utf-8")
    refused = cli(data, "import", str(shared), language="ru")
    assert refused.returncode == 1
    assert refused.stderr == (
        f"{shared} не импортирован: это не файл пометок Diptych. Ничего не изменено.\n"
    )


def test_export_makes_no_folder_and_writes_a_file_to_hand_on(run, tmp_path):
    run.ok("add", "--doc", "alpha", "--paragraph", "3", "--bookmark")
    missing = tmp_path / "no such folder" / "out.json"
    code, _out, err = run("export", str(missing))
    assert code == 1 and "Cannot write" in err
    assert not missing.parent.exists()
    previous = os.umask(0o022)
    try:
        run.ok("export", str(tmp_path / "out.json"))
    finally:
        os.umask(previous)
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o644


def test_a_closed_pipe_ends_the_listing_quietly(tmp_path):
    data = tmp_path / "data"
    command = [sys.executable, "-m", "viewer", "--data-dir", str(data), "--corpus"]
    command.append(str(FIXTURES / "corpus"))
    for paragraph in range(1, 5):
        subprocess.run(
            [*command, "annotations", "add", "--doc", "alpha", "--paragraph", str(paragraph),
             "--note", "x" * 19000],
            check=True, capture_output=True, cwd=REPO,
        )  # fmt: skip
    listing = subprocess.Popen(
        [*command, "annotations", "list", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
    )  # fmt: skip
    listing.stdout.read(10)
    listing.stdout.close()  # as `| head -c 10` does
    _out, err = listing.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipe" not in err
