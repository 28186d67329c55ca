import os
import subprocess
import sys

import pytest

from tests.conftest import REPO
from viewer.cli import main


def test_help_lists_the_subcommands(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "check" in out and "--data-dir" in out


def test_every_subcommand_has_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--help"])
    assert exit_info.value.code == 0
    assert "CORPUS_DIR" in capsys.readouterr().out


def test_unknown_command_errs_on_stderr(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "invalid choice" in captured.err


def refused(capsys, argv: list[str]) -> str:
    """What the command line says when it refuses `argv` as a wrong argument
    (exit status 2), whether the path came as --corpus or to check."""
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    return capsys.readouterr().err


def test_check_of_a_missing_directory_fails_clearly(capsys, tmp_path):
    absent = str(tmp_path / "absent")
    for argv in (["check", absent], ["--corpus", absent, "check"]):
        assert f"error: {absent}: corpus directory not found" in refused(capsys, argv)


def test_check_of_a_file_says_it_is_no_corpus(capsys, tmp_path):
    file = tmp_path / "notes.txt"
    file.write_text("hello", encoding="utf-8")
    err = refused(capsys, ["check", str(file)])
    assert f"error: {file} is a file; a corpus is a folder with one folder per document\n" in err


def test_check_of_a_folder_that_is_no_corpus(capsys, tmp_path):
    (tmp_path / "photos").mkdir()
    err = refused(capsys, ["check", str(tmp_path)])
    assert f"error: {tmp_path} is not a corpus: it has no document folders" in err
    assert ":1:" not in err


def test_check_of_a_document_folder_points_to_its_corpus(capsys):
    folder = REPO / "tests/fixtures/corpus/alpha"
    err = refused(capsys, ["check", str(folder)])
    assert "one document's folder; its corpus is the folder above it" in err


def test_console_script_entry_runs_from_a_fresh_process():
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "check", str(REPO / "tests/fixtures/corpus")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2 documents, 5 block pairs, OK"


def test_core_imports_no_widgets():
    code = (
        "import sys, viewer.cli, viewer.core.checker, viewer.core.settings, viewer.core.i18n;"
        "assert 'PySide6.QtWidgets' not in sys.modules;"
        "assert 'PySide6.QtGui' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, timeout=60)


def test_start_up_path_leaves_heavy_modules_unloaded():
    """The window starts without the search engine or the Markdown parser:
    the index and the corpus cache bring them in only when needed."""
    code = (
        "import sys, viewer.cli, viewer.gui.app;"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('whoosh', 'markdown')];"
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, timeout=60)


def test_checking_and_matching_terms_never_load_the_search_engine():
    """The checker and the glossary matcher stem words without whoosh (the
    comparison and import features match terms without the engine)."""
    code = (
        "import sys;"
        "from viewer.core.checker import check_corpus;"
        "from viewer.core.terms import Glossary, stem;"
        "corpus, problems = check_corpus('corpus');"
        "assert Glossary(corpus.glossary).mentioned('ОДКБ и терроризм', 'ru');"
        "assert stem('терроризма') == stem('терроризм');"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'whoosh']"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, timeout=60)


def test_without_a_display_the_window_says_so_in_words():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "viewer"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=REPO,
        env=env,
    )
    assert result.returncode == 1
    assert "no display" in result.stderr and "xvfb-run" in result.stderr
    assert "xcb" not in result.stderr
