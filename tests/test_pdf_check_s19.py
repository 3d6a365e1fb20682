"""Issue #23 item 1, nineteenth session: PDFium's answers read straight into arrays.

``pdfium_calls.objects_and_origins`` and ``run_calls`` fill their arrays with
``np.fromiter`` over the calls; their ``_plain`` references gather Python lists first, as
the engine did before. Both must give the same arrays, value for value and type for type,
on every page of every fixture, example and test-generated PDF.
"""

from __future__ import annotations

import ctypes

import numpy as np
import pypdfium2 as pdfium
import pytest
from conftest import EXAMPLES, FIXTURES
from pdf_layouts import generated_pdfs, pdf_pages, pdf_sources

from resumematch.extract import pdfium_calls
from resumematch.extract.pdfium_arrays import read_char_arrays
from resumematch.extract.pdfium_chars import _get_font

SOURCES = pdf_sources(EXAMPLES, FIXTURES)


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_arrays_filled_in_bulk_equal_the_lists_reference(name: str) -> None:
    for page, textpage in pdf_pages(SOURCES[name]):
        fast = read_char_arrays(page, textpage)
        plain = read_char_arrays(page, textpage, reference=True)
        if fast is None or plain is None:
            assert fast is None and plain is None
            continue
        for field, value in zip(fast._fields, fast, strict=True):
            expected = getattr(plain, field)
            if isinstance(value, np.ndarray):
                assert value.dtype == expected.dtype, field
                assert np.array_equal(value, expected, equal_nan=True), field
            else:
                assert value == expected, field


@pytest.mark.parametrize("name", ["strong-fit-rn", "two-columns"])
def test_each_calls_answers_equal_the_plain_readers(name: str) -> None:
    """The calls' arrays themselves, before any rule reads them: the text objects, origins
    and whether each has one, and each text object's matrix, size and font (0 for none,
    where ``_get_font`` gives None)."""
    source = EXAMPLES / "resumes" / "strong-fit-rn.pdf" if name == "strong-fit-rn" else generated_pdfs()[name]
    checked = 0
    for _page, textpage in pdf_pages(source):
        handle = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
        at = list(range(pdfium.raw.FPDFText_CountChars(textpage.raw)))
        fast = pdfium_calls.objects_and_origins(handle, at, float("inf"))
        plain = pdfium_calls.objects_and_origins_plain(handle, at, float("inf"))
        for ours, theirs in zip(fast, plain, strict=True):
            assert ours.dtype == theirs.dtype
            assert np.array_equal(ours, theirs, equal_nan=True)
        objects = fast[0]
        starts = [k for k in range(len(at)) if objects[k] and (k == 0 or objects[k] != objects[k - 1])]
        run_objects = objects[starts].tolist()
        found, sizes, matrices, fonts = pdfium_calls.run_calls(handle, starts, run_objects, float("inf"))
        found_plain, sizes_plain, matrices_plain, fonts_plain = pdfium_calls.run_calls_plain(
            handle, starts, run_objects, float("inf")
        )
        assert np.array_equal(found, found_plain) and found.dtype == found_plain.dtype
        assert np.array_equal(sizes, sizes_plain) and sizes.dtype == sizes_plain.dtype
        assert np.array_equal(matrices, matrices_plain)
        assert np.array_equal(fonts(), fonts_plain())
        assert fonts().tolist() == [_get_font(obj) or 0 for obj in run_objects]
        checked += len(starts)
    assert checked > 0
