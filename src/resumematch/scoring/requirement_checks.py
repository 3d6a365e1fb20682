"""Judging each requirement of a posting against a resume: met, partly met, or not met.

Kept apart from ``score.py`` (which turns judgements into points) so that the rules
for "does this resume meet '3+ years of nursing experience'?" read on their own:

* **experience**: years of the dated roles whose text names the subject (nursing ~
  nurse) or, for "3 years in an outpatient clinic or physician practice", one of the
  settings, overlaps merged; met at the asked number, partly below it. Roles that do not
  name the subject count a quarter ("8 years of work, none of it said to be nursing").
  A credential offered instead of the years ("CMA, RMA or LPN, or two years of clinical
  experience") meets it alone: the statement is one requirement met by either.
* **education** (``education_checks``): the highest degree held meets the minimum level (a
  bachelor's meets "associate or higher") and the field; the right level in another field is
  partly met. A mention of a degree term the requirement names (BSN) also meets it; when the
  requirement names a field, a level's own term (``bachelors-degree``) does not.
* **credentials and terms** (``term_checks``): each term the statement names is shown
  (affirmed mention of it or of a narrower term) or not; all shown is met, some is partly
  met; in a statement with "or" ("discharge planning or case management") one is enough.
* **phrases the vocabulary does not know** ("LOINC", "Cardiology experience"): searched
  as written (``phrase_checks``); the check says so, and is met when all are found.
* **other** ("Flexible schedule"): nothing a resume can show, so ``unknown``; a statement
  of what is *not* needed ("No degree required") is met by every resume.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..match.vocabulary import Vocabulary
from ..models import (
    CREDENTIAL_CATEGORIES,
    Degree,
    Document,
    Evidence,
    JobProfile,
    Mention,
    MetStatus,
    Requirement,
    RequirementCheck,
    Role,
)
from ..posting.asks import states_no_need
from ..resume.roles import StemMemo, role_text, roles_about, subject_in, total_years
from .candidate_fit import role_titles, title_holds
from .education_checks import education_check
from .experience_routes import roles_named, roles_titled, route_of, route_roles
from .phrase_checks import NOT_KNOWN, PhraseFinding, find_phrases, phrase_note
from .term_checks import any_of, evidence_of, role_evidence, terms_check
from .term_credits import STATUS_CREDIT, TermCredits
from .title_check import title_credit
from .years_subjects import (
    licences_named,
    names_a_clinic_setting,
    names_a_specialty,
    opens_clinic_settings,
    specialties_named,
    subject_fields,
)

__all__ = ["Judgement", "any_of", "evidence_of", "judge_requirements", "title_credit"]

_NOT_KNOWN = f"{NOT_KNOWN}; not found as written"
_NOT_NEEDED_NOTE = "the posting says this is not needed; nothing to show"
_OTHER_YEARS = 0.25
"""Credit for years of work the resume does not tie to the asked subject."""
# "CMA, RMA or LPN, or two years of clinical experience", "Two years of clinical experience
# or a current CNA certification": the years and a credential joined by "or" as alternatives.
_NUM_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_YEARS_OR_CREDENTIAL = re.compile(
    rf"\bor\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+(?:of\s+)?)?{_NUM_WORD}\+?\s*(?:\(\d+\)\s*)?"
    r"(?:full[- ]time\s+)?(?:years?|months?)\b"
    r"|\b(?:years?|months?)\b[^.;]*?\bor\s+(?:an?\s+|the\s+)?(?:current\s+|active\s+|valid\s+)?"
    r"[\w-]*\s*(?:certifi|licen|registration|registered)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Judgement:
    """A requirement check and the credit (0..1) it earns in its part of the score."""

    check: RequirementCheck
    credit: float


def _status(credit: float) -> MetStatus:
    return "met" if credit >= 0.999 else "partly" if credit > 0 else "not_met"


_ByTerm = dict[str, list[Mention]]


_not_needed = functools.lru_cache(maxsize=512)(states_no_need)
""":func:`states_no_need`, read once per statement of a posting (not once per resume)."""


def _experience_check(
    requirement: Requirement,
    document: Document,
    roles: Sequence[Role],
    by_term: _ByTerm,
    credit_of: TermCredits,
    vocabulary: Vocabulary,
    memo: StemMemo,
    overall: float,
) -> tuple[float, list[Evidence], list[str], str]:
    """``overall`` is ``total_years(roles)``, worked out once for all the requirements."""
    needed = requirement.years or 0.0
    subject = requirement.subject
    # A role that names the subject's term, or a narrower one ("2 years of EHR experience": a
    # role on Epic; "nursing experience": a nurse's role), is about the subject.
    asked = [n for t in requirement.term_ids for n in (t, *credit_of.narrower(t))]
    offsets = [m.start for t in asked for m in by_term.get(t, []) if m.status == "affirmed"]
    # Only when every alternative names one: "medical office or surgery scheduling or patient
    # access" asks no surgical years, while "oncology or infusion nursing" asks the specialty's.
    specialties = (
        specialties_named(subject)
        if subject and all(specialties_named(f) for f in subject_fields(subject))
        else frozenset()
    )
    if subject and subject in roles_named(requirement.text):
        # "experience as a healthcare assistant or care worker": the role's title, not its
        # words anywhere ("Administrative Assistant, Addus HealthCare" is no healthcare assistant)
        chosen = roles_titled(requirement, subject, document, roles, by_term)
    elif specialties:
        # "2 years of oncology or infusion nursing experience as an RN": the years are the
        # specialty's; the statement's nursing terms would count every nurse's role.
        chosen = [r for r in roles if names_a_specialty(role_text(document.text, r), specialties)]
    elif subject:
        # "3 years in an outpatient clinic or physician practice": a role in either setting counts.
        parts = subject_fields(subject)
        found = {id(r) for part in parts for r in roles_about(roles, part, document.text, offsets, memo=memo)}
        if opens_clinic_settings(subject):
            # "one year in a medical office or clinic": a front desk in a hospital's critical
            # care department or outpatient clinics is such a role, though it never says "clinic".
            found |= {id(r) for r in roles if names_a_clinic_setting(role_text(document.text, r))}
        levels = licences_named(requirement.text, subject)
        if levels:
            # "2 years of RN clinical experience": a role whose title holds that licence's rung
            # ("Oncology Nurse", "Charge Nurse") is an RN's years, though its lines never write "RN".
            titles = role_titles(document, roles)
            found |= {id(r) for r, t in zip(roles, titles, strict=True) if any(title_holds(t, lv) for lv in levels)}
        chosen = [r for r in roles if id(r) in found]
    else:
        chosen = list(roles)
    relevant = total_years(chosen) if subject else overall  # total_years(roles, subject=...) without a 2nd pass
    credit = min(1.0, relevant / needed) if needed else (1.0 if relevant else 0.0)
    if subject and relevant < needed and overall > relevant:
        credit = max(credit, _OTHER_YEARS * min(1.0, overall / needed))
    evidence = [role_evidence(document, r) for r in chosen]
    # "experience as a healthcare assistant" asks no years: any such role meets it
    what = (
        f"{needed:g}+ years of {subject + ' ' if subject else ''}experience"
        if needed
        else f"{subject or 'relevant'} experience"
    )
    missing: list[str] = []
    note = ""
    if credit < 0.999:
        if not roles:
            missing.append(f"{what}: no dated roles found; give each role a start and end date")
        else:
            missing.append(
                f"{what}: the resume's dated roles show {relevant:.1f}"
                + (f" ({overall:.1f} in all)" if subject and overall > relevant else "")
            )
    if not roles and requirement.term_ids:
        terms_credit, terms_evidence, _ = terms_check(requirement, document, credit_of, vocabulary)
        if terms_credit > 0:  # the subject is named, without dates to count years
            credit = max(credit, 0.25 * terms_credit)
            evidence.extend(terms_evidence)
    if requirement.setting:
        where = [
            r
            for r in chosen
            if subject_in(requirement.setting, document.text[r.offset : r.end_offset] + r.title, memo=memo)
        ]
        note = (
            f"{requirement.setting} setting (preferred): shown in {where[0].title!r}"
            if where
            else f"{requirement.setting} setting (preferred): not shown"
        )
    note = "; ".join(filter(None, [f"{relevant:.1f} years counted", note]))
    return credit, evidence, missing, note


@functools.lru_cache(maxsize=512)
def _offers_years_or_credential(statement: str) -> bool:
    """Whether an experience statement offers a credential instead of its years (once per
    statement of a posting: asked of every resume)."""
    return _YEARS_OR_CREDENTIAL.search(statement) is not None


def _credential_held(
    requirement: Requirement, document: Document, credit_of: TermCredits, vocabulary: Vocabulary
) -> Evidence | None:
    """Evidence of one credential of the requirement shown in full (``None`` when none is)."""
    for term_id in requirement.term_ids:
        term = vocabulary.get(term_id) if term_id in vocabulary else None
        if term is None or term.category not in CREDENTIAL_CATEGORIES:
            continue
        credit, found, _via = credit_of(term_id)
        if credit >= 1.0:
            shown = next((m for m in found if STATUS_CREDIT.get(m.status, 0.0) > 0), None)
            return evidence_of(document, shown) if shown is not None else Evidence(text=term.name, line=term.name)
    return None


def judge_requirements(
    job: JobProfile,
    document: Document,
    roles: Sequence[Role],
    degree: Degree | None,
    by_term: dict[str, list[Mention]],
    vocabulary: Vocabulary,
    *,
    credit_of: TermCredits | None = None,
    findings: Sequence[PhraseFinding] | None = None,
    aspects: frozenset[str] | None = None,
) -> list[Judgement]:
    """One judgement per requirement of the posting, in the posting's order.

    ``credit_of`` (made from the same ``by_term`` and vocabulary) lets the caller share
    the term credits it also needs; ``findings`` (:func:`find_phrases` of the same job and
    resume) the search for the posting's unknown phrases. ``aspects``: judge only the
    requirements of these aspects (a ranking row needs only those that count in a score
    part); default: all.
    """
    credit_of = credit_of or TermCredits(by_term, vocabulary)
    if degree is not None and credit_of.listed.holds(degree.offset):
        degree = None  # a degree named in a bare list is not stated as held
    phrases_of: dict[str, list[PhraseFinding]] = {}
    for finding in find_phrases(job, document) if findings is None else findings:
        phrases_of.setdefault(finding.phrase.statement, []).append(finding)
    memo: StemMemo = {}
    judgements = []
    overall: float | None = None
    for requirement in job.requirements:
        if aspects is not None and requirement.aspect not in aspects:
            continue
        note = ""
        said: set[str] = set()
        if requirement.aspect == "experience":
            if overall is None:
                overall = total_years(roles)
            credit, evidence, missing, note = _experience_check(
                requirement, document, roles, by_term, credit_of, vocabulary, memo, overall
            )
            if credit < 0.999 and _offers_years_or_credential(requirement.text):
                held = _credential_held(requirement, document, credit_of, vocabulary)
                if held is not None:
                    credit, evidence, missing = 1.0, [held, *evidence], []
                    note = "; ".join(filter(None, [note, "a credential it names instead of the years is shown"]))
        elif requirement.aspect == "education":
            credit, evidence, missing = education_check(requirement, document, degree, credit_of, vocabulary)
            if credit < 0.999 and route_of(requirement.text) is not None:
                by_route = route_roles(requirement, document, roles, memo)
                if by_route:
                    credit, evidence, missing = 1.0, [role_evidence(document, r) for r in by_route], []
                    note = "met by the experience it names instead of the qualification"
        elif requirement.term_ids:
            credit, evidence, missing = terms_check(requirement, document, credit_of, vocabulary)
        elif requirement.text in phrases_of:
            # Only phrases the vocabulary does not know: searched as written, said so.
            found = phrases_of[requirement.text]
            shown = [f.evidence for f in found if f.evidence is not None]
            credit = len(shown) / len(found)
            evidence, missing = shown, [f"{f.phrase.text} ({_NOT_KNOWN})" for f in found if f.evidence is None]
            said = {f.phrase.text for f in found if f.evidence is None}  # in missing: not said again in the note
        elif _not_needed(requirement.text):
            # "No degree required": every resume meets it (and it is in no scored part)
            judgements.append(Judgement(RequirementCheck(requirement, "met", note=_NOT_NEEDED_NOTE), 1.0))
            continue
        else:
            judgements.append(
                Judgement(
                    RequirementCheck(
                        requirement, "unknown", note="a resume cannot show this; say it in a cover letter if it applies"
                    ),
                    0.0,
                )
            )
            continue
        if requirement.text in phrases_of:
            notes = (phrase_note(f) for f in phrases_of[requirement.text] if f.phrase.text not in said)
            note = "; ".join(filter(None, [note, *notes]))
        check = RequirementCheck(requirement, _status(credit), tuple(evidence), tuple(missing), note)
        judgements.append(Judgement(check, credit))
    return judgements
