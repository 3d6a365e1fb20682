"""A card whose written expiry is older than the resume's own latest date had lapsed when written.

"BLS (AHA) 2015-2017" on a resume whose latest role starts in 2021 was an expired card on the
day the candidate wrote it; "BLS, exp. 2019" on a resume whose roles end in 2018 was a current
one, however old the resume is when read. So the expiry is compared with the latest date the
resume itself writes (a role's start or end, a degree's year, another card's earned date), never
with the day of the check: a date after "exp." / "valid through" / "renew", a date the line
plans ("expected May 2027", "sitting for exam spring 2027") and a card's range end in the
Certifications section are expiries or plans, not dates the candidate has lived; "Present" gives
no year. docs/matching.md ("A written expiry date in the past") gives the counts on the labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Status
from .credentials import date_expressions
from .section_reading import CREDENTIAL_SECTIONS, section_kind_at, within

__all__ = ["ROLE_SECTIONS", "expire_before_written_dates", "latest_written_year"]

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
        lived = [year for year in years if 1900 <= year <= 2099]  # "May 4567" is a number
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
