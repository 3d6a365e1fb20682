"""The report as Markdown: for a pull request, an issue, a wiki or an e-mail."""

from __future__ import annotations

from ..models import Report
from ..scoring.phrase_checks import NOT_KNOWN
from . import category_label, degree_label, evidence_snippet, shown_suggestions
from .ats import ats_markdown_lines
from .safe import md_cell, md_text

__all__ = ["MET_LABELS", "report_markdown"]

MET_LABELS = {"met": "✅ met", "partly": "🟡 partly", "not_met": "❌ not met", "unknown": "❔ cannot tell"}


def _cell(text: str) -> str:
    # Text from the resume, the posting, the vocabulary or a file name: never markup.
    return md_cell(text)


def report_markdown(report: Report) -> str:
    """Score, its parts as a table that adds up, the requirements, and what to do next."""
    title = report.job.title or report.job.source
    lines = [f"# Resume check: {report.score:.0f}/100 for {md_text(title)}", ""]
    lines.append(f"Resume: {md_text(report.resume.source)} ({report.resume.format}, {report.resume.pages} page(s))")
    if report.experience_years is not None:
        lines.append(f"Experience counted from dated roles: {report.experience_years:.1f} years")
    if report.degree:
        field = md_text(report.degree.field) if report.degree.field else None
        lines.append(f"Highest degree: {degree_label(report.degree.level, field)}")
    lines += ["", "## How the score adds up", "", "| part | points | of | detail |", "|---|---:|---:|---|"]
    for part in report.parts:
        lines.append(f"| {_cell(part.name)} | {part.points:.1f} | {part.weight:.1f} | {_cell(part.detail)} |")
    lines.append(f"| **total** | **{report.score:.1f}** | **100** | |")
    if report.requirements:
        lines += [
            "",
            "## Requirements",
            "",
            "| requirement | kind | status | evidence or what is missing |",
            "|---|---|---|---|",
        ]
        for check in report.requirements:
            if check.evidence and check.met == "met":
                first = check.evidence[0]
                where = ", ".join(filter(None, [first.section, f"page {first.page}" if first.page else ""]))
                said = f"“{evidence_snippet(report, first, 90)}” ({where})"
                if NOT_KNOWN in check.note:  # a phrase searched as written, not a known term
                    said += f"; {check.note}"
            else:
                said = "; ".join(check.missing) or check.note
            lines.append(
                f"| {_cell(check.requirement.text)} | {check.requirement.kind} | "
                f"{MET_LABELS[check.met]} | {_cell(said)} |"
            )
    if report.missing:
        lines += ["", "## Missing terms", ""]
        lines += [
            f"- **{md_text(m.name)}** ({m.kind}, {category_label(m.category)}): +{m.gain:.1f} points"
            for m in report.missing
        ]
    if tips := shown_suggestions(report):
        lines += ["", "## What to do next", ""]
        lines += [f"{i}. {md_text(tip)}" for i, tip in enumerate(tips, 1)]
    if report.ats is not None:
        lines += ["", *ats_markdown_lines(report.ats)]
    return "\n".join(lines)
