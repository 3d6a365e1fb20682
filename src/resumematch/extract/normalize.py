"""One canonical form for extracted text, whatever produced it.

PDF and DOCX producers disagree about spaces, dashes, quotes and ligatures; a
matcher should not have to. Mojibake ("Â ", "â€™") from text that was decoded with
the wrong codec is repaired by ftfy rather than by a home-made table.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_text"]

_SPACE_LIKE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]+")
_ZERO_WIDTH = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\x00]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_TRAILING_SPACE = re.compile(r"[ ]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"'})


def normalize_text(text: str) -> str:
    """NFKC, repaired mojibake, plain spaces, ASCII dashes and quotes, ``\\n`` line ends.

    Bullets and other symbols are kept: they mark list items, which job analysis
    reads as requirement statements.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():
        # ASCII (the common case) has nothing to repair, no dashes or quotes to map, and of
        # the zero-width and space-like characters only NUL, tab, form feed and vertical
        # tab: each pass runs only when its characters are there.
        if "\x00" in text:
            text = text.replace("\x00", "")
        if "\t" in text or "\f" in text or "\v" in text:
            text = _SPACE_LIKE.sub(" ", text)
    else:
        import ftfy  # imported on first use: ASCII-only text never needs it

        text = ftfy.fix_text(text, normalization="NFKC", uncurl_quotes=False)
        text = unicodedata.normalize("NFKC", text)
        text = _ZERO_WIDTH.sub("", text)
        text = _SPACE_LIKE.sub(" ", text)
        text = _DASHES.sub("-", text)
        text = text.translate(_QUOTES)
    if " \n" in text:
        text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text
