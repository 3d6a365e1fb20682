"""The gutter scan: where a page region has a tall vertical strip free of text.

``layout.py`` cuts a page at the tallest such gutter that has lines on both sides; this
module finds the candidates. The page's words are laid on a grid of 1-pt bins across
and rows down; for each start bin, the window of ``MIN_GUTTER`` points from it is free
in a row when no word reaches into it there, and a candidate is the start's longest
run of free rows, kept when it is at least ``MIN_RUN_FRACTION`` of the text height.

:func:`candidate_runs_plain` is the reference: one Python integer per bin, a bit per
row. :func:`candidate_runs` gives the same runs with arrays: rows are grouped into bands
(rows between consecutive word edges, all free or all taken alike), and a coarse grid
of chunks a quarter of the needed height comes first, which rules out every start on
most pages before the fine grid is built (``tests/test_extract_arrays.py`` compares the
two on every fixture page and on random words).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import NamedTuple, Protocol

import numpy as np

__all__ = [
    "MIN_GUTTER",
    "MIN_RUN_FRACTION",
    "X_BIN",
    "Box",
    "Boxes",
    "candidate_runs",
    "candidate_runs_of_boxes",
    "candidate_runs_plain",
]

X_BIN = 1.0  # points per grid column
MIN_GUTTER = 6.0  # points: wider than the gaps between words of a line
MIN_RUN_FRACTION = 0.3  # of the region's text height
_ONES = re.compile("1+")
_GRID_CELLS = 2_000_000  # bins x bands: a larger grid (a damaged file) is scanned the plain way
_CHUNKS_PER_RUN = 4  # the coarse grid: chunks of a quarter of the run a gutter needs


class Box(Protocol):
    """A word's box in the reading frame (``layout._Word``)."""

    @property
    def x0(self) -> float: ...

    @property
    def x1(self) -> float: ...

    @property
    def top(self) -> float: ...

    @property
    def bottom(self) -> float: ...


class _Box(NamedTuple):
    x0: float
    x1: float
    top: float
    bottom: float


def candidate_runs_plain(
    words: Sequence[Box], left_edge: float, text_top: float, text_bottom: float, right_edge: float
) -> list[tuple[int, int, int]]:
    """:func:`candidate_runs` with the grid as one Python integer per column (the reference).

    ``(run length, start row, first bin)`` for each gutter position whose longest free
    vertical run is tall enough, in bin order.
    """
    text_height = text_bottom - text_top
    origin = int(text_top)
    rows = int(text_bottom) - origin + 2
    bins = int((right_edge - left_edge) / X_BIN) + 2
    grid = [0] * bins
    for word in words:
        y0 = max(0, int(word.top) - origin)
        y1 = max(y0 + 1, int(word.bottom + 0.999) - origin)
        mask = ((1 << (y1 - y0)) - 1) << y0
        b0 = int((word.x0 - left_edge) / X_BIN)
        b1 = int((word.x1 - left_edge) / X_BIN)
        for index in range(b0, min(b1, bins - 1) + 1):
            grid[index] |= mask
    span = max(1, int(MIN_GUTTER / X_BIN + 0.999))
    full = (1 << rows) - 1
    needed = max(1, math.ceil(MIN_RUN_FRACTION * text_height))
    best: list[tuple[int, int, int]] = []  # (run length, start row, first bin)
    for start in range(1, bins - span):
        blocked = 0
        for index in range(start, start + span):
            blocked |= grid[index]
        free = ~blocked & full
        if not free or not _has_run(free, needed):
            continue
        # Longest run of free rows: the '1' runs of the bit string, row 0 first.
        bits = format(free, f"0{rows}b")[::-1]
        match = max(_ONES.finditer(bits), key=lambda m: m.end() - m.start())
        length = match.end() - match.start()
        if length >= MIN_RUN_FRACTION * text_height:
            best.append((length, match.start(), start))
    return best


class Boxes(NamedTuple):
    """Words' boxes as arrays, a field per edge (what ``layout_arrays.py`` has of a page)."""

    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray


def candidate_runs(
    words: Sequence[Box], left_edge: float, text_top: float, text_bottom: float, right_edge: float
) -> list[tuple[int, int, int]]:
    """``(run length, start row, first bin)`` for each gutter position (``span`` bins from
    ``first bin``) whose longest run of rows free of text is tall enough, in bin order
    (:func:`candidate_runs_of_boxes` on the words' boxes)."""
    boxes = Boxes(*(np.array([getattr(w, edge) for w in words]) for edge in Boxes._fields))
    return candidate_runs_of_boxes(boxes, left_edge, text_top, text_bottom, right_edge)


def candidate_runs_of_boxes(
    boxes: Boxes, left_edge: float, text_top: float, text_bottom: float, right_edge: float
) -> list[tuple[int, int, int]]:
    """:func:`candidate_runs` of words given as arrays.

    The grid is a boolean array of bins by bands, a band being rows that start and end
    no word (every row of a band is free or taken alike), filled from each word's
    corners (a 2-D running sum); no Python step per bin or row. Only the starts that a
    coarse grid leaves open (:func:`_open_starts`) get a column of it.
    """
    text_height = text_bottom - text_top
    origin = int(text_top)
    rows = int(text_bottom) - origin + 2
    bins = int((right_edge - left_edge) / X_BIN) + 2
    span = max(1, int(MIN_GUTTER / X_BIN + 0.999))
    if bins - span <= 1:
        return []
    y0 = np.maximum(0, boxes.top.astype(np.int64) - origin)  # each word's rows [y0, y1) and bins [b0, b1]
    y1 = np.maximum(y0 + 1, (boxes.bottom + 0.999).astype(np.int64) - origin)
    b0 = ((boxes.x0 - left_edge) / X_BIN).astype(np.int64)
    b1 = ((boxes.x1 - left_edge) / X_BIN).astype(np.int64)
    b1 = np.minimum(b1, bins - 1) + 1
    drawn = b1 > b0  # a word with x1 before x0 (a damaged file) covers no bin
    y0, y1, b0, b1 = y0[drawn], y1[drawn], b0[drawn], b1[drawn]
    edges = np.sort(np.concatenate(([0, rows], y0, y1)), kind="stable")  # the bands: [edges[i], edges[i + 1])
    edges = edges[np.concatenate(([True], edges[1:] != edges[:-1]))]  # np.unique, without its import of numpy.ma
    if edges.size * bins > _GRID_CELLS:
        words = [_Box(*box) for box in zip(*(edge.tolist() for edge in boxes), strict=True)]
        return candidate_runs_plain(words, left_edge, text_top, text_bottom, right_edge)
    needed = max(1, math.ceil(MIN_RUN_FRACTION * text_height))
    # A word blocks the starts whose window of ``span`` bins reaches it: [b0 - span + 1, b1).
    s0 = np.maximum(b0 - span + 1, 0)
    starts = _open_starts(y0, y1, s0, b1, rows, needed, bins)
    starts = starts[(starts >= 1) & (starts < bins - span)]
    if not starts.size:
        return []
    c0, c1 = np.searchsorted(starts, s0), np.searchsorted(starts, b1)  # the starts' columns each word blocks
    band0, band1 = np.searchsorted(edges, y0), np.searchsorted(edges, y1)
    bands = edges.size - 1
    blocked = _covered(c0, c1, band0, band1, starts.size, bands) > 0
    # Runs of free bands: where a start's column turns free and taken again.
    free = np.zeros((starts.size, bands + 2), dtype=np.int8)  # np.pad costs 15 us a call, this 1
    free[:, 1:-1] = ~blocked
    turns = np.diff(free, axis=1)
    column, first_band = np.nonzero(turns == 1)
    _, end_band = np.nonzero(turns == -1)
    first_row, length = edges[first_band], edges[end_band] - edges[first_band]
    tall = (length >= needed) & (length >= MIN_RUN_FRACTION * text_height)
    column, first_row, length = column[tall], first_row[tall], length[tall]
    if not column.size:
        return []
    # Each start's longest run, the first of equals.
    order = np.lexsort((first_row, -length, column))
    column, first_row, length = column[order], first_row[order], length[order]
    head = np.concatenate(([True], column[1:] != column[:-1]))
    return list(zip(length[head].tolist(), first_row[head].tolist(), starts[column[head]].tolist(), strict=True))


def _covered(a0: np.ndarray, a1: np.ndarray, d0: np.ndarray, d1: np.ndarray, across: int, down: int) -> np.ndarray:
    """How many of the rectangles ``[a0, a1) x [d0, d1)`` cover each cell of an
    ``across`` x ``down`` grid: counts at the corners, then a 2-D running sum."""
    cells = (across + 1) * (down + 1)

    def count(a: np.ndarray, d: np.ndarray) -> np.ndarray:
        return np.bincount(a * (down + 1) + d, minlength=cells)

    corners = count(a0, d0) - count(a0, d1) - count(a1, d0) + count(a1, d1)
    covered: np.ndarray = corners.reshape(across + 1, down + 1).cumsum(axis=0).cumsum(axis=1)
    return covered[:across, :down]


def _open_starts(
    y0: np.ndarray, y1: np.ndarray, s0: np.ndarray, s1: np.ndarray, rows: int, needed: int, bins: int
) -> np.ndarray:
    """The starts that may have a free run of ``needed`` rows, in order: those free over
    enough consecutive chunks of about a quarter of ``needed`` rows (a run that long
    always holds that many whole chunks, wherever it begins).

    A coarse grid of a dozen chunks by the bins; on most pages no start passes it,
    and the fine grid is then never built.
    """
    chunk = max(1, needed // _CHUNKS_PER_RUN)
    held = (needed - chunk + 1) // chunk  # whole chunks inside any run of ``needed`` rows
    chunks = (rows + chunk - 1) // chunk
    free = (_covered(y0 // chunk, (y1 - 1) // chunk + 1, s0, s1, chunks, bins) == 0).astype(np.int64)
    if held > 1:  # free over ``held`` chunks in a row: a running sum over windows of that many
        total = np.zeros((chunks + 1, bins), dtype=np.int64)
        np.cumsum(free, axis=0, out=total[1:])
        free = total[held:] - total[:-held]
    return np.flatnonzero((free >= held).any(axis=0))


def _has_run(bits: int, length: int) -> bool:
    """Whether ``bits`` holds ``length`` consecutive ones: a few shifts, no string.

    Most candidate gutters run through text and fail this; only the others pay for
    locating their longest run.
    """
    done = 1
    while done < length:
        step = min(done, length - done)
        bits &= bits >> step
        done += step
    return bits != 0
