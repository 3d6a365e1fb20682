"""A compiled token pattern's steps: how one token is tested, remembered verdicts, and the two walks.

Split from :mod:`resumematch.match.patterns` (which compiles the patterns and runs them on a
Doc's arrays) to keep each module to one concern; the subset of spaCy's ``Matcher`` they
implement is described there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .pattern_spec import WORD_ATTRIBUTES, kind_and_values

__all__ = [
    "FastStep",
    "Step",
    "Test",
    "Verdicts",
    "fast_walk",
    "may_end_in_space_or_punctuation",
    "walk",
]

Test = tuple[
    frozenset[int] | None,
    frozenset[int] | None,
    frozenset[str] | None,
    frozenset[str] | None,
    tuple[tuple[str, bool], ...],
]
"""One token's test: LOWER hashes in / not in, ORTH strings in / not in, (flag, wanted) pairs."""
Step = tuple[Test, bool, int, int]
"""A test, whether it is negated (``OP: "!"``), and the least and most tokens it matches."""
_VERDICTS_REMEMBERED = 20_000


class Verdicts(dict[int, bool]):
    """Whether a word passes one token test that reads no case (``LOWER`` sets and flags),
    negation applied, by the word's ``LOWER`` hash: worked out the first time a word is
    asked about (``__missing__``), then one dict look-up (the fast walk of
    :meth:`resumematch.match.patterns.PatternMatcher.matches`)."""

    __slots__ = ("_flag", "_negated", "_test")

    def __init__(self, test: Test, negated: bool, flag: Callable[[int, str], bool]) -> None:
        super().__init__()
        self._test, self._negated, self._flag = test, negated, flag

    def __missing__(self, h: int) -> bool:
        if len(self) > _VERDICTS_REMEMBERED:
            self.clear()
        lower_in, lower_not, _, _, flags = self._test
        passed = not ((lower_in is not None and h not in lower_in) or (lower_not is not None and h in lower_not))
        if passed:
            passed = all(self._flag(h, name) == wanted for name, wanted in flags)
        verdict = self[h] = passed != self._negated
        return verdict


FastStep = tuple[Test, bool, int, int, frozenset[int] | None, Verdicts | None]
"""A step for the fast walk: the step, then its test as a plain ``LOWER`` set (a required
word from a list), or else as :class:`Verdicts` (no ``ORTH``), or neither (``passes``)."""


def walk(steps: Sequence[Step], start: int, n: int, passes: Callable[[Test, int], bool]) -> list[int]:
    """The positions a pattern's steps reach from ``start`` (the plain walk: every test through ``passes``)."""
    positions = [start]
    for test, negated, low, high in steps:
        frontier = positions
        positions = positions if low == 0 else []
        for repeat in range(high):
            frontier = [p + 1 for p in frontier if p < n and passes(test, p) != negated]
            if not frontier:
                break
            positions = frontier if repeat + 1 == low else positions + frontier
        if len(positions) > 1:
            positions = list(dict.fromkeys(positions))  # two paths to one position
        elif not positions:
            break
    return positions


def fast_walk(
    steps: Sequence[FastStep], start: int, n: int, hashes: Sequence[int], passes: Callable[[Test, int], bool]
) -> list[int]:
    """The positions a pattern's fast steps reach from ``start`` (after any first step the
    start was found by): :func:`walk`'s answer, with a plain word list tested as a set look-up
    and any other test that reads no case as one :class:`Verdicts` look-up
    (``tests/test_fast_paths.py`` compares the two)."""
    positions = [start]
    for test, negated, low, high, plain, verdicts in steps:
        if plain is not None and low == high == 1:  # one word of a list (most steps)
            positions = [p + 1 for p in positions if p < n and hashes[p] in plain]
            if not positions:
                break
            continue
        # Positions after low..high tokens that pass the test: a frontier moves one token per
        # repeat; from the low-th on, every frontier is kept.
        frontier = positions
        positions = positions if low == 0 else []
        for repeat in range(high):
            if plain is not None:
                frontier = [p + 1 for p in frontier if p < n and hashes[p] in plain]
            elif verdicts is not None:
                frontier = [p + 1 for p in frontier if p < n and verdicts[hashes[p]]]
            else:
                frontier = [p + 1 for p in frontier if p < n and passes(test, p) != negated]
            if not frontier:
                break
            positions = frontier if repeat + 1 == low else positions + frontier
        if len(positions) > 1:
            positions = list(dict.fromkeys(positions))  # two paths to one position
        elif not positions:
            break
    return positions


def may_end_in_space_or_punctuation(token: Mapping[str, Any]) -> bool:
    """Whether a pattern's last token dict can match a line break or punctuation."""
    words = [a for a in WORD_ATTRIBUTES if a in token]
    if not words or token.get("OP") in ("?", "!") or str(token.get("OP", "")).startswith("{"):
        return True
    kind, values = kind_and_values(token[words[0]])
    return kind != "IN" or any(not any(c.isalnum() for c in v) for v in values)
