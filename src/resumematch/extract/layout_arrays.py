"""Reading order of an upright page from its word arrays: ``layout.py``'s first cut in bulk.

``layout.page_text`` takes a page's words as tuples, and most of its time on a common
page (one column, upright) went to making them and reading their edges back one at a
time: the gutter scan wants arrays, the answer is pdfplumber's plain reading. Here the
page's first cut is found on the arrays of ``word_arrays.upright_word_arrays`` (its
edges, the grid of ``gutters.candidate_runs_of_boxes``, the both-sides test as array
operations) and the plain reading is joined from them; only a page that is cut gets its
tuples, for ``layout._order`` to cut its parts as before. ``layout.page_text`` stays the
reference: ``tests/test_extract_arrays.py`` compares the two on every fixture page and on
random words.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from .gutters import MIN_GUTTER, X_BIN, Boxes, candidate_runs_of_boxes
from .layout import (
    _ANNOTATION_ALIGNED,
    _ANNOTATION_SHARE,
    _ANNOTATION_SPARSE,
    _MIN_LINES_EACH_SIDE,
    PageText,
    _both_sides_have_lines,
    _order,
    _Word,
    pick_gutter,
    regions_text,
)
from .word_arrays import WordArrays, line_ids

__all__ = ["plain_text_of", "upright_page_text"]

_MAX_ROWS = 1 << 16  # rows of 1 pt in the both-sides table; a larger span takes the reference


def upright_page_text(words: WordArrays) -> PageText:
    """``layout.page_text`` of an upright page's words (all read left to right)."""
    if len(words.texts) < 2 * _MIN_LINES_EACH_SIDE:
        return PageText(plain_text_of(words))
    cut = _find_gutter(words)
    if cut is None:
        return PageText(plain_text_of(words))
    split_x, run_top, run_bottom = cut
    middle = (words.top + words.bottom) / 2
    above, below = middle < run_top, middle > run_bottom
    beside = ~above & ~below
    left = beside & ((words.x0 + words.x1) / 2 < split_x)
    reading = _reading(words)
    parts = [[reading[i] for i in np.flatnonzero(part).tolist()] for part in (above, left, beside & ~left, below)]
    return regions_text(("cut", [_order(part, 1) for part in parts]), lambda: plain_text_of(words))


def _reading(words: WordArrays) -> list[_Word]:
    """The words as ``layout._Word`` tuples (an upright page's reading frame)."""
    return [_Word(*word) for word in zip(words.texts, *(edge.tolist() for edge in words[1:]), strict=True)]


def plain_text_of(words: WordArrays) -> str:
    """``words.plain_text``: consecutive words on one ``top`` (3 pt) form a line."""
    if not words.texts:
        return ""
    line = line_ids(words.top)
    bounds = [0, *(np.flatnonzero(line[1:] != line[:-1]) + 1).tolist(), len(words.texts)]
    texts = words.texts
    return "\n".join(" ".join(texts[a:b]) for a, b in pairwise(bounds))


def _find_gutter(words: WordArrays) -> tuple[float, float, float] | None:
    """``layout._find_gutter`` on arrays."""
    left_edge, right_edge = float(words.x0.min()), float(words.x1.max())
    text_top, text_bottom = float(words.top.min()), float(words.bottom.max())
    if text_bottom - text_top <= 0 or right_edge - left_edge < 4 * MIN_GUTTER:
        return None
    boxes = Boxes(words.x0, words.x1, words.top, words.bottom)
    best = candidate_runs_of_boxes(boxes, left_edge, text_top, text_bottom, right_edge)
    if not best:
        return None
    sides = _Sides(words)
    if sides.size > _MAX_ROWS:  # words millions of points apart (a damaged file): no row table
        reading = _reading(words)
        return pick_gutter(best, left_edge, text_top, lambda *gutter: _both_sides_have_lines(reading, *gutter))
    return pick_gutter(best, left_edge, text_top, sides.both_have_lines)


class _Sides:
    """``layout._both_sides_have_lines`` on arrays: each side's lines (rows of the words'
    rounded bottoms) and letters, counted with ``np.bincount``."""

    def __init__(self, words: WordArrays) -> None:
        self.words = words
        self.middle = (words.top + words.bottom) / 2
        rows = np.rint(words.bottom).astype(np.int64)  # round(): halves to even, as Python's
        self.first = int(rows.min()) - 1  # a row beside the lowest, for the test of neighbours
        self.row = rows - self.first
        self.size = int(self.row.max()) + 2
        self.letters = np.fromiter(map(len, words.texts), dtype=np.float64, count=len(words.texts))

    def both_have_lines(self, gx0: float, gx1: float, run_top: float, run_bottom: float) -> bool:
        words = self.words
        inside = (run_top <= self.middle) & (self.middle <= run_bottom)
        on_left = inside & (words.x1 <= gx0 + X_BIN)
        on_right = inside & ~on_left & (words.x0 >= gx1 - X_BIN)
        left_rows = np.bincount(self.row[on_left], minlength=self.size) > 0
        right_rows = np.bincount(self.row[on_right], minlength=self.size) > 0
        if left_rows.sum() < _MIN_LINES_EACH_SIDE or right_rows.sum() < _MIN_LINES_EACH_SIDE:
            return False
        left_letters, right_letters = self.letters[on_left].sum(), self.letters[on_right].sum()
        if right_letters < left_letters:
            small, large, small_letters = right_rows, left_rows, right_letters
        else:
            small, large, small_letters = left_rows, right_rows, left_letters
        share = small_letters / max(1, left_letters + right_letters)
        near = large.copy()  # a row of the other side at most one away
        near[1:] |= large[:-1]
        near[:-1] |= large[1:]
        lines = int(small.sum())
        aligned = int((small & near).sum())
        rows = np.flatnonzero(small)
        beside = int(large[rows[0] : rows[-1] + 1].sum())
        return not (
            share <= _ANNOTATION_SHARE
            and aligned >= _ANNOTATION_ALIGNED * lines
            and lines < _ANNOTATION_SPARSE * beside
        )
