"""How many worker processes a ranking may start, shared by :func:`resumematch.rank` and
``resumematch rank --workers``; kept in its own module so that the command line's parser
reads it without importing the pipeline."""

from __future__ import annotations

__all__ = ["MAX_WORKERS"]

MAX_WORKERS = 256
"""The most worker processes a ranking starts: a process pool forks all of them at once,
so ``workers=99_999_999`` would exhaust the machine before ranking a file."""
