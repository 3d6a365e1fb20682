"""A PDFium text page's characters as numpy arrays: ``pdfium_chars.py`` in bulk.

``pdfium_chars.read_chars`` builds one ``Char`` per character with a dozen Python steps
around its two ctypes calls; that loop was most of the default engine's time. Here the
two calls a character needs (its text object and its origin) run in bulk into arrays
(``pdfium_calls.py``), and the rest is done once per text object (font, size, matrix),
once per font and letter (advance widths) or as array operations, with
``read_chars``'s rules. ``read_chars`` stays the reference: ``tests/test_extract_arrays.py``
compares the two on every fixture PDF and on generated ones.

Only the common page takes this path: not rotated, every text object upright, every
value finite, PDFium's text one-to-one with its characters. :func:`read_char_arrays`
returns ``None`` for any other page, and the caller reads it with ``read_chars``.
"""

from __future__ import annotations

import ctypes
import math
from ctypes import c_void_p
from typing import NamedTuple

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as raw

from .pdfium_calls import objects_and_origins, objects_and_origins_plain, run_calls, run_calls_plain
from .pdfium_chars import (
    _UPRIGHT,
    _VISIBLE_GAP,
    _Fonts,
    _get_loose_box,
    _page_text,
)

__all__ = ["MULTI", "CharArrays", "distinct", "read_char_arrays", "stable_order"]

_HYPHEN_CODES = (0x02, 0xFFFE)  # pdfium_chars._HYPHENS
MULTI = 0x110000  # letter codes from here on: a ligature's letters, one code per spelling


class CharArrays(NamedTuple):
    """A page's characters in drawing order as ``read_chars`` gives them, a field per array.

    Every character is upright (``Char.upright`` true, ``turn`` 0). ``codes`` are the
    letters' code points; a glyph of several letters (a ligature) has a code from
    ``MULTI`` up, spelt in ``spellings``.
    """

    codes: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    size: np.ndarray
    spellings: dict[int, str]
    width: float
    height: float

    def texts(self) -> list[str]:
        """Each character's text (``Char.text``)."""
        spellings = self.spellings
        return [spellings[c] if c >= MULTI else chr(c) for c in self.codes.tolist()]

    def take(self, keep: np.ndarray) -> CharArrays:
        """The characters at the positions (or where the mask is true) in ``keep``."""
        kept = np.flatnonzero(keep) if keep.dtype == bool else keep
        return self._replace(
            codes=self.codes[kept],
            x0=self.x0[kept],
            x1=self.x1[kept],
            top=self.top[kept],
            bottom=self.bottom[kept],
            size=self.size[kept],
        )


class _Runs(NamedTuple):
    """What ``read_chars`` reads when the text object changes, for each run of one object."""

    font: np.ndarray
    size: np.ndarray
    scale_x: np.ndarray
    scale_y: np.ndarray


def read_char_arrays(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, deadline: float = math.inf, *, reference: bool = False
) -> CharArrays | None:
    """The page's characters as ``read_chars`` would give them, or ``None`` (module docstring).

    Raises :class:`DeadlinePassed` when ``time.monotonic()`` passes ``deadline``.
    ``reference``: PDFium's answers gathered in Python lists first, as before issue #23's
    nineteenth session (the same arrays; ``tests/test_pdf_check_s19.py``).
    """
    handle = ctypes.cast(textpage.raw, c_void_p).value
    count = raw.FPDFText_CountChars(textpage.raw)
    left, bottom, right, top = page.get_mediabox()
    if page.get_rotation() % 360 or count <= 0 or handle is None:
        return None
    text = _page_text(handle, count)
    if text is None:
        return None
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
    codes[(codes == _HYPHEN_CODES[0]) | (codes == _HYPHEN_CODES[1])] = ord("-")
    blank = np.zeros(count, dtype=bool)
    for letter in set(text):  # a few kinds of blank: a comparison each (np.isin costs more)
        if letter.isspace() or letter == "\x00":
            blank |= codes == ord(letter)
    glyph_at = np.flatnonzero(~blank)
    read = objects_and_origins_plain if reference else objects_and_origins
    objects, ox, oy, found = read(c_void_p(handle), glyph_at.tolist(), deadline)
    valid = (objects != 0) & found
    glyph_at, objects, ox, oy = glyph_at[valid], objects[valid], ox[valid], oy[valid]
    if not glyph_at.size or not (np.isfinite(ox).all() and np.isfinite(oy).all()):
        return None
    run_starts = np.flatnonzero(np.concatenate(([True], objects[1:] != objects[:-1])))
    runs = _runs(
        c_void_p(handle), glyph_at[run_starts].tolist(), objects[run_starts].tolist(), deadline, reference=reference
    )
    if runs is None:
        return None
    run_of = np.repeat(np.arange(run_starts.size), np.diff(np.append(run_starts, glyph_at.size)))
    glyphs = _Glyphs(handle, glyph_at, codes[glyph_at], ox, oy, objects, runs, run_of, left)
    if not glyphs.boxed():
        return None
    chars = _with_spaces(glyphs, np.flatnonzero(codes == ord(" ")), top)
    if chars is None or not all(np.isfinite(a).all() for a in (chars.x0, chars.x1, chars.top, chars.bottom)):
        return None
    return chars._replace(width=right - left, height=top - bottom)


def _runs(
    handle: c_void_p, at: list[int], objects: list[int], deadline: float, *, reference: bool = False
) -> _Runs | None:
    """Each text object's font, size and scale, read at its first character as ``read_chars``
    does; ``None`` when one is turned (``read_chars`` then takes PDFium's own boxes).
    ``reference``: the calls' answers gathered in lists (``pdfium_calls.run_calls_plain``)."""
    found, sizes, matrices, fonts = (run_calls_plain if reference else run_calls)(handle, at, objects, deadline)
    matrices = matrices.astype(float)
    missing = ~found
    scale_x, scale_y = _scale(matrices[:, 0], matrices[:, 1]), _scale(matrices[:, 2], matrices[:, 3])
    scale_x[missing] = scale_y[missing] = 1.0
    cos = np.where(missing, 1.0, matrices[:, 0] / scale_x)
    sin = np.where(missing, 0.0, matrices[:, 1] / scale_x)
    if not ((np.abs(sin) < _UPRIGHT) & (cos > 0)).all():
        return None
    return _Runs(font=fonts(), size=sizes, scale_x=scale_x, scale_y=scale_y)


def stable_order(values: np.ndarray) -> np.ndarray:
    """``np.argsort(values, kind="stable")``: for integers from 0 to 65,535 (a page's line
    numbers, character indices, grid rows) numpy's radix sort of their ``uint16`` copy,
    3-8x faster than its timsort of the same values."""
    if values.dtype.kind in "iu" and values.size and values.min() >= 0 and values.max() <= 0xFFFF:
        values = values.astype(np.uint16)
    order: np.ndarray = np.argsort(values, kind="stable")
    return order


def distinct(values: np.ndarray, order: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_inverse=True)`` (NaNs one value) by a stable sort: the
    quicksort ``np.unique`` takes is 30x slower on the few distinct values of a page's
    sizes or fonts (and its inverse no longer imports ``numpy.ma``). ``order``: the
    values' ascending order, when the caller has it."""
    if order is None:
        order = stable_order(values)
    ordered = values[order]
    new = np.ones(values.size, dtype=bool)
    new[1:] = ordered[1:] != ordered[:-1]
    if ordered.dtype.kind == "f":
        new[1:] &= ~(np.isnan(ordered[1:]) & np.isnan(ordered[:-1]))
    inverse = np.empty(values.size, dtype=np.int64)
    inverse[order] = np.cumsum(new) - 1
    return ordered[new], inverse


def _scale(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``math.hypot(a, b) or 1.0`` (``read_chars``'s), exactly: ``|a|`` where ``b`` is 0 (most
    text), ``math.hypot`` for the rest (numpy's may differ in the last bit)."""
    scale = np.where(b == 0, np.abs(a), np.where(a == 0, np.abs(b), np.nan))
    for k in np.flatnonzero(np.isnan(scale)).tolist():
        scale[k] = math.hypot(a[k], b[k])
    scale[scale == 0] = 1.0
    return scale


class _Glyphs:
    """The page's drawn characters: boxes in PDF space, ligature letters merged."""

    def __init__(
        self,
        handle: int,
        at: np.ndarray,
        codes: np.ndarray,
        ox: np.ndarray,
        oy: np.ndarray,
        objects: np.ndarray,
        runs: _Runs,
        run_of: np.ndarray,
        left: float,
    ) -> None:
        self.handle, self.at, self.codes, self.left = handle, at, codes, left
        fonts = _Fonts()
        font, size, scale_x = runs.font[run_of], runs.size[run_of], runs.scale_x[run_of]
        self.size = size * runs.scale_y[run_of]  # Char.size
        fonts_used, font_of = distinct(font)
        descent = np.array([fonts.descent(f) if f else 0.0 for f in fonts_used.tolist()])[font_of]
        # Advance widths: one lookup per font and letter.
        by_code = stable_order(codes)  # by font, then code: two radix sorts on most pages
        by_pair = by_code[stable_order(font_of[by_code])]
        pairs, pair_of = distinct(font_of * MULTI + codes, by_pair)
        used = fonts_used.tolist()
        advance = np.array([_width(fonts, used[pair // MULTI], pair % MULTI) for pair in pairs.tolist()])
        advance = advance[pair_of]
        self.x0 = ox.copy()
        self.x1 = ox + advance * size * scale_x
        self.y0 = oy + descent * self.size
        self.y1 = self.y0 + self.size
        # A glyph at the origin of the one before, in the same text object, is more letters of it.
        self.more = np.zeros(at.size, dtype=bool)
        self.more[1:] = (ox[1:] == ox[:-1]) & (oy[1:] == oy[:-1]) & (objects[1:] == objects[:-1])

    def boxed(self) -> bool:
        """Give PDFium's loose box to the glyphs without an advance width (``read_chars``);
        False when PDFium has none for one of them."""
        box = raw.FS_RECTF()
        for k in np.flatnonzero(np.isnan(self.x1) & ~self.more).tolist():
            if not _get_loose_box(self.handle, int(self.at[k]), ctypes.byref(box)):
                return False
            self.x0[k], self.x1[k], self.y0[k], self.y1[k] = box.left, box.right, box.bottom, box.top
        return True


def _width(fonts: _Fonts, font: int, code: int) -> float:
    """A letter's advance width at size 1; NaN when unknown (``read_chars`` takes the box)."""
    width = fonts.width(font, chr(code)) if font else None
    return math.nan if width is None else width


def _with_spaces(glyphs: _Glyphs, space_at: np.ndarray, top: float) -> CharArrays | None:
    """The characters: each glyph (its ligature letters merged) and the spaces that end a word.

    A space counts when the token before it (glyph or space, in PDFium's order) is a
    glyph; it is a copy of the character before it, from that one's right edge.
    """
    base = ~glyphs.more
    count = glyphs.at.size
    order = stable_order(np.concatenate((glyphs.at, space_at)))
    is_glyph = order < count
    after_glyph = np.concatenate(([False], is_glyph[:-1]))
    if (glyphs.more[order[is_glyph]] & ~after_glyph[is_glyph]).any():
        return None  # a ligature's letter after a space: read_chars merges it into the space
    is_base = np.concatenate((base, np.zeros(space_at.size, dtype=bool)))[order]
    entry_rows = is_base | (~is_glyph & after_glyph)
    take = (np.cumsum(is_base) - 1)[entry_rows]  # the glyph entry each row is (or copies)
    space_rows = ~is_glyph[entry_rows]
    left = glyphs.left
    x0 = glyphs.x0[base] - left
    x1 = glyphs.x1[base] - left
    codes = glyphs.codes[base]
    entry_of_glyph = np.cumsum(base) - 1
    box = raw.FS_RECTF()
    numbers: dict[str, int] = {}  # spelling -> code
    spellings: dict[int, str] = {}
    for k in np.flatnonzero(glyphs.more).tolist():
        entry = int(entry_of_glyph[k])
        if not _get_loose_box(glyphs.handle, int(glyphs.at[k]), ctypes.byref(box)):
            return None
        x1[entry] = max(x1[entry], box.right - left)
        code = int(codes[entry])
        spelt = (spellings[code] if code >= MULTI else chr(code)) + chr(int(glyphs.codes[k]))
        codes[entry] = numbers.setdefault(spelt, MULTI + len(numbers))
        spellings[int(codes[entry])] = spelt
    chars = CharArrays(
        codes=np.where(space_rows, ord(" "), codes[take]),
        x0=np.where(space_rows, x1[take], x0[take]),
        x1=x1[take],
        top=(top - glyphs.y1[base])[take],
        bottom=(top - glyphs.y0[base])[take],
        size=glyphs.size[base][take],
        spellings=spellings,
        width=0.0,
        height=0.0,
    )
    at = np.where(space_rows, -1, glyphs.at[base][take])
    _close_false_gaps(chars, at, space_rows, glyphs.handle, left)
    return chars


def _close_false_gaps(chars: CharArrays, at: np.ndarray, space: np.ndarray, handle: int, left: float) -> None:
    """``pdfium_chars._close_false_gaps`` over the arrays: a call per visible gap."""
    x0, x1 = chars.x0, chars.x1
    wide = (x0[1:] - x1[:-1] > _VISIBLE_GAP * chars.size[:-1]) & ~(np.abs(chars.top[1:] - chars.top[:-1]) > 1)
    candidates = np.flatnonzero(wide & ~space[:-1] & ~space[1:])
    box = raw.FS_RECTF()
    for position in candidates.tolist():
        if not _get_loose_box(handle, int(at[position]), ctypes.byref(box)):
            continue
        reach = box.right - left
        if reach >= x0[position + 1] - 0.01:
            x1[position] = max(x1[position], reach)
