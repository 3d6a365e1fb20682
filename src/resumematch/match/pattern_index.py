"""Where a token pattern can match: its first word with its rarest later word at a distance.

Most token patterns open on a common verb with a gap before their object ("manage" opens
24 of them, "Supervised a team of nine CNAs"): indexed by the first word alone they were
tried wherever the verb stands, then rejected by the word they need further on
(docs/performance.md, "What the twelfth session's vocabulary cost"). Here each pattern is
indexed by a *pair*: its first word and a word of its **key**, the required step after the
first whose words are rarest in English (:func:`resumematch.english.word_frequencies`, the
object: "CNAs", "budget", "schedule"), which stands a known range of tokens after the
start. One :class:`~resumematch.match.wordsets.HashSet` look-up of the Doc's pairs (each
word that opens a keyed pattern with the word at every distance a key can stand: numpy, a
few calls a document) finds the few places where some pattern's pair stands; only those
patterns are walked, only from those starts. A pattern with no required word after its
first is tried wherever its first word stands.

Each test is a necessary condition of a match (a walk that reaches an end passed the first
step at the start and the key step at its distance), so the matches are those of trying
every pattern at every start; ``PatternMatcher.matches(reference=True)`` does that
(``tests/test_speed18_s13.py`` compares the two).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from .wordsets import PAIR_FACTOR, HashSet

__all__ = ["KeyStep", "PairIndex"]

_FACTOR = np.uint64(PAIR_FACTOR)


class KeyStep(NamedTuple):
    """A required step after a pattern's first: the ``LOWER`` hashes one of which its first
    token must have, and the least and most tokens between the pattern's start and it."""

    words: frozenset[int]
    low: int
    high: int


class PairIndex:
    """The patterns by (first word, key word) pairs; :meth:`starts` gives where to walk which.

    ``firsts[i]`` is the ``LOWER`` hashes pattern ``i``'s first token must have, ``keys[i]``
    its key step (None: no required word after the first).
    """

    __slots__ = (
        "_alone",
        "_alone_set",
        "_by_pair",
        "_distances",
        "_firsts",
        "_high",
        "_keyed_firsts",
        "_keys",
        "_low",
        "_offsets",
        "_pairs",
    )

    def __init__(self, firsts: Sequence[frozenset[int]], keys: Sequence[KeyStep | None]) -> None:
        alone: dict[int, list[int]] = {}
        chunks: list[np.ndarray] = [np.zeros(0, dtype=np.uint64)]
        owners: list[np.ndarray] = [np.zeros(0, dtype=np.intp)]
        distances: set[int] = set()
        self._firsts = tuple(firsts)
        self._keys = tuple(keys)
        self._low = [key.low if key is not None else 0 for key in keys]
        self._high = [key.high if key is not None else 0 for key in keys]
        for index, (first, key) in enumerate(zip(firsts, keys, strict=True)):
            if key is None:
                for h in first:
                    alone.setdefault(h, []).append(index)
                continue
            distances.update(range(key.low, key.high + 1))
            left = np.array(sorted(first), dtype=np.uint64)
            right = np.array(sorted(key.words), dtype=np.uint64)
            chunks.append((left[:, None] * _FACTOR + right[None, :]).ravel())
            owners.append(np.full(len(left) * len(right), index, dtype=np.intp))
        # The patterns of each pair key, in vocabulary order (one tuple for every key the same
        # patterns share: the staff nouns pair with the same verbs in many patterns).
        pairs, owner = np.concatenate(chunks), np.concatenate(owners)
        order = np.lexsort((owner, pairs))  # by key, then pattern (a pattern's pairs are distinct)
        pairs, owner = pairs[order], owner[order]
        firsts_of_keys = np.flatnonzero(np.concatenate(([len(pairs) > 0], pairs[1:] != pairs[:-1])))
        distinct = pairs[firsts_of_keys]
        bounds, owned = [*firsts_of_keys.tolist(), len(pairs)], owner.tolist()
        shared: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._by_pair: dict[int, tuple[int, ...]] = {}
        for key, (a, b) in zip(distinct.tolist(), itertools.pairwise(bounds), strict=True):
            group = tuple(owned[a:b])
            self._by_pair[key] = shared.setdefault(group, group)
        self._pairs = HashSet.from_sorted(distinct)
        self._distances = tuple(sorted(distances))
        self._offsets = np.array(self._distances, dtype=np.intp)
        self._keyed_firsts = HashSet(
            h for first, key in zip(firsts, keys, strict=True) if key is not None for h in first
        )
        self._alone = {h: tuple(indexes) for h, indexes in alone.items()}
        self._alone_set = HashSet(alone) if alone else None

    def key_of(self, index: int) -> KeyStep | None:
        """Pattern ``index``'s key step (None: tried wherever its first word stands)."""
        return self._keys[index]

    def starts(self, lower: np.ndarray, hashes: Sequence[int]) -> list[tuple[int, int]]:
        """``(start, pattern index)`` of every pattern whose first word stands at ``start`` and
        a word of whose key stands at one of its distances after it, sorted (start order,
        then vocabulary order: the order the plain walk reports them in)."""
        n = len(hashes)
        found: set[tuple[int, int]] = set()
        starts = self._keyed_firsts.member(lower).nonzero()[0]
        if len(starts):
            # The pair of each such start and the word at each distance a key can stand
            # (clipped to the last word: a pair past the end is skipped below).
            ahead = np.minimum(starts[:, None] + self._offsets[None, :], n - 1).ravel()
            keys = (lower[starts] * _FACTOR).repeat(len(self._offsets)) + lower[ahead]
            hits = self._pairs.member(keys).nonzero()[0]
            if len(hits):
                by_pair, firsts, low, high = self._by_pair, self._firsts, self._low, self._high
                distances, width, listed = self._distances, len(self._distances), starts.tolist()
                for hit, key in zip(hits.tolist(), keys[hits].tolist(), strict=True):
                    start, d = listed[hit // width], distances[hit % width]
                    if start + d >= n:
                        continue
                    for index in by_pair[key]:
                        # The first word too: two pairs may share a key, and the walk skips it.
                        if low[index] <= d <= high[index] and hashes[start] in firsts[index]:
                            found.add((start, index))
        if self._alone_set is not None:
            alone = self._alone
            for start in self._alone_set.member(lower).nonzero()[0].tolist():
                found.update((start, index) for index in alone[hashes[start]])
        return sorted(found)
