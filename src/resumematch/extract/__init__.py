"""Turn a resume or posting file into a :class:`~resumematch.models.Document`.

The format is decided by the file's content (its magic bytes), not by its name: a
PDF renamed ``.docx`` is still read as a PDF, and a JPEG renamed ``.pdf`` gets a clear
"this is an image" error instead of a parser traceback. Every failure leaves this
package as a :class:`~resumematch.errors.ResumeMatchError` subclass; third-party
exceptions are wrapped with ``raise ... from`` so the cause stays visible.

Owns the table from a format (and PDF engine) to its page reader (``readers``), the
readers themselves (``pdfium``, ``pdf``, ``docx``, ``text``, with ``layout`` and its
gutter scan ``gutters``, ``words``, ``pdfium_chars``, ``fakebold``, ``quality`` and
``pdfcheck`` for PDF pages, and ``pdfium_arrays`` (with ``pdfium_calls``: PDFium's calls
in bulk), ``word_arrays`` and ``layout_arrays``, the same reading over whole arrays), one
canonical form of text (``normalize``, with ``letter_noise``: doubled and spaced letters,
and ``glued_headings``: a heading glued to its first item), and reading untrusted
files within bounds (``files``, ``limits``, ``sandbox``, ``worker``, with ``deferred``: the clean-up
the worker leaves until it has answered).
"""

from __future__ import annotations

import contextlib
import os
import re
from typing import BinaryIO, Literal

from ..errors import (
    CorruptFileError,
    EmptyDocumentError,
    FileTooLargeError,
    InputError,
    ResumeMatchError,
    UnsupportedFormatError,
)
from ..models import Document, DocumentFormat, ParseWarning
from ..resume.sections import detect_sections
from .files import printable, read_regular
from .limits import MB, ExtractLimits
from .normalize import normalize_text
from .quality import clean_page, garbled_warning, long_document_warning
from .readers import page_reader
from .sandbox import run_limited

__all__ = ["DEFAULT_PDF_ENGINE", "PDF_ENGINES", "ExtractLimits", "PdfEngine", "extract", "extract_text", "sniff_format"]

PdfEngine = Literal["pypdfium2", "pdfplumber", "pdfium-raw"]
PDF_ENGINES: tuple[PdfEngine, ...] = ("pypdfium2", "pdfplumber", "pdfium-raw")
DEFAULT_PDF_ENGINE: PdfEngine = "pypdfium2"
"""The PDF engine of every command and entry point (docs/extraction.md, "PDF engines"):
PDFium's characters with the same reading-order analysis as ``"pdfplumber"``, at
PDFium's speed. ``"pdfplumber"`` is the slower reference it was checked against
(benchmarks/pdf_faithfulness.py); ``"pdfium-raw"`` is PDFium's plain content order,
what ``"pypdfium2"`` meant before it read layouts."""


Source = str | os.PathLike[str] | bytes | BinaryIO

# (magic prefix, what it is, what to do) for formats people send instead of a resume.
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0", "a legacy Word/Office 97-2003 file (.doc)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%!PS", "a PostScript file"),
)


_HTML = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
    re.IGNORECASE | re.DOTALL,
)


def sniff_format(data: bytes, name: str = "") -> DocumentFormat:
    """Decide the format from content; raise UnsupportedFormatError for anything else."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        from .docx import zip_kind

        kind = zip_kind(data, name)
        if kind == "docx":
            return "docx"
        raise UnsupportedFormatError(
            f"{name or 'The input'} is {kind}, not a Word .docx document; "
            "save or export it as PDF or DOCX and try again."
        )
    if _HTML.match(head):
        raise UnsupportedFormatError(
            f"{name or 'The input'} is an HTML web page, not a PDF, DOCX or text file; "
            "print or save it as PDF, or paste its text."
        )
    for magic, what in _UNSUPPORTED_MAGIC:
        if head.startswith(magic):
            hint = " (run OCR, e.g. ocrmypdf, or send the text)" if "image" in what else ""
            raise UnsupportedFormatError(
                f"{name or 'The input'} is {what}, which resumematch cannot read{hint}; "
                "save it as PDF, DOCX or plain text."
            )
    if _looks_binary(head):
        raise UnsupportedFormatError(
            f"{name or 'The input'} is not a PDF, DOCX or text file (binary content); "
            "save it as PDF, DOCX or plain text."
        )
    return "text"


def _looks_binary(head: bytes) -> bool:
    """Binary means NUL bytes that a UTF-16/32 text would not explain."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if b"\x00" not in head:
        return False
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = max(1, len(head) // 2)
    # UTF-16 without a BOM: ASCII text has NULs in every other byte.
    return not (odd_nuls > 0.8 * half or even_nuls > 0.8 * half)


def _read_source(source: Source, limits: ExtractLimits) -> tuple[bytes, str]:
    """The raw bytes of ``source`` and a name for messages, within ``limits.max_bytes``."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        name = "<bytes>"
    elif isinstance(source, str | os.PathLike):
        # A regular file only (no FIFO, device or directory), and never more than the
        # limit: /dev/zero reports a size of 0 and would be read until memory runs out.
        name = printable(os.fspath(source))
        data = read_regular(source, limits.max_bytes)
        if len(data) > limits.max_bytes:
            with contextlib.suppress(OSError):
                raise _too_large(name, os.stat(source).st_size, limits)
    elif hasattr(source, "read"):
        name = str(getattr(source, "name", "<stream>"))
        try:
            data = source.read(limits.max_bytes + 1)
        except OSError as exc:
            raise InputError(f"{name}: cannot be read ({exc}).") from exc
        if isinstance(data, str):
            raise InputError(f"{name} was opened in text mode; open it with 'rb' or pass its path.")
    else:
        raise InputError(f"Cannot read a {type(source).__name__}; pass a path, bytes, a binary file or text.")
    if len(data) > limits.max_bytes:
        raise _too_large(name, len(data), limits)
    if not data:
        raise EmptyDocumentError(f"{name} is empty (0 bytes); check that the right file was sent.")
    return data, name


def _too_large(name: str, size: int, limits: ExtractLimits) -> FileTooLargeError:
    return FileTooLargeError(
        f"{name} is {size / MB:.1f} MB, over the {limits.max_bytes / MB:.0f} MB limit; "
        "raise ExtractLimits.max_bytes if this file is genuine."
    )


def extract(
    source: Source,
    *,
    format: DocumentFormat | None = None,
    password: str | None = None,
    limits: ExtractLimits | None = None,
    engine: PdfEngine = DEFAULT_PDF_ENGINE,
) -> Document:
    """Extract the text of a PDF, DOCX or text file into a Document.

    ``source`` is a path, the file's bytes, or a binary file object. ``format``
    overrides content sniffing. ``engine`` picks the PDF reader: ``"pypdfium2"``
    (the default: PDFium with layout analysis), ``"pdfplumber"`` (the same analysis on
    pdfminer, ten to fifty times slower) or ``"pdfium-raw"`` (PDFium's content order).
    """
    limits = limits or ExtractLimits()
    if engine not in PDF_ENGINES:
        raise InputError(f"Unknown PDF engine {engine!r}; choose one of {', '.join(PDF_ENGINES)}.")
    data, name = _read_source(source, limits)
    kind = format or _sniff(data, name)
    if kind == "text":
        # Decoding text runs no third-party parser and is linear in max_bytes: no child.
        return _parse(data, name, kind, password, limits, engine)
    _import_reader(kind, engine)  # here, so that the child forked to parse imports nothing
    return run_limited(_parse, (data, name, kind, password, limits, engine), limits=limits, name=name)


def _sniff(data: bytes, name: str) -> DocumentFormat:
    try:
        return sniff_format(data, name)
    except ResumeMatchError:
        raise
    except Exception as exc:  # a damaged container can break the sniffing itself
        raise CorruptFileError(f"{name} is damaged ({type(exc).__name__}: {exc}); re-save it.") from exc


def _import_reader(kind: DocumentFormat, engine: PdfEngine) -> None:
    """Import the parser a file needs before forking (the child then shares its pages)."""
    page_reader(kind, engine).load()


def _parse(
    data: bytes,
    name: str,
    kind: DocumentFormat,
    password: str | None,
    limits: ExtractLimits,
    engine: PdfEngine,
) -> Document:
    """Parse and assemble: everything that reads the untrusted bytes (in the child)."""
    try:
        pages, warnings = _extract_pages(kind, data, name, password, limits, engine)
    except (ResumeMatchError, MemoryError):  # MemoryError: the memory limit, reported as such
        raise
    except Exception as exc:  # a parser bug on a hostile file must not escape raw
        raise CorruptFileError(
            f"{name} could not be read as {kind.upper()} ({type(exc).__name__}: {exc}); "
            "the file may be damaged: re-export it and try again."
        ) from exc
    return _assemble(pages, name, kind, warnings, limits)


def _extract_pages(
    kind: DocumentFormat,
    data: bytes,
    name: str,
    password: str | None,
    limits: ExtractLimits,
    engine: PdfEngine,
) -> tuple[list[str], list[ParseWarning]]:
    reader = page_reader(kind, engine)
    raw, warnings = reader.load()(data, name, password, limits)
    if not reader.pdf_text:
        return raw, warnings
    pages: list[str] = []
    for number, page in enumerate(raw, start=1):
        cleaned, garbled = clean_page(page)
        pages.append(cleaned)
        if garbled:
            warnings.append(garbled_warning(number))
    return pages, warnings


def _assemble(
    pages: list[str],
    name: str,
    kind: DocumentFormat,
    warnings: list[ParseWarning],
    limits: ExtractLimits,
) -> Document:
    """Join normalised pages, remember where each starts, and find the sections."""
    parts: list[str] = []
    page_starts: list[int] = []
    offset = 0
    for page in pages:
        text = normalize_text(page).strip("\n")
        page_starts.append(offset)
        parts.append(text)
        offset += len(text) + 2
    text = "\n\n".join(parts)
    if len(text) > limits.max_chars:
        raise FileTooLargeError(
            f"{name} holds {len(text):,} characters, over the {limits.max_chars:,} limit; "
            "raise ExtractLimits.max_chars if this file is genuine."
        )
    if not text.strip():
        raise EmptyDocumentError(f"{name} contains no text; check that the right file was sent.")
    long_document = long_document_warning(len(pages), len(text.split()))
    if long_document is not None:
        warnings = [*warnings, long_document]
    return Document(
        text=text,
        source=name,
        format=kind,
        pages=max(1, len(pages)),
        page_starts=tuple(page_starts) or (0,),
        sections=detect_sections(text),
        warnings=tuple(warnings),
    )


def extract_text(text: str, *, source: str = "<text>") -> Document:
    """A Document from text already in memory (a pasted posting, a .txt read elsewhere)."""
    if not isinstance(text, str):
        raise InputError(f"extract_text() needs a str, not {type(text).__name__}.")
    normalised = normalize_text(text)
    if not normalised.strip():
        raise EmptyDocumentError(f"{source} is empty; pass non-empty text.")
    return Document(
        text=normalised,
        source=source,
        format="text",
        sections=detect_sections(normalised),
    )
