"""The annotations panel driven as a reader drives it: annotations made
through the window's annotator on the fixture corpus are listed, filtered by
kind, colour, tag and words of either language, shown in the text by a click
or Enter, edited and deleted in place with undo, and followed when another
instance changes them."""

import re
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QApplication

from tests.conftest import FIXTURES, type_text
from tests.reader_support import long_corpus, open_window, point_of
from tests.test_ui_languages import relaunched_in, strings_of, untranslated, window_in
from viewer.core.annotations.model import COLOURS, highlight, on_pair
from viewer.core.annotations.store import AnnotationStore
from viewer.core.loader import load_corpus
from viewer.core.paths import user_dirs
from viewer.core.spans import Span
from viewer.export.look import HIGHLIGHT_LINES
from viewer.gui.annotations_list import PAD, SIGN, first_line
from viewer.gui.annotator import POLL_MS
from viewer.gui.app import create_app
from viewer.gui.colour_names import ColourNamesDialog
from viewer.gui.theme import contrast

__all__ = ["long_corpus"]  # a fixture


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "data", size=(1024, 640))
    window.notes_dock.show()
    window.notes_dock.raise_()
    yield window
    window.close()


def settle(window) -> None:
    """Let the panel show the changes made (it reads them on the event
    loop's next turn)."""
    while window.annotations_panel.pending:
        QApplication.processEvents()


def pair(window, doc: str, paragraph: int):
    return window.corpus.document(doc).pairs[paragraph - 1]


def pair_of(doc: str, paragraph: int):
    """A pair of the fixture corpus, before any window reads it."""
    return load_corpus(FIXTURES / "corpus").document(doc).pairs[paragraph - 1]


def mark(window, doc, paragraph, lang, word, colour="blue", **fields):
    """Highlight the first `word` of a block, as the reader would."""
    block = pair(window, doc, paragraph)
    start = block.text(lang).plain.index(word)
    made = highlight(block, doc, lang, start, start + len(word), colour, **fields)
    assert window.annotator.add([made], "Highlight")
    settle(window)
    return made


def on(window, doc, paragraph, kind, **fields):
    made = on_pair(pair(window, doc, paragraph), doc, kind, **fields)
    assert window.annotator.add([made], "Annotate")
    settle(window)
    return made


def listed(window) -> list[str]:
    """The ids of the annotations the panel lists, in order."""
    return [a.id for a in window.annotations_panel.model.rows]


def spoken(window) -> list[str]:
    model = window.annotations_panel.model
    return [
        model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(len(model.rows))
    ]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def filter_by(qtbot, window, text: str) -> None:
    field = window.annotations_panel.text
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)


def some(window):
    """A highlight with an English note on a Russian paragraph, a Russian
    note on a pair, a bookmark in the other document."""
    return (
        mark(
            window, "alpha", 2, "ru", "ОДКБ", "red", note="Check the English name", tags=("CSTO",)
        ),
        on(window, "alpha", 3, "note", note="Ещё раз о вербовке", tags=("recruitment", "CSTO")),
        on(window, "beta", 1, "bookmark", label="UN role"),
    )


def test_lists_the_documents_annotations_in_reading_order(qtbot, window):
    red, note, _bookmark = some(window)
    panel = window.annotations_panel
    assert listed(window) == [red.id, note.id]  # alpha is open
    assert panel.count.text() == "2 annotations"
    first, second = spoken(window)
    assert first.startswith(
        "Highlight: disagree. paragraph 2, in Russian. «ОДКБ». Note: Check the English"
    )
    assert "Tags: CSTO." in first
    # A note stands for its paragraph: its beginning in the reading language.
    assert second.startswith("Note. paragraph 3. «Противодействие вербовке")
    choose(panel.scope, "all")
    assert len(listed(window)) == 3
    assert spoken(window)[2].startswith("Bookmark. The UN strengthens cooperation, paragraph 1.")
    assert "Name: UN role." in spoken(window)[2]


def test_the_list_follows_the_open_document(qtbot, window):
    _red, _note, bookmark = some(window)
    window.navigate("beta")
    assert listed(window) == [bookmark.id]


def test_filter_by_kind_and_colour_and_tag(qtbot, window):
    red, note, bookmark = some(window)
    blue = mark(window, "alpha", 2, "en", "CSTO", "blue")
    panel = window.annotations_panel
    choose(panel.scope, "all")
    choose(panel.kind, "red")
    assert listed(window) == [red.id]
    assert panel.count.text() == "1 of 4 annotations"
    choose(panel.kind, "highlight")
    assert set(listed(window)) == {red.id, blue.id}
    choose(panel.kind, "note")  # whatever has a note, a highlight's too
    assert set(listed(window)) == {red.id, note.id}
    choose(panel.kind, "bookmark")
    assert listed(window) == [bookmark.id]
    choose(panel.kind, "all")
    tags = [panel.tag.itemData(i) for i in range(panel.tag.count())]
    assert tags == ["", "CSTO", "recruitment"]
    choose(panel.tag, "recruitment")
    assert listed(window) == [note.id]
    # Each colour is offered by what it means.
    texts = [panel.kind.itemText(i) for i in range(panel.kind.count())]
    assert {"quote", "check", "disagree", "term", "follow up"} <= set(texts)


def test_filter_by_an_annotations_own_words_in_either_language(qtbot, window):
    red, note, bookmark = some(window)
    panel = window.annotations_panel
    choose(panel.scope, "all")
    # A highlight by its quote and its note, not by the rest of its paragraph.
    filter_by(qtbot, window, "одкб")
    assert listed(window) == [red.id]
    filter_by(qtbot, window, "english name")
    assert listed(window) == [red.id]
    filter_by(qtbot, window, "КОЛЛЕКТИВНОЙ")
    assert listed(window) == []
    filter_by(qtbot, window, "members")
    assert listed(window) == []
    # A note stands for its paragraph: English words find a Russian note.
    filter_by(qtbot, window, "recruitment fighters")
    assert listed(window) == [note.id]
    # ё and е alike; case does not count; a tag and a bookmark's name are words.
    filter_by(qtbot, window, "еще")
    assert listed(window) == [note.id]
    filter_by(qtbot, window, "csto")
    assert set(listed(window)) == {red.id, note.id}
    filter_by(qtbot, window, "un role")
    assert listed(window) == [bookmark.id]
    filter_by(qtbot, window, "дипломатии")
    assert listed(window) == [bookmark.id]
    assert panel.count.text() == "1 of 3 annotations"
    filter_by(qtbot, window, "nowhere")
    assert listed(window) == []
    assert "No annotation passes the filters" in panel.list.placeholder


def test_a_word_common_to_the_paragraph_narrows_the_list(qtbot, window):
    """Two highlights of one paragraph and a note on another: a word of the
    paragraph that neither highlight quotes leaves only the note that has it."""
    red = mark(window, "alpha", 2, "ru", "ОДКБ", "red")
    mark(window, "alpha", 2, "en", "joint efforts", "green")
    note = on(window, "alpha", 3, "note", note="Уточнить по уставу Организации")
    panel = window.annotations_panel
    assert panel.count.text() == "3 annotations"
    filter_by(qtbot, window, "организации")
    assert listed(window) == [note.id]
    assert panel.count.text() == "1 of 3 annotations"
    filter_by(qtbot, window, "ОДКБ")
    assert listed(window) == [red.id]
    assert panel.count.text() == "1 of 3 annotations"


def test_typing_narrows_and_widens_again(qtbot, window):
    red, note, _bookmark = some(window)
    panel = window.annotations_panel
    filter_by(qtbot, window, "вер")
    assert listed(window) == [note.id]
    for _ in range(3):
        qtbot.keyClick(panel.text, Qt.Key.Key_Backspace)
    assert listed(window) == [red.id, note.id]


@pytest.fixture
def long_window(qtbot, tmp_path, long_corpus):
    window = open_window(qtbot, tmp_path / "data", long_corpus, size=(1024, 640))
    window.notes_dock.show()
    window.notes_dock.raise_()
    yield window
    window.close()


def test_a_click_shows_the_place_and_marks_it(qtbot, long_window):
    window = long_window
    first, second = (d.id for d in window.corpus.documents)
    text = pair(window, second, 150).en.plain
    made = mark(window, second, 150, "en", text[5:30], "green")
    on(window, first, 120, "bookmark")
    panel = window.annotations_panel
    choose(panel.scope, "all")
    row = listed(window).index(made.id)
    rect = panel.list.visualRect(panel.model.index(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.current.id == second
    assert window.view.current_paragraph() == 150  # the caret is in view
    assert {(s.paragraph, s.lang) for s in window.view.layer("target")} >= {(150, "en")}
    # Nothing selected: the caret at the highlight's start, and all of it in view.
    assert window.view.selection_spans() == []
    assert window.view.caret_span() == Span(150, "en", made.start, made.start)
    viewport = window.view.viewport().rect()
    assert viewport.contains(point_of(window.view, 150, "en", made.start))
    assert viewport.contains(point_of(window.view, 150, "en", made.end - 1))


def colour_under(view, paragraph: int, lang: str, offset: int) -> str:
    """The commonest colour painted under three letters of a block from
    `offset` (no list item): their background, whatever the glyphs."""
    image = view.viewport().grab().toImage()
    first, last = (point_of(view, paragraph, lang, at) for at in (offset, offset + 3))
    ratio = image.devicePixelRatio()
    seen = Counter(
        image.pixelColor(round(x * ratio), round(y * ratio)).name()
        for x in range(first.x(), last.x())
        for y in range(first.y() - 4, first.y() + 5)
    )
    return seen.most_common(1)[0][0]


def test_the_highlight_shows_its_colour_after_the_jump(qtbot, window):
    """A jump from the panel leaves the highlight red, not selection blue."""
    red = mark(window, "alpha", 2, "en", "joint efforts", "red")
    on(window, "beta", 1, "bookmark")
    window.navigate("beta")
    panel = window.annotations_panel
    choose(panel.scope, "all")
    rect = panel.list.visualRect(panel.model.index(listed(window).index(red.id)))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    window.view.clear_layer("target")  # its moment over
    painted = colour_under(window.view, 2, "en", red.start)
    assert painted == window.view.colours["red"]
    assert not window.view.textCursor().hasSelection()


def test_the_caret_lands_on_a_list_items_highlight(qtbot, window):
    """After the bullet of a list item, at the highlight's first letter."""
    made = mark(window, "alpha", 3, "ru", "иностранных", "violet")
    window.annotations_panel.open_row(listed(window).index(made.id))
    assert window.view.caret_span() == Span(3, "ru", made.start, made.start)
    assert not window.view.textCursor().hasSelection()


def test_enter_shows_the_place_keyboard_only(qtbot, long_window):
    window = long_window
    first = window.corpus.documents[0].id
    on(window, first, 40, "note", note="first")
    on(window, first, 90, "bookmark", label="second")
    panel = window.annotations_panel
    panel.text.setFocus()
    assert panel.current_annotation() is None  # the reader chose none
    qtbot.keyClick(panel.text, Qt.Key.Key_Down)
    assert panel.current_annotation().paragraph == 40  # the first ↓ chooses the first
    qtbot.keyClick(panel.text, Qt.Key.Key_Down)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert {s.paragraph for s in window.view.layer("target")} == {90}
    qtbot.waitUntil(lambda: window.view.top_paragraph() in (89, 90, 91))
    # Tab leads on to the list, where Enter opens the current row.
    visited = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [panel.scope, panel.kind, panel.list]  # no tags: the tag filter is off
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert {s.paragraph for s in window.view.layer("target")} == {40}
    qtbot.waitUntil(lambda: window.view.top_paragraph() in (39, 40, 41))


def test_edit_a_note_in_place_and_undo(qtbot, window):
    red, _note, _bookmark = some(window)
    panel = window.annotations_panel
    panel.list.setFocus()
    panel.make_current(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    editor = panel.editor
    assert editor.isVisible() and QApplication.focusWidget() is editor.note
    assert editor.note.toPlainText() == "Check the English name"
    editor.note.selectAll()
    type_text(editor.note, "Спорная формулировка")
    qtbot.keyClick(editor.note, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.tags_field
    editor.tags_field.selectAll()
    type_text(editor.tags_field, "CSTO, wording")
    qtbot.keyClick(editor.tags_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert not editor.isVisible()
    assert QApplication.focusWidget() is panel.list
    stored = window.context.annotations.get(red.id)
    assert (stored.note, stored.tags) == ("Спорная формулировка", ("CSTO", "wording"))
    assert "Спорная формулировка" in spoken(window)[0]
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert window.context.annotations.get(red.id).note == "Check the English name"
    assert "Check the English name" in spoken(window)[0]


def test_escape_leaves_a_note_as_it_was(qtbot, window):
    red, _note, _bookmark = some(window)
    panel = window.annotations_panel
    panel.make_current(0)
    rect = panel.list.visualRect(panel.model.index(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.editor.isVisible()
    type_text(panel.editor.note, " and more")
    qtbot.keyClick(panel.editor.note, Qt.Key.Key_Escape)
    assert not panel.editor.isVisible()
    assert window.context.annotations.get(red.id).note == "Check the English name"
    assert window.annotator.undo_stack.count() == 3  # the three made: nothing more


def click_row(qtbot, panel, row: int) -> None:
    rect = panel.list.visualRect(panel.model.index(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_another_row_chosen_while_editing_saves_the_edit(qtbot, window):
    """F2 on one row, typing, a click on another: the first's note is saved
    (an undoable step, as the status bar says) and the editor closes, so
    that Delete then deletes the row the editor no longer shows."""
    red, note, _bookmark = some(window)
    panel = window.annotations_panel
    click_row(qtbot, panel, 0)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    type_text(panel.editor.note, " in the charter")
    click_row(qtbot, panel, 1)
    assert not panel.editor.isVisible()
    assert window.context.annotations.get(red.id).note == "Check the English name in the charter"
    assert "¶2" in window.statusBar().currentMessage()
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    assert panel.current_annotation() == note
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    settle(window)
    assert window.context.annotations.get(note.id) is None
    assert listed(window) == [red.id]
    assert window.context.annotations.get(red.id).note.endswith("in the charter")
    for _ in range(2):  # the delete, then the edit
        qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert listed(window) == [red.id, note.id]
    assert window.context.annotations.get(red.id).note == "Check the English name"


def test_a_row_chosen_with_the_keys_saves_the_edit_too(qtbot, window):
    red, _note, _bookmark = some(window)
    panel = window.annotations_panel
    panel.list.setFocus()
    panel.make_current(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    type_text(panel.editor.note, "!")
    qtbot.keyClick(panel.editor.note, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is panel.list
    assert panel.editor.isVisible()  # still editing: the row is the same
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert not panel.editor.isVisible()
    assert window.context.annotations.get(red.id).note == "Check the English name!"


def test_while_the_edited_row_is_filtered_out_no_row_is_current(qtbot, window):
    """Typing in the filter while editing: the note stays in the editor, and
    no other row is current for Delete to take."""
    red, note, _bookmark = some(window)
    panel = window.annotations_panel
    panel.make_current(0)
    panel.edit_current()
    type_text(panel.editor.note, "?")
    filter_by(qtbot, window, "вербовке")
    assert listed(window) == [note.id]
    assert panel.editor.isVisible() and panel.editor.annotation == red
    assert panel.current_annotation() is None
    assert not panel.delete_action.isEnabled()
    filter_by(qtbot, window, "")
    assert panel.current_annotation() == red
    assert panel.editor.note.toPlainText() == "Check the English name?"


def test_the_editor_says_which_keys_save(qtbot, window):
    some(window)
    panel = window.annotations_panel
    panel.make_current(1)
    panel.edit_current()
    assert panel.editor.hint.isVisible()
    assert "Ctrl+Enter" in panel.editor.hint.text()
    assert "Ctrl+Enter" in panel.editor.save.toolTip()
    qtbot.keyClick(panel.editor.note, Qt.Key.Key_Return)  # a new line, not a save
    assert panel.editor.isVisible()


def test_a_bookmark_is_renamed_in_place(qtbot, window):
    _red, _note, bookmark = some(window)
    panel = window.annotations_panel
    window.navigate("beta")
    panel.list.setFocus()
    panel.make_current(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is panel.editor.label
    type_text(panel.editor.label, "UN and the region")
    qtbot.keyClick(panel.editor.label, Qt.Key.Key_Return)
    assert window.context.annotations.get(bookmark.id).label == "UN and the region"


def test_delete_then_undo(qtbot, window):
    red, note, _bookmark = some(window)
    panel = window.annotations_panel
    panel.list.setFocus()
    panel.make_current(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    settle(window)
    assert listed(window) == []
    assert window.context.annotations.all("alpha") == []
    assert "No annotations in this document yet" in panel.list.placeholder
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert listed(window) == [red.id, note.id]
    assert window.context.annotations.get(note.id) == note


def test_the_context_menu_deletes_and_undo_restores(qtbot, window):
    red, note, _bookmark = some(window)
    panel = window.annotations_panel
    assert panel.delete_action in panel.list.actions()
    assert panel.list.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    panel.make_current(1)
    panel.delete_action.trigger()
    settle(window)
    assert listed(window) == [red.id]
    # The row after the one deleted is current: here the one before, the last.
    assert panel.current_annotation() == red
    window.actions.undo.trigger()
    settle(window)
    assert listed(window) == [red.id, note.id]


def test_a_change_by_another_instance_appears(qtbot, window):
    red, _note, _bookmark = some(window)
    panel = window.annotations_panel
    panel.make_current(1)
    other = AnnotationStore(window.context.dirs.data)
    made = on_pair(pair(window, "alpha", 1), "alpha", "note", note="from the command line")
    other.save([made], remove=[red.id])
    other.close()
    qtbot.waitUntil(lambda: made.id in listed(window), timeout=POLL_MS * 3)
    assert red.id not in listed(window)
    assert "from the command line" in spoken(window)[0]


def test_the_current_row_and_scroll_stay_on_refresh(qtbot, long_window):
    window = long_window
    first = window.corpus.documents[0].id
    made = window.annotator.add(
        [on_pair(pair(window, first, n), first, "note", note=f"n{n}") for n in range(1, 121)],
        "Many",
    )
    assert made
    settle(window)
    panel = window.annotations_panel
    panel.make_current(60)
    bar = panel.list.verticalScrollBar()
    assert bar.value() > 0
    before = (panel.current_annotation().id, bar.value())
    on(window, first, 150, "bookmark")  # below, out of sight
    assert len(listed(window)) == 121
    assert (panel.current_annotation().id, bar.value()) == before


def test_a_detached_annotation_is_marked_and_listed_apart(qtbot, window):
    _red, _note, _bookmark = some(window)
    gone = mark(window, "alpha", 2, "en", "joint efforts", "pink")
    window.annotator.apply([gone.replace(detached=True)], [])
    settle(window)
    panel = window.annotations_panel
    row = spoken(window)[listed(window).index(gone.id)]
    assert "detached: its text is not in this edition" in row
    assert "«joint efforts»" in row
    choose(panel.kind, "detached")
    assert listed(window) == [gone.id]


def test_the_empty_panel_says_how_to_annotate(qtbot, window):
    panel = window.annotations_panel
    assert listed(window) == []
    text = panel.list.placeholder
    for keys in ("Alt+1", "Alt+5", "Ctrl+D", "Ctrl+Shift+N"):
        assert keys in text
    assert panel.list.accessibleDescription() == text


def test_every_control_is_named_and_visited_by_tab(qtbot, window):
    some(window)
    panel = window.annotations_panel
    panel.make_current(0)
    panel.edit_current()
    chain = panel.focus_chain()
    assert all(
        widget.accessibleName()
        for widget in chain
        if widget
        not in (
            panel.editor.save,
            panel.editor.cancel,
        )
    )
    panel.text.setFocus()
    visited = [panel.text]
    for _ in range(len(chain) - 2):  # the bookmark name is hidden for a highlight
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [w for w in chain if w is not panel.editor.label]


def test_fits_a_small_window(qtbot, window):
    some(window)
    panel = window.annotations_panel
    for widget in (panel.text, panel.scope, panel.kind, panel.tag):
        assert widget.width() >= widget.minimumSizeHint().width()
    rows = panel.list.viewport().height() / panel.list.sizeHintForRow(0)
    assert rows >= 3
    assert panel.list.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_signs_stand_out_in_either_theme(qtbot, window, choice):
    window.set_theme(choice)
    palette = create_app().palette()
    base = palette.color(palette.ColorRole.Base)
    assert {
        c: round(contrast(QColor(HIGHLIGHT_LINES[c]), base), 2) >= 3 for c in COLOURS
    } == dict.fromkeys(COLOURS, True)
    window.set_theme("light")


@pytest.mark.parametrize("language", ["ru", "en"])
def test_speaks_the_interface_language(qtbot, tmp_path, language):
    window = window_in(qtbot, tmp_path, language)
    window.notes_dock.show()
    panel = window.annotations_panel
    shown = {panel.list.placeholder}
    some(window)
    gone = mark(window, "alpha", 2, "en", "joint efforts", "pink")
    window.annotator.apply([gone.replace(detached=True)], [])
    settle(window)
    choose(panel.scope, "all")
    panel.make_current(0)
    panel.edit_current()
    shown |= set(spoken(window)) | strings_of(panel) | {panel.count.text()}
    shown |= {words for a in panel.model.rows for words, _look in panel.model.place_words(a)}
    type_text(panel.editor.note, "!")
    panel.make_current(1)  # saves the edit, and says so
    shown.add(window.statusBar().currentMessage())
    filter_by(qtbot, window, "nowhere")
    shown |= {panel.list.placeholder, panel.count.text()}
    # Quotes, titles and the reader's own words are not the interface's.
    kept = {"Check the English name", "Ещё раз о вербовке", "CSTO", "UN role", "recruitment"}
    kept |= {title for d in window.corpus.documents for title in d.meta.title}

    def interface(text: str) -> str:
        for word in kept:
            text = text.replace(word, "")
        return re.sub(r"«[^»]*»", "", text)

    assert untranslated({interface(s) for s in shown}, language) == []
    window.close()


def test_the_row_being_edited_stays_in_sight(qtbot, long_window):
    window = long_window
    first = window.corpus.documents[0].id
    notes = [on_pair(pair(window, first, n), first, "note", note=f"n{n}") for n in range(1, 40)]
    assert window.annotator.add(notes, "Many")
    settle(window)
    panel = window.annotations_panel
    panel.list.setFocus()
    panel.make_current(38)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    assert panel.editor.isVisible()
    row = panel.list.visualRect(panel.list.currentIndex())
    assert panel.list.viewport().rect().contains(row)


def test_a_change_of_language_keeps_the_filters(qtbot, tmp_path):
    window = window_in(qtbot, tmp_path, "en")
    window.notes_dock.show()
    red, _note, _bookmark = some(window)
    panel = window.annotations_panel
    choose(panel.scope, "all")
    choose(panel.tag, "CSTO")
    filter_by(qtbot, window, "ОДКБ")
    panel.make_current(0)
    successor = relaunched_in(qtbot, window, "ru")
    again = successor.annotations_panel
    qtbot.waitUntil(lambda: [a.id for a in again.model.rows] == [red.id])
    assert (again.scope.currentData(), again.tag.currentData()) == ("all", "CSTO")
    assert again.text.text() == "ОДКБ"
    assert again.current_annotation() == red
    successor.close()


def test_colours_are_offered_by_the_names_the_reader_gives(qtbot, window, monkeypatch):
    red = mark(window, "alpha", 2, "ru", "ОДКБ", "red")
    panel = window.annotations_panel

    def name_red(dialog):
        dialog.edits["red"].setText("wrong translation")
        return 1

    monkeypatch.setattr(ColourNamesDialog, "exec", name_red)
    window.actions.meanings.trigger()
    texts = [panel.kind.itemText(i) for i in range(panel.kind.count())]
    assert "wrong translation" in texts and "disagree" not in texts
    assert spoken(window)[listed(window).index(red.id)].startswith("Highlight: wrong translation.")
    line = first_line(panel.model, red, panel.list.font(), 0, 1000)
    assert "wrong translation" in [words for words, _x, _look in line]


def test_a_row_says_a_highlights_language_and_what_its_colour_means(qtbot, window):
    red, _note, _bookmark = some(window)
    green = mark(window, "alpha", 2, "en", "joint efforts", "green")
    panel = window.annotations_panel
    font = panel.list.font()

    def words(annotation, left=0, right=1000):
        return [text for text, _x, _look in first_line(panel.model, annotation, font, left, right)]

    place = words(red)
    assert place == ["¶2", " · ", "RU", " · ", "disagree"]
    assert words(green) == ["¶2", " · ", "EN", " · ", "term"]
    assert "paragraph 2, in English" in spoken(window)[listed(window).index(green.id)]
    # Across the library the title comes last, and gives way in a narrow panel.
    choose(panel.scope, "all")
    rect = panel.list.visualRect(panel.model.index(listed(window).index(red.id)))
    left, right = rect.left() + 2 * PAD + SIGN + 1, rect.right() - PAD
    line = first_line(panel.model, red, font, left, right)
    title = panel.model.title(red)
    assert [text for text, _x, _look in line[:5]] == place
    assert line[-1][0] != title and line[-1][0].endswith("…")
    metrics = QFontMetricsF(font)
    assert all(x + metrics.horizontalAdvance(text) <= right for text, x, _look in line[1:])


def test_no_row_is_chosen_at_start(qtbot, tmp_path):
    """Annotations kept from before: the panel lists them, none chosen; the
    first ↓ in the filter chooses the first."""
    data = tmp_path / "data"
    store = AnnotationStore(user_dirs(data).data)
    store.save([on_pair(pair_of("alpha", 2), "alpha", "bookmark")])
    store.save([on_pair(pair_of("alpha", 3), "alpha", "note", note="later")])
    store.close()
    window = open_window(qtbot, data, size=(1024, 640))
    window.notes_dock.show()
    panel = window.annotations_panel
    assert len(listed(window)) == 2
    assert panel.current_annotation() is None and panel.selected() == []
    assert not panel.delete_action.isEnabled()
    panel.text.setFocus()
    qtbot.keyClick(panel.text, Qt.Key.Key_Down)
    assert panel.current_annotation().paragraph == 2
    assert [a.paragraph for a in panel.selected()] == [2]
    window.close()


def window_as_wide_as(qtbot, data, width):
    """A window `width` pixels wide whose panels were never arranged."""
    from tests.reader_support import open_window

    return open_window(qtbot, data, size=(width, 640))


@pytest.mark.parametrize(("width", "area"), [(1024, "bottom"), (1400, "right")])
def test_the_panel_opens_where_the_text_keeps_its_width(qtbot, tmp_path, width, area):
    from PySide6.QtCore import Qt

    window = window_as_wide_as(qtbot, tmp_path / "data", width)
    window.notes_dock.toggleViewAction().trigger()
    areas = {
        Qt.DockWidgetArea.BottomDockWidgetArea: "bottom",
        Qt.DockWidgetArea.RightDockWidgetArea: "right",
    }
    qtbot.waitUntil(lambda: areas[window.dockWidgetArea(window.notes_dock)] == area)
    qtbot.waitUntil(window.notes_dock.isVisible)
    panel = window.annotations_panel  # and it keeps working there
    choose(panel.scope, "all")
    window.close()


def test_a_wide_low_panel_puts_its_filters_in_one_row(qtbot, tmp_path):
    window = window_as_wide_as(qtbot, tmp_path / "data", 1024)
    window.notes_dock.toggleViewAction().trigger()  # under the text: wide
    panel = window.annotations_panel
    qtbot.waitUntil(lambda: panel.width() >= 900)
    qtbot.waitUntil(lambda: panel.text.geometry().top() == panel.tag.geometry().top())
    assert panel.count.isVisible() and panel.count.width() > 100
    window.resize(800, 640)  # the panel under the text narrows with the window
    qtbot.waitUntil(lambda: panel.tag.geometry().top() > panel.text.geometry().bottom())
    window.close()


def test_annotations_that_point_nowhere_are_listed_and_harm_nothing(qtbot, tmp_path):
    """A database on a shared stick may hold rows the schema allows but the
    corpus does not: a paragraph past the end, an unknown document, an
    offset past the text, a colour this version does not know."""
    from viewer.core.annotations.model import Annotation, new_id, now
    from viewer.core.annotations.store import AnnotationStore
    from viewer.core.paths import user_dirs

    data = tmp_path / "data"
    store, stamp = AnnotationStore(user_dirs(data).data), now()

    def row(kind, doc, paragraph, lang=None, start=None, end=None, colour=None):
        return Annotation(
            new_id(), kind, doc, paragraph, lang, start, end, "q", "", "", colour, "n", "l",
            ("t",), False, stamp, stamp,
        )  # fmt: skip

    store.save(
        [
            row("highlight", "alpha", 9999, "en", 0, 5, "blue"),
            row("bookmark", "alpha", 9999),
            row("note", "no-such-document", 1),
            row("highlight", "alpha", 2, "ru", 5, 100_000, "blue"),
            row("highlight", "alpha", 2, "ru", 1, 4, "mauve"),
        ]
    )
    store.close()
    window = window_as_wide_as(qtbot, data, 1400)
    window.notes_dock.toggleViewAction().trigger()
    panel = window.annotations_panel
    choose(panel.scope, "all")
    qtbot.waitUntil(lambda: not panel.pending)
    assert panel.model.rowCount() == 5
    for row_number in range(5):
        panel.list.setCurrentIndex(panel.model.index(row_number, 0))
    window.actions.bookmarks.menu().aboutToShow.emit()
    window.navigate("alpha", 2)
    window.close()
