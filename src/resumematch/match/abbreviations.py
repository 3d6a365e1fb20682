"""Abbreviations a document defines itself: "Electronic Health Records (EHR)".

The Schwartz-Hearst algorithm (Schwartz & Hearst, PSB 2003; the one scispaCy's
``AbbreviationDetector`` uses): for a short form in parentheses after a phrase, or a
phrase in parentheses after a short form, walk the short form's characters from right
to left and find each one in the long form, the first one at the start of a word. The
shortest long form that explains every character wins.

Why the matcher needs it: a resume that writes "Clinical Trial Management System
(CTMS)" and then "CTMS" five times mentions the term six times, though the vocabulary
never listed "CTMS"; and a software resume that writes "Google Cloud Platform (GCP)"
has told us that its later "GCP"s are *not* Good Clinical Practice. Only text with a
"(" is examined, with one regular expression, so the cost on other text is nil.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

import numpy as np
from spacy.strings import hash_string  # type: ignore[attr-defined]

from ..models import Term
from .trie import Found, Tokens

__all__ = [
    "DEFINED_CONFIDENCE",
    "Definition",
    "apply_definitions",
    "find_definitions",
    "head_words",
    "initials_agree",
    "long_form_start",
]

_PAREN = re.compile(r"\(([^()\n]{1,120})\)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w&/.-]{0,9})\s*$")
_SHORT_FORM = re.compile(r"^[A-Za-z0-9][\w&./-]{1,9}$")
DEFINED_CONFIDENCE = 0.95
"""A short form the document defined counts a little below the curated forms."""


class Definition(NamedTuple):
    """A short form and the character range of the long form it abbreviates."""

    short: str
    long_start: int
    long_end: int
    short_start: int


def _is_short_form(text: str) -> bool:
    # A capital is a letter, so "has a capital" implies "has a letter"; for ASCII a
    # capital is a character that lower-casing changes.
    if _SHORT_FORM.match(text) is None:
        return False
    if text.isascii():
        return text.lower() != text
    return any(c.isupper() for c in text)


def long_form_start(short: str, long: str) -> int | None:
    """Where in ``long`` the long form of ``short`` begins (Schwartz-Hearst), or ``None``.

    >>> long = "kept Electronic Health Records"
    >>> long[long_form_start("EHR", long):]
    'Electronic Health Records'
    """
    if not (short.isascii() and long.isascii()):
        return _long_form_start_by_character(short, long)
    # ASCII: lower-casing keeps every character in place, so each short-form character
    # is found with one str.rfind instead of a Python step per character of the long form.
    lowered = long.lower()
    l_index = len(long) - 1
    for s_index in range(len(short) - 1, -1, -1):
        c = short[s_index].lower()
        if not c.isalnum():
            continue
        position = lowered.rfind(c, 0, l_index + 1)
        if s_index == 0:  # the first character must start a word
            while position > 0 and lowered[position - 1].isalnum():
                position = lowered.rfind(c, 0, position)
        if position < 0:
            return None
        l_index = position - 1
    return long.rfind(" ", 0, l_index + 1) + 1


def _long_form_start_by_character(short: str, long: str) -> int | None:
    """:func:`long_form_start` one character at a time (any text: ``str.lower`` may change lengths)."""
    s_index = len(short) - 1
    l_index = len(long) - 1
    while s_index >= 0:
        c = short[s_index].lower()
        if not c.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            long[l_index].lower() != c or (s_index == 0 and l_index > 0 and long[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = long.rfind(" ", 0, l_index + 1) + 1
    return start


_MINOR_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&"})


def initials_agree(short: str, long: str) -> bool:
    """True when the long form's word initials spell the short form ("Google Cloud Platform", "GCP").

    Stricter than Schwartz-Hearst: used before a definition is allowed to *override*
    a curated abbreviation of the vocabulary.
    """
    words = [w for w in re.split(r"[\s/-]+", long) if w and w.lower() not in _MINOR_WORDS]
    letters = "".join(c for c in short if c.isalnum()).lower()
    return "".join(w[0] for w in words).lower() == letters


def _start_of_last_words(text: str, start: int, end: int, count: int) -> int | None:
    """Where the first of the last ``count`` words of ``text[start:end]`` begins (all of
    them if fewer); ``None`` when there is no word. Words are runs of non-space, as
    ``\\S+`` finds them; ``str.rsplit`` splits off only the last ones, where listing
    every word of the line made a match object per word."""
    segment = text[start:end]
    parts = segment.rsplit(None, count)
    if not parts:
        return None
    if len(parts) <= count:  # ``count`` words or fewer: the first word starts the window
        return start + len(segment) - len(segment.lstrip())
    head = parts[0]  # what stands before the last ``count`` words, without its trailing space
    rest = segment[len(head) :]
    return start + len(head) + len(rest) - len(rest.lstrip())


def _long_form_bounds(text: str, open_at: int) -> tuple[int, int]:
    """Where the words of a long form before the parenthesis at ``open_at`` are counted
    from, and the floor it never reaches below.

    A long form never spans another parenthesis: "health administration (MHA) or public
    health (MPH)" defines nothing for MPH, so the floor is just after the previous one.
    The words are counted from the line's start or from that parenthesis itself,
    whichever is later: the same window as counting from the line's start (the
    parenthesis is a word, so the window is cut at the floor either way; tested), and on
    a document extracted as one line, not a pass over the whole line per parenthesis.
    """
    floor = max(text.rfind(")", 0, open_at), text.rfind("(", 0, open_at)) + 1
    reach = max(floor - 1, 0)
    return text.rfind("\n", reach, open_at) + 1 or reach, floor


def find_definitions(text: str) -> list[Definition]:
    """Every "long form (SF)" and "SF (long form)" pair in ``text``, in order."""
    if "(" not in text:
        return []
    found: list[Definition] = []
    for match in _PAREN.finditer(text):
        inside = match.group(1).strip()
        open_at = match.start()
        if _is_short_form(inside):
            # long form (SF): at most min(|SF| + 5, 2|SF|) words before the parenthesis,
            # on its line, and after any other parenthesis.
            counted_from, floor = _long_form_bounds(text, open_at)
            limit = min(len(inside) + 5, 2 * len(inside))
            window_start = _start_of_last_words(text, counted_from, open_at, limit)
            if window_start is None:
                continue
            window_start = max(window_start, floor)
            window = text[window_start:open_at].rstrip()
            start = long_form_start(inside, window)
            if start is None or len(window) - start <= len(inside):
                continue
            found.append(Definition(inside, window_start + start, window_start + len(window), match.start(1)))
            continue
        # SF (long form): the word right before the parenthesis is the short form.
        before = _WORD_BEFORE.search(text, max(0, open_at - 12), open_at)
        if before is None or not _is_short_form(before.group(1)):
            continue
        short = before.group(1)
        # "CNA (Certified Novell Administrator, 2009)": a date or note after a comma is
        # not part of the long form.
        inside = inside.split(",", 1)[0].rstrip()
        if len(inside.split()) > min(len(short) + 5, 2 * len(short)):
            continue
        start = long_form_start(short, inside)
        if start is None or start != 0:
            continue
        offset = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
        found.append(Definition(short, offset, offset + len(inside), before.start(1)))
    return found


def head_words(terms: Iterable[Term]) -> dict[str, frozenset[str]]:
    """The last words of each abbreviated term's name and aliases ("nurse", "license" for RN):
    a long form ending in one of them names the same kind of thing as the term."""
    return {
        term.id: frozenset(form.split()[-1].lower() for form in (term.name, *term.aliases) if form.split())
        for term in terms
        if term.abbreviations
    }


def apply_definitions(
    lower: np.ndarray,
    found: list[Found],
    definitions: Sequence[Definition],
    tokens: Tokens,
    heads: Mapping[str, frozenset[str]] | None = None,
) -> list[Found]:
    """Resolve "Long Form (SF)" in the matcher's candidates: later "SF"s mean the term the
    long form names, or nothing.

    ``found`` are the exact matches so far, ``lower`` the Doc's ``LOWER`` hashes. A
    curated abbreviation the document clearly redefines as something else is dropped (not
    where the long form ends in one of the curated term's ``heads``: "Clinical Research Nurse
    (RN)" is a registered nurse's role, not a new meaning of RN);
    each other token written exactly as a defined short form becomes a match of the
    term its long form names, ahead of any curated match on the same token.
    """
    text = tokens.text
    meaning: dict[str, str | None] = {}
    skip_chars: set[int] = set()
    # The phrase matches ending where some long form ends, by that character, in the
    # order found (the first of two equally long candidates wins, as in a plain scan).
    long_ends = {definition.long_end for definition in definitions}
    ends = tokens.ends
    by_end: dict[int, list[tuple[int, int, str]]] = {}
    for start, end, candidate, method, _ in found:
        if ends[end - 1] in long_ends and method != "abbreviation":
            by_end.setdefault(ends[end - 1], []).append((tokens.idx[start], end - start, candidate))
    # the head words of the curated term each written abbreviation matched ("RN": nurse, license)
    curated_heads = {tokens.word(f[0]): (heads or {}).get(f[2], frozenset()) for f in found if f[3] == "abbreviation"}
    for definition in definitions:
        term_id = None
        best = 0
        for span_start, length, candidate in by_end.get(definition.long_end, ()):
            if span_start <= definition.long_start + 2 and length > best:
                term_id, best = candidate, length
        long = text[definition.long_start : definition.long_end]
        last = long.split()[-1:]
        if term_id is None and last and last[0].lower() in curated_heads.get(definition.short, ()):
            skip_chars.add(definition.short_start)
            continue
        if term_id is not None or initials_agree(definition.short, long):
            meaning.setdefault(definition.short, term_id)
        skip_chars.add(definition.short_start)
    # Curated abbreviations the document clearly redefined as something else are dropped.
    kept = [
        f
        for f in found
        if not (f[3] == "abbreviation" and tokens.word(f[0]) in meaning and meaning[tokens.word(f[0])] != f[2])
    ]
    defined: list[Found] = []
    for short, term_id in meaning.items():
        if term_id is None:
            continue
        # Tokens written exactly as the short form: its LOWER hash, then the very text.
        for i in (lower == hash_string(short.lower())).nonzero()[0].tolist():
            if tokens.word(i) == short and tokens.idx[i] not in skip_chars:
                defined.append(Found(i, i + 1, term_id, "defined_abbreviation", DEFINED_CONFIDENCE))
    # A defined abbreviation outranks the curated match on the same token: it goes first.
    return defined + kept if defined else kept
