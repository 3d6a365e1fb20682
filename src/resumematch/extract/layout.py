"""Reading order for PDF pages: columns, sidebars and rotated text.

pdfplumber's ``extract_text`` reads a page line by line across its full width, so a
two-column resume comes out with each line of the left column glued to the line of
the right column beside it ("Python   Senior Engineer, Acme"): the classic ATS
garbling. Here the words of a page are laid on a grid and the page is cut at
vertical whitespace gutters that run through a large part of its height (an
XY-cut restricted to tall gutters): text above the gutter, then the left column
top to bottom, then the right one, then text below; each part is cut again, so
three columns and a sidebar inside a column work too.

Pages with no such gutter come out exactly as ``extract_text`` gives them, so
single-column resumes are unchanged. Rotated pages (text running top-to-bottom or
bottom-to-top) are turned into an upright frame first, so their lines are lines.

Occupancy is kept as one Python integer per 1-point column of the page, each bit a
1-point row: finding the longest free vertical run in a candidate gutter is then a
few big-integer operations, fast enough to cost little next to pdfminer's parsing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from .words import Direction, Word

__all__ = ["X_TOLERANCE_RATIO", "PageText", "page_text", "rotated_directions"]

_X_BIN = 1.0  # points per grid column
_MIN_GUTTER = 6.0  # points: wider than the gaps between words of a line
_MIN_LINES_EACH_SIDE = 3
_MIN_RUN_FRACTION = 0.3  # of the region's text height
_MAX_DEPTH = 4
_ANNOTATION_SHARE = 0.25  # of the characters beside the gutter
_ANNOTATION_ALIGNED = 0.7  # of its lines on the other side's baselines
_ANNOTATION_SPARSE = 0.8  # lines per line of the other side over its height
_ONES = re.compile("1+")
_GRID_CELLS = 2_000_000  # bins x bands: a larger grid (a damaged file) is scanned the plain way
_CHUNKS_PER_RUN = 4  # the gutter scan's coarse grid: chunks of a quarter of the run it needs


@dataclass(frozen=True)
class PageText:
    """A page's text in reading order, with what was found out on the way."""

    text: str
    columns: int = 1
    rotated: bool = False


class _Word(NamedTuple):
    """A word in the upright reading frame (x grows along a line, y down the page).

    A tuple, not a frozen dataclass: a page makes hundreds, and the hot loops unpack them."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def _to_reading_frame(word: Word, width: float, height: float) -> _Word:
    """Turn a word into the frame in which its characters read left to right."""
    x0, x1, top, bottom = word.x0, word.x1, word.top, word.bottom
    if word.direction == "ttb":  # turned clockwise: lines advance right to left
        return _Word(word.text, top, bottom, width - x1, width - x0)
    if word.direction == "btt":  # turned counter-clockwise: lines advance left to right
        return _Word(word.text, height - bottom, height - top, x0, x1)
    if word.direction == "rtl" and not word.upright:  # upside down
        return _Word(word.text, width - x1, width - x0, height - bottom, height - top)
    return _Word(word.text, x0, x1, top, bottom)


def rotated_directions(turns: Iterable[float]) -> tuple[Direction, Direction]:
    """``(char_dir, line_dir)`` for the page's turned characters, from their baselines.

    ``turns`` holds, for each character that is not upright, the sine of its baseline's
    angle in PDF space (y up; the text matrix's ``b``): > 0 reads upwards (bottom to
    top, lines advancing rightwards), < 0 downwards (lines advancing leftwards).
    """
    up = down = 0
    for turn in turns:
        if turn > 0:
            up += 1
        elif turn < 0:
            down += 1
    return ("btt", "ltr") if up > down else ("ttb", "rtl")


X_TOLERANCE_RATIO = 0.15
"""Largest gap between two letters of one word, as a share of the font size.

pdfplumber's default is a fixed 3 pt, which merges the words of tightly set small
fonts ("LastUpdatedon21stJanuary2015" in a LaTeX resume at 8 pt); a gap relative to
the font size keeps them apart at every size."""


def page_text(words: Sequence[Word], width: float, height: float, plain: Callable[[], str]) -> PageText:
    """The text of a page in reading order (see the module docstring).

    ``words`` are cut with :func:`rotated_directions` for the turned ones; ``plain``
    gives the page read line by line across its width (pdfplumber's ``extract_text``),
    the answer for a single-column upright page.
    """
    if not words:
        return PageText(plain())
    by_direction: dict[str, list[Word]] = {}
    if all(word.upright and word.direction == "ltr" for word in words):  # the common page: one frame
        by_direction["ltr"] = list(words)
        dominant = "ltr"
        reading = [_Word(text, x0, x1, top, bottom) for text, x0, x1, top, bottom, _, _ in words]
    else:
        for word in words:
            key = word.direction if not word.upright else "ltr"
            by_direction.setdefault(key, []).append(word)
        dominant = max(by_direction, key=lambda key: sum(len(w.text) for w in by_direction[key]))
        reading = [_to_reading_frame(w, width, height) for w in by_direction[dominant]]
    regions = _order(reading, depth=0)
    columns = _count_columns(regions)
    rotated = dominant != "ltr"
    if columns == 1 and not rotated:
        return PageText(plain())  # pdfplumber's own reading
    parts = ["\n".join(_lines(region)) for region in _leaves(regions)]
    # Text in a minority direction (a vertical label on a sidebar) follows the page.
    for direction, others in by_direction.items():
        if direction != dominant:
            parts.append("\n".join(_lines([_to_reading_frame(w, width, height) for w in others])))
    return PageText("\n".join(part for part in parts if part), columns=columns, rotated=rotated)


# A region tree: a list of words (a leaf), or ("cut", [top, left, right, bottom]).
_Region = Any


def _leaves(region: _Region) -> list[list[_Word]]:
    if isinstance(region, tuple):
        return [leaf for child in region[1] for leaf in _leaves(child)]
    return [region] if region else []


def _count_columns(region: _Region) -> int:
    """The most columns side by side anywhere on the page (1 when never cut)."""
    if not isinstance(region, tuple):
        return 1
    top, left, right, bottom = region[1]
    return max(
        _count_columns(left) + _count_columns(right),
        _count_columns(top),
        _count_columns(bottom),
    )


def _order(words: list[_Word], depth: int) -> _Region:
    """Cut ``words`` at the best tall gutter, recursively; a leaf when there is none."""
    if depth >= _MAX_DEPTH or len(words) < 2 * _MIN_LINES_EACH_SIDE:
        return words
    cut = _find_gutter(words)
    if cut is None:
        return words
    split_x, run_top, run_bottom = cut
    top: list[_Word] = []
    left: list[_Word] = []
    right: list[_Word] = []
    bottom: list[_Word] = []
    for word in words:
        middle = (word.top + word.bottom) / 2  # word.middle, inline
        if middle < run_top:
            top.append(word)
        elif middle > run_bottom:
            bottom.append(word)
        elif (word.x0 + word.x1) / 2 < split_x:
            left.append(word)
        else:
            right.append(word)
    return (
        "cut",
        [_order(part, depth + 1) for part in (top, left, right, bottom)],
    )


def _find_gutter(words: list[_Word]) -> tuple[float, float, float] | None:
    """``(x, top, bottom)`` of the tallest vertical gutter with text on both sides."""
    left_edge = min(w.x0 for w in words)
    right_edge = max(w.x1 for w in words)
    text_top = min(w.top for w in words)
    text_bottom = max(w.bottom for w in words)
    text_height = text_bottom - text_top
    if text_height <= 0 or right_edge - left_edge < 4 * _MIN_GUTTER:
        return None
    best = _candidate_runs(words, left_edge, text_top, text_bottom, right_edge)  # (run length, start row, first bin)
    origin = int(text_top)
    span = max(1, int(_MIN_GUTTER / _X_BIN + 0.999))
    if not best:
        return None
    runs = {start: (length, row) for length, row, start in best}
    best.sort(key=lambda item: (-item[0], item[2]))
    tried: set[tuple[int, int]] = set()
    for length, row, start in best:
        if (length, row) in tried:
            continue
        tried.add((length, row))
        # The whole gutter: the neighbouring start positions that share this run.
        first = last = start
        while runs.get(first - 1) == (length, row):
            first -= 1
        while runs.get(last + 1) == (length, row):
            last += 1
        gx0 = left_edge + first * _X_BIN
        gx1 = left_edge + (last + span) * _X_BIN
        run_top = origin + row
        run_bottom = run_top + length
        if _both_sides_have_lines(words, gx0, gx1, run_top, run_bottom):
            return (gx0 + gx1) / 2, run_top, run_bottom
        if len(tried) >= 12:
            break
    return None


def _candidate_runs_plain(
    words: list[_Word], left_edge: float, text_top: float, text_bottom: float, right_edge: float
) -> list[tuple[int, int, int]]:
    """:func:`_candidate_runs` with the grid as one Python integer per column (the reference).

    ``(run length, start row, first bin)`` for each gutter position whose longest free
    vertical run is tall enough, in bin order.
    """
    text_height = text_bottom - text_top
    origin = int(text_top)
    rows = int(text_bottom) - origin + 2
    bins = int((right_edge - left_edge) / _X_BIN) + 2
    grid = [0] * bins
    for word in words:
        y0 = max(0, int(word.top) - origin)
        y1 = max(y0 + 1, int(word.bottom + 0.999) - origin)
        mask = ((1 << (y1 - y0)) - 1) << y0
        b0 = int((word.x0 - left_edge) / _X_BIN)
        b1 = int((word.x1 - left_edge) / _X_BIN)
        for index in range(b0, min(b1, bins - 1) + 1):
            grid[index] |= mask
    span = max(1, int(_MIN_GUTTER / _X_BIN + 0.999))
    full = (1 << rows) - 1
    needed = max(1, math.ceil(_MIN_RUN_FRACTION * text_height))
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
        if length >= _MIN_RUN_FRACTION * text_height:
            best.append((length, match.start(), start))
    return best


def _grid_bounds(words: list[_Word], left_edge: float, origin: int) -> tuple[np.ndarray, ...]:
    """Each word's rows ``[y0, y1)`` and bins ``[b0, b1]`` on the 1-pt grid."""
    top = np.array([w.top for w in words])
    bottom = np.array([w.bottom for w in words])
    y0 = np.maximum(0, top.astype(np.int64) - origin)
    y1 = np.maximum(y0 + 1, (bottom + 0.999).astype(np.int64) - origin)
    b0 = ((np.array([w.x0 for w in words]) - left_edge) / _X_BIN).astype(np.int64)
    b1 = ((np.array([w.x1 for w in words]) - left_edge) / _X_BIN).astype(np.int64)
    return y0, y1, b0, b1


def _candidate_runs(
    words: list[_Word], left_edge: float, text_top: float, text_bottom: float, right_edge: float
) -> list[tuple[int, int, int]]:
    """``(run length, start row, first bin)`` for each gutter position (``span`` bins from
    ``first bin``) whose longest run of rows free of text is tall enough, in bin order.

    The grid is a boolean array of bins by bands, a band being rows that start and end
    no word (every row of a band is free or taken alike), filled from each word's
    corners (a 2-D running sum); no Python step per bin or row.
    """
    text_height = text_bottom - text_top
    origin = int(text_top)
    rows = int(text_bottom) - origin + 2
    bins = int((right_edge - left_edge) / _X_BIN) + 2
    span = max(1, int(_MIN_GUTTER / _X_BIN + 0.999))
    if bins - span <= 1:
        return []
    y0, y1, b0, b1 = _grid_bounds(words, left_edge, origin)
    b1 = np.minimum(b1, bins - 1) + 1
    drawn = b1 > b0  # a word with x1 before x0 (a damaged file) covers no bin
    y0, y1, b0, b1 = y0[drawn], y1[drawn], b0[drawn], b1[drawn]
    edges = np.sort(np.concatenate(([0, rows], y0, y1)), kind="stable")  # the bands: [edges[i], edges[i + 1])
    edges = edges[np.concatenate(([True], edges[1:] != edges[:-1]))]  # np.unique, without its import of numpy.ma
    if edges.size * bins > _GRID_CELLS:
        return _candidate_runs_plain(words, left_edge, text_top, text_bottom, right_edge)
    needed = max(1, math.ceil(_MIN_RUN_FRACTION * text_height))
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
    tall = (length >= needed) & (length >= _MIN_RUN_FRACTION * text_height)
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
    return corners.reshape(across + 1, down + 1).cumsum(axis=0).cumsum(axis=1)[:across, :down]


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


def _both_sides_have_lines(words: list[_Word], gx0: float, gx1: float, run_top: float, run_bottom: float) -> bool:
    """True when the gutter separates two real columns.

    Not a column: a margin of dates or places beside each entry ("Sept 2018 - May
    2023" to the right of a degree), recognisable because its few lines sit on the
    baselines of lines on the other side. Reading those row by row keeps each date
    on the line of its entry, which is what a reader (and the date parser) wants.
    """
    left: dict[int, int] = {}
    right: dict[int, int] = {}
    left_of, right_of = gx0 + _X_BIN, gx1 - _X_BIN
    for text, x0, x1, top, bottom in words:
        if not run_top <= (top + bottom) / 2 <= run_bottom:  # word.middle, inline
            continue
        if x1 <= left_of:
            side = left
        elif x0 >= right_of:
            side = right
        else:
            continue
        row = round(bottom)
        side[row] = side.get(row, 0) + len(text)
    if len(left) < _MIN_LINES_EACH_SIDE or len(right) < _MIN_LINES_EACH_SIDE:
        return False
    small, large = sorted((left, right), key=lambda side: sum(side.values()))
    share = sum(small.values()) / max(1, sum(small.values()) + sum(large.values()))
    aligned = sum(1 for row in small if any(near in large for near in (row - 1, row, row + 1)))
    # Sparse: far fewer of its lines than the other side has over the same height
    # (a date per entry), unlike a short sidebar, whose lines follow one another.
    low, high = min(small), max(small)
    beside = sum(1 for row in large if low <= row <= high)
    return not (
        share <= _ANNOTATION_SHARE
        and aligned >= _ANNOTATION_ALIGNED * len(small)
        and len(small) < _ANNOTATION_SPARSE * beside
    )


def _lines(words: list[_Word]) -> list[str]:
    """Words grouped into lines (by vertical overlap), each read left to right."""
    lines: list[list[_Word]] = []
    current: list[_Word] = []
    current_bottom = 0.0
    current_top = 0.0
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        height = max(1.0, word.bottom - word.top)
        if current and word.top < current_bottom - 0.5 * height and word.top - current_top < height:
            current.append(word)
            current_bottom = max(current_bottom, word.bottom)
            continue
        if current:
            lines.append(current)
        current, current_top, current_bottom = [word], word.top, word.bottom
    if current:
        lines.append(current)
    return [" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines]
