"""Renderers: turn a Report (or mentions, or a Document) into text a person or a program reads.

Each format is one module; none of them prints. The formats are registries, shared by
the CLI (``--format``), the web app's downloads and the library
(:func:`render_report`, :func:`render_terms`): format name -> ``(module, function)``,
imported only when used (the CLI starts without loading a renderer it does not need).
A new output format is one module here and one line in a registry. The modules:
``text`` (the terminal), ``json`` (written by ``indented``: ``json.dumps(indent=2)``'s text,
faster), ``markdown``, ``html``, ``rows`` (rank rows as a table,
CSV, JSON Lines or JSON), ``highlight`` (the extracted text with its mentions marked),
``ats`` (the readiness checks in each format) and ``safe`` (text from documents made safe
for CSV and Markdown).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

from ..models import Document, Evidence, Mention, Report, TermMatch

__all__ = [
    "FORMATS",
    "RANK_RENDERERS",
    "REPORT_RENDERERS",
    "ROW_FILE_FORMATS",
    "TERMS_RENDERERS",
    "category_label",
    "degree_label",
    "evidence_snippet",
    "render_report",
    "render_terms",
    "renderer",
    "shown_suggestions",
    "via_name",
]

REPORT_RENDERERS: dict[str, tuple[str, str]] = {
    "text": ("text", "report_text"),
    "json": ("json", "report_json"),
    "markdown": ("markdown", "report_markdown"),
    "html": ("html", "report_html"),
}
"""How a Report is written in each format: ``(module in render/, function)``; the
function takes the Report (and keyword options, such as ``colour=`` for text)."""

TERMS_RENDERERS: dict[str, tuple[str, str]] = {
    "text": ("text", "terms_text"),
    "json": ("json", "terms_json"),
}
"""How a Document's mentions are written: the function takes ``(document, mentions)``."""

RANK_RENDERERS: dict[str, tuple[str, str]] = {
    "table": ("rows", "table_text"),
    "csv": ("rows", "csv_text"),
    "jsonl": ("rows", "jsonl_text"),
    "json": ("rows", "json_text"),
}
"""How ranked rows are written (``rank --format``): the function takes the row objects,
best first (:func:`resumematch.render.rows.row_dict`), and ``top=`` (None: the format's
default), and returns the whole text."""

ROW_FILE_FORMATS: tuple[str, ...] = ("csv", "jsonl", "json")
"""The rank formats written one row per line (:class:`resumematch.render.rows.RowsFile`):
a run streams their rows to a checkpoint as files finish, and ``--resume`` continues it.
A format of :data:`RANK_RENDERERS` not listed here is written when the run ends."""

FORMATS: tuple[str, ...] = tuple(REPORT_RENDERERS)
"""The formats of a Report (``check --format``)."""


def renderer(registry: dict[str, tuple[str, str]], fmt: str) -> Callable[..., str]:
    """The render function of ``fmt`` in ``registry``; a ValueError names the known formats."""
    if fmt not in registry:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(registry)}")
    module, function = registry[fmt]
    found: Callable[..., str] = getattr(importlib.import_module(f"{__name__}.{module}"), function)
    return found


def render_report(report: Report, fmt: str = "text", **options: Any) -> str:
    """``report`` as text in ``fmt`` (one of :data:`FORMATS`), e.g. ``render_report(report, "html")``."""
    return renderer(REPORT_RENDERERS, fmt)(report, **options)


def render_terms(document: Document, mentions: Sequence[Mention], fmt: str = "text") -> str:
    """A document's mentions as text in ``fmt`` (one of ``TERMS_RENDERERS``)."""
    return renderer(TERMS_RENDERERS, fmt)(document, mentions)


def evidence_snippet(report: Report, evidence: Evidence, width: int) -> str:
    """The resume line of ``evidence``, trimmed around the matched text to ``width``, on one
    line: a match that runs over a line break ("complete discharge\\npaperwork") would
    otherwise break the report's indentation."""
    if evidence.start is None:
        return one_line(evidence.line[:width])
    return one_line(report.resume.snippet(evidence.start, evidence.start + len(evidence.text), width=width))


def shown_suggestions(report: Report) -> tuple[str, ...]:
    """The suggestions a report shows: a parse warning that the ATS readiness checks state
    already (their layout check quotes it, with its fix) is left out, so no line is said twice."""
    from ..scoring.suggestions import PARSE_WARNING_PREFIX  # here: the CLI imports this package at start-up

    if report.ats is None:
        return tuple(report.suggestions)
    said = "\n".join(check.finding for check in report.ats.checks)
    return tuple(
        tip
        for tip in report.suggestions
        if not (tip.startswith(PARSE_WARNING_PREFIX) and tip.removeprefix(PARSE_WARNING_PREFIX) in said)
    )


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (line breaks included) as one space."""
    return " ".join(text.split())


def category_label(category: str) -> str:
    """A category as a reader writes it ("hard skill", not the id ``hard_skill``)."""
    return category.replace("_", " ")


_DEGREE_LABELS = {
    "high_school": "high school",
    "associate": "associate degree",
    "bachelor": "bachelor's degree",
    "master": "master's degree",
    "doctorate": "doctorate",
}


def degree_label(level: str, field: str | None = None) -> str:
    """A degree level as a reader writes it ("master's degree in nursing", not ``master``)."""
    label = _DEGREE_LABELS.get(level, level.replace("_", " "))
    return f"{label} in {field}" if field else label


def via_name(match: TermMatch) -> str | None:
    """The name of the narrower term that met ``match`` ("Charge Nurse" for "Nursing
    experience"), not its id; ``None`` when the term was met by itself."""
    if match.via is None:
        return None
    return next((m.name for m in match.evidence if m.term_id == match.via), match.via)
