"""The pure-Python core: corpus model, loading, checking, user data.

Nothing here may use the GUI modules of Qt (ruff's banned-api rule, set in
pyproject.toml); QtCore is allowed for platform paths and translations.
"""
