"""Fake bold: the overprinted copies of characters some tools draw to embolden text.

Word processors without a bold font draw each letter two or three times, a fraction of
a point apart. Read naively that is "PPyytthhoonn". Both PDF engines drop a character
that repeats an earlier one (same text, font, size and orientation) within 1 pt of its
position, the rule of pdfplumber's ``dedupe_chars``, here in linear time: a kept
character marks its 1-pt grid cell, so most characters are cleared by a few set lookups
before the exact comparison with the last 64 positions of their kind.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable

__all__ = ["duplicate_indices"]

_TOLERANCE = 1.0  # points, in both directions
_RECENT = 64


def duplicate_indices(chars: Iterable[tuple[Hashable, float, float]]) -> set[int]:
    """Indices of the ``(kind, x0, top)`` entries that repeat an earlier one within 1 pt."""
    seen: dict[Hashable, tuple[list[tuple[float, float]], set[tuple[int, int]]]] = {}
    duplicates: set[int] = set()
    for index, (key, x0, top) in enumerate(chars):
        known = seen.get(key)
        if known is None:
            known = seen[key] = ([], set())
        positions, cells = known
        cell = _cell(x0, top)
        maybe_copy = cell is None or (bool(cells) and _near(cell, cells))
        if maybe_copy and any(
            abs(x0 - x) <= _TOLERANCE and abs(top - t) <= _TOLERANCE for x, t in positions[-_RECENT:]
        ):
            duplicates.add(index)
            continue
        positions.append((x0, top))
        if cell is not None:
            cells.add(cell)
    return duplicates


def _cell(x: float, y: float) -> tuple[int, int] | None:
    """The 1-pt grid cell of a position; ``None`` for a non-finite one (a hostile file)."""
    try:
        return math.floor(x), math.floor(y)
    except (ValueError, OverflowError, TypeError):
        return None


def _near(cell: tuple[int, int], cells: set[tuple[int, int]]) -> bool:
    """Whether ``cell`` or one of its 8 neighbours is in ``cells``."""
    x, y = cell
    return (
        (x, y) in cells
        or (x - 1, y) in cells
        or (x + 1, y) in cells
        or (x, y - 1) in cells
        or (x, y + 1) in cells
        or (x - 1, y - 1) in cells
        or (x + 1, y - 1) in cells
        or (x - 1, y + 1) in cells
        or (x + 1, y + 1) in cells
    )
