"""Start the GUI: the application object, fonts, language, the main window."""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from viewer import APP_NAME, ORG_NAME
from viewer.core.corpus_cache import load_corpus_cached
from viewer.core.i18n import install_translators, resolve_language
from viewer.core.paths import default_corpus_dir, user_dirs
from viewer.core.settings import Settings
from viewer.gui.fonts import apply_ui_font, load_fonts
from viewer.gui.mainwindow import MainWindow
from viewer.gui.theme import apply_theme

translate = QCoreApplication.translate


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    if app.style().name() != "fusion":  # the same look, and a dark palette that works
        app.setStyle("Fusion")
    load_fonts()
    apply_ui_font(app)
    return app


_translators: list = []


def use_language(app: QApplication, language: str) -> None:
    """Replace the installed catalogues with those of `language`."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators[:] = install_translators(app, language)


def create_window(app: QApplication, data_dir: Path | None, corpus_dir: Path | None) -> MainWindow:
    dirs = user_dirs(data_dir)
    messages = []
    try:
        dirs.create()
    except OSError as error:
        messages.append(
            translate("App", "Cannot create the folder for your data: {error}").format(error=error)
        )
    settings = Settings(dirs.config)
    if settings.message:
        messages.append(settings.message.text())
    apply_theme(app, settings["ui/theme"])
    corpus = load_corpus_cached(corpus_dir or default_corpus_dir(), dirs.cache)
    window = _window(app, corpus, settings, dirs.cache)
    if corpus.errors:
        shown = "\n".join(p.text() for p in corpus.errors[:10])
        messages.append(
            translate(
                "App",
                "Some corpus files have problems; the documents affected are left out:\n{list}",
            ).format(list=shown)
        )
    if messages:
        warning = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, "\n\n".join(messages), parent=window
        )
        # Window-modal, without a nested event loop: the text stays readable
        # behind it and the window is never blocked for good.
        QTimer.singleShot(0, warning.open)
    return window


def _window(app: QApplication, corpus, settings: Settings, cache_dir: Path) -> MainWindow:
    """A main window in the interface language the settings ask for; a
    language change builds the next one, at the same place."""
    language = resolve_language(settings["ui/language"])
    use_language(app, language)
    window = MainWindow(corpus, settings, language, cache_dir)

    def relaunch() -> None:
        window.save_state()
        successor = _window(app, corpus, settings, cache_dir)
        successor.show()
        window.close()

    window.relaunch = relaunch
    QTimer.singleShot(500, window.search.prepare)
    return window


def run(data_dir: Path | None = None, corpus_dir: Path | None = None) -> int:
    app = create_app()
    window = create_window(app, data_dir, corpus_dir)
    window.show()
    return app.exec()
