"""Fake bold and words over a page's character arrays: ``fakebold.py`` and ``words.py`` in bulk.

The PDFium engine's characters come as arrays (``pdfium_arrays.py``); cutting them into
words one ``Char`` at a time cost as much as reading them. Here pdfplumber's word rules
(``words.extract_words`` for upright text, the reference) are array operations: lines
are clusters of ``top``, each read by ``x0``; a word ends where a comparison with the
character before it says so. Fake bold keeps ``fakebold.duplicate_indices`` as it is,
but runs it only on the kinds of letter that have two within 1 pt of each other, which
most pages have none of. ``tests/test_extract_arrays.py`` compares both with their
references.
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

import numpy as np

from .fakebold import _TOLERANCE, duplicate_indices
from .pdfium_arrays import MULTI, CharArrays, distinct, stable_order
from .words import _LIGATURES, Y_TOLERANCE, Word

__all__ = ["WordArrays", "line_ids", "upright_word_arrays", "upright_words", "without_fake_bold"]

_LIGATURE_CODES = (min(map(ord, _LIGATURES)), max(map(ord, _LIGATURES)))  # U+FB00-FB06, all in the table
_FAR = 1e9  # points: a coordinate past this goes to the reference (no grid of that size)


def without_fake_bold(chars: CharArrays) -> CharArrays:
    """``chars`` less the overprinted copies (``pdfium._without_fake_bold`` for upright text)."""
    if chars.x0.size < 2:
        return chars
    sizes, size_at = distinct(chars.size)
    rounded = [round(size, 3) for size in sizes.tolist()]
    size_ids = {value: number for number, value in enumerate(sorted(set(rounded)))}
    size_of = np.array([size_ids[value] for value in rounded], dtype=np.int64)[size_at]
    kind = chars.codes * len(size_ids) + size_of
    suspects = _with_twins(kind, chars.x0, chars.top)
    if suspects is None:
        suspects = np.ones(kind.size, dtype=bool)
    elif not suspects.any() or not _any_close_pair(kind[suspects], chars.x0[suspects], chars.top[suspects]):
        return chars
    # The reference on every character of the kinds that have a twin: kinds are independent.
    rows = np.flatnonzero(np.isin(kind, kind[suspects]))
    codes, sizes = chars.codes.tolist(), chars.size.tolist()
    x0, top = chars.x0.tolist(), chars.top.tolist()
    # A code stands for its letter: the kinds are the reference's (text, size, upright).
    duplicates = duplicate_indices(((codes[i], round(sizes[i], 3), True), x0[i], top[i]) for i in rows.tolist())
    if not duplicates:
        return chars
    keep = np.ones(kind.size, dtype=bool)
    keep[rows[sorted(duplicates)]] = False
    return chars.take(keep)


def _with_twins(kind: np.ndarray, x0: np.ndarray, top: np.ndarray) -> np.ndarray | None:
    """Characters with another of their kind in their 1-pt grid cell or a neighbouring one
    (a copy within 1 pt is always there); ``None`` for a page too large for the grid."""
    if np.abs(x0).max() > _FAR or np.abs(top).max() > _FAR:
        return None
    cx = np.floor(x0).astype(np.int64)
    cy = np.floor(top).astype(np.int64)
    cx -= cx.min() - 1
    cy -= cy.min() - 1
    across, down = int(cx.max()) + 2, int(cy.max()) + 2
    if (int(kind.max()) + 1) * across * down >= 2**62:
        return None
    keys = (kind * down + cy) * across + cx
    ordered = np.sort(keys)  # a sort, not an argsort: a key's twins are the same whichever its place
    # The row's cells next to a key are its neighbours in key order.
    close = ordered[1:] - ordered[:-1] <= 1
    twins = np.zeros(kind.size, dtype=bool)
    twins[1:] |= close
    twins[:-1] |= close
    for dy in (-1, 1):  # the row above and below: the first key from the left cell on
        first = np.minimum(np.searchsorted(ordered, ordered + dy * across - 1), kind.size - 1)
        twins |= (ordered[first] >= ordered + dy * across - 1) & (ordered[first] <= ordered + dy * across + 1)
    if not twins.any():
        return twins
    found: np.ndarray = np.isin(keys, ordered[twins])  # a few keys on most pages
    return found


_PAIRS = 512  # suspects compared pair by pair at most (a page of fake bold has thousands)


def _any_close_pair(kind: np.ndarray, x0: np.ndarray, top: np.ndarray) -> bool:
    """Whether two of these characters have the same kind and lie within 1 pt in both
    directions: what a duplicate needs (``fakebold.duplicate_indices``). Both are always
    among the twins of :func:`_with_twins`; these are mostly neighbours in "ll" or "..."
    a few points apart, so most pages that have twins need no reference pass."""
    if kind.size > _PAIRS:
        return True
    close = (
        (kind[:, None] == kind[None, :])
        & (np.abs(x0[:, None] - x0[None, :]) <= _TOLERANCE)
        & (np.abs(top[:, None] - top[None, :]) <= _TOLERANCE)
    )
    np.fill_diagonal(close, False)
    return bool(close.any())


class WordArrays(NamedTuple):
    """An upright page's words in line order, as ``upright_words`` gives them, a field per
    array: the reading order (``layout_arrays.py``) needs no tuple per word on most pages."""

    texts: list[str]
    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray

    def words(self) -> list[Word]:
        """The words as ``words.extract_words`` gives them."""
        boxes = (self.x0.tolist(), self.x1.tolist(), self.top.tolist(), self.bottom.tolist())
        return list(map(Word, self.texts, *boxes))


def upright_words(chars: CharArrays, *, x_tolerance_ratio: float) -> list[Word]:
    """``words.extract_words`` for a page whose characters are all upright."""
    return upright_word_arrays(chars, x_tolerance_ratio=x_tolerance_ratio).words()


def upright_word_arrays(chars: CharArrays, *, x_tolerance_ratio: float) -> WordArrays:
    """:func:`upright_words` as arrays."""
    if not chars.x0.size:
        empty = np.zeros(0)
        return WordArrays([], empty, empty, empty, empty)
    line = line_ids(chars.top)
    order = np.argsort(chars.x0, kind="stable")
    order = order[stable_order(line[order])]
    line = line[order]
    x0, x1, top, bottom = chars.x0[order], chars.x1[order], chars.top[order], chars.bottom[order]
    space = chars.codes[order] == ord(" ")
    gap = x_tolerance_ratio * chars.size[order]
    same_line = line[1:] == line[:-1]
    step = x0[1:] - x1[:-1]
    tracking = _tracking(line, step, same_line & ~space[1:] & ~space[:-1])[line[1:]]
    breaks = (
        (x0[1:] < x0[:-1])
        | (x0[1:] > x1[:-1] + gap[:-1])
        | (np.abs(top[1:] - top[:-1]) > Y_TOLERANCE)
        | ((tracking < 0) & (step > np.maximum(0.0, tracking + gap[:-1] / 2)))
    )
    starts = ~space & np.concatenate(([True], ~same_line | space[:-1] | breaks))
    spelt = _spelt(chars, order[~space])
    # The words are runs of the non-space characters, each beginning at a start.
    firsts = np.flatnonzero(starts[~space])
    bounds = [*firsts.tolist(), len(spelt)]
    if isinstance(spelt, str):
        texts = [spelt[a:b] for a, b in pairwise(bounds)]
    else:
        texts = ["".join(spelt[a:b]) for a, b in pairwise(bounds)]
    x0, x1, top, bottom = x0[~space], x1[~space], top[~space], bottom[~space]
    return WordArrays(
        texts,
        np.minimum.reduceat(x0, firsts),
        np.maximum.reduceat(x1, firsts),
        np.minimum.reduceat(top, firsts),
        np.maximum.reduceat(bottom, firsts),
    )


def _spelt(chars: CharArrays, order: np.ndarray) -> str | list[str]:
    """The letters in ``order``, ligatures spelt out: one string when each is one letter."""
    codes = chars.codes[order]
    if not ((codes >= MULTI) | ((codes >= _LIGATURE_CODES[0]) & (codes <= _LIGATURE_CODES[1]))).any():
        letters: bytes = codes.astype("<u4").tobytes()
        return letters.decode("utf-32-le")
    spellings = chars.spellings
    texts = [spellings[c] if c >= MULTI else chr(c) for c in codes.tolist()]
    return [_LIGATURES.get(text, text) for text in texts]


def line_ids(tops: np.ndarray) -> np.ndarray:
    """``words._clusters`` of the tops: sorted distinct values chained within 3 pt."""
    values, value_of = distinct(tops)
    cluster = np.cumsum(np.concatenate(([False], values[1:] > values[:-1] + Y_TOLERANCE)))
    lines: np.ndarray = cluster[value_of]
    return lines


def _tracking(line: np.ndarray, step: np.ndarray, counted: np.ndarray) -> np.ndarray:
    """``words._tracking`` of every line: the median gap between letters, 0 under 4 gaps."""
    lines = int(line[-1]) + 1
    owner = line[1:][counted]
    gaps = step[counted]
    ordered = gaps[np.lexsort((gaps, owner))]
    counts = np.bincount(owner, minlength=lines)
    firsts = np.cumsum(counts) - counts
    tracking = np.zeros(lines)
    enough = np.flatnonzero(counts >= 4)
    middle = firsts[enough] + counts[enough] // 2
    odd = counts[enough] % 2 == 1
    tracking[enough] = np.where(odd, ordered[middle], (ordered[middle - 1] + ordered[middle]) / 2)
    return tracking
