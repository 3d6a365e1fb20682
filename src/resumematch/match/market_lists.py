"""Specialties named as the customers a sales role served, not as the candidate's work.

A pharmaceutical or supply sales resume lists whom it sold to: "selling to an array of
specialties including general practitioners, ... family practice, ... and cardiology",
"Industries serviced include hospitals, skilled nursing facilities, clinics". A skill or
setting in such a list is the customer's. The people rules (``market_cues`` in
``data/people.json``) name the phrases that open such a list; this module finds where
they end and whether a mention stands in the list one opens: after the cue, in the same
sentence (a list wraps over lines and may follow a colon; a sentence end, a bullet or a
blank line closes it), at most ``MARKET_REACH`` characters on.

Cost: the cues are found once per document from the positions of their first words
("selling", "industries"; their last words, "to" and "on", stand near most mentions),
then each mention costs one binary search and one search of the text between.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable

from .trie import Tokens

__all__ = ["MARKET_REACH", "CueOpenings", "cue_ends", "cue_prefixes", "in_market_list"]

MARKET_REACH = 800
"""Characters from a market cue to a specialty in its list: a sales resume's list of the
specialties called on runs to 20 items over three lines."""
_LIST_END = re.compile(r"[.;!?](?=\s|$)|[•|·▪●]|\n[^\S\n]*\n")
"""Where a list of customers ends: a sentence end, a bullet or a blank line (not a colon)."""


def cue_prefixes(phrases: Iterable[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """Every word tuple that begins a longer phrase of ``phrases`` (for :func:`cue_ends`)."""
    return frozenset(phrase[:k] for phrase in phrases for k in range(1, len(phrase)))


class CueOpenings:
    """How cues of lower-cased word tuples can open, as ``LOWER`` hashes: a one-word cue's
    word, and the first two words of a longer one.

    Most words that begin a cue ("charge", "service", "call") are followed by a word that
    continues none; :meth:`starts` drops those positions by one look-up of the two words'
    hashes, where :func:`cue_ends` would read and lower-case each word (the same ends:
    ``tests/test_speed18_s14.py``)."""

    __slots__ = ("_pairs", "_single")

    def __init__(self, phrases: Iterable[tuple[str, ...]], hash_string: Callable[[str], int]) -> None:
        cues = list(phrases)
        self._single = frozenset(hash_string(c[0]) for c in cues if len(c) == 1)
        self._pairs = frozenset((hash_string(c[0]), hash_string(c[1])) for c in cues if len(c) > 1)

    def starts(self, tokens: Tokens, firsts: Iterable[int]) -> list[int]:
        """The positions of ``firsts`` where a cue may open: a one-word cue, or a word and the
        next that begin a longer one, or a word followed by whitespace (read in full there)."""
        hashes, idx, text = tokens.lower, tokens.idx, tokens.text
        n = len(idx)
        single, pairs = self._single, self._pairs
        return [
            i
            for i in firsts
            if hashes[i] in single
            or (i + 1 < n and ((hashes[i], hashes[i + 1]) in pairs or text[idx[i + 1]].isspace()))
        ]


def cue_ends(
    tokens: Tokens,
    firsts: Iterable[int],
    phrases: frozenset[tuple[str, ...]],
    longest: int,
    prefixes: frozenset[tuple[str, ...]] | None = None,
) -> list[int]:
    """The character offsets, in order, where a cue of ``phrases`` (lower-cased word tuples
    of at most ``longest`` words) ends, trying each token position of ``firsts``.

    ``prefixes`` (:func:`cue_prefixes` of ``phrases``) ends a try at the first words that
    begin no cue ("in" then "the": most tries); without it every try reads up to ``longest``
    words (the plain reading, compared in ``tests/test_fast_paths.py``)."""
    n = len(tokens.idx)
    ends = []
    for i in firsts:
        words: list[str] = []
        k = i
        while k < n and len(words) < longest:
            word = tokens.word(k)
            if not word.isspace():
                words.append(word.lower())
                read = tuple(words)
                if read in phrases:
                    ends.append(tokens.ends[k])
                    break
                if prefixes is not None and read not in prefixes:
                    break  # no cue begins with these words
            k += 1
    return ends


def in_market_list(text: str, offset: int, ends: list[int]) -> bool:
    """Whether the mention at character ``offset`` stands in a list opened by a cue ending
    at one of ``ends`` (sorted)."""
    k = bisect_left(ends, offset + 1) - 1
    if k < 0 or offset - ends[k] > MARKET_REACH:
        return False
    return _LIST_END.search(text, ends[k], offset) is None
