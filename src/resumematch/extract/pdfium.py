"""PDF text with pypdfium2: the fast engine.

PDFium, the renderer inside Chrome, extracts text in content order with no layout
analysis. It is much faster than pdfplumber (docs/performance.md), which matters when ranking thousands
of files; the trade-off is measured in ``benchmarks/``.
"""

from __future__ import annotations

import time

import pypdfium2 as pdfium

from ..errors import CorruptFileError, ExtractionTimeoutError, FileTooLargeError
from ..models import ParseWarning
from .limits import ExtractLimits
from .pdfcheck import check_text_layer, encrypted_error

__all__ = ["extract_pdf_pages_fast"]

_IMAGE = 3  # FPDF_PAGEOBJ_IMAGE


def _open(data: bytes, name: str, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise encrypted_error(name, password) from exc
        raise CorruptFileError(f"{name} is not a readable PDF ({exc}); re-export or re-save it and try again.") from exc


def extract_pdf_pages_fast(
    data: bytes, name: str, password: str | None, limits: ExtractLimits
) -> tuple[list[str], list[ParseWarning]]:
    """The text of each page, in PDFium's order, with the same checks as pdfplumber's."""
    deadline = limits.deadline()
    document = _open(data, name, password)
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
                raise ExtractionTimeoutError(
                    f"{name}: reading stopped at page {index + 1} after "
                    f"{limits.timeout_seconds:g} s; the file is unusually complex."
                )
            page = document[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            # Images matter only on a page without text (image_only_page, NoTextLayerError):
            # walking a page's objects costs more than reading its text, so skip it otherwise.
            has_images.append(
                not pages[-1].strip() and any(True for _ in page.get_objects(filter=(_IMAGE,), max_depth=1))
            )
            textpage.close()
            page.close()
    finally:
        document.close()
    return pages, check_text_layer(pages, has_images, name)
