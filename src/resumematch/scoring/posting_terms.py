"""A posting's terms as every resume's score reads them, made once per posting.

A ranking scores thousands of resumes against one posting: which part each posting term
counts in, its weight there and the licence terms it names are the same for all of them.
"""

from __future__ import annotations

from typing import NamedTuple

from ..models import CREDENTIAL_CATEGORIES, JobProfile, JobTerm
from .fit_data import fit_data
from .part_worth import term_part_weight
from .per_posting import per_posting

__all__ = ["PostingTerm", "licence_terms", "posting_terms"]


class PostingTerm(NamedTuple):
    """A posting term as every resume's score reads it: the part it counts in, its weight
    there (alternatives, "CMA, RMA or CCMA", share one term's weight and are met by any of
    them), and whether it is a credential (which years of experience never show)."""

    term: JobTerm
    part: str
    weight: float
    credential: bool


def posting_terms(job: JobProfile) -> tuple[PostingTerm, ...]:
    """:class:`PostingTerm` of each of the posting's terms, made once per posting (the
    same for every resume of a ranking)."""
    return per_posting("score terms", job, _make_posting_terms)


def licence_terms(job: JobProfile) -> tuple[str, ...]:
    """The licence terms (a licensed ladder rung's: RN, LPN) the posting names, as terms or
    in its requirements; made once per posting."""
    return per_posting("licence terms", job, _make_licence_terms)


def _make_licence_terms(job: JobProfile) -> tuple[str, ...]:
    by_term = fit_data().level_by_term
    named = [t.term_id for t in job.terms] + [t for r in job.requirements for t in r.term_ids]
    return tuple(dict.fromkeys(t for t in named if t in by_term and by_term[t].licensed))


def _make_posting_terms(job: JobProfile) -> tuple[PostingTerm, ...]:
    rows = []
    for job_term in job.terms:
        part, weight = term_part_weight(job_term.category, job_term.kind, job_term.weight)
        share = weight / (1 + len(job_term.alternatives))
        rows.append(PostingTerm(job_term, part, share, job_term.category in CREDENTIAL_CATEGORIES))
    return tuple(rows)
