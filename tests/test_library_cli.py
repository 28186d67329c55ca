"""`diptych import` saving into the library, `diptych list` and `diptych
remove`, on the same code path as the window: a real own corpus, a real
index and a real annotation store in a data folder."""

import json

import pytest

from tests.annotation_factory import bookmark
from tests.conftest import FIXTURES
from tests.import_support import seed_halves, write
from viewer.cli import main
from viewer.core.annotations.store import AnnotationStore

CORPUS = ["--corpus", str(FIXTURES / "corpus")]


def run(capsys, data, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *CORPUS, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def imported(tmp_path, capsys):
    russian, english = seed_halves()
    ru, en = write(tmp_path / "ru.txt", russian), write(tmp_path / "en.txt", english)
    data = tmp_path / "data"
    code, out, err = run(capsys, data, "import", "--ru", str(ru), "--en", str(en),
                         "--id", "ashgabat", "--status-ru", "official",
                         "--status-en", "official", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["id"] == "ashgabat"
    return data


def test_an_imported_document_is_listed_with_its_origin_and_found(imported, capsys):
    code, out, _err = run(capsys, imported, "list", "--json")
    rows = {row["id"]: row for row in json.loads(out)["documents"]}
    assert code == 0
    assert rows["ashgabat"]["origin"] == "imported" and rows["ashgabat"]["date"] == "2017-06-13"
    assert rows["alpha"]["origin"] == "edition"
    code, out, _err = run(capsys, imported, "list")
    assert any(line.split()[:2] == ["ashgabat", "imported"] for line in out.splitlines())
    code, out, _err = run(capsys, imported, "search", "Гутерриш", "--json")
    assert "ashgabat" in {hit["doc"] for hit in json.loads(out)["hits"]}


def test_an_id_already_taken_is_refused(imported, capsys, tmp_path):
    ru, en = tmp_path / "ru.txt", tmp_path / "en.txt"
    code, _out, err = run(capsys, imported, "import", "--ru", str(ru), "--en", str(en),
                          "--id", "ashgabat", "--status-ru", "official",
                          "--status-en", "official")  # fmt: skip
    assert code == 1 and "already in your library" in err


def test_removing_keeps_annotations_detached_unless_told(imported, capsys):
    store = AnnotationStore(imported / "data")
    store.save([bookmark(id="b1", doc="ashgabat", paragraph=2)])
    store.close()
    code, _out, err = run(capsys, imported, "remove", "alpha")
    assert code == 1 and "part of the edition" in err
    code, out, _err = run(capsys, imported, "remove", "ashgabat")
    assert code == 0 and "Annotations of it kept, marked detached: 1." in out
    store = AnnotationStore(imported / "data")
    assert [a.detached for a in store.all("ashgabat")] == [True]
    store.close()
    code, out, _err = run(capsys, imported, "list", "--json")
    assert "ashgabat" not in {row["id"] for row in json.loads(out)["documents"]}
    code, _out, err = run(capsys, imported, "remove", "ashgabat")
    assert code == 1 and "No imported document has the id ashgabat" in err


def test_removing_with_its_annotations(imported, capsys):
    store = AnnotationStore(imported / "data")
    store.save([bookmark(id="b1", doc="ashgabat", paragraph=2)])
    store.close()
    code, out, _err = run(capsys, imported, "remove", "ashgabat", "--delete-annotations")
    assert code == 0 and "Removed ashgabat. Annotations of it deleted: 1." in out
    store = AnnotationStore(imported / "data")
    assert store.all("ashgabat") == []
    store.close()


def test_the_index_an_installer_ships_holds_the_edition_alone(imported, capsys, tmp_path):
    out = tmp_path / "bundle"
    code, stdout, _err = run(capsys, imported, "index", "--out", str(out))
    assert code == 0 and "Index ready: 5 block pairs" in stdout
    assert [p.name for p in (out / "index").iterdir() if not p.name.startswith(".")] != []
    assert not (out / "index" / "library").exists()


def test_the_languages_given_the_wrong_way_round_are_refused(tmp_path, capsys):
    russian, english = seed_halves()
    ru, en = write(tmp_path / "ru.txt", russian), write(tmp_path / "en.txt", english)
    code, _out, err = run(capsys, tmp_path / "data", "import", "--ru", str(en), "--en", str(ru),
                          "--status-ru", "official", "--status-en", "official")  # fmt: skip
    assert code == 1 and "swap them" in err
    assert not (tmp_path / "data" / "data" / "corpus").exists()


def test_importing_a_text_again_says_so(imported, capsys, tmp_path):
    ru, en = tmp_path / "ru.txt", tmp_path / "en.txt"
    code, _out, err = run(capsys, imported, "import", "--ru", str(ru), "--en", str(en),
                          "--status-ru", "official", "--status-en", "official")  # fmt: skip
    assert code == 0
    assert "Your library already holds this text, as ashgabat; this is a second copy." in err
