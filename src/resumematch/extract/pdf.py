"""PDF text with pdfplumber: the faithful, layout-aware engine.

pdfplumber (on pdfminer.six) sees every character with its position and font, which
is what column detection and "fake bold" removal need. It is slow (tens of ms per
page), so pages are read one at a time against a deadline, and its many exception
types are translated into the library's own.
"""

from __future__ import annotations

import io
import time

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from ..errors import (
    CorruptFileError,
    EncryptedFileError,
    ExtractionTimeoutError,
    FileTooLargeError,
    NoTextLayerError,
)
from ..models import ParseWarning
from .limits import ExtractLimits

__all__ = ["extract_pdf_pages", "check_text_layer"]


def _open(data: bytes, name: str, password: str | None) -> pdfplumber.PDF:
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


def encrypted_error(name: str, password: str | None) -> EncryptedFileError:
    """The error for a password-protected PDF, worded for a wrong vs a missing password."""
    if password:
        return EncryptedFileError(f"{name} is encrypted and the password given is wrong.")
    return EncryptedFileError(
        f"{name} is password-protected; pass password=... (CLI: --password) to read it."
    )


def extract_pdf_pages(
    data: bytes, name: str, password: str | None, limits: ExtractLimits
) -> tuple[list[str], list[ParseWarning]]:
    """The text of each page, and warnings about pages an ATS could not read either."""
    deadline = limits.deadline()
    pages: list[str] = []
    has_images: list[bool] = []
    with _open(data, name, password) as pdf:
        if len(pdf.pages) > limits.max_pages:
            raise FileTooLargeError(
                f"{name} has {len(pdf.pages)} pages, over the {limits.max_pages}-page limit; "
                "a resume is rarely over 10 pages: check the file, or raise ExtractLimits.max_pages."
            )
        for number, page in enumerate(pdf.pages, start=1):
            if time.monotonic() > deadline:
                raise ExtractionTimeoutError(
                    f"{name}: reading stopped at page {number} after "
                    f"{limits.timeout_seconds:g} s; the file is unusually complex."
                )
            # dedupe_chars drops the overprinted copies some tools use for "fake bold".
            pages.append(page.dedupe_chars().extract_text() or "")
            has_images.append(bool(page.images))
            page.close()
    return pages, check_text_layer(pages, has_images, name)


def check_text_layer(pages: list[str], has_images: list[bool], name: str) -> list[ParseWarning]:
    """Raise when no page has text; warn about single pages that are only images."""
    if not any(page.strip() for page in pages):
        if any(has_images):
            raise NoTextLayerError(
                f"{name} has no text layer: its pages are images (a scan or a picture of text). "
                "Run OCR first, e.g. 'ocrmypdf in.pdf out.pdf', then try again."
            )
        raise NoTextLayerError(
            f"{name} has no extractable text; if it shows text when opened, it was saved as "
            "outlines or images: export it again as a text PDF or run OCR (ocrmypdf)."
        )
    return [
        ParseWarning(
            code="image_only_page",
            message=f"Page {number} has no text layer (an image?): an ATS reads nothing there; "
            "keep all text selectable.",
            page=number,
        )
        for number, (text, image) in enumerate(zip(pages, has_images, strict=True), start=1)
        if not text.strip() and image
    ]
