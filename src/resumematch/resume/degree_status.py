"""Whether a degree the grammar read is held: "expected", "pursuing", "to complete", "Present"
as its date, on its line or on the date line next to it (``in_progress``); "did not receive"
(``negated``). Part of the degree grammar (:mod:`resumematch.resume.degree_grammar`), apart
because it reads the lines around a degree, not the degree.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

__all__ = [
    "LINE_REACH",
    "PLAN_YEARS",
    "DegreeStatus",
    "dated_in_the_future",
    "degree_status",
    "is_date_line",
    "line_end",
    "line_start",
]

DegreeStatus = Literal["affirmed", "in_progress", "negated"]

IN_PROGRESS = re.compile(
    r"\b(?:expected|expect|anticipated|in[\s-]progress|pursuing|candidate|currently\s+enrolled|enrolled|"
    r"to\s+complete|completing|working\s+towards?|will\s+graduate|to\s+graduate|"
    r"graduating\s+(?:in\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|"
    r"(?:spring|summer|fall|autumn|winter)\s+)?['’]?\d{2,4}|"
    r"(?:admitted|accepted)\s+(?:for|to\s+start|to\s+begin))\b"
    r"|(?:[-–—,:(]|\bto\b|\buntil\b|\bthrough\b)\s*(?:current|currently|present|now)\b"
    r"|\b(?:current|present)\s*\)?\s*$",
    re.IGNORECASE,
)
NEGATED = re.compile(
    r"\b(?:did\s+not|didn['’]t|never|not)\s+(?:receive|complete|finish|earn|obtain|graduate)|\bnot\s+completed\b",
    re.IGNORECASE,
)
BEFORE_IN_PROGRESS = re.compile(
    r"\b(?:towards?|prerequisites?|(?:accepted|admitted)\s+(?:in)?to)\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE
)
"""Cues that make the degree right after them one being earned ("credits toward a BSN",
"accepted into the MSN program"); only before it, so "BSN, 2015; credits toward MSN" keeps the BSN."""
PLANNED_AFTER = re.compile(
    r"\b(?:applying|application\s+(?:submitted|pending|under\s+review)|wait[\s-]?list(?:ed)?|deferred|"
    r"will\s+(?:start|begin|enroll|attend)|(?:start|starts|starting|begin|begins|beginning)\s+(?:in\s+)?"
    r"(?:spring|summer|fall|autumn|winter))\b",
    re.IGNORECASE,
)
"""A plan written after the degree's first word ("MSN - deferred admission to 2027", "DPT - applying
for the 2025 cycle", "BSN - will start in August"; the grammar may read those words as the degree's
field, so the search starts at the degree); not before it, so "Currently applying to PA school; B.S.
Biology" keeps the B.S."""
UNFINISHED_AFTER = re.compile(r"\b(?:unfinished|not\s+finished|withdrew|withdrawn|dropped\s+out)\b", re.IGNORECASE)
"""A programme left, written after the degree ("Associate Degree in Nursing - unfinished")."""
AFTER_IN_PROGRESS = re.compile(r"\s*\(?\s*student\b", re.IGNORECASE)
"""A degree's own student ("BSN Student, Year 3"); "BSN students" are other people."""
AFTER_NEGATED = re.compile(
    r"[^;|]{0,30}?\(?\b(?:incomplete|abd|all\s+but\s+dissertation"
    r"|\d+\s+(?:credits?|credit\s+hours|semester\s+hours|units)\s+(?:completed|complete|earned))\b",
    re.IGNORECASE,
)
"""A degree left unfinished ("B.S. Nursing (incomplete)", "Ph.D. (ABD)", "Bachelor of Business
Administration - 45 credits completed": a count of credits is what one states of a degree not finished)."""
STATUS_CUES = (
    "expect", "anticipat", "progress", "pursu", "candidate", "enrol", "complet", "toward", "graduate", "graduating",
    "current", "present", "now", "not", "never", "didn", "prereq", "accepted", "admitted", "student", "abd", "all but",
    "credit", "semester", "units", "finish", "withdr", "dropped", "applying", "application", "wait", "defer",
    "will", "start", "begin",
)  # fmt: skip
"""Lower-case strings one of which each cue of :data:`IN_PROGRESS`, :data:`NEGATED`, :data:`PLANNED_AFTER`
and :data:`UNFINISHED_AFTER` contains."""
DATE_LINE_WORDS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december spring summer fall autumn winter present current now to expected anticipated "
    "graduation graduated date since from until through class of".split()
)
WORDS = re.compile(r"[A-Za-z]+")


def is_date_line(line: str) -> bool:
    """A line that is only a date or a date range ("05/2016", "Present", "Expected May 2027")."""
    line = line.strip()
    if not line or len(line) > 40:
        return False
    words = WORDS.findall(line)
    if not all(word.lower() in DATE_LINE_WORDS for word in words):
        return False
    return any(c.isdigit() for c in line) or bool(words)


LINE_REACH = 2_000
"""How far either side of a degree its line is looked for (as :func:`resumematch.models.document.line_bounds`):
a document extracted as one long line must not make each degree read all of it."""


def line_start(text: str, position: int) -> int:
    """Where the line holding ``position`` starts (looking back at most :data:`LINE_REACH`)."""
    low = max(0, position - LINE_REACH)
    return text.rfind("\n", low, position) + 1 or low


def line_end(text: str, position: int) -> int:
    """Where the line holding ``position`` ends (looking ahead at most :data:`LINE_REACH`)."""
    high = min(len(text), position + LINE_REACH)
    end = text.find("\n", position, high)
    return high if end == -1 else end


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
PLAN_YEARS = 8
"""How far ahead a plan's year may lie: a programme finishes within a few years; "Project 2061"
on the line is a name."""


def dated_in_the_future(written: str) -> bool:
    """Whether ``written`` (a degree's entry) names a year after this one ("BSN, University of
    Texas, May 2029"): nothing is earned in a year still to come, whenever the resume was
    written, so such a degree is a plan (an old resume's past "expected 2022" is left to the
    cue words)."""
    this_year = dt.date.today().year
    return any(this_year < int(year) <= this_year + PLAN_YEARS for year in _YEAR.findall(written))


def degree_status(text: str, start: int, end: int, before: int, after: int) -> DegreeStatus:
    """Whether the degree at ``start:end`` is held, from its entry (``before:after``, within
    its line) and its date line."""
    if dated_in_the_future(text[start:after]):
        return "in_progress"
    first = line_start(text, start)
    last = line_end(text, end)
    around = text[line_start(text, max(0, first - 1)) : line_end(text, min(len(text), last + 1))].lower()
    if not any(cue in around for cue in STATUS_CUES):
        return "affirmed"  # most degrees: no word that could change it, on the line or either side
    entry = text[before:after]
    if NEGATED.search(entry) or AFTER_NEGATED.match(text, end, after) or UNFINISHED_AFTER.search(text, start, after):
        return "negated"
    if PLANNED_AFTER.search(text, start, after):
        return "in_progress"
    if BEFORE_IN_PROGRESS.search(text, before, start) or AFTER_IN_PROGRESS.match(text, end, after):
        return "in_progress"
    if IN_PROGRESS.search(entry):
        return "in_progress"
    previous = text[line_start(text, max(0, first - 1)) : max(0, first - 1)] if first else ""
    following = text[last + 1 : line_end(text, last + 1)] if last < len(text) else ""
    date_line = previous if is_date_line(previous) else following if is_date_line(following) else ""
    if date_line and IN_PROGRESS.search(date_line + " "):
        return "in_progress"
    if date_line and re.search(r"(?i)\b(?:present|current|now)\b", date_line):
        return "in_progress"
    return "affirmed"
