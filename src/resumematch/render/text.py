"""Plain-words terminal output, with ANSI colour only when asked for (the CLI decides)."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Document, Mention, Report
from ..scoring.phrase_checks import NOT_KNOWN
from . import category_label, degree_label, evidence_snippet, one_line, shown_suggestions, via_name
from .ats import ats_text_lines

__all__ = ["document_text", "report_text", "terms_text"]

_COLOURS = {"green": "32", "red": "31", "yellow": "33", "bold": "1", "dim": "2"}


_MET = {
    "met": ("met      ", "green"),
    "partly": ("partly   ", "yellow"),
    "not_met": ("not met  ", "red"),
    "unknown": ("can't tell", "dim"),
}


def _paint(text: str, colour: str, enabled: bool) -> str:
    return f"\033[{_COLOURS[colour]}m{text}\033[0m" if enabled else text


def _where(mention: Mention) -> str:
    section = mention.section or "top of the resume"
    return f"{section}, page {mention.page}" if mention.page else section


def report_text(report: Report, *, colour: bool = False, limit: int = 15) -> str:
    """The report as a person reads it: score, its parts, what matches, what is missing, next steps."""
    lines = []
    title = report.job.title or report.job.source
    lines.append(_paint(f"Score: {report.score:.0f}/100", "bold", colour) + f"  for {title}")
    lines.append(f"Resume: {report.resume.source} ({report.resume.format}, {report.resume.pages} page(s))")
    lines.append("")
    lines.append("How the score adds up:")
    for part in report.parts:
        if part.weight:
            lines.append(f"  {part.name:<24} {part.points:5.1f} of {part.weight:5.1f}   {part.detail}")
    lines.append(f"  {'total':<24} {report.score:5.1f} of 100.0")
    if report.experience_years is not None or report.degree:
        lines.append("")
    if report.experience_years is not None:
        lines.append(f"Experience: {report.experience_years:.1f} years from {len(report.roles)} dated role(s)")
    if report.degree:
        lines.append(f"Highest degree: {degree_label(report.degree.level, report.degree.field)}")
    if report.requirements:
        lines.append("")
        lines.append("Requirements:")
        for check in report.requirements:
            mark, paint = _MET[check.met]
            lines.append(f"  {_paint(mark, paint, colour)} [{check.requirement.kind}] {check.requirement.text}")
            if check.met == "met" and check.evidence:
                first = check.evidence[0]
                lines.append(
                    _paint(
                        f'        "{evidence_snippet(report, first, 80)}" '
                        f"({first.section or 'top'}, page {first.page})",
                        "dim",
                        colour,
                    )
                )
            for item in check.missing:
                lines.append(f"        missing: {item}")
            if check.note and (check.met == "unknown" or NOT_KNOWN in check.note):
                lines.append(_paint(f"        {check.note}", "dim", colour))
    lines.append("")
    lines.append(_paint(f"Matched ({len(report.matched)}):", "green", colour))
    for match in report.matched:
        evidence = match.evidence[0] if match.evidence else None
        via = f" via {name}" if (name := via_name(match)) else ""
        where = (
            f' - "{one_line(report.resume.snippet(evidence.start, evidence.end, width=70))}" ({_where(evidence)})'
            if evidence
            else ""
        )
        lines.append(f"  + {match.name} [{match.kind}{via}]{where}")
    lines.append("")
    lines.append(_paint(f"Missing ({len(report.missing)}):", "red", colour))
    for missing in report.missing:
        lines.append(
            f"  - {missing.name} [{missing.kind}, {category_label(missing.category)}] worth +{missing.gain:.1f} points"
        )
    if tips := shown_suggestions(report):
        lines.append("")
        lines.append(_paint("What to do next:", "yellow", colour))
        for tip in tips[:limit]:
            lines.append(f"  * {tip}")
    lines.append("")
    if report.ats is not None:
        lines += ats_text_lines(report.ats)
    return "\n".join(lines)


def terms_text(document: Document, mentions: Sequence[Mention]) -> str:
    """One line per mention: term, category, what the text says, and where."""
    lines = [f"{document.source}: {len(mentions)} mention(s) of {len({m.term_id for m in mentions})} term(s)"]
    for m in mentions:
        status = "" if m.status == "affirmed" else f" ({m.status})"
        lines.append(
            f"  {m.name:<32} {m.category:<13} {m.text!r} at {m.start}-{m.end} [{_where(m)}; {m.method}]{status}"
        )
    return "\n".join(lines)


def document_text(document: Document) -> str:
    """The extracted text, followed by any parse warnings."""
    parts = [document.text.rstrip()]
    if document.warnings:
        parts.append("")
        parts.extend(f"warning [{w.code}]: {w.message}" for w in document.warnings)
    return "\n".join(parts)
