"""The score parts, one record each: the registry that ``score_resume`` loops over.

A part is judged in one or more of three ways (each record says which):

* **terms**: the posting's terms that count in it (a term counts in its category's score
  part, from :data:`~resumematch.models.CATEGORY_TABLE`, else in its kind's: required or
  preferred), each earning its credit (``term_credits.TermCredits``);
* **requirements**: the posting's requirements of the same aspect (experience,
  education), each met, partly met or not;
* **credit**: one reading of the resume against the posting, a ``(credit, detail)`` or
  ``None`` when the posting gives nothing to judge: the title, and the recruiter's
  signals (``signals.py``); the licence part also says what every part counts when a licence the
  posting requires is missing.

Adding a part is one :class:`PartSpec` here (its ``credit`` function if it is read that
way), its field in :class:`~resumematch.scoring.part_worth.ScoreWeights` (the public, typed way to
set the weights: a test checks that the two agree) and its explanation in ``docs/scoring.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from ..models import Document, JobProfile, Mention, Role
from ..resume.roles import total_years
from .executive_level import executive_level_credit
from .fit import CandidateFit, PostingFit, candidate_fit, posting_fit
from .fit_data import family_votes, fit_data
from .healthcare_work import (
    field_title_families,
    healthcare_not_asked,
    healthcare_title,
    healthcare_work_credit,
    office_post,
    title_gated,
)
from .requirement_checks import title_credit
from .role_duties import role_duties_credit
from .signals import (
    field_words_factor,
    language_gate,
    languages_credit,
    licence_credit,
    role_fit_credit,
    seniority_credit,
    specialty_credit,
)
from .text_similarity import ResumeWords, text_similarity

__all__ = ["SCORE_PARTS", "PartCredit", "PartSpec", "Reading"]


@dataclass(frozen=True)
class PartCredit:
    """What a ``credit`` judge reads: the credit (0 to 1), its one-line account, and
    what every part of the score counts (below 1: a required licence is missing)."""

    credit: float
    detail: str
    gate: float = 1.0
    field_words: float = 1.0
    """What the parts judged by the posting's terms and requirements count (role fit:
    another field's shared words count less on a clinical post)."""


class Reading:
    """The resume and the posting as the ``credit`` judges read them; each derived fact
    (the posting's and the candidate's fit, the years of experience) computed once."""

    def __init__(self, resume: Document, roles: Sequence[Role], mentions: Sequence[Mention], job: JobProfile) -> None:
        self.resume = resume
        self.roles = roles
        self.mentions = mentions
        self.job = job

    @cached_property
    def posting(self) -> PostingFit:
        return posting_fit(self.job)

    @cached_property
    def candidate(self) -> CandidateFit:
        return candidate_fit(self.resume, self.roles, self.mentions)

    @cached_property
    def resume_words(self) -> ResumeWords:
        """The resume's content words and counts: the text part and a suggestion's gain compare them."""
        return ResumeWords(self.resume.text)

    @cached_property
    def years(self) -> float | None:
        return total_years(self.roles) if self.roles else None


Judge = Callable[[Reading], PartCredit | None]


@dataclass(frozen=True)
class PartSpec:
    """One score part: its key (a :class:`ScoreWeights` field), the label a report shows,
    its default weight and how it is judged."""

    name: str
    label: str
    default_weight: float
    terms: bool = False
    """Job terms count in it (by the category table or their kind)."""
    requirements: bool = False
    """The posting's requirements whose aspect is ``name`` count in it."""
    credit: Judge | None = None
    """One reading of the resume against the posting; ``None`` from it: nothing to judge."""
    fixed_share: bool = False
    """Keeps its nominal share of 100 when judged (a single yes/no: the title) instead of
    sharing the points in proportion to the weights."""
    noun: str = "terms"
    """How its terms are named in its account ("3 of 5 required terms shown")."""


def _pair(found: tuple[float, str] | None) -> PartCredit | None:
    return None if found is None else PartCredit(found[0], found[1])


def _title(reading: Reading) -> PartCredit | None:
    score, detail = title_credit(reading.job.title, reading.resume, reading.roles)
    return None if score is None else PartCredit(score, detail)


def _licence(reading: Reading) -> PartCredit | None:
    found = licence_credit(reading.posting, reading.candidate)
    return None if found is None else PartCredit(found[0], found[1], found[2])


def _role_fit(reading: Reading) -> PartCredit | None:
    found = role_fit_credit(reading.posting, reading.candidate)
    if found is None:
        return None
    credit, detail = found
    factor = field_words_factor(reading.posting, credit)
    if factor < 1.0 and reading.posting.family in fit_data().customers_families:
        detail += (
            f"; the posting's terms, requirements, settings, healthcare work and words count {factor:.0%},"
            " as your roles are not all in its field (its clinical words name its customers)"
        )
    elif factor < 1.0:
        detail += f"; the posting's terms and requirements count {factor:.0%}, as your roles are not all in its field"
    return PartCredit(credit, detail, field_words=factor)


def _languages(reading: Reading) -> PartCredit | None:
    found = languages_credit(reading.posting, reading.candidate)
    if found is None:
        return None
    gate, note = language_gate(reading.posting, reading.candidate)
    return PartCredit(found[0], found[1] + note, gate)


def _healthcare(reading: Reading) -> PartCredit | None:
    family = reading.posting.family
    if healthcare_not_asked(family):
        return None  # a ward housekeeper's post: catering and cleaning anywhere are its work
    if title_gated(family) and healthcare_title([reading.job.title or ""]) is None:
        # A recruiter's or sales post hires for its own field: healthcare work counts only
        # where its title says the field is healthcare's ("Healthcare Recruiter",
        # "Pharmaceutical Sales"), not because the employer is a hospital (an NHS trust's
        # "Recruitment Administrator" takes recruiters from any field).
        return None
    # A recruiter's, sales or IT post, or an office post opened to IT ("EPR Programme"): the
    # candidate's own titles in its field may name healthcare ("Healthcare Product Manager").
    fields = {family, reading.posting.also_family} & field_title_families()
    field_titles = [t for t in reading.candidate.titles if fields & family_votes(t).keys()] if fields else []
    return _pair(
        healthcare_work_credit(
            reading.job.title,
            reading.job.text,
            reading.mentions,
            field_titles=field_titles,
            office=office_post(family),
        )
    )


SCORE_PARTS: tuple[PartSpec, ...] = (
    PartSpec("required", "required terms", 40.0, terms=True, noun="required terms"),
    PartSpec("preferred", "preferred terms", 10.0, terms=True, noun="preferred terms"),
    PartSpec("experience", "experience", 20.0, requirements=True),
    PartSpec("education", "education", 10.0, terms=True, requirements=True),
    PartSpec("credentials", "certifications/licenses", 15.0, terms=True),
    PartSpec("title", "title", 5.0, credit=_title, fixed_share=True),
    PartSpec("role_fit", "role fit", 40.0, credit=_role_fit),
    PartSpec("licence", "licence level", 135.0, credit=_licence),
    PartSpec(
        "specialty", "specialty and setting", 5.0, credit=lambda r: _pair(specialty_credit(r.posting, r.candidate))
    ),
    PartSpec("seniority", "experience level", 5.0, credit=lambda r: _pair(seniority_credit(r.posting, r.years))),
    PartSpec("languages", "languages", 1.0, credit=_languages),
    PartSpec("healthcare", "healthcare work", 15.0, credit=_healthcare),
    PartSpec(
        "executive",
        "executive level",
        50.0,
        credit=lambda r: _pair(executive_level_credit(r.posting, r.candidate)),
    ),
    PartSpec(
        "duties",
        "the role's usual duties",
        30.0,
        credit=lambda r: _pair(role_duties_credit(r.job.title, r.mentions, r.resume.text)),
    ),
    PartSpec(
        "text",
        "text similarity",
        20.0,
        credit=lambda r: _pair(text_similarity(r.job.text, r.resume.text, resume_words=r.resume_words)),
    ),
)
"""Every score part, in the order a report lists them."""
