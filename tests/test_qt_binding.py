"""Guards against a Qt binding that would crash the app over time.

PySide6 6.12.0 releases a reference to None on every call of a method that
returns nothing; Python 3.11 then frees None after some 10^5 such calls and
aborts. pyproject.toml excludes that release; this test fails if such a
binding comes back. It counts in a process of its own: threads of other
tests free objects too, which moves None's count by thousands."""

import subprocess
import sys

_PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
document = QTextDocument()
document.setPlainText("paragraph " * 20)
cursor = QTextCursor(document)
char_format = QTextCharFormat()
before = sys.getrefcount(None)
for _ in range(1000):
    label.setText("x")
    cursor.setPosition(3)
    char_format.setFontWeight(700)
print(sys.getrefcount(None) - before)
"""


def test_void_calls_keep_none_alive():
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    assert int(result.stdout.split()[-1]) > -100  # the faulty binding loses 3,000
