"""Which of a Doc's word hashes belong to a fixed set, for a whole Doc at once.

The matcher asks this five times a document: which words can start a phrase, which
word pairs can, which words are curated abbreviations, which start an assertion cue
("no", "pursuing") and which end a cue's scope. ``np.isin`` sorts the Doc's hashes on
every call; a binary search (``searchsorted``) into the sorted set avoids that, but
each of its ten or so probes per token is a branch the CPU cannot predict and, in a
large set, a read from memory it has to wait for. :class:`HashSet` first looks each
hash's low bits up in a table of booleans (one gather), and runs the binary search
only on the few tokens that pass: the same answer, sooner (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

__all__ = ["PAIR_FACTOR", "HashSet", "pair_key", "pair_keys", "possible_starts", "sorted_member"]

PAIR_FACTOR = 0x9E3779B97F4A7C15
"""Two word hashes as one 64-bit key, ``first * factor + second`` modulo 2**64 (what numpy
computes on uint64 arrays): a key shared by two pairs only costs a look-up that finds nothing."""
_MASK = (1 << 64) - 1
_MIN_BITS, _MAX_BITS = 10, 20
_SPARSENESS_BITS = 4
"""The filter has 16 to 32 slots per member (a sixteenth or less of non-members pass),
and between 1 KiB and 1 MiB of booleans: small enough to stay in the CPU's cache."""


class HashSet:
    """A fixed set of 64-bit hashes, asked about many at a time (:meth:`member`)."""

    __slots__ = ("_filter", "_mask", "_table")

    def __init__(self, hashes: Iterable[int]) -> None:
        self._fill(np.array(sorted(set(hashes)), dtype=np.uint64))

    @classmethod
    def from_sorted(cls, table: np.ndarray) -> HashSet:
        """The set of a sorted uint64 array of distinct values (the pattern index's ~40,000
        pairs, sorted by numpy rather than as Python ints)."""
        made = cls.__new__(cls)
        made._fill(table.astype(np.uint64, copy=False))
        return made

    def _fill(self, table: np.ndarray) -> None:
        self._table = table
        bits = min(_MAX_BITS, max(_MIN_BITS, len(self._table).bit_length() + _SPARSENESS_BITS))
        self._mask = np.uint64((1 << bits) - 1)
        self._filter = np.zeros(1 << bits, dtype=bool)
        self._filter[(self._table & self._mask).astype(np.intp)] = True

    def __len__(self) -> int:
        return len(self._table)

    def tolist(self) -> list[int]:
        """The members, sorted (for :mod:`marshal`)."""
        return list(self._table.tolist())

    def member(self, values: np.ndarray) -> np.ndarray:
        """A boolean mask: which of ``values`` (a uint64 array) are in the set; ``np.isin``'s answer."""
        maybe = self._filter.take((values & self._mask).astype(np.intp))
        passed = maybe.nonzero()[0]
        if len(passed):
            maybe[passed] = sorted_member(values[passed], self._table)
        return maybe


def sorted_member(values: np.ndarray, table: np.ndarray) -> np.ndarray:
    """``np.isin(values, table)`` for a sorted ``table``, by binary search."""
    if not len(table):
        return np.zeros(len(values), dtype=bool)
    # Array methods, not np.searchsorted and friends: those reach them through a Python
    # wrapper, a microsecond a call at these sizes.
    where = np.minimum(table.searchsorted(values), len(table) - 1)
    return np.asarray(table[where] == values)


def pair_key(first: int, second: int) -> int:
    """The key of a pair of word hashes (:data:`PAIR_FACTOR`)."""
    return (first * PAIR_FACTOR + second) & _MASK


def pair_keys(values: np.ndarray) -> np.ndarray:
    """The key of each word hash and the next one in a uint64 array (one fewer than ``values``)."""
    return np.asarray(values[:-1] * np.uint64(PAIR_FACTOR) + values[1:])


def possible_starts(single: HashSet, pairs: HashSet, values: np.ndarray) -> np.ndarray:
    """Where something may start in an array of word hashes: a word of ``single``, or a word
    that with the next one makes a key of ``pairs`` (:func:`pair_key`); a boolean array."""
    possible = single.member(values)
    if len(values) > 1:
        possible[:-1] |= pairs.member(pair_keys(values))
    return possible
