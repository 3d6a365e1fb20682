"""The role's usual duties: what a recruiter knows a medical assistant or a ward clerk does.

Many postings name few of their duties (a US medical-assistant posting can be a list of
benefits; an NHS administrator's lists its tasks in words no vocabulary term holds), yet
the recruiter reading it knows the work and looks for it on the resume: vital signs, an
EKG and blood draws for a medical assistant; registering patients, booking appointments
and keeping records for a front-office post. ``data/fit.json``'s ``role_duties`` names,
for each role, the words of a title that say it and the vocabulary terms of its work;
the part credits the share of those terms the resume affirms (:data:`FULL_CREDIT_TERMS`
of them earn full credit: one could be a passing word, and nobody does all of a role's
work). A duty the resume names only in a skills list counts half (:data:`LISTED_DUTY`): a
role's lines show the work done, a list of skills only names it. A posting whose title names
no listed role leaves the part out.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from ..models import Mention
from .fit_data import fit_json
from .title_phrases import PhraseLookup

__all__ = ["FULL_CREDIT_TERMS", "LISTED_DUTY", "RoleDuties", "role_duties", "role_duties_credit"]

FULL_CREDIT_TERMS = 3
"""Distinct duties of the role that earn full credit."""
LISTED_DUTY = 0.5
"""What a duty counts, of one, when the resume affirms it only in a skills list: the recruiter
who asks for a coder's or a front desk's work looks for it in the roles held, and a list of
skills names work anyone may claim (a practice manager's "CPT coding", never done as a job)."""
_LISTED_SECTION = "skills"


class RoleDuties(NamedTuple):
    """A role a posting's title names, and the vocabulary terms of its usual work."""

    role: str
    terms: tuple[str, ...]
    full_credit: int = FULL_CREDIT_TERMS
    """How many of ``terms`` earn full credit: fewer for a role whose work is one term."""


_FRONT_OFFICE = "front office"
_MEDICAL_OFFICE = "medical office"
"""A title naming both (a patient services post "(Front Desk)", a "Medical Secretary /
Receptionist") names the desk it works: front office (fourteenth session, fourth round)."""


@functools.cache
def _roles() -> tuple[PhraseLookup, dict[str, RoleDuties]]:
    raw = fit_json()["role_duties"]
    titles = {title: role for role, entry in raw["roles"].items() for title in entry["titles"]}
    duties = {
        role: RoleDuties(role, tuple(entry["terms"]), int(entry.get("full_credit", FULL_CREDIT_TERMS)))
        for role, entry in raw["roles"].items()
    }
    return PhraseLookup(titles, {}), duties


class _ManagedFunction(NamedTuple):
    terms: frozenset[str]
    """The terms of running staff (supervising, hiring, managing)."""
    duties: int
    """How many of the role's duties a line of them naming the role's staff counts."""
    working_duties: int
    """The same on a post that does the role's work (its title runs nothing): a level above it."""
    staff: PhraseLookup
    """The roles' titles as staff are named ("6 medical clerks", "receptionist operations")."""


@functools.cache
def _managed_function() -> _ManagedFunction:
    """What running a role's staff reads as (``role_duties.managed_function`` in fit.json)."""
    raw = fit_json()["role_duties"]
    staff = {
        form: role
        for role, entry in raw["roles"].items()
        for title in entry["titles"]
        for form in (title, f"{title}s", f"{title}es")
    }
    managed = raw["managed_function"]
    return _ManagedFunction(
        frozenset(managed["terms"]),
        int(managed["duties"]),
        int(managed["working_post_duties"]),
        PhraseLookup(staff, {}),
    )


@functools.cache
def _running_post() -> PhraseLookup:
    """Words of a title that runs its role ("Front Office Supervisor"), not one that does it."""
    return PhraseLookup.flags(fit_json()["role_duties"]["managed_function"]["post_words"])


def _runs_the_role(role: str, mentions: Sequence[Mention], text: str) -> str | None:
    """The first line of the resume that runs staff of the role ("Directed medical
    receptionist operations"), or ``None``: a manager of a function has that function's work."""
    managed = _managed_function()
    for mention in mentions:
        if mention.term_id not in managed.terms or mention.status != "affirmed":
            continue
        start = text.rfind("\n", 0, mention.start) + 1
        end = text.find("\n", mention.end)
        line = text[start : end if end != -1 else len(text)]
        if any(found == role for found, _phrase in managed.staff.find(line)):
            return line.strip()
    return None


@functools.lru_cache(maxsize=64)
def role_duties(title: str | None) -> RoleDuties | None:
    """The role the title names (its longest listed phrase), or ``None``."""
    if not title:
        return None
    phrases, duties = _roles()
    hits = phrases.find(title)
    if not hits:
        return None
    roles = {role for role, _found in hits}
    if _FRONT_OFFICE in roles and _MEDICAL_OFFICE in roles:
        # The desk a title names ("Patient Services Representative (Front Desk)") is its work.
        return duties[_FRONT_OFFICE]
    return duties[max(hits, key=lambda hit: len(hit[1]))[0]]


def role_duties_credit(title: str | None, mentions: Sequence[Mention], text: str = "") -> tuple[float, str] | None:
    """``(credit, detail)``: the share of the role's ``full_credit`` duties (by default
    :data:`FULL_CREDIT_TERMS`) the resume affirms (at most 1); ``None`` when the title names no
    listed role. A line of ``text`` (the resume) running staff of the role ("Supervised a staff
    of 6 medical clerks") counts as ``managed_function``'s number of duties shown: ``duties``
    for a post that runs the role ("Front Office Supervisor"), ``working_post_duties`` for one
    that does it."""
    duties = role_duties(title)
    if duties is None:
        return None
    wanted = set(duties.terms)
    affirmed = [m for m in mentions if m.term_id in wanted and m.status == "affirmed"]
    shown = list(dict.fromkeys(m.term_id for m in affirmed))
    worked = {m.term_id for m in affirmed if m.section != _LISTED_SECTION}
    listed = [t for t in shown if t not in worked]
    count: float = len(worked) + LISTED_DUTY * len(listed)
    full = duties.full_credit
    ran = _runs_the_role(duties.role, mentions, text) if text and count < full else None
    if ran is not None:
        managed = _managed_function()
        # A post that runs the role reads its running as two of its duties; one that does
        # the work ("Medical Receptionist") as one: whoever ran the desk did its work, a level above.
        ran_counts = managed.duties if _running_post().find(title or "") else managed.working_duties
        count = min(full, count + ran_counts)  # count < full here
        shown.append(f"ran its staff: {ran[:60]}")
    if not shown:
        return 0.0, f"a {duties.role} post; your resume shows none of its usual work"
    names = {m.term_id: m.name for m in mentions}  # the reader sees names, never term ids
    named = ", ".join(names.get(t, t) for t in shown[:4]) + (", ..." if len(shown) > 4 else "")
    credit = min(1.0, count / full)
    only = f"; {len(listed)} only in a skills list, counted half" if listed else ""
    return credit, f"a {duties.role} post; {count:g} of its usual duties shown ({named}){only}"
