"""Text hygiene for short typed text (names, addresses, notes): invisible format characters out.

Unicode's format characters (category Cf: bidi overrides such as U+202E, isolates, zero-width
spaces, the BOM, soft hyphens) are invisible and can reorder how a page shows a name. They are
dropped, except ZERO WIDTH JOINER / NON-JOINER between two letters of a script that needs them
(emoji sequences, Arabic, Indic scripts): there they change how the word is written, not the order.
"""

from __future__ import annotations

import unicodedata

JOINERS = {"\u200c", "\u200d"}


def _joins(before: str, after: str) -> bool:
    """A joiner is kept between two non-ASCII letters, marks or symbols (a ligature, an emoji)."""
    def joinable(ch: str) -> bool:
        return bool(ch) and not ch.isascii() and unicodedata.category(ch)[0] in "LMS"
    return joinable(before) and joinable(after)


def text_clean(value: str) -> str:
    """``value`` without its invisible format characters (see the module's docstring)."""
    if value.isascii():
        return value
    kept: list[str] = []
    for index, ch in enumerate(value):
        if unicodedata.category(ch) != "Cf":
            kept.append(ch)
        elif ch in JOINERS and kept and _joins(kept[-1], value[index + 1:index + 2]):
            kept.append(ch)
    return "".join(kept)
