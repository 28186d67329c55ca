"""The interface language: which one, and its Qt translators."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from viewer.core.paths import resource_dir

UI_LANGUAGES = ("ru", "en")


def i18n_dir() -> Path:
    return resource_dir() / "i18n"


def resolve_language(choice: str) -> str:
    """`choice` is "ru", "en" or "system"; the system's language counts only
    when we have it, otherwise English."""
    if choice in UI_LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's own for `language`; return them so the
    caller keeps them alive (and can remove them to switch language)."""
    installed = []
    candidates = (
        (f"diptych_{language}", str(i18n_dir())),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
