"""The parallel text for screen readers: a table of rows and cells.

Qt shows the reader's text to assistive technology as one long label (its
text runs every row together), which keeps caret reading but says nothing
of rows or languages. Under that label, the view's viewport is given a
table: a row per block pair shown, named by its paragraph number, and in it
a cell per column, named by its language and status, then its text. The
rows come from the document, not from the rows laid out so far, so a
screen reader sees the whole document at once.

The interfaces are Python objects Qt keeps pointers to: each is created
once, kept by the table, and removed from Qt's cache before Python lets go
of it, when the document shown changes or the viewport goes.
"""

from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleTableModelChangeEvent
from PySide6.QtWidgets import QAccessibleWidget

from viewer.core.labels import language_name, status_name

translate = QCoreApplication.translate

_installed = False


def install() -> None:
    """Let Qt ask this module for the interface of a reader's viewport."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def rows_changed(view) -> None:
    """Tell assistive technology, if any listens, that the rows are new."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleTableModelChangeEvent(
                view.viewport(), QAccessibleTableModelChangeEvent.ModelChangeType.ModelReset
            )
        )


def _factory(class_name: str, widget) -> QAccessibleInterface | None:
    view = widget.parent() if class_name == "QWidget" else None
    if view is not None and getattr(view, "accessible_rows", False) and view.viewport() is widget:
        return RowsTable(view)
    return None


class _Part(QAccessibleInterface):
    """What rows and cells share: no object of their own, a parent, no
    relations or focus."""

    def __init__(self, parent: QAccessibleInterface):
        super().__init__()
        self._parent = parent

    def isValid(self) -> bool:
        return True

    def object(self):
        return None

    def window(self):
        return self._parent.window()

    def parent(self) -> QAccessibleInterface:
        return self._parent

    def relations(self, _match=None):
        return []

    def focusChild(self):
        return None

    def childAt(self, _x: int, _y: int):
        return None

    def setText(self, _kind, _text: str) -> None:
        pass

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        return state


class Cell(_Part):
    """One language's version of a block: named by language and status, its
    value the text."""

    def __init__(self, row: "Row", lang: str):
        super().__init__(row)
        self.row = row
        self.lang = lang

    def child(self, _index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child) -> int:
        return -1

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Cell

    def version(self) -> str:
        status = self.row.table.view.current.meta.status.get(self.lang)
        return translate("ReaderAccess", "{language}, {status}").format(
            language=language_name(self.lang), status=status_name(status)
        )

    def text(self, kind: QAccessible.Text) -> str:
        plain = self.row.pair.text(self.lang).plain
        if kind == QAccessible.Text.Name:  # what a screen reader says first
            return f"{self.version()}: {plain}"
        if kind == QAccessible.Text.Value:
            return plain
        if kind == QAccessible.Text.Description:
            return self.version()
        return ""

    def rect(self) -> QRect:
        return self.row.table.cell_rect(self.row.index, self.lang)


class Row(_Part):
    """One block pair: named by its paragraph number."""

    def __init__(self, table: "RowsTable", index: int):
        super().__init__(table)
        self.table = table
        self.index = index
        self.pair = table.view.rows[index]
        self.cells = [Cell(self, lang) for lang in table.view.look.langs]

    def child(self, index: int):
        return self.cells[index] if 0 <= index < len(self.cells) else None

    def childCount(self) -> int:
        return len(self.cells)

    def indexOfChild(self, child) -> int:
        return next((i for i, cell in enumerate(self.cells) if cell is child), -1)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Row

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return translate("ReaderAccess", "Paragraph {n}").format(n=self.pair.paragraph)
        return ""

    def rect(self) -> QRect:
        rects = [cell.rect() for cell in self.cells]
        united = QRect()
        for rect in rects:
            united = united.united(rect)
        return united


class RowsTable(QAccessibleWidget):
    """The view's viewport as a table of the rows shown."""

    def __init__(self, view):
        super().__init__(view.viewport(), QAccessible.Role.Table)
        self.view = view
        self._rows: dict[int, Row] = {}
        self._of = None  # the list of rows the cached interfaces belong to
        view.viewport().destroyed.connect(lambda _o=None, rows=self._rows: _forget_rows(rows))

    def _fresh(self) -> dict[int, Row]:
        if self._of is not self.view.rows:
            _forget_rows(self._rows)
            self._of = self.view.rows
        return self._rows

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return translate("ReaderAccess", "Parallel text by paragraph")
        return super().text(kind)

    def childCount(self) -> int:
        return len(self.view.rows) if self.view.current is not None else 0

    def child(self, index: int):
        if not 0 <= index < self.childCount():
            return None
        rows = self._fresh()
        if index not in rows:
            rows[index] = Row(self, index)
        return rows[index]

    def indexOfChild(self, child) -> int:
        return child.index if isinstance(child, Row) and child.table is self else -1

    def childAt(self, x: int, y: int):
        span = self.view.span_at(self.view.viewport().mapFromGlobal(QPoint(x, y)))
        if span is None:
            return None
        row = self.child(self.view.row_of(span.paragraph))
        return row.cells[self.view.look.langs.index(span.lang)]

    def cell_rect(self, row: int, lang: str) -> QRect:
        """Where a cell's first line is on the screen; empty while its row
        is not laid out."""
        line = self.view.line_rect(self.view.rows[row].paragraph, lang)
        if line is None:
            return QRect()
        return QRect(self.view.viewport().mapToGlobal(line.topLeft()), line.size())


def _forget_rows(rows: dict[int, Row]) -> None:
    """Take every row and cell interface out of Qt's cache (which deletes
    it), then let go of it."""
    for row in rows.values():
        for part in (*row.cells, row):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(part))
    rows.clear()
