"""What job analysis and scoring produce: JobProfile, requirement checks, Report.

Every model has ``to_dict()`` returning only JSON-ready values: the JSON contract
(``docs/json.md``) is built from these methods and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .document import Category, Document, Mention, MetStatus, RequirementAspect, RequirementKind
from .frozen import fast_init
from .readiness import AtsReadiness

__all__ = [
    "Degree",
    "Evidence",
    "JobProfile",
    "JobTerm",
    "MissingTerm",
    "PostingPhrase",
    "Report",
    "Requirement",
    "RequirementCheck",
    "Role",
    "ScorePart",
    "TermMatch",
]


@fast_init
@dataclass(frozen=True)
class Requirement:
    """One requirement statement of a job posting."""

    text: str
    kind: RequirementKind
    term_ids: tuple[str, ...] = ()
    years: float | None = None
    level: str | None = None
    subject: str | None = None
    aspect: RequirementAspect = "terms"
    """What the statement is about: ``experience`` (years), ``education`` (a degree),
    ``credential`` (certifications, licenses), ``terms`` (skills, tools) or ``other``
    (nothing a resume can show, e.g. "Flexible schedule")."""
    setting: str | None = None
    """A setting the posting prefers for the experience ("hospital")."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "term_ids": list(self.term_ids),
            "years": self.years,
            "level": self.level,
            "subject": self.subject,
            "aspect": self.aspect,
            "setting": self.setting,
        }


@fast_init
@dataclass(frozen=True)
class Evidence:
    """Where a resume shows something: section, page and the line a person can read."""

    text: str
    line: str
    section: str | None = None
    page: int | None = None
    start: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "line": self.line, "section": self.section, "page": self.page, "start": self.start}


@fast_init
@dataclass(frozen=True)
class RequirementCheck:
    """One requirement of the posting judged against the resume."""

    requirement: Requirement
    met: MetStatus
    evidence: tuple[Evidence, ...] = ()
    missing: tuple[str, ...] = ()
    """What the resume would need to show for the requirement to be met."""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = self.requirement.to_dict()
        data.update(
            {
                "met": self.met,
                "evidence": [e.to_dict() for e in self.evidence],
                "missing": list(self.missing),
                "note": self.note,
            }
        )
        return data


@fast_init
@dataclass(frozen=True)
class Role:
    """A dated role on a resume: its title line, its dates and the years they span."""

    title: str
    dates: str
    start: str
    end: str
    years: float
    offset: int = 0
    end_offset: int = 0
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "dates": self.dates,
            "start": self.start,
            "end": self.end,
            "years": self.years,
            "section": self.section,
        }


@fast_init
@dataclass(frozen=True)
class Degree:
    """A degree a resume says is held: its level (``bachelor``...), field, and the line."""

    level: str
    field: str | None
    text: str
    offset: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "field": self.field, "text": self.text}


@fast_init
@dataclass(frozen=True)
class JobTerm:
    """A vocabulary term a job posting asks for, and how much it weighs in the score."""

    term_id: str
    name: str
    category: Category
    kind: RequirementKind
    weight: float
    text: str = ""
    alternatives: tuple[str, ...] = ()
    """The other terms of the statement that names this one as an alternative ("CMA, RMA or
    CCMA"): any of them meets it, and together they weigh what one term does."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "term_id": self.term_id,
            "name": self.name,
            "category": self.category,
            "kind": self.kind,
            "weight": self.weight,
            "text": self.text,
            "alternatives": list(self.alternatives),
        }


@fast_init
@dataclass(frozen=True)
class PostingPhrase:
    """A phrase a posting asks for that resumematch's vocabulary does not know.

    ``text`` is the phrase as the posting writes it ("Cardiology experience"), ``key``
    what a resume must show ("cardiology"), ``statement`` the requirement it came from.
    """

    text: str
    key: str
    kind: RequirementKind
    statement: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "key": self.key, "kind": self.kind, "statement": self.statement}


@fast_init
@dataclass(frozen=True)
class JobProfile:
    """What a job posting asks for: its terms (each required or preferred) and requirements."""

    source: str
    text: str
    title: str | None
    terms: tuple[JobTerm, ...]
    requirements: tuple[Requirement, ...] = ()
    mentions: tuple[Mention, ...] = ()
    organisation: str | None = None
    """The employer, when the posting's format names it (front matter, header lines)."""
    location: str | None = None
    unknown_terms: tuple[PostingPhrase, ...] = ()
    """Key phrases the posting asks for that no loaded vocabulary names ("LOINC",
    "typing skills"): checked in a resume as written, and weighted below vocabulary terms."""
    notes: tuple[str, ...] = ()
    """What a reader of the analysis should know, e.g. that the vocabulary knows none of its terms."""

    @cached_property
    def mentions_by_term(self) -> dict[str, tuple[Mention, ...]]:
        """The posting's mentions of each term, in text order; worked out once per profile,
        which is made once and compared with many resumes."""
        grouped: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            grouped.setdefault(mention.term_id, []).append(mention)
        return {term_id: tuple(found) for term_id, found in grouped.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "title": self.title,
            "organisation": self.organisation,
            "location": self.location,
            "terms": [t.to_dict() for t in self.terms],
            "requirements": [r.to_dict() for r in self.requirements],
            "unknown_terms": [p.to_dict() for p in self.unknown_terms],
            "notes": list(self.notes),
        }


@fast_init
@dataclass(frozen=True)
class TermMatch:
    """A job term the resume shows, with the mentions that prove it."""

    term_id: str
    name: str
    category: Category
    kind: RequirementKind
    weight: float
    evidence: tuple[Mention, ...]
    via: str | None = None
    """Set when the term is met through a narrower term (e.g. ``"epic"`` for ``"ehr"``)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "term_id": self.term_id,
            "name": self.name,
            "category": self.category,
            "kind": self.kind,
            "weight": self.weight,
            "via": self.via,
            "evidence": [m.to_dict() for m in self.evidence],
        }


@fast_init
@dataclass(frozen=True)
class MissingTerm:
    """A job term the resume does not show, and what adding it would be worth."""

    term_id: str
    name: str
    category: Category
    kind: RequirementKind
    weight: float
    gain: float
    """Points the score would gain if the resume showed this term."""
    discounted: tuple[Mention, ...] = ()
    """Mentions found but not counted (negated, in progress, expired), with why."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "term_id": self.term_id,
            "name": self.name,
            "category": self.category,
            "kind": self.kind,
            "weight": self.weight,
            "gain": round(self.gain, 2),
            "discounted": [m.to_dict() for m in self.discounted],
        }


@fast_init
@dataclass(frozen=True)
class ScorePart:
    """One named part of the score: ``points`` out of ``weight``; parts add up to the score."""

    name: str
    weight: float
    points: float
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "weight": round(self.weight, 2),
            "points": round(self.points, 2),
            "detail": self.detail,
        }


@fast_init
@dataclass(frozen=True)
class Report:
    """The result of checking one resume against one job posting."""

    score: float
    parts: tuple[ScorePart, ...]
    matched: tuple[TermMatch, ...]
    missing: tuple[MissingTerm, ...]
    resume: Document
    job: JobProfile
    mentions: tuple[Mention, ...] = ()
    suggestions: tuple[str, ...] = field(default=())
    requirements: tuple[RequirementCheck, ...] = ()
    roles: tuple[Role, ...] = ()
    experience_years: float | None = None
    degree: Degree | None = None
    ats: AtsReadiness | None = None
    """ATS readiness checks of the resume against the posting (scoring.readiness)."""

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        return {
            "requirements": [r.to_dict() for r in self.requirements],
            "experience": {
                "years": self.experience_years,
                "roles": [r.to_dict() for r in self.roles],
            },
            "degree": self.degree.to_dict() if self.degree else None,
            "score": round(self.score, 1),
            "parts": [p.to_dict() for p in self.parts],
            "matched": [m.to_dict() for m in self.matched],
            "missing": [m.to_dict() for m in self.missing],
            "suggestions": list(self.suggestions),
            "resume": self.resume.to_dict(include_text=include_text),
            "job": self.job.to_dict(),
            "mentions": [m.to_dict() for m in self.mentions],
            "ats": self.ats.to_dict() if self.ats is not None else None,
        }
