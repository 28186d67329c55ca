"""Text typed with the wrong keyboard layout: «ctnm» for «сеть», "нуы" for "yes"."""

_LATIN = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./" + '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?'
_CYRILLIC = "ёйцукенгшщзхъфывапролджэячсмитьбю." + "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"
_TO_CYRILLIC = str.maketrans(_LATIN, _CYRILLIC)
_TO_LATIN = str.maketrans(_CYRILLIC, _LATIN)


def switch_layout(text: str) -> str | None:
    """The same keys read in the other layout, or None when `text` has no
    letters that a switch would change. The query syntax survives: spaces,
    quotes, '*', '-' and '~' are the same keys in both layouts or are left
    alone."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
    if cyrillic * 2 > len(letters):
        return text.translate(_TO_LATIN)
    protected = {'"': '"', "*": "*", "~": "~", "-": "-"}
    return "".join(protected.get(c) or c.translate(_TO_CYRILLIC) for c in text)
