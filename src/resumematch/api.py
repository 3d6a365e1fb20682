"""The entry points a developer calls: ``check``, ``find_terms``, ``analyze``.

Each accepts a path, raw bytes, a binary file object, an extracted Document or (for
``check``'s job and ``find_terms``) the text itself, and an optional vocabulary (a
Vocabulary, a path or shipped name, or a list of them).
"""

from __future__ import annotations

import datetime as dt

from .errors import JobDescriptionError
from .extract import ExtractLimits, PdfEngine
from .job import analyze_job
from .models import Document, JobProfile, Mention, Report
from .pipeline import TextOrSource, VocabSpec, find_mentions, read_document, resolve_vocabulary
from .scoring import ScoreWeights, score_resume

__all__ = ["analyze", "check", "find_terms"]


def find_terms(
    source: TextOrSource,
    *,
    vocab: VocabSpec = None,
    password: str | None = None,
    limits: ExtractLimits | None = None,
    engine: PdfEngine = "pdfplumber",
) -> tuple[Document, tuple[Mention, ...]]:
    """Extract a document and find every vocabulary term it mentions.

    >>> document, mentions = find_terms("Charge RN, BLS and ACLS certified; Epic EHR daily.")
    >>> sorted({m.term_id for m in mentions}) # doctest: +SKIP
    ['acls', 'bls', 'ehr', 'epic', 'registered-nurse']
    """
    vocabulary = resolve_vocabulary(vocab)
    document = read_document(source, password=password, limits=limits, engine=engine)
    return document, find_mentions(document, vocabulary)


def analyze(job: TextOrSource, *, vocab: VocabSpec = None, limits: ExtractLimits | None = None) -> JobProfile:
    """Analyse a job posting (path, text, bytes, file object or Document) into a JobProfile."""
    vocabulary = resolve_vocabulary(vocab)
    document = read_document(job, limits=limits, what="job description")
    profile = analyze_job(document, find_mentions(document, vocabulary), vocabulary)
    if not profile.terms:
        raise JobDescriptionError(
            f"The job description {document.source} names none of the {len(vocabulary)} terms of the "
            f"{', '.join(vocabulary.roles)} vocabulary; pass the vocabulary for this role with --vocab/vocab=."
        )
    return profile


def check(
    resume: TextOrSource,
    *,
    job: TextOrSource | JobProfile,
    vocab: VocabSpec = None,
    password: str | None = None,
    limits: ExtractLimits | None = None,
    weights: ScoreWeights | None = None,
    engine: PdfEngine = "pdfplumber",
    today: dt.date | None = None,
) -> Report:
    """Score a resume against a job posting.

    ``today`` is the date that "Present" in the resume's date ranges stands for
    (default: the current date); pass it to make a score reproducible.

    >>> job = "examples/jobs/clinical-coordinator.txt"
    >>> report = check("examples/resumes/strong-fit-rn.pdf", job=job)  # doctest: +SKIP
    >>> report.score, [m.name for m in report.missing][:3]  # doctest: +SKIP
    """
    vocabulary = resolve_vocabulary(vocab)
    profile = job if isinstance(job, JobProfile) else analyze(job, vocab=vocabulary, limits=limits)
    document, mentions = find_terms(resume, vocab=vocabulary, password=password, limits=limits, engine=engine)
    return score_resume(document, mentions, profile, vocabulary, weights=weights, today=today)
