"""PDF text with PDFium (pypdfium2): the default engine, layout-aware and fast.

PDFium, the renderer inside Chrome, parses a resume page in about a millisecond, ten
to fifty times faster than pdfminer. Its own text comes in content order, which glues
the columns of a two-column resume together; so by default this engine reads PDFium's
character boxes (``pdfium_chars.py``), drops fake-bold copies (``fakebold.py``), cuts
words and lines with pdfplumber's rules (``words.py``) and orders them with the same
analysis as the pdfplumber engine (``layout.py``): columns, sidebars, rotated pages and
the ``multi_column`` warning come out the same (docs/extraction.md lists the files
where the two engines differ).

``layout=False`` is the old content-order reading (engine ``"pdfium-raw"``), kept for
comparison: it skips the per-character work.
"""

from __future__ import annotations

import math
import time

import pypdfium2 as pdfium

from ..errors import CorruptFileError, ExtractionTimeoutError, FileTooLargeError
from ..models import ParseWarning
from .deferred import close_after
from .fakebold import duplicate_indices
from .layout import X_TOLERANCE_RATIO, PageText, page_text, rotated_directions
from .layout_arrays import upright_page_text
from .limits import ExtractLimits
from .pdfcheck import check_text_layer, encrypted_error
from .pdfium_arrays import read_char_arrays
from .pdfium_chars import DeadlinePassed, read_chars
from .quality import multi_column_warning
from .word_arrays import upright_word_arrays, without_fake_bold
from .words import Char, extract_words, plain_text

__all__ = ["extract_pdf_pages_fast", "extract_pdfium_pages", "read_page"]

_IMAGE = 3  # FPDF_PAGEOBJ_IMAGE


class _NotOpened(CorruptFileError):
    """PDFium could not open the file at all (pdfminer, more lenient, may)."""


def _open(data: bytes, name: str, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise encrypted_error(name, password) from exc
        raise _NotOpened(f"{name} is not a readable PDF ({exc}); re-export or re-save it and try again.") from exc


def _without_fake_bold(chars: list[Char]) -> list[Char]:
    """``chars`` less overprinted copies; left alone on mostly rotated pages (as in pdf.py)."""
    if sum(1 for char in chars if not char.upright) > len(chars) / 2:
        return chars
    duplicates = duplicate_indices(((c.text, round(c.size, 3), c.upright), c.x0, c.top) for c in chars)
    if not duplicates:
        return chars
    return [char for index, char in enumerate(chars) if index not in duplicates]


def read_page(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, deadline: float = math.inf, *, bulk: bool = True
) -> PageText:
    """One page in reading order, from PDFium's characters (the module docstring).

    A common page (upright, not rotated) is read as arrays (``pdfium_arrays.py``,
    ``word_arrays.py``, ``layout_arrays.py``); ``bulk=False``, and any other page, takes
    the reference path, one ``Char`` (and one word) at a time.
    """
    arrays = read_char_arrays(page, textpage, deadline) if bulk else None
    if arrays is not None:
        return upright_page_text(upright_word_arrays(without_fake_bold(arrays), x_tolerance_ratio=X_TOLERANCE_RATIO))
    chars, width, height = read_chars(page, textpage, deadline)
    chars = _without_fake_bold(chars)
    turned = [char.turn for char in chars if not char.upright]
    if not turned:  # the words for the reading order and the plain reading are the same
        words = extract_words(chars, x_tolerance_ratio=X_TOLERANCE_RATIO)
        return page_text(words, width, height, lambda: plain_text(words))
    char_dir, line_dir = rotated_directions(turned)
    words = extract_words(
        chars, x_tolerance_ratio=X_TOLERANCE_RATIO, char_dir_rotated=char_dir, line_dir_rotated=line_dir
    )
    return page_text(
        words, width, height, lambda: plain_text(extract_words(chars, x_tolerance_ratio=X_TOLERANCE_RATIO))
    )


def extract_pdfium_pages(
    data: bytes, name: str, password: str | None, limits: ExtractLimits, *, layout: bool = True
) -> tuple[list[str], list[ParseWarning]]:
    """The text of each page, and the same warnings as the pdfplumber engine gives.

    A file PDFium cannot open at all (a damaged cross-reference table it will not
    rebuild) is handed to pdfplumber, whose parser is more lenient, when ``layout``.
    """
    deadline = limits.deadline()
    try:
        document = _open(data, name, password)
    except _NotOpened:
        if not layout:
            raise
        from .pdf import extract_pdf_pages

        return extract_pdf_pages(data, name, password, limits)
    columns: list[tuple[int, int]] = []
    try:
        if len(document) > limits.max_pages:
            raise FileTooLargeError(
                f"{name} has {len(document)} pages, over the {limits.max_pages}-page limit; "
                "check the file, or raise ExtractLimits.max_pages."
            )
        pages: list[str] = []
        has_images: list[bool] = []
        for index in range(len(document)):
            if time.monotonic() > deadline:
                raise _timeout(name, index + 1, limits)
            page = document[index]
            textpage = page.get_textpage()
            if layout:
                try:
                    read = read_page(page, textpage, deadline)
                except DeadlinePassed:
                    raise _timeout(name, index + 1, limits) from None
                pages.append(read.text)
                if read.columns > 1:
                    columns.append((index + 1, read.columns))
            else:
                pages.append(textpage.get_text_range())
            # Images matter only on a page without text (image_only_page, NoTextLayerError):
            # walking a page's objects costs more than reading its text, so skip it otherwise.
            has_images.append(
                not pages[-1].strip() and any(True for _ in page.get_objects(filter=(_IMAGE,), max_depth=1))
            )
            if index < len(document) - 1:
                textpage.close()
                page.close()
            else:  # the last page goes with the document, after the answer where that is allowed
                close_after(textpage.close)
                close_after(page.close)
    finally:
        close_after(document.close)
    warnings = check_text_layer(pages, has_images, name)
    if columns:
        warnings.append(multi_column_warning(columns))
    return pages, warnings


def _timeout(name: str, number: int, limits: ExtractLimits) -> ExtractionTimeoutError:
    return ExtractionTimeoutError(
        f"{name}: reading stopped at page {number} after {limits.timeout_seconds:g} s; "
        "the file is unusually complex: re-export it, or raise ExtractLimits.timeout_seconds."
    )


def extract_pdf_pages_fast(
    data: bytes, name: str, password: str | None, limits: ExtractLimits
) -> tuple[list[str], list[ParseWarning]]:
    """PDFium's own content order, no layout analysis (engine ``"pdfium-raw"``)."""
    return extract_pdfium_pages(data, name, password, limits, layout=False)
