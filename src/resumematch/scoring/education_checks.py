"""Judging an education requirement: the degree level and field, or the qualifications named.

Kept apart from ``requirement_checks.py`` (which judges every kind of requirement and was
over 400 lines): the highest degree held meets the minimum level (a bachelor's meets
"associate or higher") and the field; the right level in another field is partly met; a
degree term the requirement names (BSN) also meets it, but a level's own term
(``bachelors-degree``) says nothing of a field asked for. A requirement of no degree level
("NVQ Level 3 in Business Administration") is met by any qualification it names.
"""

from __future__ import annotations

from ..match.vocabulary import Vocabulary
from ..models import CREDENTIAL_CATEGORIES, Degree, Document, Evidence, Requirement
from ..resume.degrees import degree_level_at_least
from ..resume.roles import subject_in
from .term_checks import evidence_of, terms_check
from .term_credits import STATUS_CREDIT, TermCredits
from .years_subjects import subject_fields

__all__ = ["education_check", "is_level_term", "qualification_check"]


def is_level_term(vocabulary: Vocabulary, term_id: str) -> bool:
    """Whether a term stands for a degree level alone (its ``degree`` key has no fields)."""
    degree = vocabulary.get(term_id).degree if term_id in vocabulary else None
    return degree is not None and not degree.fields


def qualification_check(
    requirement: Requirement, document: Document, credit_of: TermCredits, vocabulary: Vocabulary
) -> tuple[float, list[Evidence], list[str]]:
    """An education requirement of no degree level, by its qualifications only (education and
    credential terms: a person specification's line may name its skills too), any of which
    meets it ("the Care Certificate, or NVQ Level 2 in Health and Social Care")."""
    best = 0.0
    evidence: list[Evidence] = []
    missing: list[str] = []
    for term_id in requirement.term_ids:
        category = vocabulary.get(term_id).category if term_id in vocabulary else None
        if category != "education" and category not in CREDENTIAL_CATEGORIES:
            continue
        credit, found, _via = credit_of(term_id)
        shown = next((m for m in found if STATUS_CREDIT.get(m.status, 0.0) > 0), None)
        if credit > best:
            best, evidence = credit, [evidence_of(document, shown)] if shown is not None else []
        if credit < 1.0:
            missing.append(vocabulary.get(term_id).name)
    return (best, evidence, []) if best >= 1.0 else (best, evidence, missing)


def education_check(
    requirement: Requirement, document: Document, degree: Degree | None, credit_of: TermCredits, vocabulary: Vocabulary
) -> tuple[float, list[Evidence], list[str]]:
    """Credit, evidence and what is missing for an education requirement: the highest degree
    held against the level and field asked for, or a degree term the requirement names (BSN);
    a requirement of no degree level by its qualifications alone."""
    if requirement.level is None:
        # "NVQ Level 3 in Business Administration, or equivalent administrative experience": a
        # qualification of no degree level, shown by its terms (or by the experience route).
        return qualification_check(requirement, document, credit_of, vocabulary)
    level = requirement.level
    fields = subject_fields(requirement.subject)
    wanted = f"{level.replace('_', ' ')} degree or higher" + (f" in {' or '.join(fields)}" if fields else "")
    terms_credit, terms_evidence, _ = terms_check(requirement, document, credit_of, vocabulary)
    term_ids = requirement.term_ids
    if fields:
        # A level's own term (bachelors-degree, credited for any bachelor's) says nothing of
        # the field asked for; the degree above judges that.
        term_ids = tuple(t for t in term_ids if not is_level_term(vocabulary, t))
    terms_credit = 1.0 if any(credit_of(t)[0] >= 1.0 for t in term_ids) else 0.0
    credit = 0.0
    evidence: list[Evidence] = []
    missing: list[str] = []
    if degree is not None:
        evidence.append(
            Evidence(
                text=degree.text,
                line=degree.text,
                section=document.section_of(degree.offset),
                page=document.page_of(degree.offset),
                start=degree.offset,
            )
        )
        if degree_level_at_least(degree.level, level):
            field_ok = not fields or any(subject_in(f, f"{degree.field or ''} {degree.text}") for f in fields)
            credit = 1.0 if field_ok else 0.5
            if not field_ok:
                missing.append(f"a degree in {' or '.join(fields)} (found {degree.field or 'no field stated'})")
        else:
            credit = 0.25
            missing.append(f"{wanted} (found {degree.level.replace('_', ' ')})")
    else:
        missing.append(f"{wanted}: no degree found in the resume")
    if terms_credit > credit:
        credit, missing = terms_credit, []
        evidence.extend(terms_evidence)
    return credit, evidence, missing
