"""The score: how much of what the job asks for the resume shows, from 0 to 100.

The formula is meant to be recomputed by a person from the report (see README):

* Each job term has a weight by category (certifications 3, skills and tools 2, ...)
  and is **required** or **preferred**.
* ``required terms`` is worth ``weights.required`` points, ``preferred terms``
  ``weights.preferred`` points; a part with no terms gives its points to the other.
* A part's points = its worth × (weight of the terms shown) / (weight of all its terms).
* A term is *shown* when the resume has an affirmed mention of it, or of a narrower
  term (Epic counts for EHR); a hedged mention ("familiar with") counts half; a
  negated, expired or in-progress mention counts nothing and is listed as discounted.
* Each term counts once, however often it is repeated: stuffing gains nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .models import Document, JobProfile, JobTerm, Mention, MissingTerm, Report, ScorePart, TermMatch
from .vocab import Vocabulary

__all__ = ["ScoreWeights", "score_resume", "STATUS_CREDIT"]

STATUS_CREDIT: dict[str, float] = {
    "affirmed": 1.0,
    "hedged": 0.5,
    "in_progress": 0.0,
    "expired": 0.0,
    "negated": 0.0,
}


@dataclass(frozen=True)
class ScoreWeights:
    """Points each part of the score is worth; they must add up to 100."""

    required: float = 80.0
    preferred: float = 20.0

    def __post_init__(self) -> None:
        if self.required < 0 or self.preferred < 0 or abs(self.required + self.preferred - 100.0) > 1e-6:
            raise ValueError("score weights must be non-negative and add up to 100")


def _evidence_for(
    job_term: JobTerm, mentions_by_term: dict[str, list[Mention]], vocabulary: Vocabulary
) -> tuple[list[Mention], str | None]:
    """Mentions of the term itself, else of the first narrower term that has some."""
    own = mentions_by_term.get(job_term.term_id, [])
    if own:
        return own, None
    for term_id, found in mentions_by_term.items():
        if term_id in vocabulary and job_term.term_id in vocabulary.ancestors(term_id):
            return found, term_id
    return [], None


def score_resume(
    resume: Document,
    mentions: Sequence[Mention],
    job: JobProfile,
    vocabulary: Vocabulary,
    *,
    weights: ScoreWeights | None = None,
) -> Report:
    """Compare a resume's mentions with a JobProfile and explain the result."""
    weights = weights or ScoreWeights()
    by_term: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_term.setdefault(mention.term_id, []).append(mention)

    worth = _part_worth(job.terms, weights)
    totals = {kind: sum(t.weight for t in job.terms if t.kind == kind) for kind in worth}
    earned = dict.fromkeys(worth, 0.0)
    matched: list[TermMatch] = []
    missing: list[MissingTerm] = []
    for job_term in job.terms:
        evidence, via = _evidence_for(job_term, by_term, vocabulary)
        credit = max((STATUS_CREDIT[m.status] for m in evidence), default=0.0)
        value = worth[job_term.kind] * job_term.weight / totals[job_term.kind] if totals[job_term.kind] else 0.0
        earned[job_term.kind] += value * credit
        counted = tuple(m for m in evidence if STATUS_CREDIT[m.status] > 0)
        if credit > 0:
            matched.append(TermMatch(job_term.term_id, job_term.name, job_term.category, job_term.kind,
                                     job_term.weight, counted, via))
        if credit < 1.0:
            discounted = tuple(m for m in evidence if STATUS_CREDIT[m.status] < 1.0)
            missing.append(MissingTerm(job_term.term_id, job_term.name, job_term.category, job_term.kind,
                                       job_term.weight, gain=value * (1.0 - credit), discounted=discounted))
    parts = tuple(
        ScorePart(
            name=f"{kind} terms",
            weight=worth[kind],
            points=earned[kind],
            detail=_detail(job.terms, kind, matched),
        )
        for kind in ("required", "preferred")
    )
    missing.sort(key=lambda m: (-m.gain, m.name))
    score = min(100.0, max(0.0, sum(p.points for p in parts)))
    return Report(
        score=score,
        parts=parts,
        matched=tuple(matched),
        missing=tuple(missing),
        resume=resume,
        job=job,
        mentions=tuple(mentions),
        suggestions=tuple(_suggestions(missing, resume)),
    )


def _part_worth(terms: Iterable[JobTerm], weights: ScoreWeights) -> dict[str, float]:
    kinds = {t.kind for t in terms}
    if kinds == {"required"}:
        return {"required": 100.0, "preferred": 0.0}
    if kinds == {"preferred"}:
        return {"required": 0.0, "preferred": 100.0}
    return {"required": weights.required, "preferred": weights.preferred}


def _detail(terms: Sequence[JobTerm], kind: str, matched: Sequence[TermMatch]) -> str:
    asked = [t for t in terms if t.kind == kind]
    shown = [m for m in matched if m.kind == kind]
    return f"{len(shown)} of {len(asked)} {kind} terms shown"


def _suggestions(missing: Sequence[MissingTerm], resume: Document) -> list[str]:
    """Plain-words next steps, the most valuable first."""
    tips = []
    for item in missing:
        if item.gain < 0.05:
            continue
        points = f"+{item.gain:.1f} points"
        if item.discounted:
            statuses = ", ".join(sorted({m.status.replace("_", " ") for m in item.discounted}))
            tips.append(f"'{item.name}' is mentioned but not counted ({statuses}); "
                        f"state it plainly if it is current: {points}")
        else:
            tips.append(f"Add '{item.name}' ({item.kind}) if you have it: {points}")
    tips.extend(f"Parse warning: {warning.message}" for warning in resume.warnings)
    return tips
