"""One run of Diptych: its user folders, settings, corpus and interface
language, held in one object and passed explicitly to whatever needs them
(the window, the search worker, the command line, a child process)."""

import functools
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from viewer.core.annotations.store import AnnotationStore
from viewer.core.i18n import install_translators, resolve_language
from viewer.core.library import OWN_FOLDER, Library
from viewer.core.messages import Message, message
from viewer.core.model import Corpus
from viewer.core.paths import UserDirs, default_corpus_dir, user_dirs
from viewer.core.settings import Settings


class AppContext:
    """Opened once per run; `notices` says what the reader should hear about
    the opening (a folder that cannot be made, damaged settings)."""

    def __init__(self, data_dir: Path | None = None, corpus_dir: Path | None = None):
        self.data_dir = data_dir
        self.corpus_dir = Path(corpus_dir or default_corpus_dir())
        self.dirs: UserDirs = user_dirs(data_dir)
        self.notices: list[Message] = []
        try:
            self.dirs.create()
        except OSError as error:
            self.notices.append(
                message(
                    "App",
                    QT_TRANSLATE_NOOP("App", "Cannot create the folder for your data: {error}"),
                    error=error.strerror or str(error),
                )
            )
        self.settings = Settings(self.dirs.config)
        if self.settings.message is not None:
            self.notices.append(self.settings.message)
        self.library = Library(self.corpus_dir, self.dirs.data / OWN_FOLDER, self.dirs.cache)
        self.library.sweep()
        self.notices += self.library.notes
        self.language = resolve_language(self.settings["ui/language"])
        self._translators: list[QTranslator] = []

    @property
    def corpus(self) -> Corpus:
        """The library as one corpus: it changes when the reader imports or
        removes a document (`library.listeners` hear of it)."""
        return self.library.corpus

    @functools.cached_property
    def annotations(self) -> AnnotationStore:
        """The reader's annotations, opened on first use (what the opening
        found, a damaged file restored, say, joins `notices`)."""
        store = AnnotationStore(self.dirs.data)
        self.notices += store.notices
        return store

    def use_language(self, app: QCoreApplication, choice: str | None = None) -> str:
        """Install the catalogues of `choice` ("ru", "en" or "system"; the
        settings' choice by default) in place of the ones installed before."""
        self.language = resolve_language(choice or self.settings["ui/language"])
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = install_translators(app, self.language)
        return self.language

    def child_options(self) -> list[str]:
        """The command-line options that make a child `diptych` process use
        this run's folders and corpus."""
        options = ["--corpus", str(self.corpus_dir)]
        if self.data_dir is not None:
            options = ["--data-dir", str(self.data_dir), *options]
        return options
