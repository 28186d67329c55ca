"""WCAG 2 contrast, computed here independently of the theme code it checks."""

from PySide6.QtGui import QColor

AA = 4.5  # text
NON_TEXT = 3.0  # icons and other marks that are not text


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x: sRGB channels linearised, weighted."""

    def linear(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def ratio(text: QColor, background: QColor) -> float:
    if text.alpha() < 255:  # what the eye sees: the text laid over its background
        a = text.alphaF()
        text = QColor(
            *(
                round(t * a + b * (1 - a))
                for t, b in zip(text.getRgb()[:3], background.getRgb()[:3], strict=True)
            )
        )
    high, low = sorted((relative_luminance(text), relative_luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
