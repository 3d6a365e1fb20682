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
    """

    max_bytes: int = 20 * MB
    max_pages: int = 200
    max_chars: int = 2_000_000
    timeout_seconds: float = 30.0
    max_zip_parts: int = 2_000
    max_unzipped_bytes: int = 200 * MB

    def deadline(self) -> float:
        """The monotonic time after which extraction must stop."""
        return time.monotonic() + self.timeout_seconds
