"""Letters the text layer drew twice or spaced apart: "RReeggiisstteerreedd", "S K I L L S".

A PDF's characters are deduplicated by position (:mod:`.fakebold`), but text that a
converter already flattened (a DOCX or text file made from a PDF, a PDF whose copies are
offset by more than a point) keeps the doubled letters; and headings set in spaced capitals
read as one letter a word. Both are undone on the text, only where the whole run has the
form: every character of a word doubled, or four or more one-character words in a row with
single spaces inside words (two or more between them).
"""

from __future__ import annotations

import re

__all__ = ["repair_letter_noise", "undouble_letters", "unspace_letters"]

_DOUBLED = re.compile(r"(?<!\S)(?:(\S)\1)+(?:  (?:(\S)\2)+)*(?!\S)")
"""Words each of whose characters is written twice, and the doubled spaces between them
("BBLLSS  ffoorr"); "bookkeeper" is not all pairs."""
_LONG_DOUBLED = re.compile(r"(?:([^\W\d_])\1){3}")
"""Three doubled letters in a row."""
_SPACED = re.compile(r"(?<!\S)\S(?: {1,3}\S(?!\S)){3,}")
"""Four or more one-character words in a row, one to three spaces apart."""
_WIDE_GAP = re.compile(r" {2,}")
_JOINERS = re.compile(r"[-/]")
_MAY_BE_DOUBLED = (re.compile(r" (\S)\1(\S)\2(\S)\3"), re.compile(r"\n(\S)\1(\S)\2(\S)\3"))
_MAY_BE_SPACED = (re.compile(r" \S \S \S(?!\S)"), re.compile(r"\n\S \S \S(?!\S)"))
"""Where either form may start: after a space or a line end (and the text's start, read with a
space before it). Patterns that open with a literal let the regex engine jump from one space to
the next instead of trying every character, so most texts never pay for the full patterns
(figures in benchmarks/README.md, "Seventeenth session: text-layer noise")."""


def repair_letter_noise(text: str) -> str:
    """:func:`undouble_letters` then :func:`unspace_letters`, each where its form may be."""
    start = " " + text[:8]
    if any(p.search(text) for p in _MAY_BE_DOUBLED) or _MAY_BE_DOUBLED[0].match(start):
        text = undouble_letters(text)
    if any(p.search(text) for p in _MAY_BE_SPACED) or _MAY_BE_SPACED[0].match(start):
        text = unspace_letters(text)
    return text


def undouble_letters(text: str) -> str:
    """ "hhaannddlliinngg  ccoommppllaaiinnttss" → "handling complaints": doubled words holding
    three different characters and three doubled letters in a row."""
    return _DOUBLED.sub(_undouble, text) if _DOUBLED.search(text) else text


def _undouble(match: re.Match[str]) -> str:
    run = match.group()
    half = run[::2]
    if len(set(half)) < 3 or not any(c.isalpha() for c in half) or not _LONG_DOUBLED.search(run):
        return run  # three doubled letters in a row: "RRNN,," alone, "1100", "----" stay
    return half


def unspace_letters(text: str) -> str:
    """ "E p i c   T a p e s t r y" → "Epic Tapestry": letters one space apart are one word,
    two or more spaces end it. A run with no single space ("A  B  C  D") is a list and stays."""
    return _SPACED.sub(_unspace, text) if _SPACED.search(text) else text


def _unspace(match: re.Match[str]) -> str:
    run = match.group()
    words = _WIDE_GAP.split(run)
    if len(words) == len(run.split()):
        return run  # no single space inside a word: one-character words
    if not any(c.isalpha() for c in run):
        return run  # "1 2 3 4", ". . . ."
    joined = [word.replace(" ", "") for word in words]
    if len(joined) == 1 and not _spelled_word(joined[0]):
        return run  # "grades A B C D", "Vitamin A B C D E": capitals alone that make no word
    return " ".join(joined)


def _spelled_word(word: str) -> bool:
    """Whether a run of one-character words with no wide gap spells one word: an English word
    ("E P I C"), five characters or more with a lower-case letter ("K r o l l", "V o c e r a"),
    or pieces of two or more joined by hyphens or slashes ("C P R / A E D", "t e l e - h e a l t h")."""
    if word.lower() in _known_words() or (len(word) >= 5 and any(c.islower() for c in word)):
        return True
    pieces = _JOINERS.split(word)
    return len(pieces) > 1 and all(len(piece) > 1 for piece in pieces)


def _known_words() -> frozenset[str]:
    from ..english import known_words  # imported on first use, as normalising does

    return known_words()
