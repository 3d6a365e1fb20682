"""Renderers: turn a Report (or mentions, or a Document) into text a person or a program reads.

Each format is one module; none of them prints. The CLI picks one by ``--format``.
"""

from __future__ import annotations

__all__ = ["FORMATS"]

FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html")
