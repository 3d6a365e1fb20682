"""Run-time phrase lookup for the term matcher, on arrays instead of spaCy objects.

:class:`PhraseTrie` holds every build-time variant as a trie of ``LOWER`` string hashes
(what ``PhraseMatcher`` did, without one ``Doc`` per variant); :class:`Tokens` is a Doc's
text with its token offsets and hashes as plain lists; :func:`longest_first` is
``spacy.util.filter_spans`` on tuples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from .assertion import sorted_member

__all__ = ["Found", "PhraseTrie", "Tokens", "is_line_wrap", "longest_first"]

Found = tuple[int, int, str, str, float]
"""``(start token, end token, term id, method, confidence)`` of one candidate match."""


class Tokens:
    """The text, each token's start and end offsets and LOWER hash, as plain lists (no Token objects)."""

    __slots__ = ("ends", "idx", "lower", "text")

    def __init__(self, text: str, idx: list[int], ends: list[int], lower: list[int]) -> None:
        self.text, self.idx, self.ends, self.lower = text, idx, ends, lower

    def word(self, i: int) -> str:
        return self.text[self.idx[i] : self.ends[i]]


_END = -1


class PhraseTrie:
    """Every phrase variant as a trie of ``LOWER`` hashes; what ``PhraseMatcher`` did, without Docs.

    Compiling the vocabulary used to build one spaCy ``Doc`` per variant (30,000 for the
    default vocabulary) for ``PhraseMatcher.add``: most of the start-up cost. Here a
    variant is a tuple of string hashes. At run time a binary search over the Doc's
    ``LOWER`` array finds the tokens that can start a phrase, and the trie is walked
    from those only; every phrase ending along the walk is a match, as with
    ``PhraseMatcher`` (overlaps are resolved later, longest first).
    """

    def __init__(self) -> None:
        self._root: dict[int, Any] = {}
        self.longest = 1
        self._first = np.array([], dtype=np.uint64)

    def add(self, hashes: Sequence[int], key: int) -> None:
        node = self._root
        for h in hashes:
            node = node.setdefault(h, {})
        node.setdefault(_END, []).append(key)
        self.longest = max(self.longest, len(hashes))

    def freeze(self) -> None:
        self._first = np.array(sorted(self._root), dtype=np.uint64)

    def state(self) -> dict[int, Any]:
        """The trie as nested dicts and lists of ints, for :mod:`marshal` (see phrasetable.py)."""
        return self._root

    @classmethod
    def from_state(cls, root: dict[int, Any]) -> PhraseTrie:
        trie = cls()
        trie._root = root
        trie.longest = _depth(root)
        trie.freeze()
        return trie

    def starts(self, lower: np.ndarray) -> list[int]:
        """Token positions whose word starts some phrase."""
        return np.flatnonzero(sorted_member(lower, self._first)).tolist()

    def matches(self, hashes: Sequence[int], starts: Iterable[int]) -> list[tuple[int, int, int]]:
        """``(key, start, end)`` of every phrase that starts at one of ``starts``."""
        root, n, found = self._root, len(hashes), []
        for start in starts:
            node = root.get(hashes[start])
            i = start + 1
            while node is not None:
                for key in node.get(_END, ()):
                    found.append((key, start, i))
                if i >= n:
                    break
                node = node.get(hashes[i])
                i += 1
        return found


def _depth(node: dict[int, Any]) -> int:
    """Length of the longest phrase below ``node`` (the end marker is not a word)."""
    children = [child for key, child in node.items() if key != _END]
    return 1 + max((_depth(child) for child in children), default=0) if children else 0


def is_line_wrap(text: str) -> bool:
    """Whitespace holding exactly one line break: a wrapped line, not a blank line."""
    return text.isspace() and text.count("\n") == 1


def longest_first(found: list[Found]) -> list[Found]:
    """``spacy.util.filter_spans`` on tuples: longest wins, then earliest, then first found."""
    taken = bytearray(max((f[1] for f in found), default=0))
    kept = []
    seen: set[tuple[int, int]] = set()
    for f in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        start, end = f[0], f[1]
        if (start, end) in seen or any(taken[start:end]):
            continue
        seen.add((start, end))
        taken[start:end] = b"\x01" * (end - start)
        kept.append(f)
    kept.sort(key=lambda f: f[0])
    return kept
