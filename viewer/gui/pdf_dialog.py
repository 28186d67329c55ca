"""File → Export Excerpts to PDF…: which excerpts (scope and what to
include), how they are laid out, on what paper and into which file. It says
how many excerpts the choice yields as it changes, refuses to write none,
and remembers its choices in the settings (export/…)."""

import os
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from viewer import APP_NAME
from viewer.core.annotations.model import COLOURS, Annotation, meanings
from viewer.core.context import AppContext
from viewer.export.excerpts import Choice, Excerpt, excerpts, included

translate = QCoreApplication.translate

TITLE_CHARACTERS = 60  # of the open document's, in the scope's words
SCOPES = ("document", "library", "selected", "search")


class Sources(NamedTuple):
    """What the window offers to export from."""

    annotations: list[Annotation]  # all of them
    document: str | None  # the id of the document open
    selected: list[Annotation]  # in the annotations panel
    found: tuple[tuple[str, int], ...]  # the places of the current search results


class ExportDialog(QDialog):
    def __init__(self, context: AppContext, sources: Sources, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.sources = context, sources
        self.settings = settings = context.settings
        self.chosen: list[Excerpt] = []
        self.setWindowTitle(self.tr("Export Excerpts to PDF"))

        scope_box = QGroupBox(self.tr("Excerpts from"))
        scope_layout = QVBoxLayout(scope_box)
        self.scopes = QButtonGroup(self)
        document = context.corpus.document(sources.document) if sources.document else None
        texts = {
            "document": self.tr("This document: {title}").format(
                title=_short(document.meta.title.get(context.language)) if document else ""
            ),
            "library": self.tr("The whole library"),
            "selected": self.tr("The annotations selected in the Annotations panel"),
            "search": self.tr("The current search results"),
        }
        reasons = {
            "document": self.tr("(no document is open)"),
            "selected": self.tr("(none is selected)"),
            "search": self.tr("(there are none)"),
        }
        available = {
            "document": document is not None,
            "library": True,
            "selected": bool(sources.selected),
            "search": bool(sources.found),
        }
        self.scope: dict[str, QRadioButton] = {}
        for number, scope in enumerate(SCOPES):
            text = texts[scope] if available[scope] else f"{texts[scope]} {reasons[scope]}"
            button = self.scope[scope] = QRadioButton(text)
            button.setEnabled(available[scope])
            if scope == "document" and document is not None:
                button.setToolTip(document.meta.title.get(context.language))
            self.scopes.addButton(button, number)
            scope_layout.addWidget(button)
        remembered = settings["export/scope"]
        self.scope[remembered if available[remembered] else "library"].setChecked(True)

        include_box = QGroupBox(self.tr("Include"))
        include_layout = QGridLayout(include_box)
        named = meanings(settings["annotations/meanings"])
        chosen_colours = settings["export/colours"]
        self.colours: dict[str, QCheckBox] = {}
        for row, colour in enumerate(COLOURS):
            box = self.colours[colour] = QCheckBox(
                self.tr("Highlights: {meaning}").format(meaning=named[colour])
            )
            box.setChecked(colour in chosen_colours)
            include_layout.addWidget(box, row, 0)
        self.bookmarks = QCheckBox(self.tr("Bookmarks"))
        self.bookmarks.setChecked(settings["export/bookmarks"])
        self.notes = QCheckBox(self.tr("Notes on paragraphs"))
        self.notes.setChecked(settings["export/notes"])
        self.key_passages = QCheckBox(self.tr("Key passages"))
        self.key_passages.setChecked(settings["export/key_passages"])
        for row, box in enumerate((self.bookmarks, self.notes, self.key_passages)):
            include_layout.addWidget(box, row, 1)

        self.layout_choice = QComboBox()
        for value, text in (
            ("side-by-side", self.tr("Russian and English side by side")),
            ("ru", self.tr("Russian only")),
            ("en", self.tr("English only")),
        ):
            self.layout_choice.addItem(text, value)
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(settings["export/layout"]))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(settings["export/paper"]))
        self.file = QLineEdit(settings["export/file"] or str(_default_file()))
        self.file.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Layout:"), self.layout_choice)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("File:"), file_row)

        self.count = QLabel()
        self.count.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(include_box)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)

        self.scopes.idToggled.connect(lambda _id, on: on and self.recount())
        for box in (*self.colours.values(), self.bookmarks, self.notes, self.key_passages):
            box.toggled.connect(lambda _on: self.recount())
        self.file.textChanged.connect(lambda _text: self._enable())
        self.recount()

    # The choice

    def current_scope(self) -> str:
        return SCOPES[self.scopes.checkedId()]

    def choice(self) -> tuple[list[Annotation], Choice]:
        """The annotations to draw on and the choice of excerpts among them."""
        return choose(
            self.sources,
            self.current_scope(),
            tuple(c for c, box in self.colours.items() if box.isChecked()),
            bookmarks=self.bookmarks.isChecked(),
            notes=self.notes.isChecked(),
            key_passages=self.key_passages.isChecked(),
        )

    def recount(self) -> None:
        annotations, choice = self.choice()
        self.chosen = excerpts(self.context.corpus, annotations, choice)
        if self.chosen:
            self.count.setText(self.tr("This choice yields %n excerpt(s).", "", len(self.chosen)))
        else:
            self.count.setText(
                self.tr("This choice yields no excerpt: include more, or choose another scope.")
            )
        self._enable()

    def _enable(self) -> None:
        self.export_button.setEnabled(bool(self.chosen and self.file.text().strip()))

    def layout_value(self) -> str:
        return self.layout_choice.currentData()

    def paper_value(self) -> str:
        return self.paper.currentData()

    def path(self) -> Path:
        return Path(self.file.text().strip()).expanduser()

    # The file

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Excerpts to PDF"),
            str(self.path()),
            self.tr("PDF documents (*.pdf);;All files (*)"),
        )
        if path:
            self.file.setText(path if Path(path).suffix else f"{path}.pdf")

    def accept(self) -> None:
        if not self.chosen:
            return
        problem = unwritable(self.path())
        if problem:
            QMessageBox.warning(self, APP_NAME, problem)
            return
        if self.path().exists():
            answer = QMessageBox.question(
                self,
                APP_NAME,
                self.tr("{file} exists. Replace it?").format(file=self.path().name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.remember()
        super().accept()

    def remember(self) -> None:
        s = self.settings
        s["export/scope"] = self.current_scope()
        s["export/colours"] = [c for c, box in self.colours.items() if box.isChecked()]
        s["export/bookmarks"] = self.bookmarks.isChecked()
        s["export/notes"] = self.notes.isChecked()
        s["export/key_passages"] = self.key_passages.isChecked()
        s["export/layout"] = self.layout_value()
        s["export/paper"] = self.paper_value()
        s["export/file"] = str(self.path())


def choose(
    sources: Sources,
    scope: str,
    colours: tuple[str, ...],
    bookmarks: bool,
    notes: bool,
    key_passages: bool,
) -> tuple[list[Annotation], Choice]:
    """The annotations to draw on and the choice of excerpts among them."""
    choice = Choice(
        docs=(sources.document,) if scope == "document" else (),
        highlights=bool(colours),
        colours=colours,
        bookmarks=bookmarks,
        notes=notes,
        key_passages=key_passages,
    )
    if scope == "search":
        return sources.annotations, choice._replace(places=sources.found)
    if scope == "selected":
        # The paragraphs of the selected annotations that are included; key
        # passages are marked there, not sought elsewhere.
        places = dict.fromkeys(
            (a.doc, a.paragraph) for a in sources.selected if included(a, choice)
        )
        return sources.selected, choice._replace(places=tuple(places))
    return sources.annotations, choice


def remembered(context: AppContext, sources: Sources) -> list[Excerpt]:
    """The excerpts of the dialog's last choice, from what `sources` offer
    now: the open document's when that choice has nothing to offer."""
    s = context.settings
    scope = s["export/scope"]
    offered = {"document": sources.document, "library": True}
    offered |= {"selected": sources.selected, "search": sources.found}
    annotations, choice = choose(
        sources,
        scope if offered[scope] else "document",
        tuple(s["export/colours"]),
        bookmarks=s["export/bookmarks"],
        notes=s["export/notes"],
        key_passages=s["export/key_passages"],
    )
    return excerpts(context.corpus, annotations, choice)


def unwritable(path: Path) -> str | None:
    """Why no PDF can be written at `path`, in words; None when it can be
    tried (a full disk shows only in the writing)."""
    if path.is_dir():
        return translate("ExportDialog", "{path} is a folder: give the PDF a file name.").format(
            path=path
        )
    folder = path.parent
    if not folder.is_dir():
        return translate("ExportDialog", "There is no folder {folder}.").format(folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return translate("ExportDialog", "You may not write in {folder}.").format(folder=folder)
    return None


def _short(title: str) -> str:
    return title if len(title) <= TITLE_CHARACTERS else title[: TITLE_CHARACTERS - 1] + "…"


def _default_file() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) / "excerpts.pdf"
