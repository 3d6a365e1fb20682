"""Date ranges as resumes write them, and the years they cover (roles: ``roles.py``).

Years come from the date ranges a resume puts on its roles, written in any of the ways
people write them ("Aug 2011 – Current", "02/2010 to 08/2011", "2019-Present",
"Summer 2020", "Jan. 2020 – Mar. 2021", "2019-03 – 2021-06", "Jan '18 – Feb '20", ...),
including a range that a template with a column of dates has split over two lines
("June 2020 - MERN Stack Developer, OpenAI" / "Present Working on ...").
Overlapping roles are merged before adding up, so two part-time jobs held at once count
as the time they span, not twice. "Present", "Current", "Now" are relative to a
reference date passed in (default: today), so tests and batch runs are reproducible.

Counting rules, chosen so that "2015 - 2018" reads as the three years people mean:

* a month is counted whole at both ends ("Jan 2020 – Mar 2020" is three months);
* a bare year stands for its middle ("2015 – 2018" is 3.0 years; "2018 – 2018" half a year);
* a season covers its three months ("Summer 2020" is June to August 2020).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["DateRange", "find_date_ranges", "merged_years", "two_letter_gate"]


def two_letter_gate(words: Iterable[str]) -> str:
    r"""A look-ahead, ``(?=\d|a[pu]|ju[...]|...)``: a digit, or the first two letters of one of ``words``.

    The cheap first test in front of a date pattern (here and in the credential dates):
    Python's ``re`` tries a whole pattern at every place it may start, and checking two
    characters first leaves an ordinary word ("managed", "patient") at once. One
    alternative per first letter, with the second letters as a class, so a
    character that starts no word is left after one comparison per letter rather than
    one per word. The words are lower case; a caller that needs capitals too compiles
    with ``re.IGNORECASE`` or searches lower-cased text.

    >>> two_letter_gate(["jan", "jun", "present"])
    '(?=\\d|j[au]|p[r])'
    """
    second_letters: dict[str, set[str]] = {}
    for word in words:
        second_letters.setdefault(word[0], set()).add(word[1])
    return r"(?=\d|" + "|".join(f"{a}[{''.join(sorted(b))}]" for a, b in sorted(second_letters.items())) + ")"


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
# try the whole pattern at every character (the same ranges; tested against the
# look-behind pattern). The range itself is group "range".
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
# A range whose end a two-column layout put on the next line ("June 2022 - Software
# Engineer, Google" / "Present Developing ..."): the start's dash ends its line's dates,
# and the next line starts with the end.
_OPEN_DASH = re.compile(r"[ \t]*(?:-{1,2}|–|—)(?=[ \t])")
_NEXT_LINE_END = re.compile(rf"[ \t]*(?P<point>{_POINT.replace('@P@', 'b_')})(?![\w/])", re.IGNORECASE)
_SPLIT_LINE_REACH = 200
"""How far (characters) the start's line may run on after its dash."""
_SPLIT_PRESENT = frozenset({"present", "current", "currently", "ongoing", "now"})
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
        offset, end_offset = match.start("range") - 1, match.end("range") - 1
        written = text[offset:end_offset]
        if second is None:
            if match.group("since") is not None:
                second = (today, today, False)
            elif match.group("a_season"):
                second = first
            elif (split := _end_on_next_line(text, end_offset, today, after_year=first[2])) is not None:
                second, end_offset, end_written = split
                written = f"{text[offset:end_offset].strip()} {end_written}"
            else:
                continue
        start, end = first[0], second[1]
        if first[2] and second[2] and end <= start:
            end = start + dt.timedelta(days=182)
        if end <= start or start > today:
            continue
        found.append(DateRange(start, min(end, max(today, start)), offset, end_offset, written))
    return found


def _end_on_next_line(
    text: str, after: int, today: dt.date, *, after_year: bool
) -> tuple[tuple[dt.date, dt.date, bool], int, str] | None:
    """The end of a range that starts with a date and a dash before ``after`` on one line
    and ends at the start of the next ("June 2022 - Software Engineer ..." / "Present
    ..."): ``(end point, where the start's dash ends, the end as written)``.

    Only a month or "Present" ends such a range, and only "Present" one that starts at a
    bare year ("2017 -" / "Present"): a year starting a line is as often the date of
    the next item of a list ("2019 - Led the API work" / "2020 - Led the migration").
    """
    dash = _OPEN_DASH.match(text, after)
    if dash is None:
        return None
    line_end = text.find("\n", dash.end(), dash.end() + _SPLIT_LINE_REACH)
    if line_end == -1:
        return None
    point = _NEXT_LINE_END.match(text, line_end + 1)
    if point is None or point.group("b_year") is not None or _OPEN_DASH.match(text, point.end()) is not None:
        return None  # a bare year, or the start of the next line's own range ("March 2021 - ...")
    present = point.group("b_present")
    if (after_year and present is None) or (present is not None and present.lower() not in _SPLIT_PRESENT):
        return None  # "Date of hire ...", "Today we ..." start sentences, not ends of ranges
    end = _point(point, "b_", today)
    return None if end is None else (end, dash.end(), point.group("point"))


def merged_years(ranges: Iterable[tuple[dt.date, dt.date]]) -> float:
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
