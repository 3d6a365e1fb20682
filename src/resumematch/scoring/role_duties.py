"""The role's usual duties: what a recruiter knows a medical assistant or a ward clerk does.

Many postings name few of their duties (a US medical-assistant posting can be a list of
benefits; an NHS administrator's lists its tasks in words no vocabulary term holds), yet
the recruiter reading it knows the work and looks for it on the resume: vital signs, an
EKG and blood draws for a medical assistant; registering patients, booking appointments
and keeping records for a front-office post. ``data/fit.json``'s ``role_duties`` names,
for each role, the words of a title that say it and the vocabulary terms of its work;
the part credits the share of those terms the resume affirms (:data:`FULL_CREDIT_TERMS`
of them earn full credit: one could be a passing word, and nobody does all of a role's
work). A posting whose title names no listed role leaves the part out.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from ..models import Mention
from .fit_data import fit_json
from .title_phrases import PhraseLookup

__all__ = ["FULL_CREDIT_TERMS", "RoleDuties", "role_duties", "role_duties_credit"]

FULL_CREDIT_TERMS = 3
"""Distinct duties of the role that earn full credit."""


class RoleDuties(NamedTuple):
    """A role a posting's title names, and the vocabulary terms of its usual work."""

    role: str
    terms: tuple[str, ...]


@functools.cache
def _roles() -> tuple[PhraseLookup, dict[str, tuple[str, ...]]]:
    raw = fit_json()["role_duties"]
    titles = {title: role for role, entry in raw["roles"].items() for title in entry["titles"]}
    return PhraseLookup(titles, {}), {role: tuple(entry["terms"]) for role, entry in raw["roles"].items()}


@functools.lru_cache(maxsize=64)
def role_duties(title: str | None) -> RoleDuties | None:
    """The role the title names (its longest listed phrase), or ``None``."""
    if not title:
        return None
    phrases, terms = _roles()
    hits = phrases.find(title)
    if not hits:
        return None
    role = max(hits, key=lambda hit: len(hit[1]))[0]
    return RoleDuties(role, terms[role])


def role_duties_credit(title: str | None, mentions: Sequence[Mention]) -> tuple[float, str] | None:
    """``(credit, detail)``: the share of :data:`FULL_CREDIT_TERMS` of the role's duties the
    resume affirms (at most 1); ``None`` when the title names no listed role."""
    duties = role_duties(title)
    if duties is None:
        return None
    wanted = set(duties.terms)
    shown = list(dict.fromkeys(m.term_id for m in mentions if m.term_id in wanted and m.status == "affirmed"))
    if not shown:
        return 0.0, f"a {duties.role} post; your resume shows none of its usual work"
    named = ", ".join(shown[:4]) + (", ..." if len(shown) > 4 else "")
    credit = min(1.0, len(shown) / FULL_CREDIT_TERMS)
    return credit, f"a {duties.role} post; {len(shown)} of its usual duties shown ({named})"
