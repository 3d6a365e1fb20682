"""A self-contained HTML report: the score as a chart, the requirements, the highlighted resume.

Nothing is loaded from the network (no fonts, scripts or style sheets from elsewhere),
so the file can be e-mailed, archived, or opened offline. The chart is inline SVG; the
resume text is rendered with spaCy's displaCy *span* style, one labelled underline per
mention ("certification · affirmed"), which also shows overlapping mentions (Epic and
EHR on the same words). The page runs no JavaScript.
"""

from __future__ import annotations

import bisect
import html
import itertools
from collections.abc import Iterator, Sequence

from ..models import CATEGORY_TABLE, Mention, Report
from ..models.document import LINE_CHARS
from . import evidence_snippet

__all__ = ["mention_label", "report_html"]

_CATEGORY_COLOURS = {row.name: row.colour for row in CATEGORY_TABLE.values()}
_DISCOUNTED_COLOUR = "#d0d0d0"
_MET_LABELS = {"met": "✔ met", "partly": "◐ partly met", "not_met": "✘ not met", "unknown": "? cannot tell"}
_MET_COLOURS = {"met": "#1a7f37", "partly": "#9a6700", "not_met": "#cf222e", "unknown": "#57606a"}
_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto;
       max-width: 1100px; color: #1f2328; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
.score { font-size: 3rem; font-weight: 700; }
.met { font-weight: 600; white-space: nowrap; }
.resume { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5rem 1rem; }
.resume .spans { line-height: 2.5 !important; }
.resume .spans span span span { white-space: nowrap; }
.blank { height: 0.8rem; }
.legend span { display: inline-block; padding: 1px 6px; margin: 2px; border-radius: 3px; font-size: 0.8rem; }
ol li { margin: 0.2rem 0; }
"""


def mention_label(mention: Mention) -> str:
    """The label a highlighted mention carries: its category and its status."""
    return f"{mention.category.replace('_', ' ')} · {mention.status.replace('_', ' ')}"


def _chart(report: Report) -> str:
    """Inline SVG: one bar per part, its length the part's worth, the filled share its points."""
    parts = [p for p in report.parts if p.weight > 0]
    scale, row, left = 6.0, 28, 190
    height = row * (len(parts) + 1) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + 100 * scale + 140}" height="{height}" '
        f'role="img" aria-label="Score parts" id="score-chart">'
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
        '<table id="requirements"><tr><th>requirement</th><th>kind</th><th>status</th>'
        "<th>evidence (section, page, line) or what is missing</th></tr>"
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
            f'<td class="met" style="color:{_MET_COLOURS[check.met]}">{html.escape(_MET_LABELS[check.met])}</td>'
            f"<td>{'<br>'.join(filter(None, [evidence, missing]))}{note}</td></tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _pieces(text: str, starts: Sequence[int], reach: Sequence[int]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``text``; a line longer than ``LINE_CHARS`` is cut
    into pieces at spaces that no mention covers (``reach[k]``: the furthest end among
    the first ``k + 1`` mentions by start).

    displaCy's span renderer compares every token of what it renders with every span,
    which made a document extracted as one line quadratic (docs/performance.md).
    """
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        while end - start > LINE_CHARS:
            cut = text.find(" ", start + LINE_CHARS // 2, end)
            while cut != -1 and (k := bisect.bisect_left(starts, cut)) and reach[k - 1] > cut:
                cut = text.find(" ", reach[k - 1], end)  # inside a mention: the next space after it
            if cut == -1:
                break
            yield start, cut
            start = cut + 1
        yield start, end
        offset = end + 1


def _highlighted_resume(text: str, mentions: Sequence[Mention]) -> str:
    """The resume, line by line, with displaCy span underlines for every mention."""
    import spacy
    from spacy import displacy

    nlp = spacy.blank("en")
    nlp.max_length = max(nlp.max_length, len(text) + 1)  # only tokenized: no parser's memory to fear
    colours: dict[str, str] = {}
    out = []
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    reach = list(itertools.accumulate((m.end for m in ordered), max))
    for offset, end in _pieces(text, starts, reach):
        line = text[offset:end]
        inside = ordered[bisect.bisect_left(starts, offset) : bisect.bisect_left(starts, end)]
        if not line.strip():
            out.append('<div class="blank"></div>')
        elif not inside:  # displaCy warns about a line with nothing to show
            out.append(f'<div class="spans" style="line-height: 2.5">{html.escape(line)}</div>')
        else:
            doc = nlp.make_doc(line)
            spans = []
            for mention in inside:
                span = doc.char_span(
                    mention.start - offset,
                    min(mention.end, end) - offset,
                    label=mention_label(mention),
                    alignment_mode="expand",
                )
                if span is not None:
                    spans.append(span)
                    colours[span.label_] = (
                        _CATEGORY_COLOURS.get(mention.category, "#ddd")
                        if mention.status in ("affirmed", "hedged")
                        else _DISCOUNTED_COLOUR
                    )
            doc.spans["sc"] = spans
            out.append(
                displacy.render(
                    doc, style="span", page=False, jupyter=False, options={"spans_key": "sc", "colors": colours}
                )
            )
    return "\n".join(out)


def report_html(report: Report) -> str:
    """The whole report as one HTML page with no external resources."""
    title = html.escape(report.job.title or report.job.source)
    facts = []
    if report.experience_years is not None:
        facts.append(
            f"{report.experience_years:.1f} years of experience counted from {len(report.roles)} dated role(s)"
        )
    if report.degree:
        field = f" in {html.escape(report.degree.field)}" if report.degree.field else ""
        facts.append(f"highest degree: {report.degree.level.replace('_', ' ')}{field}")
    legend = (
        "".join(
            f'<span style="background:{colour}">{category.replace("_", " ")}</span>'
            for category, colour in _CATEGORY_COLOURS.items()
        )
        + f'<span style="background:{_DISCOUNTED_COLOUR}">not counted (negated, expired, in progress)</span>'
    )
    suggestions = "\n".join(f"<li>{html.escape(tip)}</li>" for tip in report.suggestions)
    parts_table = "\n".join(
        f"<tr><td>{html.escape(p.name)}</td><td>{p.points:.1f}</td><td>{p.weight:.1f}</td>"
        f"<td>{html.escape(p.detail)}</td></tr>"
        for p in report.parts
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>resumematch: {report.score:.0f}/100 for {title}</title>
<style>{_STYLE}</style></head>
<body>
<h1>Resume check for {title}</h1>
<p><span class="score" id="score">{report.score:.0f}</span><span>/100</span> &nbsp;
resume <code>{html.escape(report.resume.source)}</code> ({report.resume.format}, {report.resume.pages} page(s))</p>
<p>{html.escape("; ".join(facts))}</p>
<h2>How the score adds up</h2>
{_chart(report)}
<table id="parts"><tr><th>part</th><th>points</th><th>of</th><th>detail</th></tr>
{parts_table}
<tr><th>total</th><th>{report.score:.1f}</th><th>100</th><th></th></tr></table>
<h2>Requirements</h2>
{_requirements_table(report)}
<h2>What to do next</h2>
<ol id="suggestions">{suggestions}</ol>
<h2>The resume, as an ATS reads it</h2>
<p class="legend">{legend}</p>
<div class="resume" id="resume">
{_highlighted_resume(report.resume.text, report.mentions)}
</div>
</body></html>
"""
