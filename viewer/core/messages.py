"""What the app says to the reader, kept as data until it is shown.

A message is its Qt context, its English source text (Qt's key for the
translation) and the values of its {fields}. Core builds messages; the CLI
and the window translate them when they show them, in the interface
language of that moment, so a corpus loaded (or cached) before the
catalogues were installed still speaks the reader's language. Source texts
are written as QT_TRANSLATE_NOOP("Context", "...") so that lupdate finds
them.
"""

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication


class Message(NamedTuple):
    context: str
    source: str  # English, with {named} fields
    args: tuple[tuple[str, object], ...] = ()

    def text(self) -> str:
        """The message in the interface language installed now."""
        return self._format(QCoreApplication.translate(self.context, self.source), translated=True)

    def __str__(self) -> str:
        return self._format(self.source, translated=False)

    def _format(self, template: str, translated: bool) -> str:
        values = {
            key: (value.text() if translated else str(value))
            if isinstance(value, Message)
            else value
            for key, value in self.args
        }
        return template.format(**values)


def message(context: str, source: str, **args) -> Message:
    """A message in `context` whose fields take `args` (plain values, or
    messages of their own, translated with it)."""
    return Message(context, source, tuple(args.items()))
