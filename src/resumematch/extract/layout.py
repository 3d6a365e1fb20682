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

The free vertical runs that may be gutters are found on an occupancy grid
(``gutters.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from .gutters import MIN_GUTTER as _MIN_GUTTER
from .gutters import X_BIN as _X_BIN
from .gutters import candidate_runs as _candidate_runs
from .words import Direction, Word

__all__ = ["X_TOLERANCE_RATIO", "PageText", "page_text", "pick_gutter", "regions_text", "rotated_directions"]

_MIN_LINES_EACH_SIDE = 3
_MAX_DEPTH = 4
_ANNOTATION_SHARE = 0.25  # of the characters beside the gutter
_ANNOTATION_ALIGNED = 0.7  # of its lines on the other side's baselines
_ANNOTATION_SPARSE = 0.8  # lines per line of the other side over its height


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


def regions_text(regions: _Region, plain: Callable[[], str]) -> PageText:
    """An upright page's text from its region tree (``page_text`` for a page of one
    frame): ``plain()``, pdfplumber's reading, when it is one column."""
    columns = _count_columns(regions)
    if columns == 1:
        return PageText(plain())
    parts = ("\n".join(_lines(region)) for region in _leaves(regions))
    return PageText("\n".join(part for part in parts if part), columns=columns)


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
    return pick_gutter(best, left_edge, text_top, lambda *gutter: _both_sides_have_lines(words, *gutter))


def pick_gutter(
    best: list[tuple[int, int, int]],
    left_edge: float,
    text_top: float,
    both_sides: Callable[[float, float, float, float], bool],
) -> tuple[float, float, float] | None:
    """``(x, top, bottom)`` of the tallest of the candidate runs ``best`` (``gutters.py``, in
    bin order) for which ``both_sides(gx0, gx1, run_top, run_bottom)`` says it has lines
    on both sides.

    A run (its length and first row) is tried once, as the whole gutter it makes from its
    leftmost start: that start and the next ones in a row that share it. Longest first,
    then leftmost; at most 12 runs.
    """
    origin = int(text_top)
    span = max(1, int(_MIN_GUTTER / _X_BIN + 0.999))
    gutters: dict[tuple[int, int], list[int]] = {}  # run -> [first start, last start] of its gutter
    previous: tuple[int, int, int] | None = None
    for length, row, start in best:
        gutter = gutters.get((length, row))
        if gutter is None:
            gutters[length, row] = [start, start]
        elif previous == (length, row, start - 1) and gutter[1] == start - 1:
            gutter[1] = start
        previous = (length, row, start)
    ranked = sorted(gutters.items(), key=lambda item: (-item[0][0], item[1][0]))
    for (length, row), (first, last) in ranked[:12]:
        gx0 = left_edge + first * _X_BIN
        gx1 = left_edge + (last + span) * _X_BIN
        run_top = origin + row
        run_bottom = run_top + length
        if both_sides(gx0, gx1, run_top, run_bottom):
            return (gx0 + gx1) / 2, run_top, run_bottom
    return None


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
