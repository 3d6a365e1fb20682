"""One canonical form for extracted text, whatever produced it.

PDF and DOCX producers disagree about spaces, dashes, quotes and ligatures; a
matcher should not have to. Mojibake ("Â ", "â€™") from text that was decoded with
the wrong codec is repaired by ftfy rather than by a home-made table, except what ftfy
cannot repair because a byte was lost ("ï¼" of a full-width dash, "Â" of a no-break
space whose second byte became a plain space). Words the PDF split are rejoined: at a
line end ("multi-\ntasking", :func:`~resumematch.extract.quality.repair_hyphenation`)
and a single letter split off ("p resentation", "m ulti-tasker") when the rest is no
English word and the whole one is. A ligature the PDF's font maps to no letter shows as a
placeholder ("sta*", "MS-o*ce", "e*ective"); it is read as the ff, fi, fl, ffi or ffl that
makes the only English word of it.
"""

from __future__ import annotations

import re
import unicodedata

from .quality import repair_hyphenation

__all__ = ["normalize_text"]

_SPACE_LIKE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]+")
_ZERO_WIDTH = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\x00]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_TRAILING_SPACE = re.compile(r"[ ]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""The ASCII control characters ftfy deletes (tab, line feed, form feed and carriage return stay)."""
_TYPOGRAPHY = "–—‐‑‘’“”•…●○◦▪■□►➢✓★→"
_FTFY_MAY_CHANGE = re.compile(
    r"&#?[0-9A-Za-z]|[<\x1b\x80-\x9f\u00c2\u00c3\u2028\u2029\u206a-\u206f\ud800-\udfff\ufeff\ufff9-\ufffc]|[^\x00-\x7f]{2}"
)
"""A line ftfy may change: it holds a mojibake marker. Mojibake is two or more non-ASCII
characters in a row (one UTF-8 character read as single bytes, each 0x80 or above), or a
byte left alone: a C1 control, or "Â"/"Ã" whose second byte became a space. The other
characters ftfy changes when alone (tested, every code point): line and paragraph
separators, deprecated format characters, surrogates, the byte-order mark and the
interlinear annotation marks. And an HTML entity ("&" then a letter, a digit or "#";
"<" stops its unescaping for the rest of the text), or a terminal escape. A lone "é", "°" or "½" is none of these:
ligatures and wide forms are NFKC's, which follows anyway."""
_FTFY_MAY_CHANGE_BEFORE = re.compile(rf"[&<\x1b]|[^\x00-\x7f{_TYPOGRAPHY}]|[^\x00-\x7f]{{2}}")
"""The test before (any non-ASCII character but dashes, quotes and bullets): what the
tests compare :data:`_FTFY_MAY_CHANGE` with."""
_CP1252_HIGH = "".join(
    bytes([b]).decode("cp1252") for b in range(0x80, 0xC0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
)
_LOST_FULLWIDTH = re.compile(f"\u00ef\u00bc(?![{re.escape(_CP1252_HIGH)}])[\u0080-\u009f\u200b-\u200d]?")
"""A UTF-8 full-width form (EF BC xx: "－", "：") read as cp1252 whose third byte was lost
(0x8D, 0x8F, 0x90 and 0x9D have no cp1252 character; a PDF drops them): "Company Name ï¼ City".
ftfy cannot repair two bytes of three, and NFKC then made "ï1⁄4" of it. Templates use the
full-width hyphen there; a hyphen separates as well as any of the lost characters."""
_LONE_A_CIRCUMFLEX = re.compile(r"\u00c2(?:(?<=\s\u00c2) +|(?=\s|$))")
""""Â" left of a no-break space (UTF-8 C2 A0 read as cp1252) whose second byte became a
plain space or a line break: "1,000Â confident", ". Â A leader". ftfy repairs "Â" only
before a real no-break space. "Â" comes first in the pattern (then the look behind at the
space before it), so the regex engine searches for it instead of trying every position."""
_SPLIT_LETTER = re.compile(r"\b([A-Za-z])(?<![\w'&/.-][A-Za-z]) ([a-z]{2,})(?=[\s,.;:)-]|$)")
"""A single letter the PDF split off the rest of its word: "p resentation", "m ulti-tasker".
The letter follows no word character nor any of ``'&/.-``; written as a word boundary then a look behind
past the letter, which the regex engine tests at half the cost of a look behind first."""
_PLACEHOLDERS = "*?\ufffd\ue000-\uf8ff"
_PLACEHOLDER = re.compile(f"[{_PLACEHOLDERS}]")
"""Where a ligature glyph the font maps to no character shows ("sta*", "o*ce") when it
follows a word's first letters; at a word's start "*" is a bullet."""
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LIGATURES = ("ff", "fi", "fl", "ffi", "ffl")
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
        if "\u00ef\u00bc" in text:
            text = _LOST_FULLWIDTH.sub("-", text)
        if "\u00c2" in text:
            text = _LONE_A_CIRCUMFLEX.sub("", text)
        text = _repair_mojibake(text)
        text = unicodedata.normalize("NFKC", text)
        text = _ZERO_WIDTH.sub("", text)
        text = _SPACE_LIKE.sub(" ", text)
        text = _DASHES.sub("-", text)
        text = text.translate(_QUOTES)
    if " \n" in text:
        text = _TRAILING_SPACE.sub("\n", text)
    text = repair_hyphenation(text)  # PDF pages had it already; DOCX and text files too
    text = _repair_ligatures(text)
    text = _SPLIT_LETTER.sub(_join_split_letter, text)
    return _MANY_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text


def _repair_mojibake(text: str, *, may_change: re.Pattern[str] = _FTFY_MAY_CHANGE) -> str:
    """ftfy on the lines it may change (:data:`_FTFY_MAY_CHANGE`); the others have no mojibake.

    ftfy repairs a text line by line (each line is an independent segment), so handing
    it only those lines, joined, gives its answer for them and skips its per-line work
    on the others: most lines of a resume, and most of normalising's cost. Should a
    repair add or remove a line break
    (a line separator, an HTML entity such as "&#10;"), the whole text is repaired in
    one piece instead.
    """
    lines = text.split("\n")
    rows = []
    for i, line in enumerate(lines):
        if may_change.search(line):
            rows.append(i)
        elif not line.isprintable():
            lines[i] = _ASCII_CONTROLS.sub("", line)  # as ftfy would
    if not rows:
        return "\n".join(lines)
    import ftfy  # imported on first use: text without a marker never needs it

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


def _join_split_letter(match: re.Match[str]) -> str:
    """ "p resentation" → "presentation" when the rest is no word and the whole one is."""
    letter, rest = match.group(1), match.group(2)
    words = _known_words()
    head = rest.split("-", 1)[0]
    if head in words or (letter.lower() + head) not in words:
        return match.group(0)
    return letter + rest


def _repair_ligatures(text: str) -> str:
    """ "sta*" → "staff", "o*ce" → "office": a placeholder after a word's first letters becomes
    the one ligature that makes an English word of a word that is none without it ("Why?"
    stays). Walks from each placeholder, so a text without one costs a single scan."""
    pieces: list[str] = []
    done = 0
    for match in _PLACEHOLDER.finditer(text):
        at = match.start()
        if at < done or not at or text[at - 1] not in _ASCII_LETTERS:
            continue
        start, end = at - 1, at + 1
        while start and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        while end < len(text) and text[end] in _ASCII_LETTERS:
            end += 1
        if end < len(text) and _PLACEHOLDER.match(text, end):
            continue  # two placeholders in a row: no single ligature
        word = _ligature_word(text[start:at], text[at + 1 : end])
        if word is not None:
            pieces += [text[done:start], word]
            done = end
    return "".join([*pieces, text[done:]]) if pieces else text


def _ligature_word(before: str, after: str) -> str | None:
    """``before`` + ligature + ``after`` when exactly one ligature makes an English word of a
    word that is none without one."""
    words = _known_words()
    if (before + after).lower() in words:
        return None
    found = [lig for lig in _LIGATURES if (before + lig + after).lower() in words]
    if len(found) != 1:
        return None
    shout = (before + after).isupper() and len(before + after) > 1
    return before + (found[0].upper() if shout else found[0]) + after


def _known_words() -> frozenset[str]:
    from ..english import known_words  # the matcher loads the same list; imported on first use

    return known_words()
