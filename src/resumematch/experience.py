"""Resume-side years of experience, from the date ranges of its roles (degrees: ``education.py``).

Years come from the date ranges a resume puts on its roles, written in any of the ways
people write them ("Aug 2011 – Current", "02/2010 to 08/2011", "2019-Present",
"Summer 2020", "Jan. 2020 – Mar. 2021", "2019-03 – 2021-06", "Jan '18 – Feb '20", ...).
Overlapping roles are merged before adding up, so two part-time jobs held at once count
as the time they span, not twice. "Present", "Current", "Now" are relative to a
reference date passed in (default: today), so tests and batch runs are reproducible.

Counting rules, chosen so that "2015 - 2018" reads as the three years people mean:

* a month is counted whole at both ends ("Jan 2020 – Mar 2020" is three months);
* a bare year stands for its middle ("2015 – 2018" is 3.0 years; "2018 – 2018" half a year);
* a season covers its three months ("Summer 2020" is June to August 2020).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .education import DEGREE_LINE
from .models import Document, Role
from .models.document import BISECT_SECTIONS, line_bounds
from .textgate import two_letter_gate

__all__ = ["DateRange", "find_date_ranges", "find_roles", "roles_about", "subject_in", "total_years"]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (1, 2)}
_PRESENT = r"present|current(?:ly)?|now|today|ongoing|(?:to|till|until)\s+date|date"

_MONTH_NAME = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_SEASON_NAME = r"(?:" + "|".join(_SEASONS) + r")"
_YEAR = r"(?:19|20)\d{2}"
_SHORT_YEAR = r"'\d{2}"
# One point in time; named groups tell which form matched.
_POINT = (
    rf"(?:(?P<@P@mname>{_MONTH_NAME})\s*,?\s*(?P<@P@myear>{_YEAR}|{_SHORT_YEAR})"
    rf"|(?P<@P@season>{_SEASON_NAME})\s+(?P<@P@syear>{_YEAR})"
    rf"|(?P<@P@iyear>{_YEAR})[-/.](?P<@P@imonth>0[1-9]|1[0-2])(?![-/.\d])"
    rf"|(?P<@P@nmonth>0?[1-9]|1[0-2])[/.](?P<@P@nyear>{_YEAR})"
    rf"|(?P<@P@year>{_YEAR})"
    rf"|(?P<@P@present>{_PRESENT}))"
)
_SEPARATOR = r"\s*(?:-{1,2}|–|—|‒|―|~|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
# Every match starts with one of these words (or a digit). Python's ``re`` tries the
# whole pattern at each word start of the resume; checking two letters first lets it
# leave ordinary words ("managed", "patient") at once.
_FIRST_WORDS = (*_MONTHS, *_SEASONS, "present", "current", "now", "today", "ongoing", "to", "till", "until", "date")
_GATE = two_letter_gate((*_FIRST_WORDS, "from", "since"))
# The character before a range is matched ([^\w/.-], which the searched text gets
# a space in front of for a range at its very start), not looked behind at: a pattern
# that starts with a character class lets ``re`` skip in C to the next character of
# that class (a space, a line break, a bracket), where a leading look-behind makes it
# try the whole pattern at every character. On the example resume's experience
# section: 38-40 against 54 us, the same ranges (tested against the look-behind
# pattern); the range itself is group "range".
_RANGE_SOURCE = (
    rf"[^\w/.-](?P<range>{_GATE}(?:from\s+|since\s+(?P<since>))?"
    rf"{_POINT.replace('@P@', 'a_')}"
    rf"(?:{_SEPARATOR}{_POINT.replace('@P@', 'b_')})?)(?![\w/])"
)
_RANGE = re.compile(_RANGE_SOURCE, re.IGNORECASE)
# The same pattern, case-sensitive, for lower-cased ASCII text: twice as fast as
# re.IGNORECASE, and for ASCII the same matches (the pattern's letters are lower case).
# There \w is [a-z0-9_], and the leading class spelled so is tested without a Unicode
# table look-up per character.
_RANGE_LOWER = re.compile(_RANGE_SOURCE.replace(r"[^\w/.-](?P<range>", r"[^a-z0-9_/.-](?P<range>", 1))
_GROUPS = {
    prefix: tuple(
        f"{prefix}{name}"
        for name in ("mname", "myear", "season", "syear", "iyear", "imonth", "nmonth", "nyear", "year", "present")
    )
    for prefix in ("a_", "b_")
}


@dataclass(frozen=True)
class DateRange:
    """A span of time written in a text: ``[start, end)`` as dates, and where it was written."""

    start: dt.date
    end: dt.date
    offset: int
    end_offset: int
    text: str

    @property
    def years(self) -> float:
        return max(0.0, (self.end - self.start).days / 365.25)


def _add_month(year: int, month: int) -> dt.date:
    """The first day of the month after ``year-month``."""
    return dt.date(year + month // 12, month % 12 + 1, 1)


def _year(text: str) -> int:
    return 2000 + int(text[1:]) if text.startswith("'") else int(text)


def _point(match: re.Match[str], prefix: str, today: dt.date) -> tuple[dt.date, dt.date, bool] | None:
    """``(earliest, latest, bare_year)``: the first and last day (exclusive) the point covers."""
    mname, myear, season, syear, iyear, imonth, nmonth, nyear, year, present = match.group(*_GROUPS[prefix])
    if mname:
        start = dt.date(_year(myear), _MONTHS[mname.lower().rstrip(".")], 1)
    elif season:
        first, last = _SEASONS[season.lower()]
        return dt.date(int(syear), first, 1), _add_month(int(syear), last), False
    elif iyear:
        start = dt.date(int(iyear), int(imonth), 1)
    elif nmonth:
        start = dt.date(int(nyear), int(nmonth), 1)
    elif year:
        return dt.date(int(year), 7, 1), dt.date(int(year), 7, 1), True
    elif present:
        return today, today, False
    else:
        return None
    return start, _add_month(start.year, start.month), False


def find_date_ranges(
    text: str, *, today: dt.date | None = None, within: Sequence[tuple[int, int]] | None = None
) -> list[DateRange]:
    """Every date range in ``text`` (and lone seasons such as "Summer 2020"), in order.

    A lone year or month ("2019", "May 2021") is not a range: on a resume it is usually a
    graduation or certification date, so it is skipped. ``within``: only look in these
    ``(start, end)`` character ranges, sorted and disjoint (offsets stay those of ``text``).
    """
    today = today or dt.date.today()
    found = []
    pattern, searched = (_RANGE_LOWER, " " + text.lower()) if text.isascii() else (_RANGE, " " + text)
    spans = within if within is not None else ((0, len(text)),)
    # In ``searched`` text offset i is at i + 1; a range from ``start`` has the
    # character before it at ``start`` there.
    matches = (match for start, end in spans for match in pattern.finditer(searched, start, end + 1))
    for match in matches:
        first = _point(match, "a_", today)
        second = _point(match, "b_", today)
        if first is None:
            continue
        if match.group("a_present") and second is None:
            continue
        if second is None:
            if match.group("since") is not None:
                second = (today, today, False)
            elif match.group("a_season"):
                second = first
            else:
                continue
        start, end = first[0], second[1]
        if first[2] and second[2] and end <= start:
            end = start + dt.timedelta(days=182)
        if end <= start or start > today:
            continue
        offset, end_offset = match.start("range") - 1, match.end("range") - 1
        found.append(DateRange(start, min(end, max(today, start)), offset, end_offset, text[offset:end_offset]))
    return found


def _merged_years(ranges: Iterable[tuple[dt.date, dt.date]]) -> float:
    """Years covered by the union of ``[start, end)`` intervals: overlaps count once."""
    total_days = 0
    current: tuple[dt.date, dt.date] | None = None
    for start, end in sorted(ranges):
        if current is None or start > current[1]:
            if current is not None:
                total_days += (current[1] - current[0]).days
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    if current is not None:
        total_days += (current[1] - current[0]).days
    return total_days / 365.25


_ROLE_SECTIONS = {"experience", "volunteer", None}
_NON_WORD = re.compile(r"\W")
_SPACES = re.compile(r"\s+")
_BULLET = re.compile(r"^\s*(?:[-*•●▪◦‣·]|\d+[.)])\s")


def find_roles(document: Document, *, today: dt.date | None = None) -> tuple[Role, ...]:
    """The dated roles of a resume's experience sections, each with its years and lines.

    A role's title is the text of its date line without the dates (or the line above
    when the date line holds nothing else); its text runs to the next role or section.
    When the resume has an experience section, dates elsewhere (education,
    certifications) are ignored; otherwise a date range counts unless its line is about
    a degree.
    """
    text = document.text
    has_experience = any(s.kind == "experience" for s in document.sections)
    allowed: set[str | None] = {"experience", "volunteer"} if has_experience else _ROLE_SECTIONS
    ranges = []
    # Only the allowed sections are searched: Python's re costs about 40 ns a character
    # whether or not anything matches, and education or certification dates are never roles.
    for found in find_date_ranges(text, today=today, within=_spans_of(document, allowed)):
        section = document.section_of(found.offset)
        if section not in allowed:
            continue
        if not has_experience:
            line_start, line_end = line_bounds(text, found.offset)
            if DEGREE_LINE.search(text[line_start:line_end]):
                continue
        ranges.append((found, section))
    headers = [
        _header_start(
            text, found.offset, max(ranges[i - 1][0].end_offset if i else 0, _body_start(document, found.offset))
        )
        for i, (found, _section) in enumerate(ranges)
    ]
    # The first section after each role's dates: bisection when there are many sections, in order.
    section_starts = [sec.start for sec in document.sections] if len(document.sections) > BISECT_SECTIONS else []
    in_order = bool(section_starts) and all(a <= b for a, b in itertools.pairwise(section_starts))
    roles = []
    for index, (found, section) in enumerate(ranges):
        line_start, line_end = line_bounds(text, found.offset, found.end_offset)
        # A title keeps 120 characters: a thousand of the line on each side of the dates
        # are more than enough, and a regular-expression pass over 4,000 per role is not
        # free on a document extracted as one line.
        before, after = text[line_start : found.offset][:1_000], text[found.end_offset : line_end][:1_000]
        title = _clean_title(before + " " + after)
        header = headers[index]
        if header < line_start:
            above = _clean_title(text[header:line_start])
            title = f"{above}, {title}" if len(_NON_WORD.sub("", title)) >= 3 else above
        stop = headers[index + 1] if index + 1 < len(ranges) else len(text)
        following = bisect.bisect_right(section_starts, found.offset) if in_order else None
        for sec in document.sections if following is None else document.sections[following : following + 1]:
            if sec.start > found.offset:
                stop = min(stop, sec.start)
                break
        roles.append(
            Role(
                title=_SPACES.sub(" ", title)[:120],
                dates=found.text.strip(),
                start=found.start.isoformat(),
                end=found.end.isoformat(),
                years=round(found.years, 2),
                offset=header,
                end_offset=max(stop, line_end),
                section=section,
            )
        )
    return tuple(roles)


def _spans_of(document: Document, kinds: set[str | None]) -> list[tuple[int, int]]:
    """The character ranges of ``document`` in sections of these kinds (``None``: outside every section)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for section in sorted(document.sections, key=lambda s: s.start):
        if section.start > position and None in kinds:
            spans.append((position, section.start))
        if section.kind in kinds:
            spans.append((max(position, section.start), section.end))
        position = max(position, section.end)
    if position < len(document.text) and None in kinds:
        spans.append((position, len(document.text)))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif start < end:
            merged.append((start, end))
    return merged


def _body_start(document: Document, offset: int) -> int:
    """Where the text under the heading of the section holding ``offset`` begins."""
    section = document.section_at(offset)
    if section is None:
        return 0
    # Searched up to ``offset`` only: when the heading's line runs past it, the dates sit
    # on the heading's line, and the role's heading is that line whichever start is
    # returned (see _header_start); a heading line of a million characters is not read
    # again for each of its dates.
    end_of_heading = document.text.find("\n", section.start, offset + 1)
    return section.start if end_of_heading == -1 else end_of_heading + 1


def _clean_title(text: str) -> str:
    return _SPACES.sub(" ", text).strip(" \t|,–—-·•()")


def _header_start(text: str, offset: int, previous_end: int) -> int:
    """Where a role's heading starts: its date line, or the line above when that line is a
    plain title line (not a bullet, not blank, after the previous role's dates)."""
    line_start = line_bounds(text, offset)[0]
    if line_start == 0 or text[line_start - 1] != "\n":
        return line_start  # the first line, or a line longer than the reach: no line above to take
    above_start = line_bounds(text, line_start - 1)[0]
    above = text[above_start : line_start - 1].strip()
    if (
        not above
        or above_start < previous_end
        or _BULLET.match(above)
        or len(above.split()) > 12
        or above.endswith(".")
    ):
        return line_start
    return above_start


StemMemo = dict[str, str]
"""Each text already asked about, lower-cased, so that one scoring pass (many subjects
asked of the same few role texts) lower-cases each text once. Make one per resume."""


def total_years(
    roles: Sequence[Role],
    *,
    subject: str | None = None,
    text: str = "",
    offsets: Iterable[int] = (),
    memo: StemMemo | None = None,
) -> float:
    """Years the roles span, overlaps merged; with ``subject``, only the roles about it.

    A role is about the subject when its text names it (``text`` is the resume text the
    roles' offsets point into) or holds one of ``offsets`` (mentions of the subject's terms).
    """
    chosen = roles
    if subject:
        chosen = roles_about(roles, subject, text, offsets, memo=memo)
    return round(_merged_years((dt.date.fromisoformat(r.start), dt.date.fromisoformat(r.end)) for r in chosen), 2)


def roles_about(
    roles: Sequence[Role], subject: str, text: str, offsets: Iterable[int] = (), *, memo: StemMemo | None = None
) -> list[Role]:
    """The roles whose text names ``subject`` or holds one of ``offsets``."""
    points = sorted(offsets)
    return [
        r
        for r in roles
        if subject_in(subject, role_text(text, r), memo=memo) or any(r.offset <= p < r.end_offset for p in points)
    ]


def role_text(text: str, role: Role) -> str:
    """What a role is about, for :func:`subject_in`: its lines in the resume and its title."""
    return text[role.offset : role.end_offset] + " " + role.title


@functools.lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    """A crude stem (nursing → nurs); memoised, as the same words recur in every resume."""
    word = word.lower()
    for suffix in ("ing", "ship", "ers", "er", "es", "s", "al"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


_LETTERS = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=4096)
def _subject_prefixes(subject: str) -> tuple[str, ...]:
    """The stem prefix each content word of ``subject`` must begin a stem of the text with;
    memoised: a posting asks about the same few subjects of every resume."""
    return tuple(_stem(w)[:5] for w in _LETTERS.findall(subject.lower()) if w not in _FILLER)


def _has_stem(lowered: str, prefix: str) -> bool:
    """Whether a word of ``lowered`` has a stem starting with ``prefix``.

    A stem is a prefix of its word, so only words that start with ``prefix`` can: they
    are found with ``str.find`` and only they are stemmed, instead of every word of the
    text.
    """
    at = lowered.find(prefix)
    while at != -1:
        if at == 0 or not "a" <= lowered[at - 1] <= "z":  # a word starts here
            word = _LETTERS.match(lowered, at)
            if word is not None and _stem(word.group()).startswith(prefix):
                return True
        at = lowered.find(prefix, at + 1)
    return False


def subject_in(subject: str, text: str, *, memo: StemMemo | None = None) -> bool:
    """Whether every content word of ``subject`` appears in ``text`` (by stem: nursing ~ nurse).

    ``memo`` (one dict per resume) keeps each text lower-cased for the next subject asked.
    """
    prefixes = _subject_prefixes(subject)
    if not prefixes:
        return False
    lowered = memo.get(text) if memo is not None else None
    if lowered is None:
        lowered = text.lower()
        if memo is not None:
            memo[text] = lowered
    return all(_has_stem(lowered, prefix) for prefix in prefixes)


_FILLER = {"a", "an", "the", "and", "or", "of", "in", "related", "field", "similar", "equivalent", "any"}
