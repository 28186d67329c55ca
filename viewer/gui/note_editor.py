"""Editing an annotation's note and tags (and a bookmark's name) inside the
annotations panel, under its list: no dialog covers the text the note is
about. Ctrl+Enter saves (Enter in the note starts a new line, so the editor
says so under it), Escape leaves the annotation as it was."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from viewer.core.annotations.model import Annotation, clean_tags

translate = QCoreApplication.translate

NOTE_LINES = 4  # the note field's height, in lines


def tags_from(text: str) -> tuple[str, ...]:
    return clean_tags(text.split(","))


class NoteEditor(QFrame):
    """`saved` when the reader saves, `cancelled` when they leave; what they
    typed is in `note_text()`, `label_text()` and `tags()`."""

    saved = Signal()
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.annotation: Annotation | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.label = QLineEdit()
        self.label.setAccessibleName(translate("NoteEditor", "Bookmark name"))
        self.label.setPlaceholderText(translate("NoteEditor", "Bookmark name"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(translate("NoteEditor", "Note"))
        self.note.setPlaceholderText(translate("NoteEditor", "Your note…"))
        self.note.setTabChangesFocus(True)  # the keyboard can leave the field
        self.note.setFixedHeight(
            NOTE_LINES * self.note.fontMetrics().lineSpacing()
            + 2 * (self.note.frameWidth() + round(self.note.document().documentMargin()))
        )
        self.tags_field = QLineEdit()
        self.tags_field.setAccessibleName(translate("NoteEditor", "Tags"))
        self.tags_field.setPlaceholderText(translate("NoteEditor", "Tags, separated by commas"))
        save_keys = QKeySequence("Ctrl+Enter")
        save_text = save_keys.toString(QKeySequence.SequenceFormat.NativeText)
        self.save = QPushButton(translate("NoteEditor", "Save"))
        self.save.setToolTip(translate("NoteEditor", "Save ({keys})").format(keys=save_text))
        self.hint = QLabel(translate("NoteEditor", "{keys} saves").format(keys=save_text))
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.cancel = QPushButton(translate("NoteEditor", "Cancel"))
        self.cancel.setToolTip(translate("NoteEditor", "Leave it as it was (Esc)"))
        for button in (self.save, self.cancel):
            button.setAutoDefault(False)
        self.save.clicked.connect(self.saved)
        self.cancel.clicked.connect(self.cancelled)
        for keys, signal in (
            (save_keys, self.saved),
            (QKeySequence("Ctrl+Return"), self.saved),
            (QKeySequence(Qt.Key.Key_Escape), self.cancelled),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(signal)
        # Enter in a one-line field saves, as in a dialog.
        self.label.returnPressed.connect(self.saved)
        self.tags_field.returnPressed.connect(self.saved)

        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.save)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        for widget in (self.heading, self.label, self.note, self.tags_field):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.hide()

    def start(self, annotation: Annotation, heading: str) -> None:
        """Show `annotation`'s note, name and tags for editing, the note (a
        bookmark's name) ready to type in."""
        self.annotation = annotation
        self.heading.setText(heading)
        bookmark = annotation.kind == "bookmark"
        self.label.setVisible(bookmark)
        self.label.setText(annotation.label)
        self.note.setPlainText(annotation.note)
        self.tags_field.setText(", ".join(annotation.tags))
        self.show()
        self.focus_field()
        if bookmark:
            self.label.selectAll()
        else:
            self.note.moveCursor(self.note.textCursor().MoveOperation.End)

    def focus_field(self) -> None:
        """Give the focus to the note, or to a bookmark's name."""
        (self.label if self.annotation.kind == "bookmark" else self.note).setFocus()

    def stop(self) -> None:
        self.annotation = None
        self.hide()

    @property
    def editing(self) -> bool:
        return self.annotation is not None

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def label_text(self) -> str:
        return " ".join(self.label.text().split())

    def tags(self) -> tuple[str, ...]:
        return tags_from(self.tags_field.text())

    def focus_chain(self) -> list:
        return [self.label, self.note, self.tags_field, self.save, self.cancel]
