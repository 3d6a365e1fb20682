"""Characters with positions → words and lines, the way pdfplumber groups them.

Both PDF engines end in the same reading-order analysis (``layout.py``), which works on
words. pdfplumber builds its own words; the PDFium engine gives characters only, and
this module groups them with pdfplumber's rules (``WordExtractor`` and the plain
``extract_text``), so that both engines cut the same words and lines:

* characters of one orientation are clustered into lines by their ``top`` (3 pt,
  chained), each line read by ``x0``;
* a word ends at a blank, when the next character starts before the previous one, more
  than ``x_tolerance_ratio`` × font size after its end, or more than 3 pt off its line;
* one rule more: PDFium leaves out some of the space characters a PDF draws (where
  it judges them redundant), and in tightly tracked text (letters overlapping by a
  point) the gap left is under the tolerance. So on a line whose letters overlap, a
  gap is also a word break when it exceeds the line's median gap by the tolerance.
* ligatures are spelt out ("ﬁ" → "fi").
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from typing import Literal, NamedTuple

__all__ = ["Char", "Direction", "Word", "extract_words", "plain_text"]

Direction = Literal["ltr", "rtl", "ttb", "btt"]

Y_TOLERANCE = 3.0  # points between the tops of two characters of one line (pdfplumber's default)

_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


class Char(NamedTuple):
    """One drawn character in the page's frame (points, ``top`` measured from the top)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    upright: bool = True
    turn: float = 0.0
    """The sine of the baseline's angle: > 0 reads upwards, < 0 downwards."""


class Word(NamedTuple):
    """A word as both engines hand it to the reading-order analysis."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    upright: bool = True
    direction: Direction = "ltr"


_LINE_KEY: dict[str, Callable[[Char | Word], float]] = {
    "ttb": lambda c: c.top,
    "btt": lambda c: -c.bottom,
    "ltr": lambda c: c.x0,
    "rtl": lambda c: -c.x1,
}
_CHAR_KEY: dict[str, Callable[[Char], tuple[float, float]]] = {
    "ttb": lambda c: (c.top, c.bottom),
    "btt": lambda c: (-c.bottom, -c.top),
    "ltr": lambda c: (c.x0, c.x0),
    "rtl": lambda c: (-c.x1, -c.x0),
}


def _clusters(values: Iterable[float], tolerance: float) -> dict[float, int]:
    """Each value's cluster: sorted values chained while the step is within ``tolerance``."""
    ids: dict[float, int] = {}
    cluster = -1
    last = None
    for value in sorted(set(values)):
        if last is None or value > last + tolerance:
            cluster += 1
        ids[value] = cluster
        last = value
    return ids


def _lines_of(items: Sequence[Char], key: Callable[[Char], float], tolerance: float) -> list[list[Char]]:
    """pdfplumber's ``cluster_objects``: items grouped by cluster, in cluster order."""
    ids = _clusters(map(key, items), tolerance)
    ordered = sorted(items, key=lambda item: ids[key(item)])
    return [list(group) for _, group in itertools.groupby(ordered, key=lambda item: ids[key(item)])]


def _new_word(prev: Char, char: Char, direction: str, intra: float, inter: float) -> bool:
    """pdfplumber's ``char_begins_new_word``: a step back, a gap past ``intra``, or off the line."""
    if direction == "ltr":
        return char.x0 < prev.x0 or char.x0 > prev.x1 + intra or abs(char.top - prev.top) > inter
    if direction == "rtl":
        return char.x1 > prev.x1 or char.x1 < prev.x0 - intra or abs(char.top - prev.top) > inter
    if direction == "ttb":
        return char.top < prev.top or char.top > prev.bottom + intra or abs(char.x0 - prev.x0) > inter
    return char.bottom > prev.bottom or char.bottom < prev.top - intra or abs(char.x0 - prev.x0) > inter


def _tracking(line: list[Char]) -> float:
    """The median gap between neighbouring letters of a line (negative when they overlap)."""
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(line) if not a.text.isspace() and not b.text.isspace()]
    if len(gaps) < 4:
        return 0.0
    return statistics.median(gaps)


def _merge(chars: list[Char], direction: Direction) -> Word:
    return Word(
        "".join(_LIGATURES.get(c.text, c.text) for c in chars),
        min(c.x0 for c in chars),
        max(c.x1 for c in chars),
        min(c.top for c in chars),
        max(c.bottom for c in chars),
        chars[0].upright,
        direction,
    )


def extract_words(
    chars: Sequence[Char],
    *,
    x_tolerance_ratio: float,
    char_dir_rotated: Direction = "ttb",
    line_dir_rotated: Direction = "ltr",
) -> list[Word]:
    """The words of ``chars`` (in drawing order), line by line, as pdfplumber cuts them."""
    words: list[Word] = []
    for upright, run in itertools.groupby(chars, key=attrgetter("upright")):
        group = list(run)
        line_dir = "ttb" if upright else line_dir_rotated
        char_dir: Direction = "ltr" if upright else char_dir_rotated
        for line in _lines_of(group, _LINE_KEY[line_dir], Y_TOLERANCE):
            line.sort(key=_CHAR_KEY[char_dir])
            tracking = _tracking(line) if char_dir == "ltr" else 0.0
            current: list[Char] = []
            for char in line:
                if char.text.isspace():
                    if current:
                        words.append(_merge(current, char_dir))
                    current = []
                    continue
                if current:
                    prev = current[-1]
                    gap = x_tolerance_ratio * prev.size
                    # Along a vertical line the fixed 3 pt is the gap, the ratio the offset.
                    intra, inter = (gap, Y_TOLERANCE) if char_dir in ("ltr", "rtl") else (Y_TOLERANCE, gap)
                    if _new_word(prev, char, char_dir, intra, inter) or (
                        tracking < 0 and char.x0 - prev.x1 > max(0.0, tracking + gap / 2)
                    ):
                        words.append(_merge(current, char_dir))
                        current = [char]
                        continue
                current.append(char)
            if current:
                words.append(_merge(current, char_dir))
    return words


def plain_text(words: Sequence[Word]) -> str:
    """pdfplumber's plain ``extract_text``: consecutive words on one ``top`` (3 pt) form a line."""
    if not words:
        return ""
    ids = _clusters((w.top for w in words), Y_TOLERANCE)
    return "\n".join(
        " ".join(word.text for word in line) for _, line in itertools.groupby(words, key=lambda w: ids[w.top])
    )
