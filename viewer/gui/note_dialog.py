"""The dialog for a note, its tags, and a bookmark's label."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from viewer.core.annotations.model import MAX_TEXT, Annotation
from viewer.gui.note_editor import tags_from

translate = QCoreApplication.translate

QUOTE_CHARACTERS = 240  # of the annotated text shown over the note


class NoteDialog(QDialog):
    """Edits the note and tags of `annotation` (and the label, for a
    bookmark); `changes()` gives the fields to save."""

    def __init__(self, annotation: Annotation, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.annotation = annotation
        quote = annotation.quote.split("\n")[0] if annotation.on_pair else annotation.quote
        if len(quote) > QUOTE_CHARACTERS:
            quote = quote[:QUOTE_CHARACTERS].rstrip() + "…"
        shown = QLabel(f"«{quote}»" if quote else "")
        shown.setWordWrap(True)
        shown.setTextFormat(Qt.TextFormat.PlainText)
        self.label = QLineEdit(annotation.label)
        self.label.setMaxLength(200)
        self.note = QPlainTextEdit(annotation.note)
        self.note.setTabChangesFocus(True)
        self.tags = QLineEdit(", ".join(annotation.tags))
        self.tags.setPlaceholderText(translate("NoteDialog", "separated by commas"))
        form = QFormLayout()
        if annotation.kind == "bookmark":
            form.addRow(translate("NoteDialog", "&Label:"), self.label)
        else:
            form.addRow(translate("NoteDialog", "&Note:"), self.note)
        form.addRow(translate("NoteDialog", "&Tags:"), self.tags)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(shown)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 300 if annotation.kind != "bookmark" else 160)

    def reject(self) -> None:
        """Escape or Cancel: typed words are not thrown away unasked."""
        before = {k: getattr(self.annotation, k) for k in self.changes()}
        if self.changes() != before:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                translate("NoteDialog", "Discard what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def changes(self) -> dict:
        """The fields as edited, ready for `Annotator.edit`."""
        tags = tags_from(self.tags.text())
        if self.annotation.kind == "bookmark":
            return {"label": self.label.text().strip(), "tags": tags}
        return {"note": self.note.toPlainText().strip()[:MAX_TEXT], "tags": tags}
