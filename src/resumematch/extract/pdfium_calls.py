"""PDFium's per-character and per-text-object calls over a whole page, for ``pdfium_arrays.py``.

A page costs two calls a character (its text object, its origin) and three a text object
(matrix, size, font); the real resumes put nearly every character in a text object of its
own. The calls are bound here without ``argtypes`` where their arguments can be a ready
``c_void_p`` handle, Python ``int`` indices and ready-made pointers (ctypes then converts
nothing), and their answers go straight into arrays through ``np.fromiter``: a list of a
page's thousands of Python numbers made into an array cost a third as much again as the
calls (docs/performance.md, nineteenth session). The ``_plain`` readers gather the answers
in lists first, as before: the reference ``tests/test_pdf_check_s19.py`` compares with.
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Callable
from ctypes import c_double, c_int, c_void_p
from itertools import repeat
from typing import Any

import numpy as np

from .pdfium_chars import PDFIUM, DeadlinePassed, _get_font

__all__ = ["CHUNK", "RunCalls", "objects_and_origins", "objects_and_origins_plain", "run_calls", "run_calls_plain"]

CHUNK = 2048  # characters between two looks at the clock, as in read_chars


def _unchecked(name: str, restype: object) -> Any:
    """A PDFium function without ``argtypes``: called with a ``c_void_p`` handle, Python
    ``int`` indices and ready-made pointers, ctypes converts nothing (a third of a call)."""
    function: Any = PDFIUM[name]  # a new function object, without releasing the GIL (pdfium_chars.py)
    function.restype = restype
    return function


_text_object_of = _unchecked("FPDFText_GetTextObject", ctypes.c_size_t)  # 0, not None, for none
_origin_of = _unchecked("FPDFText_GetCharOrigin", c_int)
_matrix_of = _unchecked("FPDFText_GetMatrix", c_int)
_size_of = _unchecked("FPDFText_GetFontSize", c_double)
_font_of: Any = PDFIUM["FPDFTextObj_GetFont"]  # ``_get_font`` with 0, not None, for no font
_font_of.argtypes, _font_of.restype = (c_void_p,), ctypes.c_size_t


class _Slots(threading.local):
    """Where a chunk of calls writes its answers: one array per thread, and a ready-made
    pointer to each of its slots (made once, not once per call)."""

    def __init__(self) -> None:
        self.origins = np.zeros((CHUNK, 2))
        self.matrices = np.zeros((CHUNK, 6), dtype=np.float32)  # FS_MATRIX: a, b, c, d, e, f
        origins, matrices = self.origins.ctypes.data, self.matrices.ctypes.data
        self.x = [c_void_p(origins + 16 * k) for k in range(CHUNK)]
        self.y = [c_void_p(origins + 16 * k + 8) for k in range(CHUNK)]
        self.matrix = [c_void_p(matrices + 24 * k) for k in range(CHUNK)]


_slots = _Slots()


def objects_and_origins(handle: c_void_p, at: list[int], deadline: float) -> tuple[np.ndarray, ...]:
    """Each character's text object (0 for none), origin x and y, and whether it has one.

    The calls' answers go straight into arrays (``np.fromiter`` over the ``map``): a list
    of a page's thousands of Python ints made into an array costs about as much again
    as its calls (:func:`objects_and_origins_plain` builds the lists, the reference)."""
    slots = _slots
    origins = np.zeros((len(at), 2))
    objects = np.empty(len(at), dtype=np.uint64)
    found = np.empty(len(at), dtype=np.intc)
    for start in range(0, len(at), CHUNK):
        if time.monotonic() > deadline:
            raise DeadlinePassed
        chunk = at[start : start + CHUNK]
        size, stop = len(chunk), start + len(chunk)
        objects[start:stop] = np.fromiter(map(_text_object_of, repeat(handle, size), chunk), np.uint64, size)
        found[start:stop] = np.fromiter(map(_origin_of, repeat(handle, size), chunk, slots.x, slots.y), np.intc, size)
        origins[start:stop] = slots.origins[:size]
    return objects, origins[:, 0], origins[:, 1], found != 0


def objects_and_origins_plain(handle: c_void_p, at: list[int], deadline: float) -> tuple[np.ndarray, ...]:
    """:func:`objects_and_origins` through Python lists (the reference)."""
    slots = _slots
    origins = np.zeros((len(at), 2))
    objects: list[int] = []
    found: list[int] = []
    for start in range(0, len(at), CHUNK):
        if time.monotonic() > deadline:
            raise DeadlinePassed
        chunk = at[start : start + CHUNK]
        handles = repeat(handle, len(chunk))
        objects += map(_text_object_of, handles, chunk)  # map, not a comprehension: 10% less a call
        found += map(_origin_of, repeat(handle, len(chunk)), chunk, slots.x, slots.y)
        origins[start : start + len(chunk)] = slots.origins[: len(chunk)]
    objects_array = np.array(objects, dtype=np.uint64)
    return objects_array, origins[:, 0], origins[:, 1], np.array(found, dtype=bool)


RunCalls = tuple[np.ndarray, np.ndarray, np.ndarray, Callable[[], np.ndarray]]
"""Whether each run has a matrix, its size, its matrix (``float32``), and how to read its
font (asked only once the runs are known to be upright, as ``read_chars`` would)."""


def run_calls(handle: c_void_p, at: list[int], objects: list[int], deadline: float) -> RunCalls:
    """PDFium's answers for each run, straight into arrays (see :func:`objects_and_origins`)."""
    slots = _slots
    matrices = np.zeros((len(at), 6), dtype=np.float32)
    found = np.empty(len(at), dtype=np.intc)
    sizes = np.empty(len(at))
    for start in range(0, len(at), CHUNK):
        if time.monotonic() > deadline:
            raise DeadlinePassed
        chunk = at[start : start + CHUNK]
        size, stop = len(chunk), start + len(chunk)
        found[start:stop] = np.fromiter(map(_matrix_of, repeat(handle, size), chunk, slots.matrix), np.intc, size)
        sizes[start:stop] = np.fromiter(map(_size_of, repeat(handle, size), chunk), np.float64, size)
        matrices[start:stop] = slots.matrices[:size]
    return found != 0, sizes, matrices, lambda: np.fromiter(map(_font_of, objects), np.uint64, len(objects))


def run_calls_plain(handle: c_void_p, at: list[int], objects: list[int], deadline: float) -> RunCalls:
    """:func:`run_calls` through Python lists (the reference)."""
    slots = _slots
    matrices = np.zeros((len(at), 6), dtype=np.float32)
    found: list[int] = []
    sizes: list[float] = []
    for start in range(0, len(at), CHUNK):
        if time.monotonic() > deadline:
            raise DeadlinePassed
        chunk = at[start : start + CHUNK]
        found += map(_matrix_of, repeat(handle, len(chunk)), chunk, slots.matrix)
        sizes += map(_size_of, repeat(handle, len(chunk)), chunk)
        matrices[start : start + len(chunk)] = slots.matrices[: len(chunk)]
    return (
        np.array(found, dtype=bool),
        np.array(sizes),
        matrices,
        lambda: np.array([font or 0 for font in map(_get_font, objects)], dtype=np.uint64),
    )
