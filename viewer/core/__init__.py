"""The pure-Python core: corpus model, loading, checking, user data.

Nothing here may import QtWidgets or QtGui (enforced by ruff); QtCore is
allowed for platform paths and translation lookups.
"""
