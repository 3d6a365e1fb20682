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
_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""The ASCII control characters ftfy deletes (tab, line feed, form feed and carriage return stay)."""
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
        # tab. Other control characters go, as ftfy removes them from non-ASCII text
        # (pypdfium2 writes "\x02" where a word was hyphenated).
        text = _ASCII_CONTROLS.sub("", text)  # first, as ftfy does: "\t\x00\t" is one space
        if "\t" in text or "\f" in text or "\v" in text:
            text = _SPACE_LIKE.sub(" ", text)
    else:
        text = _repair_mojibake(text)
        text = unicodedata.normalize("NFKC", text)
        text = _ZERO_WIDTH.sub("", text)
        text = _SPACE_LIKE.sub(" ", text)
        text = _DASHES.sub("-", text)
        text = text.translate(_QUOTES)
    if " \n" in text:
        text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text


def _repair_mojibake(text: str) -> str:
    """ftfy on the lines that hold a non-ASCII character (or "&", "<", ESC); ASCII lines have no mojibake.

    ftfy repairs a text line by line (each line is an independent segment), so handing
    it only the non-ASCII lines, joined, gives its answer for those lines and skips its
    per-line work on the others: most lines of a resume, and 1.1 of the 1.5 ms that
    normalising a one-page PDF resume cost. Should a repair add or remove a line break
    (a line separator, an HTML entity such as "&#10;"), the whole text is repaired in
    one piece instead.
    """
    import ftfy  # imported on first use: ASCII-only text never needs it

    lines = text.split("\n")
    rows = []
    for i, line in enumerate(lines):
        # ftfy also unescapes HTML entities (only until a "<" is seen) and terminal escapes.
        if not line.isascii() or "&" in line or "<" in line or "\x1b" in line:
            rows.append(i)
        elif not line.isprintable():
            lines[i] = _ASCII_CONTROLS.sub("", line)  # as ftfy would
    repaired = ftfy.fix_text("\n".join(lines[i] for i in rows), normalization="NFKC", uncurl_quotes=False).split("\n")
    if len(repaired) != len(rows):
        return ftfy.fix_text(text, normalization="NFKC", uncurl_quotes=False)
    for i, line in zip(rows, repaired, strict=True):
        lines[i] = line
    return "\n".join(lines)
