"""What the Annotate commands do in the reader: highlight the selection,
remove a highlight, write a note, toggle a bookmark; the reader's context
menu and selection bar offer the same commands, and Go → Bookmarks lists
the bookmarks of the library."""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QMenu, QMessageBox

from viewer import APP_NAME
from viewer.core.annotations.model import Annotation, highlight, meanings, on_pair
from viewer.gui.selection_bar import SelectionBar, swatch

translate = QCoreApplication.translate

STATUS_MS = 5000
MANY_PARAGRAPHS = 3  # a selection over more is asked about: a slip of Shift+Ctrl+End
BOOKMARK_TITLE = 40  # characters of a document's title in the Go menu's bookmarks
BOOKMARK_TEXT = 50  # and of the bookmark's name or paragraph


class AnnotateCommands(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.annotator = window.annotator
        self.actions = a = window.actions
        for colour, action in a.colour.items():
            action.triggered.connect(lambda _on=False, c=colour: self.highlight(c))
        a.unhighlight.triggered.connect(self.unhighlight)
        a.note.triggered.connect(self.note)
        a.bookmark.triggered.connect(self.toggle_bookmark)
        a.meanings.triggered.connect(self.name_colours)
        a.bookmarks.menu().aboutToShow.connect(self._list_bookmarks)
        self._bar: SelectionBar | None = None  # made at the first selection: see `bar`
        self.view.selectionChanged.connect(self._first_selection)
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)  # for Shift+F10
        self.annotator.changed.connect(self.refresh)

    @property
    def bar(self) -> SelectionBar:
        if self._bar is None:
            self._bar = SelectionBar(self.view, self.actions)
        return self._bar

    def _first_selection(self) -> None:
        self.view.selectionChanged.disconnect(self._first_selection)
        self.bar.schedule()

    def refresh(self) -> None:
        """Show the annotations of the document open, in the view's colours."""
        for colour, action in self.actions.colour.items():
            action.setIcon(swatch(self.view.colours[colour]))
        document = self.view.current
        self.view.show_annotations(
            self.annotator.of(document.id) if document else (),
            meanings(self.window.settings["annotations/meanings"]),
        )

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _around_caret(self) -> list[Annotation]:
        caret = self.view.caret_span()
        return self.view.highlights_at(caret) if caret else []

    # Highlights

    def highlight(self, colour: str) -> None:
        """Highlight the selection in `colour`; without a selection, give
        the highlight at the caret that colour."""
        document, spans = self.view.current, self.view.selection_spans()
        if document is None:
            return
        if not spans:
            around = self._around_caret()
            if around:
                self.annotator.edit(
                    around[-1], translate("Annotate", "Change Colour"), colour=colour
                )
            else:
                self._say(translate("Annotate", "Select some text first, then choose a colour."))
            return
        paragraphs = len({s.paragraph for s in spans})
        if paragraphs > MANY_PARAGRAPHS and not self._confirm(
            self.tr("Highlight the whole of %n paragraph(s)?", "", paragraphs)
        ):
            return
        made = [
            highlight(document.pairs[s.paragraph - 1], document.id, s.lang, s.start, s.end, colour)
            for s in spans
        ]
        meaning = meanings(self.window.settings["annotations/meanings"])[colour]
        if self.annotator.add(
            made, translate("Annotate", "Highlight: {meaning}").format(meaning=meaning)
        ):
            self._collapse_selection()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self.window, APP_NAME, question)
        return answer == QMessageBox.StandardButton.Yes

    def _collapse_selection(self) -> None:
        """The new highlight shows its colour, not the selection's."""
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)

    def unhighlight(self) -> None:
        spans = self.view.selection_spans()
        if spans:
            found = {a.id: a for s in spans for a in self.view.highlights_at(s)}
            gone = list(found.values())
        else:
            gone = self._around_caret()
        if not gone:
            self._say(translate("Annotate", "There is no highlight here to remove."))
            return
        self.annotator.remove(gone, translate("Annotate", "Remove Highlight"))

    # Notes and bookmarks

    def note(self) -> None:
        """Write a note: on the selection (highlighted in the first colour),
        on the highlight at the caret, or else on the paragraph."""
        document = self.view.current
        if document is None:
            return
        spans = self.view.selection_spans()
        if spans:
            span = spans[0]
            target = highlight(
                document.pairs[span.paragraph - 1],
                document.id,
                span.lang,
                span.start,
                span.end,
                next(iter(self.actions.colour)),
            )
            self._edit(target, translate("Annotate", "Note on the Selection"), new=True)
            return
        around = self._around_caret()
        if around:
            self._edit(around[-1], translate("Annotate", "Note on the Highlight"))
            return
        paragraph = self.view.current_paragraph()
        if paragraph is None:
            return
        notes = self.view.notes_of(paragraph)
        if notes:
            self._edit(notes[0], translate("Annotate", "Note on Paragraph {n}").format(n=paragraph))
        else:
            target = on_pair(document.pairs[paragraph - 1], document.id, "note")
            title = translate("Annotate", "Note on Paragraph {n}").format(n=paragraph)
            self._edit(target, title, new=True)

    def _edit(self, annotation: Annotation, title: str, new: bool = False) -> None:
        from viewer.gui.note_dialog import NoteDialog  # seldom opened: loaded then

        dialog = NoteDialog(annotation, title, self.window)
        if not dialog.exec():
            return
        changes = dialog.changes()
        if new:
            if annotation.kind == "note" and not changes["note"]:
                return  # an empty note on a paragraph says nothing
            self.annotator.add([annotation.replace(**changes)], title)
            self._collapse_selection()
        elif changes != {k: getattr(annotation, k) for k in changes}:
            self.annotator.edit(annotation, translate("Annotate", "Edit Note"), **changes)

    def toggle_bookmark(self) -> None:
        document = self.view.current
        paragraph = self.view.current_paragraph() if document else None
        if paragraph is None:
            return
        existing = self.view.bookmark_of(paragraph)
        if existing is not None:
            if self.annotator.remove([existing], translate("Annotate", "Remove Bookmark")):
                self._say(
                    translate("Annotate", "Bookmark removed from paragraph {n}.").format(
                        n=paragraph
                    )
                )
            return
        mark = on_pair(document.pairs[paragraph - 1], document.id, "bookmark")
        if self.annotator.add([mark], translate("Annotate", "Add Bookmark")):
            self._say(translate("Annotate", "Paragraph {n} bookmarked.").format(n=paragraph))

    def name_bookmark(self, bookmark: Annotation) -> None:
        self._edit(
            bookmark,
            translate("Annotate", "Bookmark at Paragraph {n}").format(n=bookmark.paragraph),
        )

    def _list_bookmarks(self) -> None:
        menu = self.actions.bookmarks.menu()
        menu.clear()
        corpus, language = self.window.corpus, self.window.ui_language
        marks = [a for a in self.annotator.of(None) if a.kind == "bookmark" and not a.detached]
        for mark in marks:
            document = corpus.document(mark.doc)
            if document is None:
                continue
            text = mark.label or document.pairs[mark.paragraph - 1].text(language).plain
            title = _beginning(document.meta.title.get(language), BOOKMARK_TITLE)
            text = _beginning(text, BOOKMARK_TEXT)
            action = menu.addAction(f"{title} — ¶{mark.paragraph}: {text}".replace("&", "&&"))
            action.triggered.connect(
                lambda _on=False, m=mark: self.window.jump_to(m.doc, m.paragraph)
            )
        if menu.isEmpty():
            empty = menu.addAction(translate("Annotate", "No bookmarks yet (Ctrl+D adds one)"))
            empty.setEnabled(False)

    def name_colours(self) -> None:
        from viewer.gui.colour_names import ColourNamesDialog  # seldom opened: loaded then

        settings = self.window.settings
        dialog = ColourNamesDialog(settings["annotations/meanings"], self.view.colours, self.window)
        if dialog.exec():
            settings["annotations/meanings"] = dialog.names()
            self.actions.name_colours(meanings(settings["annotations/meanings"]))
            self.refresh()  # the tips over highlights name the colours too
            if (panel := self.window.built_annotations_panel()) is not None:
                panel.refresh()

    # The reader's context menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_F10
            and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        ):
            self.context_menu(self.view.cursorRect().center(), by_mouse=False)
            return True
        if event.type() == QEvent.Type.ContextMenu:
            by_keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
            self.context_menu(
                self.view.cursorRect().center() if by_keyboard else event.pos(), not by_keyboard
            )
            return True
        return False

    def context_menu(self, point: QPoint, by_mouse: bool = True) -> None:
        """The reader's menu at viewport `point`: the menu key's at the
        caret; a right click without a selection moves the caret there
        first, since the commands act at the caret."""
        menu = QMenu(self.view)
        menu.addActions([self.actions.copy, self.actions.copy_citation, self.actions.copy_pair])
        menu.addAction(translate("Annotate", "Select &All"), self.view.selectAll)
        menu.addSeparator()
        colours = menu.addMenu(translate("Annotate", "&Highlight"))
        colours.addActions(list(self.actions.colour.values()))
        under = self.view.span_at(point)
        if by_mouse and under is not None and not self.view.selection_spans():
            self.view.setTextCursor(self.view.cursorForPosition(point))
        menu.addAction(self.actions.unhighlight)
        menu.addAction(self.actions.note)
        menu.addAction(self.actions.bookmark)
        if under is not None and (bookmark := self.view.bookmark_of(under.paragraph)):
            name = QAction(translate("Annotate", "Name the Bookmark…"), menu)
            name.triggered.connect(lambda: self.name_bookmark(bookmark))
            menu.addAction(name)
        menu.popup(self.view.viewport().mapToGlobal(point))


def _beginning(text: str, most: int) -> str:
    return text if len(text) <= most else text[:most].rstrip() + "…"
