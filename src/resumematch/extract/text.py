"""Decode plain-text and Markdown files whose encoding nobody wrote down.

Resumes saved from Notepad are UTF-16 with a BOM, from older Windows tools cp1252,
from everything else UTF-8 (sometimes with a BOM). The order below tries the
unambiguous signals first and falls back to cp1252, which decodes any byte string.
"""

from __future__ import annotations

import codecs

from ..models import ParseWarning
from .limits import ExtractLimits

__all__ = ["decode_text", "read_text_pages"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes) -> str:
    """The text of ``data``: BOM, then UTF-16 without BOM, then UTF-8, then cp1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    head = data[:1024]
    if head and b"\x00" in head:
        # ASCII text in UTF-16 has a NUL in every other byte; its position gives the order.
        encoding = "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"
        return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_text_pages(
    data: bytes, name: str, password: str | None, limits: ExtractLimits
) -> tuple[list[str], list[ParseWarning]]:
    """A text file as one page (the page reader's signature: :mod:`.readers`)."""
    return [decode_text(data)], []
