"""Start the GUI: the application object, fonts, icon, language, the main window."""

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from viewer import APP_NAME, ORG_NAME
from viewer.core.context import AppContext
from viewer.core.loader import DOCUMENT_FILES
from viewer.core.model import Corpus
from viewer.core.paths import resource_dir
from viewer.export.look import load_fonts
from viewer.gui.fonts import apply_ui_font
from viewer.gui.mainwindow import MainWindow
from viewer.gui.style import Style
from viewer.gui.theme import Theme

translate = QCoreApplication.translate

SIGNAL_POLL_MS = 200
DESKTOP_FILE = "diptych"  # packaging/diptych.desktop, installed under this name


class Application(QApplication):
    """The Qt application with what belongs to it alone: its fonts, its
    icon, its style and its theme (which remembers the platform's own
    palette)."""

    def __init__(self, argv: list[str]):
        super().__init__(argv)
        self.setOrganizationName(ORG_NAME)
        self.setApplicationName(APP_NAME)
        # Every window's icon; the desktop file's name (set on X11 as
        # _GTK_APPLICATION_ID and _KDE_NET_WM_DESKTOP_FILE) lets the desktop
        # match the windows to the menu entry and its icon.
        self.setWindowIcon(QIcon(str(icon_path())))
        self.setDesktopFileName(DESKTOP_FILE)
        self.setStyle(Style())  # the same look everywhere, and a dark palette that works
        load_fonts()
        apply_ui_font(self)
        self.theme = Theme(self)


def icon_path() -> Path:
    return resource_dir() / "icons" / "diptych.svg"


def create_app(argv: list[str] | None = None) -> Application:
    return QApplication.instance() or Application(argv or [sys.argv[0]])


def corpus_warning(corpus: Corpus) -> str:
    """The corpus's errors, saying which documents they leave out: many
    (raw HTML, a link) leave the document shown, as text."""
    shown = "\n".join(p.text() for p in corpus.errors[:10])
    text = translate("App", "Some corpus files have problems:\n{list}").format(list=shown)
    loaded = {document.path for document in corpus.documents}
    left_out = sorted(
        {
            p.path.parent.name
            for p in corpus.errors
            if p.path.name in DOCUMENT_FILES and p.path.parent not in loaded
        }
    )
    if left_out:
        text += "\n\n" + translate("App", "Left out: {documents}").format(
            documents=", ".join(left_out)
        )
    return text


def create_window(app: Application, data_dir: Path | None, corpus_dir: Path | None) -> MainWindow:
    """Open this run's context (folders, settings, corpus) and its window."""
    context = AppContext(data_dir, corpus_dir)
    app.theme.apply(context.settings["ui/theme"])
    window = open_window(app, context)
    messages = [notice.text() for notice in context.notices]
    if context.corpus.errors:
        messages.append(corpus_warning(context.corpus))
    if messages:
        warning = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, "\n\n".join(messages), parent=window
        )
        # Window-modal, without a nested event loop: the text stays readable
        # behind it and the window is never blocked for good.
        QTimer.singleShot(0, warning.open)
    return window


def open_window(app: Application, context: AppContext) -> MainWindow:
    """A main window in the interface language the settings ask for; a
    language change builds the next one, at the same place."""
    context.use_language(app)
    window = MainWindow(context, app.theme)

    def relaunch() -> None:
        window.save_state()
        successor = open_window(app, context)
        if not window.windowState() & (
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        ):
            # Exactly where the reader had it: restoring the saved geometry
            # counts a window manager's frame, and without one moves it down.
            successor.setGeometry(window.geometry())
        successor.search.restore(window.search.state())
        if (panel := window.built_annotations_panel()) is not None:
            successor.annotations_panel.restore(panel.state())
        if (glossary := window.built_glossary_panel()) is not None:
            successor.glossary_panel.restore(glossary.state())
        successor.show()
        window.close()

    window.relaunch = relaunch
    return window


def close_on_signals(app: QApplication) -> None:
    """SIGTERM (a session logging out) and SIGINT (Ctrl+C in a terminal)
    close the windows as the user would, so that the settings are saved."""

    def close(_signum, _frame) -> None:
        app.closeAllWindows()
        app.quit()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, close)
    # Python runs a signal handler only between bytecodes, never while Qt's
    # loop waits in C++: a timer gives it a moment a few times a second.
    app._signal_timer = QTimer(app)
    app._signal_timer.timeout.connect(lambda: None)
    app._signal_timer.start(SIGNAL_POLL_MS)


class _QuitAfterPaint(QObject):
    """Says when the text is first painted, then closes the window as the
    user would: what a start-up benchmark times from outside the process."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("painted", flush=True)
            QTimer.singleShot(0, self.window.close)
        return False


def run(
    data_dir: Path | None = None, corpus_dir: Path | None = None, quit_after_paint: bool = False
) -> int:
    app = create_app()
    window = create_window(app, data_dir, corpus_dir)
    close_on_signals(app)
    if quit_after_paint:
        window.view.viewport().installEventFilter(_QuitAfterPaint(window))
    window.show()
    return app.exec()
