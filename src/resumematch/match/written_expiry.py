"""A card whose written expiry is older than the resume's own latest date had lapsed when written.

"BLS (AHA) 2015-2017" on a resume whose latest role starts in 2021 was an expired card on the
day the candidate wrote it; "BLS, exp. 2019" on a resume whose roles end in 2018 was a current
one, however old the resume is when read. So the expiry is compared with the latest date the
resume itself writes (a role's start or end, a degree's year, another card's earned date), never
with the day of the check: a date after "exp." / "valid through" / "renew", a date the line
plans ("expected May 2027", "sitting for exam spring 2027"), a year after this one ("BSN, May
2029": :func:`plan_future_cards` and the degree grammar read it as a plan) and a card's range end
in the Certifications section are expiries or plans, not dates the candidate has lived; "Present"
gives no year. docs/matching.md ("A written expiry date in the past") gives the counts on the labels.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..models import Status
from ..resume.degree_status import PLAN_YEARS
from .credentials import date_expressions
from .section_reading import CREDENTIAL_SECTIONS, section_kind_at, within

__all__ = ["ROLE_SECTIONS", "expire_before_written_dates", "latest_written_year", "plan_future_cards"]

ROLE_SECTIONS = frozenset({"experience", "education", "projects", "volunteer"})
"""Sections whose date ranges are a role's or a programme's dates ("Nursing Assistant 2013 to
2015" credits the certificate through the job), not a card's validity: a credential there keeps
its status."""

_PLAN_WORDS = frozenset(
    "expected anticipated projected planned planning plan plans sitting sit scheduled pursuing "
    "progress enrolled enrolling will upcoming target".split()
)
"""A line with one of these words dates a plan, not something the candidate has done."""
_WORD = re.compile(r"[a-z]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
"""A year as the dates read here write it; the latest one bounds :func:`latest_written_year`."""


def latest_written_year(text: str, sections: Sequence[tuple[int, int, str]] | None) -> int | None:
    """The latest year the resume writes as lived: a role's start or end, a degree's or a card's
    earned year (see the module's docstring for what is left out); ``None`` without one."""
    cards = [(start, end) for start, end, kind in sections or () if kind in CREDENTIAL_SECTIONS]
    latest: int | None = None
    this_year = dt.date.today().year
    for offset, date, until, expiry in date_expressions(text):
        if expiry:
            continue
        first = text.rfind("\n", 0, offset) + 1
        last = text.find("\n", offset)
        if _PLAN_WORDS.intersection(_WORD.findall(text[first : last if last >= 0 else len(text)].lower())):
            continue
        years = [int(date[:4])]
        if until is not None and not within(offset, cards):
            years.append(int(until[:4]))
        # "May 4567" is a number; a year after this one is a plan ("BSN, May 2029"), not lived
        lived = [year for year in years if 1900 <= year <= this_year]
        if lived:
            top = max(lived)
            latest = top if latest is None or top > latest else latest
    return latest


def expire_before_written_dates(
    text: str,
    spans: Sequence[tuple[int, int]],
    expires: Sequence[str | None],
    statuses: list[Status],
    sections: Sequence[tuple[int, int, str]] | None,
) -> bool:
    """Give ``expired`` to each held credential (character ``spans``, written ``expires``) outside
    a role or school section whose expiry year is before :func:`latest_written_year`
    (``statuses`` changed in place); whether any changed. The text is read only when such a
    credential has an expiry (few resumes write one)."""
    at = [
        k
        for k, until in enumerate(expires)
        if until is not None
        and statuses[k] == "affirmed"
        and section_kind_at(spans[k][0], sections) not in ROLE_SECTIONS
    ]
    if not at:
        return False
    # No year in the text is later than every expiry (the common case: current cards): nothing
    # can have lapsed, and the date reading (a third of a millisecond a resume) is skipped.
    bound = max(_YEAR.findall(text), default=None)
    if bound is None or all(int(str(expires[k])[:4]) >= int(bound) for k in at):
        return False
    latest = latest_written_year(text, sections)
    changed = False
    for k in at:
        until = expires[k]
        if latest is not None and until is not None and int(until[:4]) < latest:
            statuses[k] = "expired"
            changed = True
    return changed


_VALIDITY_WORDS = frozenset("through thru until till active valid good current exp expires renew renewal due".split())
"""A word that makes a later year on a card's line the end of its validity ("active through
10/2028"), not the year it is earned."""


def plan_future_cards(
    text: str, spans: Sequence[tuple[int, int]], earned: Sequence[str | None], statuses: list[Status]
) -> None:
    """Give ``in_progress`` to each held credential (character ``spans``) earned in a year after
    this one ("Certified Medical Assistant (CMA), 2030"): a date still to come on a card's line is
    a plan, however old the resume (``statuses`` changed in place). A line that says how long the
    card is good for ("active through 10/2028") gives its end, not its start."""
    this_year = dt.date.today().year
    for k, year in enumerate(earned):
        if year is None or statuses[k] != "affirmed" or not this_year < int(year[:4]) <= this_year + PLAN_YEARS:
            continue
        start = text.rfind("\n", 0, spans[k][0]) + 1
        end = text.find("\n", spans[k][1])
        if _VALIDITY_WORDS.isdisjoint(_WORD.findall(text[start : end if end >= 0 else len(text)].lower())):
            statuses[k] = "in_progress"
