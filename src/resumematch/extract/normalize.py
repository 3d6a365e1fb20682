"""One canonical form for extracted text, whatever produced it.

PDF and DOCX producers disagree about spaces, dashes, quotes and ligatures; a
matcher should not have to. Mojibake ("Â ", "â€™") from text that was decoded with
the wrong codec is repaired by ftfy rather than by a home-made table, except what ftfy
cannot repair because a byte was lost ("ï¼" of a full-width dash, "Â" of a no-break
space whose second byte became a plain space). Words the PDF split are rejoined: at a
line end ("multi-\ntasking", :func:`~resumematch.extract.quality.repair_hyphenation`)
and a single letter split off ("p resentation", "m ulti-tasker") when the rest is no
English word and the whole one is; two longer pieces on one line ("compas sionate",
"docu mentation", "Accountin g") when the whole is an English word, at least one piece is
none and neither is a function word ("in formation", "for edge", "of ten" stay). A
ligature the PDF's font maps to no letter shows as a placeholder ("sta*", "MS-o*ce",
"e*ective"); it is read as the ff, fi, fl, ffi or ffl that makes the only English word of it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from itertools import compress
from typing import NamedTuple

from .glued_headings import split_glued_headings
from .letter_noise import repair_letter_noise
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
past the letter, which the regex engine tests at half the cost of a look behind first. The
reference form of :data:`_SPLIT_AFTER_LETTER`, which normalising runs."""
_SPLIT_AFTER_LETTER = re.compile(r" (?<=[A-Za-z] )(?<![\w'&/.-][A-Za-z] )([a-z]{2,})(?=[\s,.;:)-]|$)")
""":data:`_SPLIT_LETTER` matched from the space after the letter: the same places, the letter
tested by two look behinds (a letter; no word character nor ``'&/.-`` before it). A pattern
that opens with a literal space lets the regex engine jump from space to space instead of
trying a word boundary at every character: 55 -> 11 us on strong-fit-rn.txt (docs/performance.md,
thirteenth session, second round)."""
_LOWER_WORD = re.compile(r"[a-z]+")
_LETTERS_ONLY = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
"""A byte table keeping ``a``-``z`` and making every other byte a space (UTF-8 writes every
other character in bytes of 0x80 and above, so no letter is made or lost)."""
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_PLACEHOLDERS = "*?\ufffd\ue000-\uf8ff"
_PLACEHOLDER = re.compile(f"[{_PLACEHOLDERS}]")
"""Where a ligature glyph the font maps to no character shows ("sta*", "o*ce") when it
follows a word's first letters; at a word's start "*" is a bullet."""
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LIGATURES = ("ff", "fi", "fl", "ffi", "ffl")
_GLUED_BULLET = re.compile(
    "[\u2022\u25cf\u25cb\u25e6\u25aa\u25a0\u25a1\u25ba\u27a2\u27a4\u2713\u2605\u2192\ue000-\uf8ff](?=[A-Za-z])"
)
"""A bullet with no space before its item's first word ("\u2022Word", a symbol font's private-use
bullet): a space is put between, so the word is read as a word. After a letter, a private-use
character is a ligature's placeholder (:data:`_PLACEHOLDER`) and stays; the letter is tested in
:func:`_space_bullet`, as a look behind makes the pattern's scan eight times slower."""
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
        if _GLUED_BULLET.search(text):
            text = _GLUED_BULLET.sub(_space_bullet, text)
    if " \n" in text:
        text = _TRAILING_SPACE.sub("\n", text)
    text = repair_letter_noise(text)  # before words are joined: "S K I L L S", "CCaarree"
    text = split_glued_headings(text)  # "Core CompetenciesPatient Care"
    text = repair_hyphenation(text)  # PDF pages had it already; DOCX and text files too
    text = _repair_ligatures(text)
    text = _join_split_letters(text)
    text = _join_split_words(text)
    return _MANY_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text


def _space_bullet(match: re.Match[str]) -> str:
    """ "\u2022Word" → "\u2022 Word"; "sta\uf0b7" (a placeholder after a letter) stays."""
    at = match.start()
    return match.group() if at and match.string[at - 1] in _ASCII_LETTERS else match.group() + " "


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


def _join_split_letters(text: str, *, reference: bool = False) -> str:
    """ "p resentation" → "presentation" when the rest is no word and the whole one is.

    ``reference``: the plain form (:data:`_SPLIT_LETTER`, from the letter), which the fast
    one (:data:`_SPLIT_AFTER_LETTER`, from the space after it) must equal."""
    if reference:
        return _SPLIT_LETTER.sub(_join_split_letter, text)
    return _SPLIT_AFTER_LETTER.sub(_join_after_letter, text)


def _join_split_letter(match: re.Match[str]) -> str:
    """ "p resentation" → "presentation" when the rest is no word and the whole one is."""
    letter, rest = match.group(1), match.group(2)
    return letter + rest if _joins(letter, rest) else match.group(0)


def _join_after_letter(match: re.Match[str]) -> str:
    """ " resentation" after "p" → "resentation" (the space goes) under :func:`_joins`' rule."""
    rest = match.group(1)
    return rest if _joins(match.string[match.start() - 1], rest) else match.group(0)


def _joins(letter: str, rest: str) -> bool:
    """Whether ``rest`` is no word (up to a hyphen) and ``letter`` with it is one."""
    words = _known_words()
    head = rest.split("-", 1)[0]
    return head not in words and (letter.lower() + head) in words


def _join_split_words(text: str, *, reference: bool = False) -> str:
    """ "compas sionate" → "compassionate", "Accountin g" → "Accounting": two pieces on one line
    (one space between) whose whole is an English word, when at least one piece is no English
    word nor function word, neither is a function word and the pair is no phrase of another
    language ("pro forma", ``data/split_words.json``); a single last letter only after
    a piece that is no word ("patient s" is a lost apostrophe). The first piece is lower case
    or capitalised, the second lower case ("Tech Nicians" is a title, not a split; capitals
    "ACCOUNTIN G" are left: abbreviations look the same). A pair of two words ("in formation")
    is never joined: nothing tells it from a split. Only the text's runs that are no word
    (:func:`_odd_pieces`, set operations in C) are looked for, so a text whose runs are all
    words costs one scan and the rest a look at a few places; and of those only the pieces that
    make an English word with the run next to them (:func:`_joinable`), each of which costs a
    search of the whole text. ``reference``: every odd piece searched (the same answer)."""
    lower = _ascii_lower(text)
    runs = _letter_runs(lower)
    odd = _odd_pieces(lower, runs)
    if not odd:
        return text
    words, (function_words, phrases) = _known_words(), _split_word_data()

    def split_word(start: int, space: int, end: int) -> bool:
        """Whether ``text[start:space]`` and ``text[space + 1:end]`` are the pieces of one word:
        letters only, after no word character nor ``'&/.-`` and before a space, ``,.;:)`` or
        the end."""
        whole = lower[start:space] + lower[space + 1 : end]
        if whole not in words or space - start < 2 or end == space + 1 or not whole.isascii():
            return False
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'&/.-"):
            return False
        if end < len(text) and not (text[end].isspace() or text[end] in ",.;:)"):
            return False
        first, second = text[start:space], text[space + 1 : end]
        if not second.islower() or not (first.islower() or first[1:].islower()):
            return False
        head = lower[start:space]
        if head in function_words or second in function_words or lower[start:end] in phrases:
            return False
        return len(second) > 1 or head in odd

    pairs = {}  # the space between two pieces -> where the first starts and the second ends
    for piece in odd if reference else _joinable(runs, odd, words):
        at = lower.find(piece)
        while at != -1:
            end = at + len(piece)
            if (not at or not lower[at - 1].isalpha()) and (end == len(lower) or not lower[end].isalpha()):
                if at > 2 and text[at - 1] == " ":  # the second piece
                    start = at - 1
                    while start and text[start - 1].isalpha():
                        start -= 1
                    if split_word(start, at - 1, end):
                        pairs[at - 1] = (start, end)
                if end < len(text) - 1 and text[end] == " ":  # the first piece
                    stop = end + 1
                    while stop < len(text) and text[stop].isalpha():
                        stop += 1
                    if split_word(at, end, stop):
                        pairs[end] = (at, stop)
            at = lower.find(piece, end)
    if not pairs:
        return text
    pieces: list[str] = []
    done = last_end = 0
    for space in sorted(pairs):
        start, end = pairs[space]
        if start < last_end:
            continue  # "docu men tation": the middle piece joins once
        pieces.append(text[done:space])
        done, last_end = space + 1, end
    return "".join([*pieces, text[done:]])


def _odd_pieces(lower: str, runs: list[str] | None = None) -> frozenset[str]:
    """The letter runs of a lower-cased text (``runs``, when read already) that are neither an
    English word nor a function word: the only possible pieces of a split word. Set operations in C."""
    return frozenset(_letter_runs(lower) if runs is None else runs) - _known_words() - _function_words()


def _joinable(runs: list[str], odd: frozenset[str], words: frozenset[str]) -> set[str]:
    """The pieces of ``odd`` that make an English word with the letter run before or after them.

    Two pieces joined stand one space apart, each a whole run of ``a``-``z`` (their whole is
    an English word, so ASCII letters only): they are neighbours in ``runs``. A piece none of
    whose neighbours makes a word with it needs no search of the text, where each search reads
    the whole text (on the real resumes, a dozen or more pieces in several thousand characters).
    The odd runs are found by ``compress`` over a ``map`` (no Python code per run; their hashes
    are cached since ``odd`` was made), and only their neighbours are read (docs/performance.md,
    thirteenth session, second round)."""
    joinable = set()
    last = len(runs) - 1
    for i in compress(range(len(runs)), map(odd.__contains__, runs)):
        piece = runs[i]
        if (i and runs[i - 1] + piece in words) or (i < last and piece + runs[i + 1] in words):
            joinable.add(piece)
    return joinable


def _letter_runs(text: str, *, reference: bool = False) -> list[str]:
    """The runs of ``a``-``z`` in ``text``, in order: ``_LOWER_WORD.findall(text)`` (the
    ``reference``), read as bytes: every other byte made a space (:data:`_LETTERS_ONLY`) by one
    ``translate``, then one ``split``, all in C (35 -> 10 us on strong-fit-rn.txt). UTF-8 with
    ``surrogatepass`` writes any string, a lone surrogate too."""
    if reference:
        return _LOWER_WORD.findall(text)
    return text.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).decode("ascii").split()


def _ascii_lower(text: str) -> str:
    """``text`` with its ASCII capitals lowered and every offset kept (``str.lower`` makes two
    characters of "İ")."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


def _function_words() -> frozenset[str]:
    """spaCy's English stop words (``data/split_words.json``: extracting imports no spaCy)."""
    return _split_word_data().function_words


class _SplitWordData(NamedTuple):
    """``data/split_words.json``: the words that are never a piece, the pairs never joined."""

    function_words: frozenset[str]
    phrases: frozenset[str]


@lru_cache(maxsize=1)
def _split_word_data() -> _SplitWordData:
    raw = json.loads(resources.files("resumematch.data").joinpath("split_words.json").read_text("utf-8"))
    return _SplitWordData(frozenset(raw["function_words"]), frozenset(raw["phrases"]))


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
