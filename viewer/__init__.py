"""Diptych: official Russian and English texts, side by side."""

__version__ = "0.1.0"
APP_NAME = "Diptych"
ORG_NAME = "Diptych"
