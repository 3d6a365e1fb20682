"""Page readers: one table from a file format (and, for PDFs, an engine) to the function
that reads its pages, so a new file format or PDF engine is one function and one line.

Readers are named by module and function and imported only when used: the parsers
(pdfminer, PDFium, lxml) cost start-up time a text file or ``--help`` should not pay, and
the module is imported before the sandbox forks so the child shares its pages.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import NamedTuple

from ..errors import UnsupportedFormatError
from ..models import ParseWarning
from .limits import ExtractLimits

__all__ = ["PAGE_READERS", "PageReader", "page_reader"]

ReadPages = Callable[[bytes, str, "str | None", ExtractLimits], tuple[list[str], list[ParseWarning]]]
"""``(data, name, password, limits) -> (pages' text, warnings)``."""


class PageReader(NamedTuple):
    """Where a format's reader lives (``module`` relative to this package) and whether its
    pages are PDF text, cleaned of garbled runs and checked for a text layer after."""

    module: str
    function: str
    pdf_text: bool = False

    def load(self) -> ReadPages:
        """Import the reader's module and return its function."""
        return getattr(importlib.import_module(self.module, __package__), self.function)  # type: ignore[no-any-return]


PAGE_READERS: dict[tuple[str, str | None], PageReader] = {
    ("pdf", "pypdfium2"): PageReader(".pdfium", "extract_pdfium_pages", pdf_text=True),
    ("pdf", "pdfplumber"): PageReader(".pdf", "extract_pdf_pages", pdf_text=True),
    ("pdf", "pdfium-raw"): PageReader(".pdfium", "extract_pdf_pages_fast", pdf_text=True),
    ("docx", None): PageReader(".docx", "read_docx_pages"),
    ("text", None): PageReader(".text", "read_text_pages"),
}
"""Readers by ``(format, PDF engine)``; formats other than PDF take no engine (``None``)."""


def page_reader(kind: str, engine: str) -> PageReader:
    """The reader for a file of format ``kind`` (a PDF read with ``engine``)."""
    reader = PAGE_READERS.get((kind, engine if kind == "pdf" else None))
    if reader is None:
        formats = sorted({k for k, _ in PAGE_READERS})
        raise UnsupportedFormatError(f"Unknown format {kind!r}; use one of {', '.join(repr(f) for f in formats)}.")
    return reader
