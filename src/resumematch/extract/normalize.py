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
_TYPOGRAPHY = "–—‐‑‘’“”•…●○◦▪■□►➢✓★→"
_FTFY_MAY_CHANGE = re.compile(rf"[&<\x1b]|[^\x00-\x7f{_TYPOGRAPHY}]|[^\x00-\x7f]{{2}}")
"""A line ftfy may change: an HTML entity ("&", and "<", after which it unescapes no more),
a terminal escape, or a non-ASCII character other than the dashes, quotes and bullets
every resume has, or two non-ASCII characters side by side. Mojibake is two or more
non-ASCII characters in a row (one UTF-8 character read as single bytes, each 0x80 or
above), or a lone Latin-1 letter such as "Â" whose second byte became a space; each of
ftfy's "badness" patterns needs one of those, or a C1 control character, and none of
them is among these. Ligatures and wide forms are NFKC's, which follows anyway."""
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
    """ftfy on the lines it may change (:data:`_FTFY_MAY_CHANGE`); the others have no mojibake.

    ftfy repairs a text line by line (each line is an independent segment), so handing
    it only those lines, joined, gives its answer for them and skips its per-line work
    on the others: most lines of a resume, and most of normalising's cost. Should a
    repair add or remove a line break
    (a line separator, an HTML entity such as "&#10;"), the whole text is repaired in
    one piece instead.
    """
    import ftfy  # imported on first use: ASCII-only text never needs it

    lines = text.split("\n")
    rows = []
    for i, line in enumerate(lines):
        if _FTFY_MAY_CHANGE.search(line):
            rows.append(i)
        elif not line.isprintable():
            lines[i] = _ASCII_CONTROLS.sub("", line)  # as ftfy would
    if not rows:
        return "\n".join(lines)
    # Each line as ftfy would see it in the whole text: with its line break, but the last.
    ends_text = rows[-1] == len(lines) - 1
    selected = "\n".join(lines[i] for i in rows) + ("" if ends_text else "\n")
    repaired = ftfy.fix_text(selected, normalization="NFKC", uncurl_quotes=False).split("\n")
    if not ends_text and repaired[-1] == "":
        repaired.pop()
    if len(repaired) != len(rows):
        return ftfy.fix_text(text, normalization="NFKC", uncurl_quotes=False)
    for i, line in zip(rows, repaired, strict=True):
        lines[i] = line
    return "\n".join(lines)
