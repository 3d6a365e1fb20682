"""ATS readiness: would an applicant tracking system read this resume well?

The checks applicants pay résumé scanners for, each with a finding and a plain-language
fix: a text layer, contact details, standard section headings, readable dates, what an
ATS may miss (the parse warnings), how often each posting term appears in the resume
against the posting, the posting's title in the headline, and certificates or licences
whose written dates have run out (a recruiter reading today sees a lapsed card; the
matching reads such dates as the resume's own and still counts the credential, since
a resume in a pool may have been written years ago).

Nothing personal is ever echoed: the contact check says *whether* an e-mail address and
a phone number were found, never which (so blind output holds none either), and the
headline check names only the posting's title.

>>> from resumematch import check
>>> readiness = check("resume.pdf", job="posting.txt").ats  # doctest: +SKIP
>>> [(c.code, c.status) for c in readiness.checks]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from rapidfuzz import fuzz

from ..models import CREDENTIAL_CATEGORIES, Report
from ..models.readiness import AtsCheck, AtsReadiness, TermFrequency
from .title_check import role_title

__all__ = ["ats_readiness"]

# Contact details and odd dates are found by the plain patterns written out in
# tests/test_readiness_scans.py (e-mail ``[\w.+-]+@[\w-]+(?:\.[\w-]+)+``, phone
# ``(?<![\w/])\+?\(?\d[\d ().\-]{6,22}\d(?![\w/])``), which checks that these scans find the
# same. A pattern that opens with a look-behind is tried at every character of a resume;
# one that opens with a character class lets the regex engine skip to the next candidate,
# so each look-behind here comes after the first character.
_EMAIL_BEFORE_AT = re.compile(r"[\w.+-]")
_EMAIL_AFTER_AT = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"[+(\d](?<![\w/][+(\d])"  # a "+", "(" or digit with no word character or "/" before it
    r"(?:(?<=\+)\(?\d|(?<=\()\d|(?<=\d))"  # then an optional "(" and a digit, as far as needed
    r"[\d ().\-]{6,22}\d(?![\w/])"
)
_SCAN_CHARS = 200_000
"""Contact details and dates are looked for in the first this many characters: a resume
is far shorter, and a hostile 2,000,000-character file stays cheap."""

# Section kinds an ATS expects, with the heading to suggest for each.
_EXPECTED = {"experience": "Experience", "education": "Education", "skills": "Skills"}

# Date forms many ATS parsers cannot read: seasons, apostrophe years, years on their own.
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
_SEASON = re.compile(r"[sfaw](?<=\b[sfaw])(?:pring|ummer|all|utumn|inter)\s+(?:'\d{2}|(?:19|20)\d{2})\b", re.IGNORECASE)
_APOSTROPHE_YEAR = re.compile(r"['’](?<![\w']['’])\d{2}\b")

_WARNING_FIXES = {
    "header_footer_text": "Move contact details and other text out of the page header and footer into the body.",
    "table_text": "Replace tables with plain lines (one item per line); many ATS skip or scramble table cells.",
    "text_box": "Move text out of text boxes and shapes into ordinary paragraphs.",
    "multi_column": "Use a single-column layout; many ATS read straight across columns and mix them.",
    "image_only_page": "Make every page real text (export from your word processor, or run OCR on scans).",
    "footnote_text": "Move footnote text into the body.",
    "garbled_text": "Export the PDF again from the original document (fonts without a text map garble it).",
    "docx_fallback": "Save the document again from Word or LibreOffice as a standard .docx.",
    "long_document": "Keep a resume to one or two pages.",
}


def _email_found(text: str) -> bool:
    """Whether ``text`` holds an e-mail address: an "@" with an address
    character before it and a dotted domain after it (found from each "@", not tried at
    every character)."""
    at = text.find("@")
    while at != -1:
        if at and _EMAIL_BEFORE_AT.match(text, at - 1) and _EMAIL_AFTER_AT.match(text, at + 1):
            return True
        at = text.find("@", at + 1)
    return False


def _phone_found(text: str) -> bool:
    for match in _PHONE.finditer(text):
        groups = re.findall(r"\d+", match.group(0))
        digits = sum(len(g) for g in groups)
        if 9 <= digits <= 15 and not all(len(g) == 4 and 1940 <= int(g) <= 2049 for g in groups):
            return True
    return False


def _text_layer(report: Report) -> AtsCheck:
    codes = {w.code for w in report.resume.warnings}
    if "image_only_page" in codes:
        pages = sorted({w.page for w in report.resume.warnings if w.code == "image_only_page" and w.page})
        where = f"page(s) {', '.join(map(str, pages))}" if pages else "some pages"
        return AtsCheck(
            "text_layer",
            "Text layer",
            "fail",
            f"{where} have no text an ATS can read.",
            _WARNING_FIXES["image_only_page"],
        )
    if "garbled_text" in codes:
        return AtsCheck(
            "text_layer", "Text layer", "warn", "The text layer is partly garbled.", _WARNING_FIXES["garbled_text"]
        )
    size = len(report.resume.text)
    return AtsCheck("text_layer", "Text layer", "pass", f"All the text can be read ({size:,} characters).")


def _contact(text: str) -> AtsCheck:
    head = text[:_SCAN_CHARS]
    email, phone = _email_found(head), _phone_found(head)
    if email and phone:
        return AtsCheck("contact", "Contact details", "pass", "An e-mail address and a phone number were found.")
    wanted = (("an e-mail address", email), ("a phone number", phone))
    lacking = " and ".join(what for what, found in wanted if not found)
    return AtsCheck(
        "contact",
        "Contact details",
        "fail" if not (email or phone) else "warn",
        f"No readable {lacking.replace(' and ', ' or ').replace('an e-mail', 'e-mail').replace('a phone', 'phone')}"
        " was found.",
        f"Add {lacking} as plain text near the top of the page (not in the header, an image or a link only).",
    )


_HEADING_NAME_CHARS = 40


def _heading_name(heading: str) -> str:
    """A heading as the finding names it: without a run-in list after a colon ("AREAS OF
    EXPERTISE: Accounting; ...") or trailing punctuation, and cut to 40 characters, so that
    each heading is named once and briefly."""
    name = heading.split(":", 1)[0].strip().rstrip(",;.-–— ") or heading.strip()
    if len(name) > _HEADING_NAME_CHARS:
        name = name[:_HEADING_NAME_CHARS].rstrip() + "…"
    return name


def _headings(report: Report) -> AtsCheck:
    kinds = {s.kind for s in report.resume.sections}
    found = list(dict.fromkeys(_heading_name(s.heading) for s in report.resume.sections))[:8]
    lacking = [heading for kind, heading in _EXPECTED.items() if kind not in kinds]
    if "skills" in lacking and "certifications" in kinds:
        lacking.remove("Skills")
    shown = f"Found: {', '.join(found)}." if found else "No section headings were recognised."
    if not lacking:
        return AtsCheck("headings", "Section headings", "pass", shown)
    return AtsCheck(
        "headings",
        "Section headings",
        "fail" if not found else "warn",
        f"{shown} Missing: {', '.join(lacking)}.",
        f"Use standard headings on lines of their own: {', '.join(lacking)} (not creative titles like "
        "'Where I've been').",
    )


def _dates(report: Report) -> AtsCheck:
    text = report.resume.text[:_SCAN_CHARS]
    odd = _seasons(text) + [m.group(0) for m in _APOSTROPHE_YEAR.finditer(text)]
    has_experience = any(s.kind == "experience" for s in report.resume.sections)
    fix = "Write each role's dates as month and year, e.g. 'Aug 2019 – Present' or '08/2019 – 07/2021'."
    if odd:
        # Seasons and apostrophe years are not personal details: they are shown so they can be found.
        sample = ", ".join(dict.fromkeys(odd[:5]))
        return AtsCheck("dates", "Dates", "warn", f"Some dates may not be read: {sample}.", fix)
    if report.roles:
        return AtsCheck("dates", "Dates", "pass", f"Dates of {len(report.roles)} role(s) were read.")
    if has_experience:
        return AtsCheck("dates", "Dates", "fail", "No dated roles were found in the experience section.", fix)
    return AtsCheck("dates", "Dates", "warn", "No dated roles were found.", fix)


def _seasons(text: str) -> list[str]:
    """Seasons with a year ("Summer 2019"): none when an ASCII text names no season
    (most resumes; case folding beyond ASCII, such as "ſ" for "s", needs the pattern)."""
    if text.isascii():
        lowered = text.lower()
        if not any(season in lowered for season in _SEASONS):
            return []
    return [m.group(0) for m in _SEASON.finditer(text)]


def _warnings(report: Report) -> AtsCheck:
    warnings = [w for w in report.resume.warnings if w.code not in ("image_only_page", "garbled_text")]
    if not warnings:
        return AtsCheck("layout", "Layout", "pass", "No tables, text boxes, headers, footers or columns to miss.")
    codes = list(dict.fromkeys(w.code for w in warnings))
    finding = " ".join(dict.fromkeys(w.message for w in warnings))
    fix = " ".join(_WARNING_FIXES.get(code, "") for code in codes).strip()
    return AtsCheck("layout", "Layout", "warn", finding, fix or "Use a simple single-column layout of plain text.")


def _frequencies(report: Report) -> tuple[TermFrequency, ...]:
    in_resume = Counter(m.term_id for m in report.mentions)
    by_term = report.job.mentions_by_term
    rows = [
        TermFrequency(t.term_id, t.name, t.kind, max(1, len(by_term.get(t.term_id, ()))), in_resume[t.term_id])
        for t in report.job.terms
    ]
    rows.sort(key=lambda r: (r.kind != "required", -r.posting, r.name.lower()))
    return tuple(rows)


def _frequency_check(terms: tuple[TermFrequency, ...]) -> AtsCheck:
    absent = [t for t in terms if t.resume == 0]
    stuffed = [t for t in terms if t.resume >= 8 and t.resume > 4 * t.posting]
    name = "Posting terms"
    if not absent and not stuffed:
        return AtsCheck("keywords", name, "pass", f"All {len(terms)} posting terms appear in the resume.")
    parts = []
    fixes = []
    if absent:
        ordered = sorted(absent, key=lambda t: (t.kind != "required", -t.posting))
        names = ", ".join(t.name for t in ordered[:6])
        more = f" and {len(absent) - 6} more" if len(absent) > 6 else ""  # the count and the list agree
        parts.append(f"{len(absent)} of {len(terms)} posting terms never appear: {names}{more}")
        fixes.append("Use the posting's own words for the skills you have (an ATS counts exact terms).")
    if stuffed:
        parts.append(f"repeated far more often than the posting does: {', '.join(t.name for t in stuffed[:4])}")
        fixes.append("Repetition gains nothing: name each skill where you used it.")
    return AtsCheck("keywords", name, "warn", "; ".join(parts) + ".", " ".join(fixes))


_WORDS = re.compile(r"[a-z0-9]+")


def _headline_text(report: Report) -> str:
    """The resume's top: what comes before its first section, at most its first 6 lines."""
    text = report.resume.text
    first = min((s.start for s in report.resume.sections), default=len(text))
    lines = [line for line in text[: min(first, 2_000)].splitlines() if line.strip()][:6]
    if not lines:
        lines = [line for line in text[:2_000].splitlines() if line.strip()][:3]
    return "\n".join(lines)


def _title(report: Report) -> AtsCheck:
    title = role_title(report.job.title).strip() if report.job.title else ""  # the role, not its place or unit
    name = "Job title in headline"
    if not title:
        return AtsCheck("title", name, "pass", "The posting states no job title to look for.")
    top = _headline_text(report).lower()
    wanted = title.lower()
    fix = f"If it describes you, put '{title}' (or the close variant you hold) in the headline under your name."
    if wanted in top:
        return AtsCheck("title", name, "pass", f"The headline names '{title}'.")
    best = max((fuzz.token_set_ratio(wanted, line) for line in top.splitlines()), default=0.0)
    words = set(_WORDS.findall(wanted))
    if best >= 85 or (words and words <= set(_WORDS.findall(top))):
        return AtsCheck("title", name, "pass", f"The headline names a close variant of '{title}'.")
    return AtsCheck("title", name, "warn", f"The headline does not name '{title}' or a close variant.", fix)


def _has_run_out(expires: str, today: dt.date) -> bool:
    """Whether an expiry written ``YYYY`` or ``YYYY-MM`` is before ``today`` (a year runs to its end)."""
    if len(expires) == 4:
        return int(expires) < today.year
    return expires < f"{today:%Y-%m}"


def _credential_dates(report: Report, today: dt.date) -> AtsCheck:
    name = "Credential dates"
    lapsed = {
        m.text: m.expires
        for m in report.mentions
        if m.category in CREDENTIAL_CATEGORIES
        and m.status == "affirmed"
        and m.expires
        and _has_run_out(m.expires, today)
    }
    if not lapsed:
        return AtsCheck("credential_dates", name, "pass", "No certificate or licence is dated as run out.")
    shown = ", ".join(f"{term} ({date})" for term, date in list(lapsed.items())[:5])
    return AtsCheck(
        "credential_dates",
        name,
        "warn",
        f"The dates written for {shown} end before today.",
        "If you have renewed them, write the current card's dates (e.g. 'BLS, AHA, exp. 06/2028'); "
        "a recruiter reads a past expiry as lapsed.",
    )


def ats_readiness(report: Report, *, today: dt.date | None = None) -> AtsReadiness:
    """Every ATS readiness check of a Report's resume against its posting (credential
    dates are read against ``today``, by default the day it runs)."""
    terms = _frequencies(report)
    checks = (
        _text_layer(report),
        _contact(report.resume.text),
        _headings(report),
        _dates(report),
        _warnings(report),
        _frequency_check(terms),
        _title(report),
        _credential_dates(report, today or dt.date.today()),
    )
    return AtsReadiness(checks, terms)
