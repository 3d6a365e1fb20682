"""The exception tree of resumematch.

Every failure a user can cause raises a subclass of :class:`ResumeMatchError`, so a
caller (or a batch run) can catch one type and still tell failures apart. Each
message says what failed, where, and what to do about it. This module imports
nothing from the package so that any module may raise these errors.
"""

from __future__ import annotations

__all__ = [
    "CorruptFileError",
    "EmptyDocumentError",
    "EncryptedFileError",
    "ExtractionError",
    "ExtractionTimeoutError",
    "FileTooLargeError",
    "InputError",
    "JobDescriptionError",
    "MemoryLimitError",
    "NoTextLayerError",
    "ResumeMatchError",
    "UnsupportedFormatError",
    "VocabError",
]


class ResumeMatchError(Exception):
    """Base class of every error resumematch raises on purpose."""


class InputError(ResumeMatchError):
    """The input could not be read at all: a missing path, a directory, no permission."""


class ExtractionError(ResumeMatchError):
    """Text could not be extracted from a document."""


class UnsupportedFormatError(ExtractionError):
    """The document is of a kind resumematch does not read (e.g. an image or a .doc file)."""


class NoTextLayerError(ExtractionError):
    """The document has no extractable text, e.g. a scanned PDF; it needs OCR first."""


class EmptyDocumentError(ExtractionError):
    """The document opened but holds no text at all."""


class EncryptedFileError(ExtractionError):
    """The document is password-protected and no (or a wrong) password was given."""


class CorruptFileError(ExtractionError):
    """The document is damaged or not what its format claims to be."""


class FileTooLargeError(ExtractionError):
    """The document exceeds a configured limit (bytes, pages, characters or parts)."""


class ExtractionTimeoutError(ExtractionError):
    """Extraction took longer than the configured time limit."""


class MemoryLimitError(ExtractionError):
    """Reading the document needed more memory than ``ExtractLimits.max_memory_bytes``."""


class VocabError(ResumeMatchError):
    """A vocabulary file is missing, malformed or inconsistent.

    ``problems`` holds every problem found, so a user can fix them all in one pass.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems: list[str] = list(problems or [])


class JobDescriptionError(ResumeMatchError):
    """A job description could not be used, e.g. it names no known term at all."""
