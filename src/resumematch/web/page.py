"""The web page's HTML: the form, the report under it, errors; and its static files.

Every page is whole without JavaScript (a plain form post answers with the report
page). ``static/app.js`` only improves it: it drops files onto the form, posts it
without leaving the page (``POST /?partial=1`` answers with the report fragment) and
briefly marks the mention a term link scrolls to. The report's body is the HTML
report's own (:func:`resumematch.render.html.report_body`); its style sheet is served
as ``/static/app.css`` under a CSP that allows no inline style or script.
"""

from __future__ import annotations

import html
from importlib import resources

from ..models import Report
from ..render.html import STYLE, report_body

__all__ = ["error_fragment", "error_page", "home_page", "report_fragment", "report_page", "static_files"]

_ACCEPT = (
    ".pdf,.docx,.txt,.md,application/pdf,"
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
)
_MEDIA_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}


def static_files() -> dict[str, tuple[bytes, str]]:
    """``name -> (body, media type)`` of every file under ``/static/``; the CSS is the report's and the page's."""
    folder = resources.files("resumematch.web").joinpath("static")
    files: dict[str, tuple[bytes, str]] = {}
    for entry in folder.iterdir():
        suffix = "." + entry.name.rsplit(".", 1)[-1]
        if entry.is_file() and suffix in _MEDIA_TYPES:
            files[entry.name] = (entry.read_bytes(), _MEDIA_TYPES[suffix])
    page_css, media_type = files["page.css"]
    files["app.css"] = (STYLE.encode() + page_css, media_type)
    return files


def _form(vocabularies: list[str], *, chosen: str | None = None, job_text: str = "") -> str:
    chosen = chosen or "clinical-coordinator"
    options = "".join(
        f'<option value="{html.escape(name)}"{" selected" if name == chosen else ""}>'
        f"{html.escape(name.replace('-', ' '))}</option>"
        for name in vocabularies
    )
    return f"""<form id="check-form" method="post" action="/" enctype="multipart/form-data">
<div class="field drop" data-drop="resume-file">
<label for="resume-file">Resume <span class="help">(PDF, DOCX or TXT)</span></label>
<input type="file" id="resume-file" name="resume" accept="{_ACCEPT}" required aria-describedby="resume-help">
<p class="help" id="resume-help">Choose the file, or drop it here.</p>
</div>
<div class="field">
<label for="job">Job posting <span class="help">(paste its text)</span></label>
<textarea id="job" name="job" rows="8" aria-describedby="job-help">{html.escape(job_text)}</textarea>
</div>
<div class="field drop" data-drop="job_file">
<label for="job_file">…or the posting's file</label>
<input type="file" id="job_file" name="job_file" accept="{_ACCEPT}" aria-describedby="job-help">
<p class="help" id="job-help">Paste the posting or choose (or drop) its file; a file is used if both are given.</p>
</div>
<div class="field">
<label for="vocab">Vocabulary <span class="help">(the role's skills and credentials)</span></label>
<select id="vocab" name="vocab">{options}</select>
</div>
<p><button type="submit" id="check">Check</button> <span id="status" role="status" aria-live="polite"></span></p>
</form>"""


def _page(body: str, *, title: str, vocabularies: list[str], chosen: str | None = None, job_text: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
</head>
<body>
<a class="skip" href="#result">Skip to the report</a>
<header><h1>resumematch</h1>
<p>Check your resume against a job posting: the score and how it adds up, the requirements you meet,
what is missing, and whether an applicant tracking system (ATS) can read your file. Everything runs on
this computer; nothing is stored.</p></header>
<main>
{_form(vocabularies, chosen=chosen, job_text=job_text)}
<section id="result" tabindex="-1" aria-label="Report">
{body}
</section>
</main>
</body></html>
"""


def home_page(*, vocabularies: list[str]) -> str:
    return _page("", title="resumematch: check a resume against a job posting", vocabularies=vocabularies)


def report_fragment(report: Report, *, token: str) -> str:
    """The downloads and the report: what goes into ``#result``."""
    links = " · ".join(
        f'<a href="/download/{token}/report.{fmt}" download="resumematch-report.{fmt}" id="download-{fmt}">{label}</a>'
        for fmt, label in (("html", "HTML"), ("json", "JSON"), ("md", "Markdown"))
    )
    return f'<p class="downloads">Download the report: {links}</p>\n{report_body(report, level=2)}'


def report_page(
    report: Report, *, token: str, vocabularies: list[str], chosen: str | None = None, job_text: str = ""
) -> str:
    title = f"resumematch: {report.score:.0f}/100 for {report.job.title or 'the posting'}"
    return _page(
        report_fragment(report, token=token),
        title=title,
        vocabularies=vocabularies,
        chosen=chosen,
        job_text=job_text,
    )


def error_fragment(message: str) -> str:
    return (
        '<div class="error" role="alert" id="error"><h2>The check could not be done</h2>'
        f"<p>{html.escape(message)}</p></div>"
    )


def error_page(message: str, *, vocabularies: list[str]) -> str:
    return _page(error_fragment(message), title="resumematch: the check could not be done", vocabularies=vocabularies)
