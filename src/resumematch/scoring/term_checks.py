"""Whether a requirement's terms are shown, and where each finding stands.

Every kind of requirement check (``requirement_checks``, ``education_checks``) cites its
evidence the same way and judges the terms a statement names the same way, so both live
here: a mention or a dated role as a person finds it on the resume (section, page, line),
and the terms' credit with "or" read as alternatives ("Epic or another EHR").
"""

from __future__ import annotations

import functools
import re

from ..match.vocabulary import Vocabulary
from ..models import Document, Evidence, Mention, Requirement, Role
from .term_credits import STATUS_CREDIT, TITLE_LICENCE_CREDIT, TermCredits

__all__ = ["any_of", "evidence_of", "names_alternatives", "role_evidence", "terms_check"]

_ALTERNATIVES = re.compile(r"\bor\b", re.IGNORECASE)


def evidence_of(document: Document, mention: Mention) -> Evidence:
    """Where a mention stands, as a person finds it: section, page and the whole line."""
    return Evidence(
        text=mention.text,
        line=document.line_at(mention.start),
        section=mention.section,
        page=mention.page,
        start=mention.start,
    )


def role_evidence(document: Document, role: Role) -> Evidence:
    return Evidence(
        text=role.dates,
        line=f"{role.title} ({role.dates}, {role.years:.1f} years)",
        section=role.section,
        page=document.page_of(role.offset),
        start=role.offset,
    )


@functools.lru_cache(maxsize=512)
def names_alternatives(statement: str) -> bool:
    """Whether a statement offers alternatives ("Epic or another EHR"): the posting's,
    asked of every resume of a ranking."""
    return _ALTERNATIVES.search(statement) is not None


def any_of(requirement: Requirement) -> bool:
    """Whether a requirement names two or more terms as alternatives ("2+ years of prior
    authorization, insurance verification or medical billing experience"): one is enough."""
    return len(requirement.term_ids) > 1 and names_alternatives(requirement.text)


def terms_check(
    requirement: Requirement, document: Document, credit_of: TermCredits, vocabulary: Vocabulary
) -> tuple[float, list[Evidence], list[str]]:
    """Credit, evidence and what is missing for the terms a requirement names: each term shown
    in full, partly (hedged, or a licence read from role titles) or not at all; in a statement
    with "or" one shown term is enough."""
    credits: list[float] = []
    evidence: list[Evidence] = []
    missing: list[str] = []
    for term_id in requirement.term_ids:
        credit, found, _via = credit_of(term_id)
        credits.append(credit)
        counted = [m for m in found if STATUS_CREDIT.get(m.status, 0.0) > 0]
        first_counted = next((m for m in counted if credit_of.listed.factor(m) > 0), None)
        if first_counted is not None:
            evidence.append(evidence_of(document, first_counted))
        if credit < 1.0:
            name = vocabulary.get(term_id).name if term_id in vocabulary else term_id
            if credit == 0 and counted:
                missing.append(f"{name} (only in a bare keyword list, which shows nothing)")
            elif credit == TITLE_LICENCE_CREDIT and term_id in credit_of.titled and not counted:
                missing.append(f"{name} (read from your role titles as {credit_of.titled[term_id]}; name the licence)")
            else:
                missing.append(name if credit == 0 else f"{name} (only hedged or partly shown)")
    if not credits:
        return 0.0, evidence, missing
    if max(credits) >= 1.0 and names_alternatives(requirement.text):
        return 1.0, evidence, []  # "Epic or another EHR": one alternative is enough
    return sum(credits) / len(credits), evidence, missing
