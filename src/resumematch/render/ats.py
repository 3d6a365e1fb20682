"""The ATS readiness checks (:mod:`resumematch.scoring.readiness`) in each output format.

One function per format, each returning the lines (or the fragment) that the format's
renderer appends to its report; the checks never echo contact details.
"""

from __future__ import annotations

import html

from ..models.readiness import AtsReadiness

__all__ = ["STATUS_LABELS", "ats_html", "ats_markdown_lines", "ats_text_lines"]

STATUS_LABELS = {"pass": "✔ ok", "warn": "! check", "fail": "✘ fix"}
_TERM_ROWS = 12


def ats_text_lines(ats: AtsReadiness) -> list[str]:
    lines = [f"ATS readiness ({ats.passed} of {len(ats.checks)} checks pass):"]
    for check in ats.checks:
        lines.append(f"  {STATUS_LABELS[check.status]:<8} {check.name}: {check.finding}")
        if check.fix:
            lines.append(f"           fix: {check.fix}")
    if ats.terms:
        lines.append("  Posting terms, times in the posting / in the resume:")
        for term in ats.terms[:_TERM_ROWS]:
            lines.append(f"    {term.name:<40} {term.posting:>3} / {term.resume:<3} [{term.kind}]")
        if len(ats.terms) > _TERM_ROWS:
            lines.append(f"    ... and {len(ats.terms) - _TERM_ROWS} more (all of them in --format json)")
    return lines


def ats_markdown_lines(ats: AtsReadiness) -> list[str]:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [f"## ATS readiness ({ats.passed} of {len(ats.checks)} checks pass)", ""]
    lines += ["| check | status | finding | fix |", "|---|---|---|---|"]
    for check in ats.checks:
        lines.append(f"| {check.name} | {STATUS_LABELS[check.status]} | {cell(check.finding)} | {cell(check.fix)} |")
    if ats.terms:
        lines += ["", "| posting term | kind | in the posting | in the resume |", "|---|---|---:|---:|"]
        lines += [f"| {cell(t.name)} | {t.kind} | {t.posting} | {t.resume} |" for t in ats.terms]
    return lines


def ats_html(ats: AtsReadiness) -> str:
    """A table of the checks (class ``ats-pass``/``ats-warn``/``ats-fail`` per row) and the term counts."""
    rows = [
        f'<tr class="ats-{c.status}" data-ats="{c.code}"><td>{html.escape(c.name)}</td>'
        f'<td class="ats-status">{html.escape(STATUS_LABELS[c.status])}</td>'
        f"<td>{html.escape(c.finding)}</td><td>{html.escape(c.fix)}</td></tr>"
        for c in ats.checks
    ]
    terms = "\n".join(
        f"<tr><td>{html.escape(t.name)}</td><td>{t.kind}</td><td>{t.posting}</td><td>{t.resume}</td></tr>"
        for t in ats.terms
    )
    return (
        f"<p>{ats.passed} of {len(ats.checks)} checks pass.</p>\n"
        '<div class="wide"><table id="ats"><caption class="sr-only">ATS readiness checks</caption>'
        '<tr><th scope="col">check</th><th scope="col">status</th><th scope="col">finding</th>'
        '<th scope="col">fix</th></tr>\n' + "\n".join(rows) + "</table></div>\n"
        '<details><summary>How often each posting term appears</summary><div class="wide"><table id="ats-terms">'
        '<tr><th scope="col">posting term</th><th scope="col">kind</th><th scope="col">in the posting</th>'
        f'<th scope="col">in the resume</th></tr>\n{terms}</table></div></details>'
    )
