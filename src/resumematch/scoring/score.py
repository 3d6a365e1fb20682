"""The score: how much of what the job asks for the resume shows, from 0 to 100.

The score is the sum of fifteen named parts, each worth a number of points
(:class:`ScoreWeights`, configurable) and each earning a share of them, so that a
person can add it up from the report (``docs/scoring.md`` works an example):

==========================  ======  =====================================================
part                        worth   what earns its points
==========================  ======  =====================================================
required terms              40      skills, tools, duties the posting requires
preferred terms             10      the same, for what it prefers
experience                  20      years of experience per requirement ("3+ years of nursing")
education                   10      the degree level and field asked for
certifications/licenses     15      certifications and licenses (BLS, ACLS, RN)
title                       5       the posting's job title on the resume
role fit                    40      the candidate's role family against the posting's
licence level               135     the candidate's level on the posting's licence ladder
specialty and setting       5       the posting's specialties and settings on the resume
experience level            5       few years for a new-graduate post, many for a senior one
languages                   1       the languages the posting requires (a required one missing gates every part)
healthcare work             15      for a healthcare posting: signs of healthcare work on the resume
executive level             50      for an administrative posting: recent titles that are not an executive's
the role's usual duties     30      for a posting whose title names a listed role: that role's usual work
text similarity             20      cosine of the posting's and the resume's content words
==========================  ======  =====================================================

Each part is one record of :data:`~resumematch.scoring.parts.SCORE_PARTS` (its name, label,
default weight and how it is judged), and ``score_resume`` loops over them. The last nine
are a recruiter's first reading (``fit.py``, ``signals.py``, ``healthcare_work.py``): a licence or a
language the posting requires is a gate, without which every part counts at most ``GATE_FACTOR`` (0.4)
or ``LANGUAGE_GATE`` (0.6).

* Inside a part, each item (term or requirement) has a weight: terms by category
  (:data:`~resumematch.posting.analysis.TERM_WEIGHTS`), requirements 1; a *preferred* credential,
  education or experience requirement weighs half. A part's points = its worth × (weight
  earned) / (weight asked).
* A part with nothing to judge (the posting names no credential, say) is left out and
  its worth is shared among the others in proportion to theirs, so the total stays 100
  (the title keeps its nominal share: it is one yes/no).
* A preferred term is never worth more than half a required term of the same weight
  (a posting with one "nice to have" would otherwise make it worth 10 points); the
  preferred part's excess is shared the same way.
* A term is shown by an affirmed mention of it or of a narrower term (Epic counts for
  EHR); a hedged mention ("familiar with") earns half; negated, expired, in-progress or other-person
  mentions earn nothing and are listed as discounted. Each term counts once, however
  often it is repeated: keyword stuffing gains nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..match.vocabulary import Vocabulary
from ..models import (
    Document,
    JobProfile,
    Mention,
    MissingTerm,
    Report,
    Role,
    ScorePart,
    TermMatch,
)
from ..resume.degrees import find_degrees, highest_degree
from ..resume.roles import find_roles, total_years
from .fit_data import fit_data
from .gains import GainParts, Gains, LiftedRow, kept_shares
from .part_worth import PART_NAMES, PREFERRED_FACTOR, ScoreWeights, cap_preferred, part_worth
from .parts import SCORE_PARTS, Reading
from .phrase_checks import PHRASE_WEIGHT, find_phrases
from .posting_terms import licence_terms, posting_terms
from .readiness import ats_readiness
from .requirement_checks import Judgement, any_of, judge_requirements
from .signals import licences_by_title
from .stuffing import listed_lines
from .suggestions import suggestions
from .term_credits import STATUS_CREDIT, TermCredits
from .title_check import role_title

__all__ = ["score_resume"]

_BY_REQUIREMENTS = frozenset(part.name for part in SCORE_PARTS if part.requirements)
_BY_WORDS = frozenset(part.name for part in SCORE_PARTS if part.terms or part.requirements)
_CUSTOMERS_WORDS = frozenset(["specialty", "healthcare", "text"])
"""The parts read from a posting's words besides its terms and requirements."""
_NOUN = {part.name: part.noun for part in SCORE_PARTS}


_DEFAULT_WEIGHTS = ScoreWeights()


@dataclass
class _Part:
    """Items of one part: ``(weight, credit)`` pairs, and the missing terms to report."""

    asked: float = 0.0
    earned: float = 0.0
    judged: bool = False
    detail: str = ""


def score_resume(
    resume: Document,
    mentions: Sequence[Mention],
    job: JobProfile,
    vocabulary: Vocabulary,
    *,
    weights: ScoreWeights | None = None,
    today: dt.date | None = None,
    readiness: bool = True,
) -> Report:
    """Compare a resume with a JobProfile and explain the result, part by part.

    ``today`` is the date "Present" and "Current" stand for in the resume's date ranges
    (default: today), so that a score can be reproduced later. ``readiness=False`` (as
    ``rank`` scores) leaves out what only a person reading the report uses: the ATS
    readiness checks, the suggestions, and the checks of requirements that count in no
    part (``requirements`` then holds only the experience and education checks); the
    score and its parts are the same.
    """
    weights = weights or _DEFAULT_WEIGHTS
    roles = find_roles(resume, today=today)
    degree = highest_degree(find_degrees(resume))
    by_term: dict[str, list[Mention]] = {}
    for mention in mentions:
        same = by_term.get(mention.term_id)
        if same is None:
            by_term[mention.term_id] = [mention]
        else:
            same.append(mention)

    listed = listed_lines(resume, job.text)
    # The signals read the mentions a bare keyword list did not put there (stuffing gains nothing).
    shown = [m for m in mentions if listed.factor(m)] if listed.keyword or listed.skills else mentions
    reading = Reading(resume, roles, shown, job)
    # A licence the posting names and the candidate's current titles show ("Staff Nurse"
    # for an RN licence) is partly shown; the candidate is read only when the posting
    # names a licence term (its licence part reads the candidate anyway).
    named_licences = licence_terms(job)
    titled = licences_by_title(named_licences, reading.candidate) if named_licences else None
    credit_of = TermCredits(by_term, vocabulary, listed=listed, titled=titled)
    # A ranking row (``readiness=False``) shows no requirement checks: only those that count
    # in a part are judged there, and the posting's unknown phrases (searched as written for
    # a reader) are looked for only while they weigh something.
    findings = find_phrases(job, resume) if readiness or PHRASE_WEIGHT else []
    judgements = judge_requirements(
        job,
        resume,
        roles,
        degree,
        by_term,
        vocabulary,
        credit_of=credit_of,
        findings=findings,
        aspects=None if readiness else _BY_REQUIREMENTS,
    )
    education_judged = [j for j in judgements if j.check.requirement.aspect == "education"]

    # A term the posting names only inside experience requirements ("3+ years of nursing
    # experience") is shown when that requirement is met, even if the resume never
    # writes the phrase: its dated nursing roles are the evidence. Not the terms of an
    # any-of requirement ("2+ years of prior authorization, insurance verification or
    # medical billing experience"): its years show one of them, not each. Nor the terms of
    # years read with no subject ("two years of community outreach, health education or
    # patient navigation work": any role's years meet it, which shows none of its terms).
    experience_credit: dict[str, float] = {}
    for judgement in judgements:
        requirement = judgement.check.requirement
        if (
            requirement.aspect == "experience"
            and judgement.check.met == "met"
            and requirement.subject
            and not any_of(requirement)
        ):
            for term_id in requirement.term_ids:
                experience_credit[term_id] = max(experience_credit.get(term_id, 0.0), judgement.credit)

    parts = {name: _Part() for name in PART_NAMES}
    # (part, term, value weight, credit, evidence, via, discounted)
    term_rows = []
    for job_term, part, weight, credential in posting_terms(job):
        if part == "education" and education_judged:
            continue  # judged through the education requirements (level and field), not twice
        credit, evidence, via = credit_of(job_term.term_id)
        for other in job_term.alternatives:
            other_credit, other_evidence, _ = credit_of(other)
            if other_credit > credit:
                credit, evidence, via = other_credit, other_evidence, other
        if not credential and experience_credit:
            credit = max(credit, experience_credit.get(job_term.term_id, 0.0))
        term_rows.append((part, job_term, weight, credit, evidence, via))
        totals = parts[part]
        totals.asked += weight
        totals.earned += weight * credit
        totals.judged = True
    for finding in findings if PHRASE_WEIGHT else ():  # phrases the vocabulary does not know, as written
        totals = parts[finding.phrase.kind]
        totals.asked += PHRASE_WEIGHT
        totals.earned += PHRASE_WEIGHT * (finding.evidence is not None)
        totals.judged = True
    requirement_rows: list[tuple[str, Judgement, float]] = []
    for judgement in judgements:
        aspect = judgement.check.requirement.aspect
        if aspect not in _BY_REQUIREMENTS:
            continue
        factor = PREFERRED_FACTOR if judgement.check.requirement.kind == "preferred" else 1.0
        parts[aspect].asked += factor
        parts[aspect].earned += factor * judgement.credit
        parts[aspect].judged = True
        requirement_rows.append((aspect, judgement, factor))
    # The parts read as one credit: the title and a recruiter's signals (a licence the
    # posting requires and the resume lacks gates the whole score).
    gate = field_words = 1.0
    gates: dict[str, float] = {}
    for spec in SCORE_PARTS:
        if spec.credit is not None and (found := spec.credit(reading)) is not None:
            parts[spec.name] = _Part(asked=1.0, earned=found.credit, judged=True, detail=found.detail)
            gate = min(gate, found.gate)
            if found.gate < 1.0:
                gates[spec.name] = found.gate
            field_words = min(field_words, found.field_words)
    # A sales post's clinical words name its customers (the OR, the nurses it trains): a
    # clinician shares them without having sold (``customers_words`` in data/fit.json).
    by_words = _BY_WORDS | _CUSTOMERS_WORDS if reading.posting.family in fit_data().customers_families else _BY_WORDS
    kept_share = kept_shares(parts, gate, field_words, by_words)

    if reading.posting.family in fit_data().text_factor_families:
        # A post of a field the clinical vocabulary reads little of (finance, IT, HR, ...):
        # how close the texts are says more than the few terms it names.
        weights = _text_weighted(weights)
    worth = _part_worth(weights, frozenset([name for name, part in parts.items() if part.judged]))
    worth = cap_preferred(worth, {name: part.asked for name, part in parts.items()})

    def value(part: str, weight: float) -> float:
        return worth[part] * weight / parts[part].asked if parts[part].asked else 0.0

    credits_in: dict[str, list[float]] = {}
    for part, _term, _weight, credit, _evidence, _via in term_rows:
        credits_in.setdefault(part, []).append(credit)
    judgements_in: dict[str, list[Judgement]] = {}
    for row_part, judgement, _factor in requirement_rows:
        judgements_in.setdefault(row_part, []).append(judgement)

    score_parts = tuple(
        ScorePart(
            name=PART_NAMES[name],
            weight=worth[name],
            points=kept_share[name] * worth[name] * part.earned / part.asked if part.asked else 0.0,
            detail=part.detail or _detail(name, part, credits_in.get(name, []), judgements_in.get(name, [])),
        )
        for name, part in parts.items()
    )
    score = min(100.0, max(0.0, sum(p.points for p in score_parts)))
    # What a suggestion states is what the score would move (``gains.py``); a ranking row
    # shows no suggestions and counts each missing term's own part only.
    gains = (
        Gains(
            GainParts(
                worth=worth,
                asked={name: part.asked for name, part in parts.items()},
                earned={name: part.earned for name, part in parts.items()},
                kept_share=kept_share,
                gates=gates,
                field_words=field_words,
                by_words=by_words,
                score=score,
            ),
            [LiftedRow(row[0], row[1], row[2], row[3]) for row in term_rows if row[3] < 1.0],
            reading,
            vocabulary.ancestors,
        )
        if readiness
        else None
    )

    matched: list[TermMatch] = []
    missing: list[MissingTerm] = []
    for part, job_term, weight, credit, evidence, via in term_rows:
        # An alternative met by another is not shown, nor a licence only the titles show
        # (it stays among the missing: "If you hold 'Registered Nurse', name it").
        if credit > 0 and via not in job_term.alternatives and (evidence or job_term.term_id not in credit_of.titled):
            counted = tuple([m for m in evidence if STATUS_CREDIT[m.status] > 0])
            matched.append(
                TermMatch(
                    job_term.term_id, job_term.name, job_term.category, job_term.kind, job_term.weight, counted, via
                )
            )
        if credit < 1.0:
            discounted = tuple([m for m in evidence if STATUS_CREDIT[m.status] < 1.0])
            missing.append(
                MissingTerm(
                    job_term.term_id,
                    job_term.name,
                    job_term.category,
                    job_term.kind,
                    job_term.weight,
                    gain=gains.term(job_term.term_id, job_term.name)
                    if gains is not None
                    else kept_share[part] * value(part, weight) * (1.0 - credit),
                    discounted=discounted,
                )
            )
    missing.sort(key=lambda m: (-m.gain, m.name))
    report = Report(
        score=score,
        parts=score_parts,
        matched=tuple(matched),
        missing=tuple(missing),
        resume=resume,
        job=job,
        mentions=tuple(mentions),
        suggestions=tuple(_suggestions(missing, requirement_rows, gains, resume, job, by_term, roles))
        if gains is not None
        else (),
        requirements=tuple(j.check for j in judgements),
        roles=roles,
        experience_years=total_years(roles) if roles else None,
        degree=degree,
    )
    # ATS readiness and the suggestions are for a person reading one report; a ranking row
    # shows neither (``readiness=False``), and they cost about a tenth of its scoring.
    return replace(report, ats=ats_readiness(report)) if readiness else report


@functools.lru_cache(maxsize=16)
def _text_weighted(weights: ScoreWeights) -> ScoreWeights:
    """``weights`` with the text similarity part's weight × ``text_factor`` (``data/fit.json``)."""
    return replace(weights, text=weights.text * fit_data().text_factor)


@functools.lru_cache(maxsize=256)
def _part_worth(weights: ScoreWeights, judged: frozenset[str]) -> dict[str, float]:
    """:func:`part_worth`, once per set of judged parts (a handful per posting). The
    dictionary is shared: read it, never change it."""
    return part_worth(weights, set(judged))


def _suggestions(
    missing: list[MissingTerm],
    requirement_rows: list[tuple[str, Judgement, float]],
    gains: Gains,
    resume: Document,
    job: JobProfile,
    by_term: dict[str, list[Mention]],
    roles: Sequence[Role],
) -> list[str]:
    """What would raise the score most, with the points each requirement and the title
    would gain (worked out only for a report a person reads: a ranking row shows none)."""
    requirement_gains = [
        (judgement, gains.requirement(aspect, factor, judgement.credit))
        for aspect, judgement, factor in requirement_rows
    ]
    # The headline names the role, never the posting's place or unit ("Medical Assistant -
    # Waukegan": write "Medical Assistant"; ``title_check.role_title``).
    title = role_title(job.title) if job.title else None
    title_gain = gains.title(title) if title else 0.0
    return suggestions(missing, requirement_gains, (title, title_gain), resume, job, by_term, roles)


def _detail(name: str, part: _Part, credits: list[float], requirements: list[Judgement]) -> str:
    """The part's one-line account: requirements met, terms shown."""
    if not part.judged:
        return "nothing to judge: its points go to the other parts"
    bits = []
    if requirements:
        met = sum(1 for j in requirements if j.check.met == "met")
        partly = sum(1 for j in requirements if j.check.met == "partly")
        bits.append(f"{met} of {len(requirements)} requirements met" + (f", {partly} partly" if partly else ""))
    if credits:
        shown = sum(1 for credit in credits if credit > 0)
        noun = _NOUN[name]
        bits.append(f"{shown} of {len(credits)} {noun} shown")
    return "; ".join(bits)
