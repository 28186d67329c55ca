"""Exporting and importing annotations from the window's File menu, the
file dialogs stubbed as a reader would answer them."""

import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.reader_support import open_window
from viewer.core.annotations.model import highlight, on_pair


def answer_files(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def told(monkeypatch):
    said = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, _t, text, *_a, k=kind: said.append((k, text))
        )
    return said


def test_export_then_import_into_another_data_folder(qtbot, tmp_path, monkeypatch):
    sender = open_window(qtbot, tmp_path / "sender")
    alpha = sender.corpus.document("alpha")
    beta = sender.corpus.document("beta")
    made = [
        highlight(alpha.pairs[1], "alpha", "en", 0, 6, "green", note="See the treaty"),
        on_pair(beta.pairs[0], "beta", "bookmark", label="Start"),
    ]
    sender.annotator.add(made, "t")
    shared = tmp_path / "shared.json"
    answer_files(monkeypatch, shared)
    sender.navigate("alpha")
    sender.actions.export_document.trigger()
    assert [a["id"] for a in json.loads(shared.read_text())["annotations"]] == [made[0].id]
    sender.actions.export_all.trigger()
    assert len(json.loads(shared.read_text())["annotations"]) == 2
    assert "2 annotations exported" in sender.statusBar().currentMessage()
    sender.close()

    receiver = open_window(qtbot, tmp_path / "receiver")
    said = told(monkeypatch)
    receiver.actions.import_annotations.trigger()
    assert said == [
        ("information", "From shared.json: 2 added, 0 updated, 0 skipped (already here).")
    ]
    assert {a.id for a in receiver.annotator.of(None)} == {a.id for a in made}
    receiver.navigate("alpha")
    assert receiver.view.layer("highlights")  # painted at once
    receiver.actions.import_annotations.trigger()
    assert said[-1][1].endswith("0 added, 0 updated, 2 skipped (already here).")
    receiver.close()


def test_a_file_that_is_not_annotations_is_refused_and_changes_nothing(
    qtbot, tmp_path, monkeypatch
):
    window = open_window(qtbot, tmp_path / "data")
    bogus = tmp_path / "photo.json"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    answer_files(monkeypatch, bogus)
    said = told(monkeypatch)
    window.actions.import_annotations.trigger()
    [(kind, text)] = said
    assert kind == "warning" and "was not imported" in text and "Nothing was changed" in text
    assert window.annotator.of(None) == []
    window.close()


def test_exporting_nothing_says_so_and_writes_nothing(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, tmp_path / "data")
    answer_files(monkeypatch, tmp_path / "out.json")
    said = told(monkeypatch)
    window.actions.export_all.trigger()
    assert said == [("information", "There are no annotations to export.")]
    assert not (tmp_path / "out.json").exists()
    window.close()
