from PySide6.QtGui import QFontDatabase

from tests.conftest import FIXTURES
from viewer.gui.app import create_app, create_window
from viewer.gui.library import LINES


def open_window(qtbot, tmp_path, corpus=FIXTURES / "corpus"):
    app = create_app()
    window = create_window(app, tmp_path / "data", corpus)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isVisible)
    return window


def test_window_lists_documents_and_shows_both_languages(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    entries = [window.library.list.item(i).data(LINES) for i in range(window.library.list.count())]
    assert entries[0] == (
        "Statement on cooperation",
        "2018-11-08 · Astana · statement",
        "RU: official   EN: unofficial translation",
    )
    assert entries[1][1] == "2024-08 (inferred) · news item"
    text = window.view.toPlainText()
    assert "Ни одна страна не может победить терроризм в одиночку." in text
    assert "No one country can defeat terrorism alone." in text

    window.library.list.setCurrentRow(1)
    text = window.view.toPlainText()
    assert "Стороны обсудили вопросы превентивной дипломатии" in text
    assert "The sides discussed preventive diplomacy" in text


def test_pairs_share_a_row(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    start_ru, _ = window.view.cell_range(2, "ru")
    start_en, _ = window.view.cell_range(2, "en")
    cursor_ru, cursor_en = window.view.textCursor(), window.view.textCursor()
    cursor_ru.setPosition(start_ru)
    cursor_en.setPosition(start_en)
    assert cursor_ru.block().text().startswith("Мы, члены Совета")
    assert cursor_en.block().text().startswith("We, the members")
    assert window.view.cursorRect(cursor_ru).top() == window.view.cursorRect(cursor_en).top()


def test_bundled_fonts_are_loaded(qtbot, tmp_path):
    open_window(qtbot, tmp_path)
    families = QFontDatabase.families()
    assert "PT Sans" in families and "PT Serif" in families


def test_last_document_and_geometry_persist(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.library.list.setCurrentRow(1)
    window.resize(700, 500)  # within the offscreen screen's 800x600
    window.close()
    again = open_window(qtbot, tmp_path)
    assert again.view.current.id == "beta"
    assert again.size().width() == 700


def test_broken_corpus_opens_with_a_message_and_the_rest(qtbot, tmp_path, corpus_dir):
    from PySide6.QtWidgets import QMessageBox

    (corpus_dir / "alpha" / "meta.toml").write_text("id = ", encoding="utf-8")
    window = open_window(qtbot, tmp_path, corpus_dir)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)))
    box = window.findChildren(QMessageBox)[0]
    assert "alpha/meta.toml:1: error: TOML syntax error" in box.text()
    assert window.library.list.count() == 1
    box.close()


def test_every_named_action_is_in_a_menu(qtbot, tmp_path):
    """Commands are reached by name (`window.actions.brief`), and every one
    of them is offered in the menus: none is declared and forgotten."""
    from PySide6.QtGui import QAction

    window = open_window(qtbot, tmp_path)
    named = set()
    for value in vars(window.actions).values():
        named |= set(value.values()) if isinstance(value, dict) else {value}
    assert named and all(isinstance(a, QAction) for a in named)
    in_menus = set()

    def walk(menu):
        for action in menu.actions():
            in_menus.add(action)
            if action.menu():
                walk(action.menu())

    for top in window.menuBar().actions():
        walk(top.menu())
    assert named <= in_menus
    window.actions.brief.trigger()
    assert window.settings["reader/brief"] is True


def test_the_document_count_stays_after_using_a_menu(qtbot, tmp_path):
    """A hovered menu command sends its (empty) status tip, which clears a
    plain status message; the count of documents is a permanent part of the
    status bar."""
    from PySide6.QtGui import QStatusTipEvent
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, tmp_path)
    QApplication.sendEvent(window, QStatusTipEvent(""))
    assert window.documents_count.isVisible()
    assert window.documents_count.text() == "2 documents"


def test_a_panel_shown_from_the_view_menu_comes_to_the_front(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.resize(1400, 800)  # wide: the two panels share the side, tabbed
    window.info_dock.toggleViewAction().trigger()  # the information panel, in front
    window.notes_dock.toggleViewAction().trigger()  # tabbed behind it until raised
    qtbot.waitUntil(lambda: not window.notes_dock.visibleRegion().isEmpty())
    assert window.info_dock.visibleRegion().isEmpty()
