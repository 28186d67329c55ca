"""Settings are written shortly after they change, not only on quit, so a
crash or a killed session loses no preference."""

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from viewer.core.settings import Settings

translate = QCoreApplication.translate

DELAY_MS = 400  # a burst of changes (zoom key held down) is one write


class SettingsSaver(QObject):
    failed = Signal(str)  # why the settings could not be written

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        settings.on_change = self.timer.start

    def save_now(self) -> bool:
        """Write the settings now; False, after `failed`, if they could not be."""
        self.timer.stop()
        try:
            self.settings.save()
        except OSError as error:
            self.failed.emit(
                translate("MainWindow", "Your settings could not be saved: {error}").format(
                    error=error.strerror or error
                )
            )
            return False
        return True
