"""The entry points a developer calls: ``check``, ``find_terms``, ``analyze``.

Each accepts a path, raw bytes, a binary file object, an extracted Document or the
text itself (a plain ``str`` is a path when it looks like one; ``Text(...)`` is always
text, ``pathlib.Path`` always a file: :mod:`resumematch.models.inputs`), and an optional vocabulary (a
Vocabulary, a path or shipped name, or a list of them).
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path

from .errors import JobDescriptionError
from .extract import DEFAULT_PDF_ENGINE, ExtractLimits, PdfEngine
from .extract.files import printable
from .match.assertion import AssertionRules
from .match.pipeline import (
    RulesSpec,
    TextOrSource,
    VocabSpec,
    find_mentions,
    looks_like_path,
    read_document,
    resolve_rules,
    resolve_vocabulary,
)
from .match.vocabulary import Vocabulary
from .models import Document, JobProfile, Mention, Report
from .models.inputs import Text
from .posting.analysis import analyze_job
from .posting.formats import posting_body, read_posting
from .scoring.fit import fit_data, posting_fit
from .scoring.part_worth import ScoreWeights
from .scoring.score import score_resume

__all__ = ["analyze", "check", "find_terms", "require_scorable", "scoring_refusal"]


def find_terms(
    source: TextOrSource,
    *,
    vocab: VocabSpec = None,
    password: str | None = None,
    limits: ExtractLimits | None = None,
    engine: PdfEngine = DEFAULT_PDF_ENGINE,
    assertion_rules: RulesSpec = None,
) -> tuple[Document, tuple[Mention, ...]]:
    """Extract a document and find every vocabulary term it mentions.

    ``assertion_rules``: a rules file of your own (the format of ``data/assertion.json``;
    it replaces the packaged rules) or loaded ``AssertionRules``.

    >>> document, mentions = find_terms("Charge RN, BLS and ACLS certified; Epic EHR daily.")
    >>> sorted({m.term_id for m in mentions}) # doctest: +SKIP
    ['acls', 'bls', 'ehr', 'epic', 'registered-nurse']
    """
    vocabulary = resolve_vocabulary(vocab)
    document = read_document(source, password=password, limits=limits, engine=engine)
    return document, find_mentions(document, vocabulary, assertion_rules=assertion_rules)


_PROFILE_CACHE_SIZE = 32
# Postings analysed recently, by what decides their analysis: the text itself, or a
# file's resolved path, size and modification time; and the limits and assertion rules.
# The vocabulary is told by identity. A screening tool checks many resumes against
# one posting (``check("resume.pdf", job="posting.txt")`` in a loop): it is analysed once.
_profiles: OrderedDict[tuple[object, ...], tuple[Vocabulary, JobProfile]] = OrderedDict()
_profiles_lock = threading.Lock()


def _posting_key(
    job: TextOrSource, limits: ExtractLimits | None, rules: AssertionRules | None
) -> tuple[object, ...] | None:
    """The cache key of a posting given as text or as a file path; None for bytes, file objects, Documents."""
    if isinstance(job, Text) or (isinstance(job, str) and not looks_like_path(job)):
        return ("text", job, limits, rules)
    if isinstance(job, str | os.PathLike):
        try:
            path = Path(job).resolve()
            stat = path.stat()
        except (OSError, ValueError):
            return None  # read_document says what is wrong with it
        return ("file", str(path), stat.st_size, stat.st_mtime_ns, limits, rules)
    return None


def analyze(
    job: TextOrSource,
    *,
    vocab: VocabSpec = None,
    limits: ExtractLimits | None = None,
    assertion_rules: RulesSpec = None,
) -> JobProfile:
    """Analyse a job posting (path, text, bytes, file object or Document) into a JobProfile.

    Postings passed as text or as a file path are remembered (the last 32; a file by its
    resolved path, size and modification time, so an edited file is read again), per
    vocabulary, limits and assertion rules: checking many resumes against one posting
    analyses it once. ``assertion_rules`` judge the posting's mentions (see :func:`find_terms`).
    """
    vocabulary = resolve_vocabulary(vocab)
    rules = resolve_rules(assertion_rules)
    key = _posting_key(job, limits, rules)
    if key is not None:
        key += (id(vocabulary),)  # the entry holds the vocabulary, so its id is not reused
    if key is not None:
        with _profiles_lock:
            cached = _profiles.get(key)
            if cached is not None and cached[0] is vocabulary:
                _profiles.move_to_end(key)
                return _as_named(cached[1], job) if key[0] == "file" else cached[1]
    profile = _analyze(job, vocabulary, limits, rules)
    if key is not None:
        with _profiles_lock:
            _profiles[key] = (vocabulary, profile)
            _profiles.move_to_end(key)
            while len(_profiles) > _PROFILE_CACHE_SIZE:
                _profiles.popitem(last=False)
    return profile


def _as_named(profile: JobProfile, job: TextOrSource) -> JobProfile:
    """The cached profile of a posting file under the name this caller gave it (one file, many spellings)."""
    name = printable(os.fspath(job))  # type: ignore[arg-type]  # a path: the key says so
    return profile if profile.source == name else replace(profile, source=name)


def _analyze(
    job: TextOrSource, vocabulary: Vocabulary, limits: ExtractLimits | None, rules: AssertionRules | None
) -> JobProfile:
    document = read_document(job, limits=limits, what="job description")
    fields = read_posting(document.text)
    document = posting_body(document, fields)
    profile = analyze_job(
        document, find_mentions(document, vocabulary, assertion_rules=rules, posting=True), vocabulary, fields=fields
    )
    refusal = scoring_refusal(profile, vocabulary)
    if refusal is not None:
        # The posting is still read (title, organisation, statements); only scoring a
        # resume against it would be meaningless, so check() and rank() refuse it.
        profile = replace(profile, notes=(*profile.notes, refusal))
    return profile


def scoring_refusal(profile: JobProfile, vocabulary: Vocabulary) -> str | None:
    """Why a resume cannot be scored against this posting, or None when it can.

    A posting that names no term of the vocabulary, asks for no years or degree and
    names no role family or licence level leaves a score with nothing to compare.
    """
    if (
        profile.terms
        or any(r.aspect in ("experience", "education") for r in profile.requirements)
        or _names_a_role(profile)
    ):
        return None
    return (
        f"The job description {profile.source} names none of the {len(vocabulary)} terms of the "
        f"{', '.join(vocabulary.roles)} vocabulary and asks for no years or degree: resumematch's "
        "vocabulary knows none of its terms, so a resume cannot be scored against it; pass the "
        "vocabulary for this role with --vocab/vocab=."
    )


def require_scorable(profile: JobProfile, vocabulary: Vocabulary) -> None:
    """Raise :class:`JobDescriptionError` when :func:`scoring_refusal` gives a reason."""
    refusal = scoring_refusal(profile, vocabulary)
    if refusal is not None:
        raise JobDescriptionError(refusal)


def _names_a_role(profile: JobProfile) -> bool:
    """Whether the posting's title names a role family or licence level: then it can be
    ranked on role fit, licence level and text similarity even without vocabulary terms."""
    fit = posting_fit(profile)
    # IT, marketing or hospitality: families the shipped vocabulary names no work of, so a
    # line cook's post naming none of its terms is refused, not ranked on role fit alone.
    named = fit.family is not None and fit.family not in fit_data().unvocabulary_families
    return named or fit.level is not None


def check(
    resume: TextOrSource,
    *,
    job: TextOrSource | JobProfile,
    vocab: VocabSpec = None,
    password: str | None = None,
    limits: ExtractLimits | None = None,
    weights: ScoreWeights | None = None,
    engine: PdfEngine = DEFAULT_PDF_ENGINE,
    today: dt.date | None = None,
    assertion_rules: RulesSpec = None,
) -> Report:
    """Score a resume against a job posting.

    ``today`` is the date that "Present" in the resume's date ranges stands for
    (default: the current date); pass it to make a score reproducible.
    ``assertion_rules`` (a rules file or ``AssertionRules``) judge the resume's mentions
    (see :func:`find_terms`); the posting is read with the packaged rules.

    >>> job = "examples/jobs/clinical-coordinator.txt"
    >>> report = check("examples/resumes/strong-fit-rn.pdf", job=job)  # doctest: +SKIP
    >>> report.score, [m.name for m in report.missing][:3]  # doctest: +SKIP
    """
    vocabulary = resolve_vocabulary(vocab)
    profile = job if isinstance(job, JobProfile) else analyze(job, vocab=vocabulary, limits=limits)
    require_scorable(profile, vocabulary)
    document, mentions = find_terms(
        resume, vocab=vocabulary, password=password, limits=limits, engine=engine, assertion_rules=assertion_rules
    )
    return score_resume(document, mentions, profile, vocabulary, weights=weights, today=today)
