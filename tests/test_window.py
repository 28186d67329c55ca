from PySide6.QtGui import QFontDatabase

from tests.conftest import FIXTURES
from viewer.gui.app import create_app, create_window


def open_window(qtbot, tmp_path, corpus=FIXTURES / "corpus"):
    app = create_app()
    window = create_window(app, tmp_path / "data", corpus)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_lists_documents_and_shows_both_languages(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    titles = [window.library.item(i).text() for i in range(window.library.count())]
    assert len(titles) == 2
    assert titles[0].startswith("Statement on cooperation\n2018-11-08 · Astana")
    assert "2024-08 (inferred)" in titles[1]
    text = window.reader.toPlainText()
    assert "Ни одна страна не может победить терроризм в одиночку." in text
    assert "No one country can defeat terrorism alone." in text
    assert "unofficial translation" in text

    window.library.setCurrentRow(1)
    text = window.reader.toPlainText()
    assert "Стороны обсудили вопросы превентивной дипломатии" in text
    assert "The sides discussed preventive diplomacy" in text


def test_pairs_share_a_row(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    table = window.reader.document().rootFrame().childFrames()[0]
    cursor_ru = table.cellAt(2, 1).firstCursorPosition()
    cursor_en = table.cellAt(2, 2).firstCursorPosition()
    assert cursor_ru.block().text().startswith("Мы, члены Совета")
    assert cursor_en.block().text().startswith("We, the members")
    top_ru = window.reader.cursorRect(cursor_ru).top()
    top_en = window.reader.cursorRect(cursor_en).top()
    assert top_ru == top_en


def test_bundled_fonts_are_loaded(qtbot, tmp_path):
    open_window(qtbot, tmp_path)
    families = QFontDatabase.families()
    assert "PT Sans" in families and "PT Serif" in families


def test_last_document_and_geometry_persist(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.library.setCurrentRow(1)
    window.resize(700, 500)  # within the offscreen screen's 800x600
    window.close()
    again = open_window(qtbot, tmp_path)
    assert again.reader.current.id == "beta"
    assert again.size().width() == 700


def test_broken_corpus_opens_with_a_message_and_the_rest(qtbot, tmp_path, corpus_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    (corpus_dir / "alpha" / "meta.toml").write_text("id = ", encoding="utf-8")
    window = open_window(qtbot, tmp_path, corpus_dir)
    qtbot.waitUntil(lambda: bool(shown))
    assert "alpha/meta.toml:1: error: TOML syntax error" in shown[0]
    assert window.library.count() == 1
