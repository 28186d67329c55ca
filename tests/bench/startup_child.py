"""One start-up, measured by `tests.bench`: prints `painted <maxrss_kb>` when
the first paint of the text area happens, then quits.

    startup_child.py diptych DATA_DIR
    startup_child.py baseline HTML_FILE
"""

import os
import sys

from PySide6.QtCore import QEvent, QObject

from tests.bench.memory import peak_rss_kb


class _FirstPaint(QObject):
    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.Paint:
            kb = peak_rss_kb()
            print(f"painted {kb}", flush=True)
            os._exit(0)  # measured: skip tearing down the app and its threads
        return False


def diptych(data_dir: str) -> None:
    from pathlib import Path

    from viewer.gui.app import create_app, create_window

    app = create_app()
    window = create_window(app, Path(data_dir), None)
    watch(app, window, window.view.viewport())


def baseline(html_file: str) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    browser = QTextBrowser()
    with open(html_file, encoding="utf-8") as handle:
        browser.setHtml(handle.read())
    window.setCentralWidget(browser)
    watch(app, window, browser.viewport())


def watch(app, window, viewport) -> None:
    spy = _FirstPaint()
    viewport.installEventFilter(spy)
    window.resize(1200, 800)
    window.show()
    app.exec()


if __name__ == "__main__":
    {"diptych": diptych, "baseline": baseline}[sys.argv[1]](sys.argv[2])
