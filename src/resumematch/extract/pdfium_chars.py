"""The characters of a PDFium text page, with pdfminer's boxes (what pdfplumber reports).

One ``Char`` at a time: the reference that ``pdfium_arrays.py`` (the default path, in
bulk) is tested against, and the reader of rotated pages and turned text.

pdfminer's box of a character runs from its origin across its advance width (the
font's ``/Widths``), and up from the font's descent by the font size. PDFium's own
boxes are ink boxes, or "loose" boxes widened to the ink, and an italic "f" or "g"
overhangs its advance by a point: enough to glue two words together. So the box is
built here from PDFium's parts: the character's origin, its font's advance width and
descent, its text object's size and matrix.

Reading them costs one ctypes call each, most of this engine's time; so the text of the
page is read in one call, the origin and text object per character, the font, size
and matrix only when the text object changes, and widths are cached per font and
letter. The functions are bound here with plain ``void *`` arguments (pypdfium2's own
bindings convert typed pointers on every call, which costs more than the call), through
the library loaded as a ``ctypes.PyDLL``: these calls take under a microsecond, and
letting go of the GIL and taking it back around each one cost a fifth of the call.

The generated characters PDFium adds are left out, except a guessed space: PDFium
drops some spaces a PDF draws (each letter placed on its own, a space overlapping the
next letter) and guesses a space from the gap instead, so its guess stands in for the
dropped one. A ligature PDFium splits into letters ("ﬀ" → "f", "f" at one origin) is
one character again, as pdfminer has it.
"""

from __future__ import annotations

import ctypes
import math
import time
from ctypes import POINTER, c_double, c_float, c_int, c_void_p
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pypdfium2_raw.bindings as bindings  # type: ignore[import-untyped]

from .words import Char

__all__ = ["PDFIUM", "DeadlinePassed", "read_chars"]

_UPRIGHT = 1e-3  # pdfminer: upright unless the baseline is (exactly) vertical
_VISIBLE_GAP = 0.03  # of the font size: a gap words.py may take for a word break
_HYPHENS = "\x02\ufffe"  # PDFium's mark for a hyphen it takes for a line-end break


class DeadlinePassed(Exception):
    """The deadline passed while a page's characters were being read."""


_LOADED = bindings._libs["pdfium"]
PDFIUM = ctypes.PyDLL(_LOADED._name, handle=_LOADED._handle)
"""The PDFium library pypdfium2 loaded, its functions called without releasing the GIL
(none of the per-character calls bound from it runs long enough to be worth it)."""


def _bind(name: str, restype: object, *argtypes: object) -> Any:
    function: Any = PDFIUM[name]  # a new function object: pypdfium2's stays as it is
    function.argtypes = argtypes
    function.restype = restype
    return function


_get_text = _bind("FPDFText_GetText", c_int, c_void_p, c_int, c_int, c_void_p)
_get_text_object = _bind("FPDFText_GetTextObject", c_void_p, c_void_p, c_int)
_get_origin = _bind("FPDFText_GetCharOrigin", c_int, c_void_p, c_int, POINTER(c_double), POINTER(c_double))
_get_size = _bind("FPDFText_GetFontSize", c_double, c_void_p, c_int)
_get_matrix = _bind("FPDFText_GetMatrix", c_int, c_void_p, c_int, c_void_p)
_get_loose_box = _bind("FPDFText_GetLooseCharBox", c_int, c_void_p, c_int, c_void_p)
_get_font = _bind("FPDFTextObj_GetFont", c_void_p, c_void_p)
_get_width = _bind("FPDFFont_GetGlyphWidth", c_int, c_void_p, ctypes.c_uint32, c_float, POINTER(c_float))
_get_descent = _bind("FPDFFont_GetDescent", c_int, c_void_p, c_float, POINTER(c_float))


def _page_text(handle: int, count: int) -> str | None:
    """All characters' text in one call; None when it does not map one-to-one."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = _get_text(handle, 0, count, buffer)
    text = bytes(buffer)[: max(0, written - 1) * 2].decode("utf-16-le", "replace")
    return text if len(text) == count else None


class _Fonts:
    """Advance widths and descents per font, for a font size of 1."""

    def __init__(self) -> None:
        self._widths: dict[tuple[int, str], float] = {}
        self._descents: dict[int, float] = {}
        self._out = c_float()
        self._out_ref = ctypes.byref(self._out)

    def width(self, font: int, letter: str) -> float | None:
        key = (font, letter)
        width = self._widths.get(key)
        if width is None:
            if len(letter) != 1 or not _get_width(font, ord(letter), 1.0, self._out_ref):
                return None
            width = self._widths[key] = self._out.value
        return width

    def descent(self, font: int) -> float:
        descent = self._descents.get(font)
        if descent is None:
            descent = self._out.value if _get_descent(font, 1.0, self._out_ref) else 0.0
            self._descents[font] = descent = descent if math.isfinite(descent) else 0.0
        return descent


def read_chars(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, deadline: float = math.inf
) -> tuple[list[Char], float, float]:
    """``(chars in drawing order, page width, page height)`` as pdfplumber would see them.

    Raises :class:`DeadlinePassed` when ``time.monotonic()`` passes ``deadline`` (checked
    every 2,048 characters: a page of 40,000 glyph runs must not run past its limit).
    """
    handle = ctypes.cast(textpage.raw, c_void_p).value
    count = raw.FPDFText_CountChars(textpage.raw)
    left, bottom, right, top = page.get_mediabox()
    rotation = page.get_rotation() % 360
    width, height = right - left, top - bottom
    if rotation in (90, 270):
        width, height = height, width
    if count <= 0 or handle is None:
        return [], width, height
    text = _page_text(handle, count)
    place = _Placer(left, bottom, right, top, rotation)
    fonts = _Fonts()
    widths, descents = fonts._widths, fonts._descents
    unrotated = rotation == 0
    x, y = c_double(), c_double()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    matrix = raw.FS_MATRIX()
    box = raw.FS_RECTF()
    chars: list[Char] = []
    indices: dict[int, int] = {}  # position in chars -> PDFium's index
    last_object = font = ligature_object = None
    origin_x = origin_y = math.nan
    size = scale_x = scale_y = 1.0
    cos, sin = 1.0, 0.0
    for index in range(count):
        if not index & 2047 and time.monotonic() > deadline:
            raise DeadlinePassed
        letter = text[index] if text is not None else chr(raw.FPDFText_GetUnicode(textpage.raw, index) or 0xFFFD)
        if letter in _HYPHENS:
            letter = "-"
        elif letter.isspace() or letter == "\x00":
            # A line break is not a character; a space only ends a word (words.py).
            # PDFium's guessed spaces count too (the module docstring).
            if letter == " " and chars and not chars[-1].text.isspace():
                chars.append(chars[-1]._replace(text=" ", x0=chars[-1].x1))
            continue
        text_object = _get_text_object(handle, index)
        if text_object is None or not _get_origin(handle, index, x_ref, y_ref):
            continue
        if text_object != last_object:
            last_object = text_object
            font = _get_font(text_object)
            size = _get_size(handle, index)
            if _get_matrix(handle, index, ctypes.byref(matrix)):
                scale_x = math.hypot(matrix.a, matrix.b) or 1.0
                scale_y = math.hypot(matrix.c, matrix.d) or 1.0
                cos, sin = matrix.a / scale_x, matrix.b / scale_x
            else:
                scale_x = scale_y = 1.0
                cos, sin = 1.0, 0.0
        if chars and chars[-1].text and x.value == origin_x and y.value == origin_y and text_object == ligature_object:
            # One glyph, several letters: pdfminer's one character, as wide as the glyph.
            _get_loose_box(handle, index, ctypes.byref(box))
            previous = chars[-1]
            chars[-1] = previous._replace(text=previous.text + letter, x1=max(previous.x1, place.x(box.right, box.top)))
            continue
        origin_x, origin_y, ligature_object = x.value, y.value, text_object
        if font:  # the cache read inline: a method call per character costs more than the lookup
            advance = widths.get((font, letter))
            if advance is None:
                advance = fonts.width(font, letter)
        else:
            advance = None
        upright_text = abs(sin) < _UPRIGHT and cos > 0
        if advance is None or not upright_text:
            # A turned or unusual character: PDFium's loose box, as it is.
            if not _get_loose_box(handle, index, ctypes.byref(box)):
                continue
            x0, x1, y0, y1 = box.left, box.right, box.bottom, box.top
        else:
            effective = size * scale_y
            x0 = origin_x
            x1 = origin_x + advance * size * scale_x
            if font:
                descent = descents.get(font)
                if descent is None:
                    descent = fonts.descent(font)
            else:
                descent = 0.0
            y0 = origin_y + descent * effective
            y1 = y0 + effective
        if unrotated:  # place.char's first case, inline (most pages)
            chars.append(
                Char(letter, x0 - left, x1 - left, top - y1, top - y0, size * scale_y, abs(cos) > _UPRIGHT, sin)
            )
        else:
            chars.append(place.char(letter, x0, x1, y0, y1, size * scale_y, cos, sin))
        indices[len(chars) - 1] = index
    if rotation == 0:
        _close_false_gaps(chars, indices, handle, box, left)
    return chars, width, height


def _close_false_gaps(chars: list[Char], indices: dict[int, int], handle: int, box: raw.FS_RECTF, left: float) -> None:
    """Widen a letter whose advance came out short, where PDFium's own box reaches on.

    A font may map two glyphs to one letter (a capital and a small capital "S"): the
    width looked up by letter is then the other glyph's, and a word breaks in two
    ("S OFTWARE"). At a visible gap (words.py may end a word there), PDFium's loose box
    (the advance and the ink) tells: if it reaches the next letter, there is no gap.
    This costs a call per visible gap.
    """
    for position in range(len(chars) - 1):
        this, after = chars[position], chars[position + 1]
        if this.text.isspace() or after.text.isspace() or not this.upright or not after.upright:
            continue
        if after.x0 - this.x1 <= _VISIBLE_GAP * this.size or abs(after.top - this.top) > 1:
            continue
        index = indices.get(position)
        if index is None or not _get_loose_box(handle, index, ctypes.byref(box)):
            continue
        reach = box.right - left
        if reach >= after.x0 - 0.01:
            chars[position] = this._replace(x1=max(this.x1, reach))


class _Placer:
    """PDF user space → the displayed page (pdfminer's ``ctm`` for ``/Rotate``), top down."""

    def __init__(self, left: float, bottom: float, right: float, top: float, rotation: int) -> None:
        self.left, self.bottom, self.right, self.top, self.rotation = left, bottom, right, top, rotation

    def x(self, x: float, y: float) -> float:
        """The displayed x of a point (for widening a box)."""
        return {0: x - self.left, 90: y - self.bottom, 180: self.right - x}.get(self.rotation, self.top - y)

    def char(
        self, letter: str, x0: float, x1: float, y0: float, y1: float, size: float, cos: float, sin: float
    ) -> Char:
        left, bottom, right, top = self.left, self.bottom, self.right, self.top
        if self.rotation == 0:
            return Char(letter, x0 - left, x1 - left, top - y1, top - y0, size, abs(cos) > _UPRIGHT, sin)
        if self.rotation == 90:  # device (y - bottom, right - x): the baseline turns clockwise
            dx0, dx1, dy0, dy1 = y0 - bottom, y1 - bottom, right - x1, right - x0
            cos, sin = sin, -cos
            page_height = right - left
        elif self.rotation == 180:
            dx0, dx1, dy0, dy1 = right - x1, right - x0, top - y1, top - y0
            cos, sin = -cos, -sin
            page_height = top - bottom
        else:  # 270: device (top - y, x - left)
            dx0, dx1, dy0, dy1 = top - y1, top - y0, x0 - left, x1 - left
            cos, sin = -sin, cos
            page_height = right - left
        return Char(letter, dx0, dx1, page_height - dy1, page_height - dy0, size, abs(cos) > _UPRIGHT, sin)
