"""Experience asked as a role, and experience offered instead of a qualification.

Kept apart from ``requirement_checks.py`` (which judges every kind of requirement) because
these are two small readings of their own (fourteenth session, third round; docs/scoring.md):

* **experience as a role** ("experience as a healthcare assistant or care worker"): a role
  whose *title* is one the posting names, by its words, by a form of the term the posting
  names there (a "Nursing Assistant" title for the CNA term named as "healthcare
  assistant"), or by a rung at or above that term's on its ladder; a role's lines that
  merely hold the words ("Administrative Assistant, Addus HealthCare") are no such role;
* **an experience route** ("NVQ Level 3 in Business Administration, or equivalent
  administrative experience"): a dated role about what the route's experience is of.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..models import Document, Mention, Requirement, Role
from ..posting.subjects import experience_roles, experience_route
from ..resume.roles import StemMemo, roles_about
from .candidate_fit import role_titles, title_holds
from .fit_data import fit_data
from .years_subjects import subject_fields

__all__ = ["roles_named", "roles_titled", "route_of", "route_roles"]

_ByTerm = dict[str, list[Mention]]


@functools.lru_cache(maxsize=512)
def roles_named(statement: str) -> frozenset[str]:
    """The subjects of the roles a statement asks experience as ("experience as a healthcare
    assistant or care worker"), read once per statement of a posting."""
    return frozenset(subject for _, _, subject in experience_roles(statement))


@functools.lru_cache(maxsize=512)
def _title_phrase(part: str) -> re.Pattern[str]:
    words = r"\s+".join(re.escape(w) for w in part.split())
    return re.compile(rf"\b{words}(?:s|es)?\b", re.IGNORECASE)


def roles_titled(
    requirement: Requirement, subject: str, document: Document, roles: Sequence[Role], by_term: _ByTerm
) -> list[Role]:
    """The roles whose title is one the requirement names: the title's words ("Care Worker"),
    a form of the named term ("Nursing Assistant" of the CNA term named as "healthcare
    assistant"), or a title on that term's ladder at its rung or above ("Patient Care Technician")."""
    phrases = [_title_phrase(part) for part in subject_fields(subject)]
    forms = {m.text.lower() for t in requirement.term_ids for m in by_term.get(t, []) if m.status == "affirmed"}
    ladder = fit_data().level_by_term
    levels = [ladder[t] for t in requirement.term_ids if t in ladder]
    chosen = []
    for role, title in zip(roles, role_titles(document, roles), strict=True):
        lowered = title.lower()
        if (
            any(p.search(title) for p in phrases)
            or any(form in lowered for form in forms)
            or any(title_holds(title, level) for level in levels)
        ):
            chosen.append(role)
    return chosen


@functools.lru_cache(maxsize=512)
def route_of(statement: str) -> str | None:
    """:func:`experience_route` of a posting's statement, read once (not once per resume)."""
    return experience_route(statement)


def route_roles(requirement: Requirement, document: Document, roles: Sequence[Role], memo: StemMemo) -> list[Role]:
    """The dated roles that take the experience route of an education requirement ("or
    equivalent administrative experience": roles about administration; a route naming
    nothing, "or equivalent experience", is of the degree's field when it names one, else
    any dated role)."""
    subject = route_of(requirement.text) or requirement.subject or ""
    if not subject:
        return list(roles)
    found = {id(r) for part in subject_fields(subject) for r in roles_about(roles, part, document.text, memo=memo)}
    return [r for r in roles if id(r) in found]
