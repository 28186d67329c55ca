"""The main window: the library, the parallel reader, and dockable panels for
search, document information, annotations, the glossary, the differences
and the outline."""

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QInputDialog,
    QLabel,
    QLayout,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from viewer import APP_NAME, __version__
from viewer.core.annotations.model import Annotation
from viewer.core.citation import cite, cite_pair, passage
from viewer.core.context import AppContext
from viewer.core.model import LANGS, Corpus, Document
from viewer.core.places import paragraph_of, place
from viewer.core.spans import block_span
from viewer.gui.accessibility import name_clear_buttons
from viewer.gui.actions import Actions
from viewer.gui.annotate_commands import AnnotateCommands
from viewer.gui.annotation_files import AnnotationFiles
from viewer.gui.annotator import Annotator
from viewer.gui.autosave import SettingsSaver
from viewer.gui.docinfo import DocumentInfo
from viewer.gui.library import Library
from viewer.gui.library_commands import LibraryCommands
from viewer.gui.reader_html import MODES, Look
from viewer.gui.reader_pane import ReaderPane
from viewer.gui.search_room import SearchRoom
from viewer.gui.theme import Theme

if TYPE_CHECKING:
    from viewer.core.compare import Comparer
    from viewer.gui.annotations_panel import AnnotationsPanel
    from viewer.gui.differences_panel import DifferencesPanel
    from viewer.gui.glossary_panel import GlossaryPanel
    from viewer.gui.outline_panel import OutlinePanel
    from viewer.gui.pdf_export import PdfExport
    from viewer.gui.search_panel import SearchPanel

translate = QCoreApplication.translate

ZOOM_STEP = 0.1  # of the normal size, per Ctrl+plus
PREPARE_DELAY_MS = 500  # after the search panel is built: the index opens in the background
NARROW = 1200  # pixels: a window narrower has no room for a panel beside the text
SIDE_PANEL = 400  # pixels: the least width a panel beside the text opens with
SIDE_SHARE = 30  # per cent of the window's width a panel beside the text opens with
OUTLINE_LEAST = 26  # average characters: the outline's least width, a few words of a heading a line
OUTLINE_SHARE = 18  # per cent of the window's width: the text beside it keeps its measure
TITLE_BAR_EXTRAS = 160  # pixels of a dialog's title bar that are not its title


def _to_b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _from_b64(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, theme: Theme):
        super().__init__()
        self.context = context
        self.theme = theme
        corpus = context.corpus
        self.settings = context.settings
        self.ui_language = ui_language = context.language
        self.relaunch: Callable[[], None] | None = None  # set by the app: rebuilds the window
        self.history: list[tuple[str, int]] = []
        self.history_index = -1
        self._full_screen_hidden: list[QWidget] = []
        self._before_brief: tuple[int | None, int | None] | None = None
        self.setWindowTitle(APP_NAME)

        self.library = Library(corpus, ui_language)
        self.reader = ReaderPane()
        self.view = self.reader.view
        self.splitter = QSplitter()
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 1000])
        self.setCentralWidget(self.splitter)

        self._search = None  # built after the first paint of the text: see `search`
        self._glossary_counterparts = None  # until the search engine has its lexicon
        self.view.find_counterparts = self._counterparts
        self.info = DocumentInfo(ui_language)
        self.search_dock = self._dock("search", translate("MainWindow", "Search"), SearchRoom())
        self.info_dock = self._dock(
            "info", translate("MainWindow", "Document Information"), self.info
        )
        self.notes_dock = self._dock("notes", translate("MainWindow", "Annotations"), QWidget())
        self.glossary_dock = self._dock("glossary", translate("MainWindow", "Glossary"), QWidget())
        self.outline_dock = self._dock("outline", translate("MainWindow", "Outline"), QWidget())
        self.outline_dock.setMinimumWidth(OUTLINE_LEAST * self.fontMetrics().averageCharWidth())
        self.differences_dock = self._dock(
            "differences", translate("MainWindow", "Differences"), QWidget()
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.differences_dock)
        self.differences_dock.hide()
        self._differences_placed = False  # tabbed with search when first shown
        side = (self.info_dock, self.notes_dock, self.glossary_dock, self.outline_dock)
        for dock in side:
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        for first, second in itertools.pairwise(side):
            self.tabifyDockWidget(first, second)
        self.info_dock.raise_()
        for dock in side:
            dock.hide()
        self._docks_arranged: set[str] = set()  # by the reader, or by a saved state
        for dock in (self.notes_dock, self.glossary_dock, self.outline_dock):
            dock.toggleViewAction().triggered.connect(
                lambda shown, d=dock: self._place_panel(d, shown)
            )

        self.saver = SettingsSaver(self.settings, self)
        self.saver.failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.annotator = Annotator(context.annotations, self)
        self.annotator.failed.connect(lambda text: QMessageBox.warning(self, APP_NAME, text))
        self.annotator.done.connect(self._annotated)
        self.files = AnnotationFiles(self, self.annotator)
        self._pdf = None  # built at the first export or print: see `pdf`
        self.actions = Actions(self, self.settings, self.annotator.undo_stack)
        self._annotations_panel = None  # built when first shown: see `annotations_panel`
        self.notes_dock.visibilityChanged.connect(lambda shown: shown and self.annotations_panel)
        self._glossary_panel = None  # built when first shown: see `glossary_panel`
        self.glossary_dock.visibilityChanged.connect(lambda shown: shown and self.glossary_panel)
        self.glossary_dock.toggleViewAction().triggered.connect(
            lambda shown: self._focus_later(shown, lambda: self.glossary_panel.filter)
        )
        self._outline_panel = None  # built when first shown: see `outline_panel`
        self.outline_dock.visibilityChanged.connect(lambda shown: shown and self.outline_panel)
        self.outline_dock.toggleViewAction().triggered.connect(
            lambda shown: self._focus_later(shown, lambda: self.outline_panel)
        )
        self.view.word_tip = self._term_tip
        self._comparer: Comparer | None = None  # made on first need: see `flags_of`
        self._differences_panel = None  # built when first shown: see `differences_panel`
        self._painted = False  # the text: see `after_first_paint`
        self.differences_dock.visibilityChanged.connect(
            lambda shown: shown and self.differences_panel
        )
        self.differences_dock.toggleViewAction().triggered.connect(self._place_differences)
        self._wire_actions()
        self.commands = AnnotateCommands(self)
        self.library_commands = LibraryCommands(self)
        self._set_tab_order()
        self.library.document_chosen.connect(lambda doc_id: self.navigate(doc_id))
        name_clear_buttons(self)
        self.view.viewport().installEventFilter(_AfterFirstPaint(self.view.viewport(), self))
        self._restore()
        # Permanent: a menu's empty status tip would clear a plain message.
        self.documents_count = QLabel(self.tr("%n document(s)", "", len(corpus.documents)))
        self.statusBar().addPermanentWidget(self.documents_count)
        context.library.listeners.append(self.library_changed)

    @property
    def corpus(self) -> Corpus:
        """The library as it is now: it changes with an import or a removal."""
        return self.context.corpus

    def library_changed(self) -> None:
        """A document was imported, edited or removed: every view of the
        library follows, and the reader leaves a document that is gone."""
        corpus = self.corpus
        self.library.set_corpus(corpus)
        self.library_commands.refresh()
        self.documents_count.setText(self.tr("%n document(s)", "", len(corpus.documents)))
        if self._search is not None:
            self._search.follow_library()
        if self._annotations_panel is not None:
            self._annotations_panel.follow_library(corpus)
        if self._glossary_panel is not None:  # its counts of occurrences are the library's
            self._glossary_panel = None
            if self.glossary_dock.isVisible():
                self.glossary_panel  # noqa: B018 (builds it)
        current = self.view.current
        if current is None or corpus.document(current.id) is None:
            self.history = [(d, p) for d, p in self.history if corpus.document(d) is not None]
            self.history_index = len(self.history) - 1
            if corpus.documents:
                self.navigate(corpus.documents[0].id)
        else:
            document = corpus.document(current.id)
            self.info.show_document(document)
            self.reader.set_headers(document, self.look().langs)
            self.setWindowTitle(f"{document.meta.title.get(self.ui_language)} — {APP_NAME}")

    def _counterparts(self, pair, span) -> tuple:
        """The counterparts, in the other column of `pair`, of the words of
        `span`: by the glossary and the lexicon learned with the search
        index, or by the glossary alone until the index is open."""
        finder = self._search.counterparts() if self._search is not None else None
        if finder is None:
            if self._glossary_counterparts is None:
                from viewer.core.counterparts import Counterparts
                from viewer.core.terms import glossary_of

                self._glossary_counterparts = Counterparts(glossary_of(self.corpus.glossary))
            finder = self._glossary_counterparts
        texts = {lang: pair.text(lang).plain for lang in LANGS}
        return finder.find(texts, span.lang, [(span.start, span.end)])

    @property
    def annotations_panel(self) -> "AnnotationsPanel":
        """The annotations panel, built when it is first shown (or asked
        for): most readings start without it."""
        if self._annotations_panel is None:
            from viewer.gui.annotations_panel import AnnotationsPanel

            self._annotations_panel = panel = AnnotationsPanel(
                self.context, self.annotator, self.actions
            )
            panel.open_annotation.connect(self.open_annotation)
            self.notes_dock.widget().deleteLater()
            self.notes_dock.setWidget(panel)
            if self.view.current is not None:
                panel.show_document(self.view.current.id, self.view.look.langs[0])
            self._set_tab_order()
        return self._annotations_panel

    @property
    def pdf(self) -> "PdfExport":
        """The commands to export and print excerpts, loaded when first used."""
        if self._pdf is None:
            from viewer.gui.pdf_export import PdfExport

            self._pdf = PdfExport(self)
        return self._pdf

    @property
    def differences_panel(self) -> "DifferencesPanel":
        """The Differences panel, built when it is first shown."""
        if self._differences_panel is None:
            from viewer.gui.differences_panel import DifferencesPanel

            self._differences_panel = panel = DifferencesPanel()
            panel.open_paragraph.connect(self.open_difference)
            self.differences_dock.widget().deleteLater()
            self.differences_dock.setWidget(panel)
            document = self.view.current
            panel.show_document(document, self.flags_of(document))
            self._set_tab_order()
        return self._differences_panel

    def flags_of(self, document: Document | None) -> tuple:
        """The difference flags of `document` the reader is shown: none on
        the edition's translation that the edition records as intended."""
        if document is None:
            return ()
        if self._comparer is None:
            from viewer.core.compare import Comparer

            self._comparer = Comparer(self.corpus.glossary)
        return self._comparer.document_flags(document)

    def after_first_paint(self) -> None:
        """What the first screen does without: the search panel, and the
        difference flags (the glossary's stems cost a good part of a start)."""
        self._painted = True
        self.search  # noqa: B018 (builds it)
        self._show_differences(self.view.current)

    def _show_differences(self, document: Document | None) -> None:
        if not self._painted:
            return
        shown = self.settings["reader/differences"]
        self.view.show_differences(self.flags_of(document) if shown else ())
        if self._differences_panel is not None:
            self._differences_panel.show_document(document, self.flags_of(document))

    def _set_differences(self, on: bool) -> None:
        self.settings["reader/differences"] = on
        self._show_differences(self.view.current)

    def open_difference(self, paragraph: int) -> None:
        """Show a flagged pair, marked, in the document shown."""
        document = self.view.current
        if document is None:
            return
        if self.settings["reader/brief"] and not document.pairs[paragraph - 1].is_key:
            self.actions.brief.trigger()  # not a key passage: show them all
        self.jump_to(document.id, paragraph)

    def built_differences_panel(self) -> "DifferencesPanel | None":
        return self._differences_panel

    @property
    def glossary_panel(self) -> "GlossaryPanel":
        """The glossary panel, built when it is first shown (or asked for)."""
        if self._glossary_panel is None:
            from viewer.gui.glossary_panel import GlossaryPanel

            self._glossary_panel = panel = GlossaryPanel(self.context)
            panel.open_occurrence.connect(self.open_hit)
            panel.escaped.connect(self.view.setFocus)
            self.glossary_dock.widget().deleteLater()
            self.glossary_dock.setWidget(panel)
            name_clear_buttons(panel)
            self._set_tab_order()
        return self._glossary_panel

    def _focus_later(self, shown: bool, widget: Callable[[], QWidget]) -> None:
        """Opened from the menu or its keys, a panel takes the focus in
        `widget`, after it has found its place (see _place_panel)."""
        if shown:
            QTimer.singleShot(0, lambda: widget().setFocus())

    @property
    def outline_panel(self) -> "OutlinePanel":
        """The outline panel, built when it is first shown (or asked for)."""
        if self._outline_panel is None:
            from viewer.gui.outline_panel import OutlinePanel

            self._outline_panel = panel = OutlinePanel(self.view, self.ui_language)
            panel.open_paragraph.connect(self.open_heading)
            panel.escaped.connect(self.view.setFocus)
            self.outline_dock.widget().deleteLater()
            self.outline_dock.setWidget(panel)
            self._set_tab_order()
        return self._outline_panel

    def built_outline_panel(self) -> "OutlinePanel | None":
        """The outline panel if it has been built, without building it."""
        return self._outline_panel

    def open_heading(self, paragraph: int) -> None:
        """Take the reader to a heading of the document shown (in briefing,
        to the first key passage after it), marked, the caret at its start:
        the outline keeps its section current while the caret is in view,
        even where the end of the text cannot come to the top."""
        view = self.view
        if view.current is None:
            return
        self.navigate(view.current.id, paragraph)
        shown = next((pair.paragraph for pair in view.rows if pair.paragraph >= paragraph), None)
        if shown is None:
            return
        view.mark_target(shown)
        caret = view.textCursor()
        caret.setPosition(view.cell_range(shown, view.look.langs[0])[0])
        view.setTextCursor(caret)

    def _term_tip(self, span) -> str:
        """The glossary's counterpart of the term at `span`, for the reader's
        tip; the glossary index is made at the first tip asked for."""
        if self.view.current is None or not self.corpus.glossary:
            return ""
        from viewer.core.glossary_index import index_of
        from viewer.gui.term_tips import term_tip

        return term_tip(index_of(self.corpus), self.view.current.id, span)

    def built_glossary_panel(self) -> "GlossaryPanel | None":
        """The glossary panel if it has been built, without building it."""
        return self._glossary_panel

    def built_annotations_panel(self) -> "AnnotationsPanel | None":
        """The annotations panel if it has been built, without building it."""
        return self._annotations_panel

    def built_search_panel(self) -> "SearchPanel | None":
        """The search panel if it has been built, without building it."""
        return self._search

    @property
    def search(self) -> "SearchPanel":
        """The search panel, built on first need: after the first paint of
        the text, or sooner when asked for."""
        if self._search is None:
            from viewer.gui.search_panel import SearchPanel  # and its worker thread

            self._search = search = SearchPanel(self.context)
            self.search_dock.widget().deleteLater()
            self.search_dock.setWidget(search)
            search.open_hit.connect(self.open_hit)
            search.searched.connect(lambda: self.view.highlight(0, {}))  # marks of the last
            name_clear_buttons(search)
            self._set_tab_order()
            QTimer.singleShot(PREPARE_DELAY_MS, search.prepare)
        return self._search

    def _set_tab_order(self) -> None:
        """Left to right, top to bottom: library, reader, then search."""
        chain = [self.library.filter, self.library.list, self.view, self.reader.find.edit]
        if (search := self._search) is not None:
            chain += [
                search.query,
                search.language,
                search.document,
                search.key_only,
                search.date_from,
                search.date_to,
                search.results,
            ]
        chain.append(self.info)
        if (panel := self._annotations_panel) is not None:
            chain += panel.focus_chain()
        if (glossary := self._glossary_panel) is not None:
            chain += glossary.focus_chain()
        if (differences := self._differences_panel) is not None:
            chain.append(differences.list)
        if (outline := self._outline_panel) is not None:
            chain.append(outline)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _place_panel(self, dock: QDockWidget, shown: bool) -> None:
        """The first time the annotations, glossary or outline panel opens,
        it finds its place: in a narrow window under the text, tabbed with
        the search panel (at the side it would leave each column a few words
        wide); else beside the text. A saved arrangement keeps the panel's
        place, unless it never gave the panel room: saved before the panel
        existed, or while it was never shown. Moved once the showing is
        over: docking it again while Qt shows it leaves the panel broken."""
        arranged = self._docks_arranged
        if not shown or dock.objectName() in arranged:
            return
        arranged.add(dock.objectName())
        QTimer.singleShot(0, lambda: self._find_place(dock))

    def _find_place(self, dock: QDockWidget) -> None:
        if "all" in self._docks_arranged and not self._squeezed(dock):
            return
        if self.width() < NARROW:
            self._under_text(dock)
        else:
            self.resizeDocks([dock], [self._side_width(dock)], Qt.Orientation.Horizontal)

    def _squeezed(self, dock: QDockWidget) -> bool:
        """Whether `dock` is shown at its least width: where a saved
        arrangement that never gave it room puts it."""
        least = max(dock.minimumWidth(), dock.minimumSizeHint().width())
        return dock.isVisible() and not dock.isFloating() and dock.width() <= least

    def _side_width(self, dock: QDockWidget) -> int:
        """How wide a panel opens beside the text: the outline's headings
        wrap, so it leaves the two columns most of their measure; the others
        as wide as their widest need, a line of both names."""
        if dock is self.outline_dock:
            return max(dock.minimumWidth(), self.width() * OUTLINE_SHARE // 100)
        return max(SIDE_PANEL, self.width() * SIDE_SHARE // 100)

    def _under_text(self, dock: QDockWidget) -> None:
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.tabifyDockWidget(self.search_dock, dock)
        dock.show()
        dock.raise_()

    def _place_differences(self, shown: bool) -> None:
        """The Differences panel opens under the text, tabbed with search,
        unless a saved arrangement placed it. Tabbed only then: a hidden
        tabbed panel would widen the panels at the side. Moved once the
        showing is over, as the annotations panel is."""
        if not shown or self._differences_placed:
            return
        self._differences_placed = True
        if self.dockWidgetArea(self.differences_dock) == Qt.DockWidgetArea.BottomDockWidgetArea:
            QTimer.singleShot(0, self._differences_with_search)

    def _differences_with_search(self) -> None:
        self.tabifyDockWidget(self.search_dock, self.differences_dock)
        self.differences_dock.show()
        self.differences_dock.raise_()

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        # Shown from the View menu, a panel tabbed with another comes to the
        # front: otherwise it would open hidden behind its neighbour.
        dock.toggleViewAction().triggered.connect(lambda on: on and dock.raise_())
        return dock

    def _wire_actions(self) -> None:
        a = self.actions
        a.build_menus(
            self.menuBar(),
            (
                self.search_dock,
                self.info_dock,
                self.notes_dock,
                self.glossary_dock,
                self.differences_dock,
                self.outline_dock,
            ),
        )
        connections = {
            a.quit: self.close,
            a.export_all: lambda: self.files.export(
                self.annotator.of(None), translate("MainWindow", "annotations")
            ),
            a.export_document: self.export_document_annotations,
            a.import_annotations: self.files.import_file,
            a.export_pdf: lambda: self.pdf.export(),
            a.print_: lambda: self.pdf.print_(),
            a.print_preview: lambda: self.pdf.preview(),
            a.copy: self.view.copy,
            a.copy_citation: self.copy_with_citation,
            a.copy_pair: self.copy_pair,
            a.find: self.reader.find.open,
            a.key_style: lambda on: self._set("reader/key_style", on),
            a.brief: lambda on: self._set("reader/brief", on),
            a.zoom_in: lambda: self.zoom(1),
            a.zoom_out: lambda: self.zoom(-1),
            a.zoom_reset: lambda: self.zoom(0),
            a.serif: lambda on: self._set("reader/serif", on),
            a.differences: self._set_differences,
            a.full_screen: self.toggle_full_screen,
            a.back: lambda: self.step_history(-1),
            a.forward: lambda: self.step_history(1),
            a.go_to: self.go_to_paragraph,
            a.search: self.focus_search,
            a.next_hit: lambda: self.search.move(1),
            a.previous_hit: lambda: self.search.move(-1),
            a.guide: self.show_guide,
            a.shortcuts: self.show_shortcuts,
            a.about: self._about,
        }
        for action, slot in connections.items():
            action.triggered.connect(slot)
        for value, action in a.mode.items():
            action.triggered.connect(lambda _c, v=value: self._set("reader/mode", v))
        for value, action in a.theme.items():
            action.triggered.connect(lambda _c, v=value: self.set_theme(v))
        for value, action in a.language.items():
            action.triggered.connect(lambda _c, v=value: self.set_language(v))

    # Showing documents

    def look(self) -> Look:
        return Look(
            langs=MODES.get(self.settings["reader/mode"], MODES["ru-en"]),
            key_style=self.settings["reader/key_style"],
            serif=self.settings["reader/serif"],
            dark=QGuiApplication.palette().base().color().lightness() < 128,
        )

    def _set(self, key: str, value) -> None:
        """Change a reading setting and show the document again, in place."""
        self.settings[key] = value
        top = self.view.top_paragraph()
        if key == "reader/brief" and value:
            self._show(self.view.current, top)
            # Leaving briefing without having moved returns to this place.
            self._before_brief = (top, self.view.top_paragraph())
            return
        if key == "reader/brief" and self._before_brief and self._before_brief[1] == top:
            top = self._before_brief[0]
        self._before_brief = None
        self._show(self.view.current, top)

    def _show(self, document: Document | None, paragraph: int | None) -> None:
        look = self.look()
        if document is not None:
            self.annotator.follow(document)
        self.view.show_document(document, look, brief=self.settings["reader/brief"])
        self.commands.refresh()
        self._apply_zoom()
        self.reader.set_headers(document, look.langs)
        self._show_briefing(document)
        self.info.show_document(document)
        self._show_differences(document)
        if self._annotations_panel is not None:
            self._annotations_panel.show_document(document and document.id, look.langs[0])
        if self._outline_panel is not None:
            self._outline_panel.refresh()
        if document is not None and paragraph:
            self.view.scroll_to_paragraph(paragraph)
        self.reader.find.refresh()

    def _show_briefing(self, document: Document | None) -> None:
        """In briefing mode, say how much of the document is left out."""
        if document is None or not self.settings["reader/brief"]:
            self.reader.show_note("")
            return
        shown = len(self.view.rows)
        hidden = len(document.pairs) - shown
        keys = self.actions.brief.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        note = translate("MainWindow", "Briefing: {shown}, {hidden} ({keys} shows them all).")
        self.reader.show_note(
            note.format(
                shown=self.tr("%n paragraph(s) with key passages shown", "", shown),
                hidden=self.tr("%n other paragraph(s) hidden", "", hidden),
                keys=keys,
            )
        )

    def navigate(self, doc_id: str, paragraph: int | None = None, record: bool = True) -> bool:
        """Open `doc_id` at paragraph `paragraph` (where the reader left off
        when None), as a step in the back/forward history when `record`."""
        document = self.corpus.document(doc_id)
        if document is None:
            return False
        self._remember_place()
        if paragraph is None:
            paragraph = paragraph_of(document, self.settings["reader/positions"].get(doc_id))
        if record:
            del self.history[self.history_index + 1 :]
            self.history.append((doc_id, paragraph or 1))
            self.history_index = len(self.history) - 1
        if self.view.current is None or self.view.current.id != doc_id:
            self._show(document, paragraph)
        elif paragraph:
            self.view.scroll_to_paragraph(paragraph)
        self.library.select(doc_id)
        self.library_commands.refresh()
        self.setWindowTitle(f"{document.meta.title.get(self.ui_language)} — {APP_NAME}")
        self.settings["reader/document"] = doc_id
        return True

    def _remember_place(self) -> None:
        current = self.view.current
        top = self.view.top_paragraph() if current else None
        if current is None or top is None:
            return
        places = self.settings["reader/positions"]
        places[current.id] = place(current, top)
        self.settings["reader/positions"] = places
        if 0 <= self.history_index < len(self.history):
            self.history[self.history_index] = (current.id, top)

    def step_history(self, step: int) -> None:
        target = self.history_index + step
        if 0 <= target < len(self.history):
            self._remember_place()
            self.history_index = target
            doc_id, paragraph = self.history[target]
            self.navigate(doc_id, paragraph, record=False)
            self.view.mark_target(paragraph)

    def go_to_paragraph(self) -> None:
        document = self.view.current
        if document is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("MainWindow", "Go to Paragraph"))
        dialog.setLabelText(
            translate("MainWindow", "Paragraph (1–{last}):").format(last=len(document.pairs))
        )
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, len(document.pairs))
        dialog.setIntValue(self.view.current_paragraph() or 1)
        # Wide enough for a title bar to show the whole title beside its
        # icon and buttons. The dialog makes its layout when first asked its
        # size, and that layout would hold it to its contents' width.
        title_font = QFont(dialog.font())
        title_font.setBold(True)
        title = QFontMetrics(title_font).horizontalAdvance(dialog.windowTitle())
        dialog.sizeHint()
        dialog.layout().setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
        dialog.setMinimumWidth(title + TITLE_BAR_EXTRAS)
        if dialog.exec():
            self.navigate(document.id, dialog.intValue())
            self.view.mark_target(dialog.intValue())

    def open_hit(self, doc_id: str, paragraph: int, marks: dict, counterparts=()) -> None:
        """Show a search hit: its document, scrolled to the pair, hits and
        their counterparts marked."""
        if (
            self.settings["reader/brief"]
            and not self.corpus.document(doc_id).pairs[paragraph - 1].is_key
        ):
            self.actions.brief.trigger()  # the hit is not a key passage: show them all
        self.navigate(doc_id, paragraph)
        self.view.highlight(paragraph, marks, counterparts)
        self.view.mark_target(paragraph)

    def _annotated(self, change: str) -> None:
        keys = self.actions.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.statusBar().showMessage(
            translate("MainWindow", "Done: {change} ({keys} undoes it).").format(
                change=change, keys=keys
            ),
            8000,
        )

    def export_document_annotations(self) -> None:
        document = self.view.current
        if document is not None:
            self.files.export(self.annotator.of(document.id), document.id)

    def jump_to(self, doc_id: str, paragraph: int) -> None:
        """Open `doc_id` at `paragraph` and mark it for a moment."""
        if self.navigate(doc_id, paragraph):
            self.view.mark_target(paragraph)

    def open_annotation(self, annotation: Annotation) -> None:
        """Show an annotation's place, marked; for a highlight, the caret at
        its start and as much of it in view as the view holds, with nothing
        selected: a selection would hide the highlight's colour."""
        document = self.corpus.document(annotation.doc)
        if document is None or not 1 <= annotation.paragraph <= len(document.pairs):
            self.statusBar().showMessage(
                translate("MainWindow", "Its place is not in the library any more."), 5000
            )
            return
        if self.settings["reader/brief"] and not document.pairs[annotation.paragraph - 1].is_key:
            self.actions.brief.trigger()  # not a key passage: show them all
        self.jump_to(annotation.doc, annotation.paragraph)
        a, view = annotation, self.view
        cell = view.cell_range(a.paragraph, a.lang) if a.kind == "highlight" else None
        if cell is None or a.detached:
            return
        # The block's text ends its cell (a list item's bullet comes first).
        text = cell[1] - len(document.pairs[a.paragraph - 1].text(a.lang).plain)
        caret, end = view.textCursor(), view.textCursor()  # copies
        caret.setPosition(text + a.start)
        end.setPosition(text + a.end)
        view.setTextCursor(caret)
        margin = view.fontMetrics().lineSpacing()
        below = view.cursorRect(end).bottom() + margin - view.viewport().height()
        if below > 0:  # up to its end, but not so far that its start leaves the view
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + min(below, view.cursorRect(caret).top() - margin))
        view.ensureCursorVisible()

    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.query.setFocus()
        self.search.query.selectAll()

    # Reading comfort

    def zoom(self, step: int) -> None:
        self.settings["reader/zoom"] = (
            0 if step == 0 else max(-5, min(15, self.settings["reader/zoom"] + step))
        )
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        font = self.view.font()
        font.setPointSizeF(
            self.font().pointSizeF() * (1 + ZOOM_STEP * self.settings["reader/zoom"])
        )
        self.view.setFont(font)

    def set_theme(self, choice: str) -> None:
        self.settings["ui/theme"] = choice
        self.theme.apply(choice)
        self._show(self.view.current, self.view.top_paragraph())

    def set_language(self, choice: str) -> None:
        """Applies at once: the window is built again in the new language, at
        the same place."""
        if choice == self.settings["ui/language"]:
            return
        self.settings["ui/language"] = choice
        if self.relaunch is not None:
            self.relaunch()

    def toggle_full_screen(self, on: bool) -> None:
        if on:
            panels = [
                self.library,
                self.search_dock,
                self.info_dock,
                self.notes_dock,
                self.glossary_dock,
                self.differences_dock,
                self.outline_dock,
            ]
            self._full_screen_hidden = [w for w in panels if w.isVisible()]
            for widget in self._full_screen_hidden:
                widget.hide()
            self.showFullScreen()
        else:
            for widget in self._full_screen_hidden:
                widget.show()
            self.showNormal()

    def copy_with_citation(self) -> None:
        """The selection, or else the paragraph at the caret, quoted with its
        source."""
        document, spans = self.view.current, self.view.selection_spans()
        caret = self.view.caret_span()
        if not spans and caret is not None:
            spans = [block_span(document, caret.paragraph, caret.lang)]
        if document is None or not spans:
            self.statusBar().showMessage(
                translate("MainWindow", "Select some text first: it is copied with its source."),
                5000,
            )
            return
        QGuiApplication.clipboard().setText(cite(*passage(document, spans)))
        self.statusBar().showMessage(translate("MainWindow", "Copied with its source."), 5000)

    def show_guide(self) -> None:
        from viewer.gui.guide import show_guide  # read from its resource, seldom opened

        show_guide(self)

    def copy_pair(self) -> None:
        """Both versions of the current paragraph, each with its status, and
        one source."""
        document, paragraph = self.view.current, self.view.current_paragraph()
        if document is None or paragraph is None:
            return
        langs = MODES["en-ru"] if self.view.look.langs[0] == "en" else MODES["ru-en"]
        QGuiApplication.clipboard().setText(cite_pair(document, paragraph, langs))
        self.statusBar().showMessage(
            translate("MainWindow", "Copied paragraph {n} in both languages.").format(n=paragraph),
            5000,
        )

    def show_shortcuts(self) -> None:
        from viewer.gui.shortcuts import ShortcutsDialog  # a table widget, seldom opened

        ShortcutsDialog(self.menuBar(), self).exec()

    # State

    def _restore(self) -> None:
        s = self.settings
        geometry = s["window/geometry"]
        if not geometry or not self.restoreGeometry(_from_b64(geometry)):
            # First run: most of the screen, since two columns of text need width.
            available = self.screen().availableGeometry()
            self.resize(
                min(1400, available.width() * 9 // 10), min(900, available.height() * 9 // 10)
            )
        if (state := s["window/state"]) and self.restoreState(_from_b64(state)):
            self._docks_arranged.add("all")
            self._differences_placed = True
        else:
            # Room for a few results at once, whatever the window's size.
            height = self.search_dock.sizeHint().height()
            self.resizeDocks([self.search_dock], [height], Qt.Orientation.Vertical)
        if splitter := s["window/splitter"]:
            self.splitter.restoreState(_from_b64(splitter))
        last = s["reader/document"]
        if not (last and self.navigate(last)) and self.corpus.documents:
            self.navigate(self.corpus.documents[0].id)
        if not self.corpus.documents:
            self._show(None, None)

    def save_state(self) -> None:
        self._remember_place()
        if self.isFullScreen():
            self.actions.full_screen.setChecked(False)
            self.toggle_full_screen(False)
        self.settings["window/geometry"] = _to_b64(self.saveGeometry())
        self.settings["window/splitter"] = _to_b64(self.splitter.saveState())
        self.settings["window/state"] = _to_b64(self.saveState())

    def closeEvent(self, event) -> None:
        if self.library_changed in self.context.library.listeners:
            self.context.library.listeners.remove(self.library_changed)
        self.save_state()
        if self._search is not None:
            self._search.stop()
        if self._pdf is not None:
            self._pdf.stop()
        self.saver.failed.disconnect()
        self.saver.failed.connect(lambda text: QMessageBox.warning(self, APP_NAME, text))
        self.saver.save_now()
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Diptych"),
            translate(
                "MainWindow",
                "<p><b>Diptych {version}</b></p><p>Official texts on counter-terrorism"
                " cooperation in Central Asia, Russian and English side by side.</p>"
                "<p>Works offline; makes no network connection.</p>",
            ).format(version=__version__),
        )


class _AfterFirstPaint(QObject):
    """Calls the window's `after_first_paint` once the text has been
    painted: a zero timer set before would run ahead of the paint."""

    def __init__(self, viewport: QWidget, window: MainWindow):
        super().__init__(window)
        self.viewport = viewport
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.viewport.removeEventFilter(self)
            QTimer.singleShot(0, self.window.after_first_paint)
        return False
