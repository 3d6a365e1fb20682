"""Renderers: turn a Report (or mentions, or a Document) into text a person or a program reads.

Each format is one module; none of them prints. The CLI picks one by ``--format``.
"""

from __future__ import annotations

from ..models import Evidence, Report

__all__ = ["FORMATS", "evidence_snippet"]

FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html")


def evidence_snippet(report: Report, evidence: Evidence, width: int) -> str:
    """The resume line of ``evidence``, trimmed around the matched text to ``width``."""
    if evidence.start is None:
        return evidence.line[:width]
    return report.resume.snippet(evidence.start, evidence.start + len(evidence.text), width=width)
