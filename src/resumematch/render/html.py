"""A self-contained HTML report: the score as a chart, the requirements, the terms, the ATS
readiness checks and the highlighted resume.

Nothing is loaded from the network (no fonts, scripts or style sheets from elsewhere),
so the file can be e-mailed, archived, or opened offline; its own Content-Security-Policy
allows nothing but its inline style sheet. The chart is inline SVG; the resume is the
extracted text exactly as it is, with each mention highlighted over it
(:mod:`resumematch.render.highlight`). The page runs no JavaScript, and uses no inline
``style`` attributes, so the web page (:mod:`resumematch.web`) shows the same body under
a strict policy, with :data:`STYLE` served as a file.
"""

from __future__ import annotations

import html

from ..models import CATEGORY_TABLE, Report
from . import degree_label, evidence_snippet, shown_suggestions, via_name
from .ats import ats_html
from .highlight import highlighted_text, mention_label

__all__ = ["STYLE", "mention_label", "report_body", "report_html"]

_CATEGORY_COLOURS = {row.name: row.colour for row in CATEGORY_TABLE.values()}
_DISCOUNTED_COLOUR = "#dcdcdc"
_MET_LABELS = {"met": "✔ met", "partly": "◐ partly met", "not_met": "✘ not met", "unknown": "? cannot tell"}
# Text colours on white, each at least 4.5:1 (WCAG AA for normal text).
_MET_COLOURS = {"met": "#1a7f37", "partly": "#8a5d00", "not_met": "#cf222e", "unknown": "#57606a"}
STYLE = (
    """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto;
       max-width: 1100px; color: #1f2328; background: #fff; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
a { color: #0550ae; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible,
summary:focus-visible { outline: 3px solid #0550ae; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
.wide { overflow-x: auto; }
.score { font-size: 3rem; font-weight: 700; }
#score-chart { max-width: 100%; height: auto; }
.met { font-weight: 600; white-space: nowrap; }
.terms li { margin: 0.15rem 0; }
.resume { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5rem 1rem; white-space: pre-wrap;
          overflow-wrap: anywhere; line-height: 1.7; font-size: 0.95rem; }
mark.hl { color: #1f2328; border-radius: 2px; padding: 0; }
mark.off, .c-off { background: """
    + _DISCOUNTED_COLOUR
    + """; text-decoration: underline dotted #57606a; }
mark.multi { box-shadow: 0 2px 0 #1f2328; }
:target + mark, span[id]:target + mark { outline: 3px solid #0550ae; }
.legend span { display: inline-block; padding: 1px 6px; margin: 2px; border-radius: 3px; font-size: 0.8rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ol li { margin: 0.2rem 0; }
"""
    + "".join(f".c-{category} {{ background: {colour}; }}\n" for category, colour in _CATEGORY_COLOURS.items())
    + "".join(f".met-{status} {{ color: {colour}; }}\n" for status, colour in _MET_COLOURS.items())
    + ".ats-pass .ats-status { color: #1a7f37; } .ats-warn .ats-status { color: #8a5d00; }\n"
    + ".ats-fail .ats-status { color: #cf222e; } .ats-status { font-weight: 600; white-space: nowrap; }\n"
)
"""The report's style sheet: inline in the HTML file, served as a file by the web page."""

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _chart(report: Report) -> str:
    """Inline SVG: one bar per part, its length the part's worth, the filled share its points."""
    parts = [p for p in report.parts if p.weight > 0]
    scale, row, left = 6.0, 28, 190
    height = row * (len(parts) + 1) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + 100 * scale + 140}" height="{height}" '
        f'viewBox="0 0 {left + 100 * scale + 140} {height}" role="img" aria-label="Score parts" id="score-chart">'
    ]
    for i, part in enumerate(parts):
        y = 8 + i * row
        out.append(f'<text x="0" y="{y + 15}" font-size="13">{html.escape(part.name)}</text>')
        out.append(f'<rect x="{left}" y="{y}" width="{part.weight * scale:.1f}" height="18" fill="#eaeef2"/>')
        out.append(
            f'<rect class="points" x="{left}" y="{y}" width="{part.points * scale:.1f}" height="18" '
            f'fill="#2da44e"><title>{part.points:.1f} of {part.weight:.1f}</title></rect>'
        )
        out.append(
            f'<text x="{left + part.weight * scale + 6:.1f}" y="{y + 14}" font-size="12">'
            f"{part.points:.1f} / {part.weight:.1f}</text>"
        )
    y = 8 + len(parts) * row
    x = float(left)
    out.append(f'<text x="0" y="{y + 15}" font-size="13" font-weight="bold">total</text>')
    for part in parts:
        out.append(
            f'<rect x="{x:.1f}" y="{y}" width="{part.points * scale:.1f}" height="18" fill="#2da44e" '
            f'stroke="#fff"><title>{html.escape(part.name)}: {part.points:.1f}</title></rect>'
        )
        x += part.points * scale
    out.append(f'<rect x="{left}" y="{y}" width="{100 * scale}" height="18" fill="none" stroke="#8c959f"/>')
    out.append(
        f'<text x="{left + 100 * scale + 6}" y="{y + 14}" font-size="12" font-weight="bold">'
        f"{report.score:.1f} / 100</text>"
    )
    out.append("</svg>")
    return "\n".join(out)


def _requirements_table(report: Report) -> str:
    rows = [
        '<div class="wide"><table id="requirements"><tr><th scope="col">requirement</th><th scope="col">kind</th>'
        '<th scope="col">status</th><th scope="col">evidence (section, page, line) or what is missing</th></tr>'
    ]
    for check in report.requirements:
        evidence = "<br>".join(
            f"“{html.escape(evidence_snippet(report, e, 120))}” "
            f"<small>({html.escape(e.section or 'top')}, page {e.page})</small>"
            for e in check.evidence[:3]
        )
        missing = "<br>".join(f"missing: {html.escape(m)}" for m in check.missing)
        note = f"<br><small>{html.escape(check.note)}</small>" if check.note else ""
        rows.append(
            f'<tr data-met="{check.met}"><td>{html.escape(check.requirement.text)}</td>'
            f"<td>{check.requirement.kind}</td>"
            f'<td class="met met-{check.met}">{html.escape(_MET_LABELS[check.met])}</td>'
            f"<td>{'<br>'.join(filter(None, [evidence, missing]))}{note}</td></tr>"
        )
    rows.append("</table></div>")
    return "\n".join(rows)


def _anchors(report: Report) -> dict[tuple[str, int, int], int]:
    return {(m.term_id, m.start, m.end): i for i, m in enumerate(report.mentions)}


def _terms(report: Report) -> str:
    """Matched terms, each a link to its first mention in the resume, and missing terms with their gain."""
    anchors = _anchors(report)
    matched = []
    for match in report.matched:
        via = f" <small>via {html.escape(name)}</small>" if (name := via_name(match)) else ""
        name = html.escape(match.name)
        first = next((anchors.get((m.term_id, m.start, m.end)) for m in match.evidence), None)
        term = html.escape(match.term_id)
        link = f'<a href="#m-{first}" data-term="{term}">{name}</a>' if first is not None else name
        matched.append(f"<li>{link} <small>({match.kind}, {match.category.replace('_', ' ')})</small>{via}</li>")
    missing = [
        f'<li data-term="{html.escape(m.term_id)}">{html.escape(m.name)} <small>({m.kind}, '
        f"{m.category.replace('_', ' ')})</small>: +{m.gain:.1f} points</li>"
        for m in report.missing
    ]
    return (
        f'<h3>Matched ({len(matched)})</h3><ul class="terms" id="matched">{"".join(matched)}</ul>\n'
        f'<h3>Missing ({len(missing)})</h3><ul class="terms" id="missing">{"".join(missing)}</ul>'
    )


def report_body(report: Report, *, level: int = 1) -> str:
    """The report's content (no ``<html>`` around it); ``level`` is the level of its top heading."""
    h1, h2 = f"h{level}", f"h{level + 1}"
    title = html.escape(report.job.title or report.job.source)
    facts = []
    if report.experience_years is not None:
        facts.append(
            f"{report.experience_years:.1f} years of experience counted from {len(report.roles)} dated role(s)"
        )
    if report.degree:
        facts.append(f"highest degree: {degree_label(report.degree.level, report.degree.field)}")
    legend = (
        "".join(f'<span class="c-{category}">{category.replace("_", " ")}</span>' for category in _CATEGORY_COLOURS)
        + '<span class="c-off">not counted (negated, expired, in progress)</span>'
    )
    suggestions = "\n".join(f"<li>{html.escape(tip)}</li>" for tip in shown_suggestions(report))
    parts_table = "\n".join(
        f"<tr><td>{html.escape(p.name)}</td><td>{p.points:.1f}</td><td>{p.weight:.1f}</td>"
        f"<td>{html.escape(p.detail)}</td></tr>"
        for p in report.parts
    )
    return f"""<{h1}>Resume check for {title}</{h1}>
<p><span class="score" id="score">{report.score:.0f}</span><span>/100</span> &nbsp;
resume <code>{html.escape(report.resume.source)}</code> ({report.resume.format}, {report.resume.pages} page(s))</p>
<p>{html.escape("; ".join(facts))}</p>
<{h2}>How the score adds up</{h2}>
{_chart(report)}
<div class="wide"><table id="parts"><tr><th scope="col">part</th><th scope="col">points</th><th scope="col">of</th>
<th scope="col">detail</th></tr>
{parts_table}
<tr><th>total</th><th>{report.score:.1f}</th><th>100</th><th></th></tr></table></div>
<{h2}>Requirements</{h2}>
{_requirements_table(report)}
<{h2}>Terms</{h2}>
{_terms(report).replace("<h3>", f"<h{level + 2}>").replace("</h3>", f"</h{level + 2}>")}
<{h2}>What to do next</{h2}>
<ol id="suggestions">{suggestions}</ol>
<{h2}>ATS readiness</{h2}>
{ats_html(report.ats) if report.ats is not None else ""}
<{h2}>The resume, as an ATS reads it</{h2}>
<p class="legend">{legend}</p>
<div class="resume" id="resume">{highlighted_text(report.resume.text, report.mentions)}</div>
"""


def report_html(report: Report) -> str:
    """The whole report as one HTML page with no external resources."""
    title = html.escape(report.job.title or report.job.source)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>resumematch: {report.score:.0f}/100 for {title}</title>
<style>{STYLE}</style></head>
<body><main>
{report_body(report)}</main>
</body></html>
"""
