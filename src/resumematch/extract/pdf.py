"""PDF text with pdfplumber: the faithful, layout-aware engine.

pdfplumber (on pdfminer.six) sees every character with its position and font, which
is what column detection (``layout.py``) and "fake bold" removal need. It is slow
(tens of ms per page), so it runs against a deadline that is checked between pages
*and* inside a page: the pdfminer device that receives every glyph, path, image and
form XObject checks the clock, so one pathological content stream cannot hang a
worker. (An operator stream that draws nothing at all is only bounded by
``max_bytes``: pdfminer gives no hook between operators.) Its many exception types
are translated into the library's own.
"""

from __future__ import annotations

import io
import time
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import resolve1
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.pdf import PDF
from pdfplumber.utils.exceptions import PdfminerException

from ..errors import (
    CorruptFileError,
    ExtractionTimeoutError,
    FileTooLargeError,
)
from ..models import ParseWarning
from .fakebold import duplicate_indices
from .layout import X_TOLERANCE_RATIO, PageText, page_text, rotated_directions
from .limits import ExtractLimits
from .pdfcheck import check_text_layer, encrypted_error
from .quality import multi_column_warning
from .words import Word

__all__ = ["check_text_layer", "extract_pdf_pages", "multi_column_warning"]


class _DeadlinePassed(Exception):
    """Raised inside pdfminer's interpreter to abandon a page that takes too long."""


class _DeadlineAggregator(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's own layout device, checking the clock every few drawing calls."""

    def __init__(self, *args: Any, deadline: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline
        self._calls = 0

    def _tick(self) -> None:
        self._calls += 1
        if self._calls % 64 == 0 and time.monotonic() > self._deadline:
            raise _DeadlinePassed

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        self._tick()
        return super().render_char(*args, **kwargs)

    def paint_path(self, *args: Any, **kwargs: Any) -> None:
        self._tick()
        super().paint_path(*args, **kwargs)

    def render_image(self, *args: Any, **kwargs: Any) -> None:
        self._tick()
        super().render_image(*args, **kwargs)

    def begin_figure(self, *args: Any, **kwargs: Any) -> None:
        self._tick()
        super().begin_figure(*args, **kwargs)


def _deduplicated(page: Page) -> Page:
    """The page without the overprinted copies some tools use for "fake bold" (fakebold.py).

    Skipped on rotated pages: pdfplumber's de-duplication compares positions as if
    text ran left to right, so in a vertical word it drops a repeated letter that
    sits in the same column ("Arkansas" lost its second "a").
    """
    chars = page.chars
    if sum(1 for char in chars if not char.get("upright", True)) > len(chars) / 2:
        return page
    duplicates = duplicate_indices(
        (
            (char["text"], char.get("fontname"), round(char.get("size", 0), 3), char.get("upright")),
            char["x0"],
            char["top"],
        )
        for char in chars
    )
    if not duplicates:
        return page
    dropped = {id(chars[index]) for index in duplicates}
    return page.filter(lambda obj: id(obj) not in dropped)


def _read_page(page: Page) -> PageText:
    """pdfplumber's words of ``page``, in reading order (layout.py)."""
    char_dir, line_dir = rotated_directions(
        (char.get("matrix") or (1, 0, 0, 1, 0, 0))[1] for char in page.chars if not char.get("upright", True)
    )
    words = [
        Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], w.get("upright", True), w.get("direction", "ltr"))
        for w in page.extract_words(
            char_dir_rotated=char_dir, line_dir_rotated=line_dir, x_tolerance_ratio=X_TOLERANCE_RATIO
        )
    ]
    return page_text(
        words,
        float(page.width),
        float(page.height),
        lambda: page.extract_text(x_tolerance_ratio=X_TOLERANCE_RATIO) or "",
    )


def _declared_pages(pdf: PDF) -> int:
    """The page count the page tree declares, read before any page object is built."""
    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
    except MemoryError:
        raise
    except Exception:  # a damaged page tree: let pdfplumber's own walk count the pages
        return 0
    return count if isinstance(count, int) else 0


def _lay_out(page: Page, deadline: float) -> bool:
    """Run pdfminer's layout for ``page`` under the deadline; False when it ran out.

    The result is stored where ``Page.layout`` caches it, so pdfplumber then works
    on it as if it had parsed the page itself.
    """
    device = _DeadlineAggregator(
        page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams, deadline=deadline
    )
    interpreter = PDFPageInterpreter(page.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except _DeadlinePassed:
        return False
    page._layout = device.get_result()
    return True


def _open(data: bytes, name: str, password: str | None) -> PDF:
    try:
        return pdfplumber.open(io.BytesIO(data), password=password or "")
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise encrypted_error(name, password) from exc
        if isinstance(cause, PDFSyntaxError):
            raise CorruptFileError(
                f"{name} is not a readable PDF ({cause}); re-export or re-save it and try again."
            ) from exc
        raise CorruptFileError(f"{name} could not be opened as a PDF ({cause}).") from exc


def extract_pdf_pages(
    data: bytes, name: str, password: str | None, limits: ExtractLimits
) -> tuple[list[str], list[ParseWarning]]:
    """The text of each page, and warnings about pages an ATS could not read either."""
    deadline = limits.deadline()
    pages: list[str] = []
    has_images: list[bool] = []
    columns: list[tuple[int, int]] = []
    with _open(data, name, password) as pdf:
        if _declared_pages(pdf) > limits.max_pages or len(pdf.pages) > limits.max_pages:
            raise FileTooLargeError(
                f"{name} has {max(_declared_pages(pdf), len(pdf.pages))} pages, "
                f"over the {limits.max_pages}-page limit; "
                "a resume is rarely over 10 pages: check the file, or raise ExtractLimits.max_pages."
            )
        for number, page in enumerate(pdf.pages, start=1):
            if time.monotonic() > deadline or not _lay_out(page, deadline):
                raise ExtractionTimeoutError(
                    f"{name}: reading stopped at page {number} after "
                    f"{limits.timeout_seconds:g} s; the file is unusually complex: re-export "
                    "it, try engine='pypdfium2', or raise ExtractLimits.timeout_seconds."
                )
            read = _read_page(_deduplicated(page))
            pages.append(read.text)
            if read.columns > 1:
                columns.append((number, read.columns))
            has_images.append(bool(page.images))
            page.close()
    warnings = check_text_layer(pages, has_images, name)
    if columns:
        warnings.append(multi_column_warning(columns))
    return pages, warnings
