"""Bounds that keep one hostile or huge file from stalling a whole batch."""

from __future__ import annotations

import time
from dataclasses import dataclass

__all__ = ["MB", "ExtractLimits"]

MB = 1024 * 1024
"""Bytes in a megabyte, for limits and the messages that name them."""


@dataclass(frozen=True)
class ExtractLimits:
    """Bounds that keep one hostile or huge file from stalling a whole batch.

    The defaults are far above any real resume (a long CV is 10 pages and 100 kB of
    text) and far below what hurts a worker process.

    ``timeout_seconds`` and ``max_memory_bytes`` are hard limits: with ``isolate``
    (the default, where the platform has ``fork``) the parser runs in a child process
    that may grow by at most ``max_memory_bytes`` (``RLIMIT_AS``) and is killed one
    second after ``timeout_seconds``, so they hold inside C code too
    (:mod:`resumematch.extract.sandbox`, docs/extraction.md). ``isolate=False``
    parses in the calling process with the cooperative checks only.
    """

    max_bytes: int = 20 * MB
    max_pages: int = 200
    max_chars: int = 2_000_000
    timeout_seconds: float = 30.0
    max_zip_parts: int = 2_000
    max_unzipped_bytes: int = 200 * MB
    max_memory_bytes: int = 1024 * MB
    isolate: bool = True

    def __post_init__(self) -> None:
        problems = [
            f"{field} must be a positive number, not {getattr(self, field)!r}"
            for field in (
                "max_bytes",
                "max_pages",
                "max_chars",
                "max_zip_parts",
                "max_unzipped_bytes",
                "max_memory_bytes",
            )
            if not isinstance(getattr(self, field), int)
            or isinstance(getattr(self, field), bool)
            or getattr(self, field) <= 0
        ]
        seconds = self.timeout_seconds
        if not isinstance(seconds, int | float) or isinstance(seconds, bool) or not 0 < seconds < float("inf"):
            problems.append(f"timeout_seconds must be a positive, finite number of seconds, not {seconds!r}")
        if problems:
            raise ValueError("ExtractLimits: " + "; ".join(problems))

    def deadline(self) -> float:
        """The monotonic time after which extraction must stop."""
        return time.monotonic() + self.timeout_seconds
