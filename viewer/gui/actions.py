"""The main window's commands as named actions, grouped by menu.

Each action is an attribute (`actions.brief`, `actions.mode["ru"]`), so the
window, later features and tests reach a command by name, never by its
translated label. This module only declares: texts, keys, check states and
the menus' order. The window connects the actions to what they do.

Every menu and command has a mnemonic, unique at its level in both
interface languages (tests/test_menus.py checks it); the Russian ones are
in the catalogue, so keep them unique there too.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack

from viewer.core.annotations.model import COLOURS, meanings
from viewer.gui.mnemonics import LayoutMnemonics

translate = QCoreApplication.translate


class Actions:
    def __init__(self, parent, settings, undo_stack: QUndoStack):
        def action(text: str, keys: str = "", checked: bool | None = None) -> QAction:
            created = QAction(text, parent)
            if keys:  # one or more key sequences, separated by spaces
                created.setShortcuts([QKeySequence(k) for k in keys.split(" ")])
            if checked is not None:
                created.setCheckable(True)
                created.setChecked(checked)
            return created

        def choices(options, current: str) -> dict[str, QAction]:
            group = QActionGroup(parent)
            made = {}
            for value, text, keys in options:
                made[value] = group.addAction(action(text, keys, value == current))
            return made

        s = settings
        # File
        self.import_document = action(translate("MainWindow", "Import &Document…"), "Ctrl+O")
        self.document_details = action(translate("MainWindow", "Document Det&ails…"))
        self.remove_document = action(translate("MainWindow", "Re&move Document…"))
        self.export_all = action(translate("MainWindow", "&Export All Annotations…"))
        self.export_document = action(
            translate("MainWindow", "Export &This Document's Annotations…")
        )
        self.import_annotations = action(translate("MainWindow", "&Import Annotations…"))
        self.export_pdf = action(
            translate("MainWindow", "Export Excerpts to &PDF…"), "Ctrl+Shift+E"
        )
        self.print_ = action(translate("MainWindow", "P&rint…"), "Ctrl+P")
        self.print_preview = action(translate("MainWindow", "Print Pre&view…"))
        self.quit = action(translate("MainWindow", "&Quit"), "Ctrl+Q")
        # Edit
        self.copy = action(translate("MainWindow", "&Copy"), "Ctrl+C")
        self.copy_citation = action(translate("MainWindow", "Copy with C&itation"), "Ctrl+Shift+C")
        self.copy_pair = action(translate("MainWindow", "Copy the &Pair"), "Ctrl+Alt+C")
        self.find = action(translate("MainWindow", "&Find in Document"), "Ctrl+F")
        # Annotate
        self.undo = undo_stack.createUndoAction(parent, translate("MainWindow", "&Undo"))
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo = undo_stack.createRedoAction(parent, translate("MainWindow", "&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.colour = {  # highlight the selection in a colour: see name_colours
            colour: action("", f"Alt+{number}") for number, colour in enumerate(COLOURS, 1)
        }
        self.name_colours(meanings(s["annotations/meanings"]))
        self.unhighlight = action(translate("MainWindow", "Remove &Highlight"), "Alt+0")
        self.note = action(translate("MainWindow", "Add &Note…"), "Ctrl+Shift+N")
        self.bookmark = action(translate("MainWindow", "Toggle &Bookmark"), "Ctrl+D")
        self.meanings = action(translate("MainWindow", "Name the &Colours…"))
        # View
        self.mode = choices(
            (
                ("ru-en", translate("MainWindow", "&Russian | English"), "Ctrl+1"),
                ("en-ru", translate("MainWindow", "&English | Russian"), "Ctrl+2"),
                ("ru", translate("MainWindow", "Russian &Only"), "Ctrl+3"),
                ("en", translate("MainWindow", "English O&nly"), "Ctrl+4"),
            ),
            s["reader/mode"],
        )
        self.key_style = action(
            translate("MainWindow", "&Highlight Key Passages"), "Ctrl+K", s["reader/key_style"]
        )
        self.brief = action(
            translate("MainWindow", "Key Passages &Only (Briefing)"), "Ctrl+B", s["reader/brief"]
        )
        self.zoom_in = action(translate("MainWindow", "Zoom &In"), "Ctrl++ Ctrl+=")
        self.zoom_out = action(translate("MainWindow", "Zoom O&ut"), "Ctrl+-")
        self.zoom_reset = action(translate("MainWindow", "&Actual Size"), "Ctrl+0")
        self.serif = action(translate("MainWindow", "&Serif Text"), "", s["reader/serif"])
        self.differences = action(
            translate("MainWindow", "Mark Diff&erences Between the Versions"),
            "Ctrl+Shift+D",
            s["reader/differences"],
        )
        self.theme = choices(
            (
                ("system", translate("MainWindow", "Follow the &System"), ""),
                ("light", translate("MainWindow", "&Light"), ""),
                ("dark", translate("MainWindow", "&Dark"), ""),
            ),
            s["ui/theme"],
        )
        self.language = choices(
            (
                ("system", translate("MainWindow", "Follow the &System"), ""),
                ("en", "&English", ""),
                ("ru", "&Русский", ""),
            ),
            s["ui/language"],
        )
        self.full_screen = action(translate("MainWindow", "&Full Screen Reading"), "F11", False)
        # Go
        self.back = action(translate("MainWindow", "&Back"), "Alt+Left")
        self.forward = action(translate("MainWindow", "&Forward"), "Alt+Right")
        self.go_to = action(translate("MainWindow", "Go to &Paragraph…"), "Ctrl+G")
        # Search
        self.search = action(translate("MainWindow", "Search &All Documents"), "Ctrl+Shift+F")
        self.next_hit = action(translate("MainWindow", "&Next Hit"), "F3")
        self.previous_hit = action(translate("MainWindow", "&Previous Hit"), "Shift+F3")
        # Help
        self.guide = action(translate("MainWindow", "&Reading Guide"), "F1")
        self.shortcuts = action(translate("MainWindow", "&Keyboard Shortcuts"), "Ctrl+F1")
        self.about = action(translate("MainWindow", "&About Diptych"))

    def name_colours(self, named: dict[str, str]) -> None:
        """Label the highlight commands with what each colour means."""
        for number, (colour, action) in enumerate(self.colour.items(), 1):
            action.setText(
                translate("MainWindow", "&{number} Highlight: {meaning}").format(
                    number=number, meaning=named[colour].replace("&", "&&")
                )
            )
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(
                translate("MainWindow", "Highlight: {meaning} ({keys})").format(
                    meaning=named[colour], keys=keys
                )
            )

    def build_menus(self, bar, panels) -> None:
        """Fill the menu bar; `panels` are the docks whose visibility the
        View menu toggles."""
        menu = bar.addMenu(translate("MainWindow", "&File"))
        menu.addActions([self.import_document, self.document_details, self.remove_document])
        menu.addSeparator()
        menu.addActions([self.export_all, self.export_document, self.import_annotations])
        menu.addSeparator()
        menu.addActions([self.export_pdf, self.print_, self.print_preview])
        menu.addSeparator()
        menu.addAction(self.quit)

        menu = bar.addMenu(translate("MainWindow", "&Edit"))
        menu.addActions([self.undo, self.redo])
        menu.addSeparator()
        menu.addActions([self.copy, self.copy_citation, self.copy_pair, self.find])

        menu = bar.addMenu(translate("MainWindow", "&Annotate"))
        menu.addActions([*self.colour.values(), self.unhighlight])
        menu.addSeparator()
        menu.addActions([self.note, self.bookmark])
        menu.addSeparator()
        menu.addAction(self.meanings)

        menu = bar.addMenu(translate("MainWindow", "&View"))
        menu.addMenu(translate("MainWindow", "&Columns")).addActions(list(self.mode.values()))
        menu.addActions([self.key_style, self.brief, self.differences])
        menu.addSeparator()
        menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset, self.serif])
        menu.addMenu(translate("MainWindow", "&Theme")).addActions(list(self.theme.values()))
        language = menu.addMenu(translate("MainWindow", "Interface &Language"))
        language.addActions(list(self.language.values()))
        menu.addAction(self.full_screen)
        menu.addSeparator()
        panel_texts = {  # the docks' titles, with a mnemonic each
            "search": translate("MainWindow", "Search &Panel"),
            "info": translate("MainWindow", "&Document Information"),
            "notes": translate("MainWindow", "A&nnotations Panel"),
            "glossary": translate("MainWindow", "&Glossary"),
            "differences": translate("MainWindow", "Diffe&rences Panel"),
            "outline": translate("MainWindow", "Docu&ment Outline"),
        }
        panel_keys = {
            "notes": "Ctrl+Shift+A",
            "glossary": "Ctrl+Shift+G",
            "outline": "Ctrl+Shift+O",
        }
        for dock in panels:
            dock.toggleViewAction().setText(panel_texts[dock.objectName()])
            if keys := panel_keys.get(dock.objectName()):
                dock.toggleViewAction().setShortcut(QKeySequence(keys))
            menu.addAction(dock.toggleViewAction())

        menu = bar.addMenu(translate("MainWindow", "&Go"))
        menu.addActions([self.back, self.forward, self.go_to])
        # Its menu lists the bookmarks, filled by the window as it opens.
        self.bookmarks = menu.addMenu(translate("MainWindow", "Boo&kmarks")).menuAction()

        menu = bar.addMenu(translate("MainWindow", "&Search"))
        menu.addActions([self.search, self.next_hit, self.previous_hit])

        menu = bar.addMenu(translate("MainWindow", "&Help"))
        menu.addActions([self.guide, self.shortcuts, self.about])

        LayoutMnemonics(bar)  # a child of the bar, living as long as it
