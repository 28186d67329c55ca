"""Windows, widgets and dialogs; reads the corpus only through viewer.core."""
