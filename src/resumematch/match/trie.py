"""Run-time phrase lookup for the term matcher, on arrays instead of spaCy objects.

:class:`PhraseTrie` holds every build-time variant as a trie of ``LOWER`` string hashes
(what ``PhraseMatcher`` did, without one ``Doc`` per variant); :class:`Tokens` is a Doc's
text with its token offsets and hashes as plain lists; :func:`longest_first` is
``spacy.util.filter_spans`` on tuples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any, NamedTuple, TypeVar

import numpy as np

from .wordsets import HashSet, pair_key, possible_starts

__all__ = ["Found", "PhraseHit", "PhraseTrie", "Tokens", "TrieState", "is_line_wrap", "longest_first", "new_record"]


class Found(NamedTuple):
    """One candidate match of a term, before overlaps are resolved (token range, end exclusive)."""

    start: int
    end: int
    term_id: str
    method: str
    confidence: float


class PhraseHit(NamedTuple):
    """A phrase the trie found: its key (an index into the phrase table's keys) and token range."""

    key: int
    start: int
    end: int


class Tokens:
    """The text, each token's start and end offsets and LOWER hash, as plain lists (no Token objects)."""

    __slots__ = ("ends", "idx", "lower", "text")

    def __init__(self, text: str, idx: list[int], ends: list[int], lower: list[int]) -> None:
        self.text, self.idx, self.ends, self.lower = text, idx, ends, lower

    def word(self, i: int) -> str:
        return self.text[self.idx[i] : self.ends[i]]


new_record = tuple.__new__
"""A named record made in C, not by its class's generated ``__new__`` (a Python call each:
an eighth of a microsecond, hundreds of times a document)."""
_SHIFT = 64
"""A child's key is ``parent << 64 | word hash``; the root is node 0, so its children are keyed by the hash alone."""
_MASK = (1 << 64) - 1


class PhraseTrie:
    """Every phrase variant as a trie of ``LOWER`` hashes; what ``PhraseMatcher`` did, without Docs.

    Compiling the vocabulary used to build one spaCy ``Doc`` per variant (30,000 for the
    default vocabulary) for ``PhraseMatcher.add``: most of the start-up cost. Here a
    variant is a tuple of string hashes. At run time one set look-up over the Doc's
    ``LOWER`` array (:class:`~resumematch.match.wordsets.HashSet`) finds the tokens that can
    start a phrase, and the trie is walked from those only; every phrase ending along
    the walk is a match, as with ``PhraseMatcher`` (overlaps are resolved later,
    longest first).

    The trie is flat: nodes are numbers, one ``dict[int, int]`` maps ``parent << 64 |
    hash`` to the child, and another maps a node to the keys of the phrases ending
    there. A cold start loads it from the cache (:mod:`resumematch.match.phrase_table`)
    quickly: it is two dicts of ints, where nested dicts were 33,000 objects for the
    garbage collector to scan.
    """

    def __init__(self) -> None:
        self._next: dict[int, int] = {}
        self._ends: dict[int, tuple[int, ...]] = {}
        self.longest = 1
        self._single = HashSet(())  # words that are a phrase on their own
        self._pairs = HashSet(())  # keys of the first two words of longer phrases

    def add(self, hashes: Sequence[int], key: int) -> None:
        edges, node = self._next, 0
        for h in hashes:
            edge = node << _SHIFT | h
            child = edges.get(edge)
            if child is None:
                child = edges[edge] = len(edges) + 1
            node = child
        ends = self._ends
        ends[node] = (*ends.get(node, ()), key)
        if len(hashes) > self.longest:
            self.longest = len(hashes)

    def freeze(self) -> None:
        # Equal key tuples become one object, which marshal then writes once.
        shared: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._ends = {node: shared.setdefault(keys, keys) for node, keys in self._ends.items()}
        word_of = {node: edge for edge, node in self._next.items() if edge >> _SHIFT == 0}  # first words
        self._single = HashSet(word_of[node] for node in word_of if node in self._ends)
        pairs = {pair_key(word_of[edge >> _SHIFT], edge & _MASK) for edge in self._next if edge >> _SHIFT in word_of}
        self._pairs = HashSet(pairs)

    def state(self) -> TrieState:
        """The trie as dicts, lists and tuples of ints, for :mod:`marshal` (see phrase_table.py)."""
        return TrieState(self._next, self._ends, self._single.tolist(), self._pairs.tolist(), self.longest)

    @classmethod
    def from_state(cls, state: TrieState) -> PhraseTrie:
        edges, ends, single, pairs, longest = state
        trie = cls()
        trie._next, trie._ends, trie.longest = edges, ends, longest
        trie._single = HashSet(single)
        trie._pairs = HashSet(pairs)
        return trie

    def starts(self, lower: np.ndarray) -> list[int]:
        """Token positions where a phrase may start: the word is a phrase on its own, or it
        and the next word begin a longer one.

        Both are set look-ups over the whole array (:class:`HashSet`), so the walk in
        Python starts only where it can find something: at 90 of the example resume's
        557 tokens (77 find a phrase), instead of the 207 whose word begins some phrase.
        """
        return possible_starts(self._single, self._pairs, lower).nonzero()[0].tolist()

    def matches(self, hashes: Sequence[int], starts: Iterable[int]) -> list[PhraseHit]:
        """Every phrase that starts at one of ``starts``."""
        if not isinstance(hashes, list):
            hashes = [int(h) for h in hashes]  # numpy integers cannot be shifted into an edge key
        edges, ends, n, found = self._next, self._ends, len(hashes), []
        for start in starts:
            node = edges.get(hashes[start])
            i = start + 1
            while node is not None:
                for key in ends.get(node, ()):
                    found.append(new_record(PhraseHit, (key, start, i)))
                if i >= n:
                    break
                node = edges.get(node << _SHIFT | hashes[i])
                i += 1
        return found


class TrieState(NamedTuple):
    """A :class:`PhraseTrie` as plain ints, dicts and lists (``tuple(state)`` is what :mod:`marshal` writes)."""

    edges: dict[int, int]
    """``parent << 64 | word hash`` -> child node."""
    ends: dict[int, tuple[int, ...]]
    """node -> keys of the phrases ending there."""
    single: list[int]
    """word hashes that are a phrase on their own, sorted."""
    pairs: list[int]
    """keys of the first two words of longer phrases, sorted."""
    longest: int
    """words in the longest phrase."""


def is_line_wrap(text: str) -> bool:
    """Whitespace holding exactly one line break: a wrapped line, not a blank line."""
    return text.isspace() and text.count("\n") == 1


_Span = TypeVar("_Span", bound=tuple[Any, ...])


def longest_first(found: list[_Span]) -> list[_Span]:
    """``spacy.util.filter_spans`` on tuples: longest wins, then earliest, then first found.

    Each item starts with its ``(start token, end token)``; the kept ones come back in
    order of start. The one overlap resolver of the package: phrase matches and
    assertion triggers both go through it.
    """
    if not found:
        return []
    taken = bytearray(max(map(_END, found)))
    kept = []
    # The order is (-length, start, order found). One-token matches come after every
    # longer one and are sorted by start alone (a C key; the sort is stable, so the
    # first found still wins a tie). The longer ones are sorted as (-length, start,
    # position) tuples, compared in C: no Python key function is called per match.
    longer = sorted([(f[0] - f[1], f[0], i) for i, f in enumerate(found) if f[1] - f[0] > 1])
    for _, _, i in longer:
        f = found[i]
        start, end = f[0], f[1]
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(f)
    for f in sorted([f for f in found if f[1] - f[0] == 1], key=_START):
        start = f[0]
        if taken[start]:
            continue
        taken[start] = 1
        kept.append(f)
    kept.sort(key=_START)
    return kept


_START = itemgetter(0)
_END = itemgetter(1)
