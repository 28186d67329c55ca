"""The details of an imported document as the reader confirms or corrects
them: its id, title, date, place and what each language's text is; and the
dialog that edits them after the import."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.core.importing import ImportRefused
from viewer.core.importing.save import Details, update_details
from viewer.core.labels import language_name, status_name
from viewer.core.library import Library
from viewer.core.model import LANGS, STATUSES, Bilingual, Document

translate = QCoreApplication.translate


class DetailsForm(QWidget):
    def __init__(self, details: Details, id_editable: bool = True, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.id = QLineEdit(details.id)
        self.id.setEnabled(id_editable)  # an imported document keeps its id
        self.id.setToolTip(
            translate("DetailsForm", "Lower-case letters and digits, joined by hyphens")
        )
        self.title = {lang: QLineEdit(details.title.get(lang)) for lang in LANGS}
        self.place = {
            lang: QLineEdit(details.place.get(lang) if details.place else "") for lang in LANGS
        }
        self.date = QLineEdit(details.date or "")
        self.date.setPlaceholderText(translate("DetailsForm", "YYYY-MM-DD"))
        self.date.setToolTip(translate("DetailsForm", "YYYY-MM-DD, or YYYY-MM, or YYYY"))
        self.status = {}
        for lang in LANGS:
            combo = QComboBox()
            combo.addItem(translate("DetailsForm", "Choose…"), "")
            for status in STATUSES:
                combo.addItem(status_name(status), status)
            combo.setCurrentIndex(max(0, combo.findData(details.status.get(lang))))
            combo.setAccessibleName(
                translate("DetailsForm", "Status of the {language} text").format(
                    language=language_name(lang)
                )
            )
            self.status[lang] = combo
        labels = {
            "ru": (
                translate("DetailsForm", "Title (&Russian):"),
                translate("DetailsForm", "Place (Russian):"),
            ),
            "en": (
                translate("DetailsForm", "Title (&English):"),
                translate("DetailsForm", "Place (English):"),
            ),
        }
        for lang in LANGS:
            form.addRow(labels[lang][0], self.title[lang])
        places = QHBoxLayout()
        for lang in LANGS:
            self.place[lang].setPlaceholderText(labels[lang][1].rstrip(":"))
            self.place[lang].setAccessibleName(labels[lang][1].rstrip(":"))
            places.addWidget(self.place[lang])
        form.addRow(translate("DetailsForm", "&Date:"), self.date)
        form.addRow(_label(translate("DetailsForm", "&Place:"), self.place["ru"]), places)
        statuses = QHBoxLayout()
        for lang in LANGS:
            statuses.addWidget(QLabel(language_name(lang)))
            statuses.addWidget(self.status[lang], 1)
        form.addRow(_label(translate("DetailsForm", "&Status:"), self.status["ru"]), statuses)
        form.addRow(translate("DetailsForm", "&Id:"), self.id)
        for edit in (*self.title.values(), *self.place.values()):
            edit.setCursorPosition(0)  # a long title is read from its start

    def details(self) -> Details:
        place = Bilingual(*(self.place[lang].text().strip() for lang in LANGS))
        return Details(
            self.id.text().strip(),
            Bilingual(*(self.title[lang].text().strip() for lang in LANGS)),
            Bilingual(*(self.status[lang].currentData() for lang in LANGS)),
            self.date.text().strip() or None,
            place if place.ru or place.en else None,
        )


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def details_of(document: Document) -> Details:
    meta = document.meta
    return Details(
        meta.id, meta.title, meta.status, meta.date.iso if meta.date else None, meta.place
    )


class DetailsDialog(QDialog):
    """Edits the details of an imported document; saved on OK."""

    def __init__(self, library: Library, document: Document, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("DetailsForm", "Document Details"))
        self.library = library
        self.document = document
        self.form = DetailsForm(details_of(document), id_editable=False)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        try:
            update_details(self.document, self.form.details())
        except ImportRefused as refused:
            self.problem.setText(refused.reason.text())
            self.problem.show()
            return
        except OSError as error:
            self.problem.setText(
                translate("DetailsForm", "The details could not be saved: {error}").format(
                    error=error.strerror or str(error)
                )
            )
            self.problem.show()
            return
        super().accept()
        self.library.reload()
