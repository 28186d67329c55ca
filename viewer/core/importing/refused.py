"""Why an imported file was refused: one exception carrying one message."""

from functools import partial

from viewer.core.messages import Message, message

refusal = partial(message, "Import")


class ImportRefused(Exception):
    """The file cannot be imported; `reason` says why, in the reader's words."""

    def __init__(self, reason: Message):
        super().__init__(str(reason))
        self.reason = reason
