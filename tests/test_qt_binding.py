"""Guards against a Qt binding that would crash the app over time.

PySide6 6.12.0 releases a reference to None on every call of a method that
returns nothing; Python 3.11 then frees None after some 10^5 such calls and
aborts. pyproject.toml excludes that release; this test fails if such a
binding comes back."""

import sys

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    document = QTextDocument()
    document.setPlainText("paragraph " * 20)
    cursor = QTextCursor(document)
    char_format = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        cursor.setPosition(3)
        char_format.setFontWeight(700)
    assert sys.getrefcount(None) - before > -100
