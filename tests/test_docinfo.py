"""The document information panel: provenance first, editorial notes after,
at a readable width where no line runs past the panel's edge."""

import pytest

from tests.test_ui_languages import window_in
from viewer.core.settings import Settings
from viewer.gui.app import create_app, create_window
from viewer.gui.docinfo import provenance


def show_info(qtbot, window, doc_id: str):
    window.resize(1024, 640)
    window.navigate(doc_id)
    window.info_dock.toggleViewAction().trigger()
    qtbot.waitUntil(window.info.isVisible)
    return window.info


@pytest.mark.parametrize("language", ["ru", "en"])
def test_provenance_comes_first_and_the_notes_after(qtbot, tmp_path, language):
    window = window_in(qtbot, tmp_path, language)
    text = show_info(qtbot, window, "alpha").toPlainText()
    meta = window.corpus.document("alpha").meta
    expected = {
        "ru": ["Происхождение", "Издатель", "Место", "Дата", "Источник издания"],
        "en": ["Provenance", "Publisher", "Place", "Date", "Edited from"],
    }[language]
    order = [
        meta.title.get(language),
        expected[0],
        expected[1],
        meta.publisher.get(language),
        expected[2],
        meta.place.get(language),
        expected[3],
        "2018-11-08",
        expected[4],
        meta.seed,
        "Редакционные примечания" if language == "ru" else "Editorial notes",
        meta.notes[0].get(language),
    ]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, order[positions.index(-1)]
    assert positions == sorted(positions)
    window.close()


def test_the_date_note_and_each_status_belong_to_provenance(qtbot, tmp_path):
    window = window_in(qtbot, tmp_path, "en")
    text = show_info(qtbot, window, "beta").toPlainText()
    order = [
        "Provenance",
        "Kazinform",
        "2024-08 (inferred)",
        "Not printed; the item reports a meeting held in August 2024.",
        "fixture-beta.txt",
        "Russian text",
        "original",
        "the language the text was first written in",
        "English text",
        "unofficial translation",
        "not to be quoted as official",
        "Editorial notes",
    ]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, order[positions.index(-1)]
    assert positions == sorted(positions)
    window.close()


def label_lines(info, label: str) -> int:
    cursor = info.document().find(label)
    assert not cursor.isNull(), label
    return cursor.block().layout().lineCount()


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_panel_is_readable_at_1024x640(qtbot, tmp_path, corpus_dir, language):
    """A sensible default width; the labels each on one line in a compact
    column; the values wrap, even a file name without spaces, so no line is
    cut off at the panel's edge."""
    meta = corpus_dir / "alpha" / "meta.toml"
    long_seed = "source-" + "x" * 90 + ".txt"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace("fixture-alpha.txt", long_seed),
        encoding="utf-8",
    )
    settings = Settings(tmp_path / "data" / "config")
    settings["ui/language"] = language
    settings.save()
    window = create_window(create_app(), tmp_path / "data", corpus_dir)
    qtbot.addWidget(window)
    window.show()
    info = show_info(qtbot, window, "alpha")
    characters = info.fontMetrics().averageCharWidth()
    assert 40 * characters <= window.info_dock.width() <= window.width() * 0.35
    viewport = info.viewport().width()
    assert info.document().idealWidth() <= viewport
    assert info.horizontalScrollBar().maximum() == 0
    facts = provenance(window.corpus.document("alpha"), language)
    for label, _value, _note in facts:
        if label:
            assert label_lines(info, label) == 1, label
    publisher = info.document().find(window.corpus.document("alpha").meta.publisher.get(language))
    publisher.setPosition(publisher.selectionStart())
    assert info.cursorRect(publisher).x() < viewport * 0.45  # the values get the width
    window.close()
