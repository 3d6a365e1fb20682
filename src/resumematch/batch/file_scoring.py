"""One file of a ranking, in whichever process scores it: extract, match and score it
into a :class:`~resumematch.batch.rows.RankRow`, every failure an error row.

The :class:`RankContext` (the posting's profile, the vocabulary, the settings) is sent
once per worker process we start (:func:`install_worker`), or with each task to a
foreign executor (:func:`score_with_context`), where its token lets each process keep
the first copy and build its spaCy pipeline once.
"""

from __future__ import annotations

import gc
import os
import signal
import time
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError, ResumeMatchError
from ..extract import ExtractLimits, PdfEngine
from ..extract.files import read_regular
from ..extract.sandbox import die_with_parent, limit_this_process_instead
from ..match.assertion import AssertionRules
from ..match.pipeline import find_mentions, read_document
from ..match.vocabulary import Vocabulary
from ..models import JobProfile, MissingTerm, Report, TermMatch
from ..scoring.part_worth import PartWeight, ScoreWeights, term_part_weight
from ..scoring.per_posting import per_posting
from ..scoring.score import score_resume
from ..scoring.term_credits import STATUS_CREDIT
from .blind import Redactor, anonymous_id
from .rows import RankRow, RowError, RowTerm, changed_row
from .workers import TaskFailure

__all__ = [
    "RankContext",
    "blind_id",
    "failure_row",
    "install",
    "install_worker",
    "score_file",
    "score_installed",
    "score_with_context",
]

_SNIPPET_CHARS = 160


@dataclass(frozen=True)
class RankContext:
    """Everything a worker needs, sent once per worker process (or once per task to a
    foreign executor, where ``token`` lets each process keep the first copy)."""

    profile: JobProfile
    vocabulary: Vocabulary
    blind: bool
    salt: str
    limits: ExtractLimits | None
    weights: ScoreWeights | None
    engine: PdfEngine
    password: str | None
    assertion_rules: AssertionRules | None = None
    token: str = field(default_factory=lambda: uuid.uuid4().hex)


_contexts: dict[str, RankContext] = {}
_current: list[RankContext] = []


def install(context: RankContext) -> None:
    """Worker initializer: keep the context and build the spaCy pipeline now, once."""
    _contexts[context.token] = context
    _current[:] = [context]
    from ..match.pipeline import build_pipeline

    build_pipeline(context.vocabulary, assertion_rules=context.assertion_rules)


def install_worker(context: RankContext) -> None:
    """Initializer of our own worker processes: :func:`install`, then ``gc.freeze()``.

    Everything alive now (spaCy, the pipeline, the vocabulary: about 150,000 objects,
    most inherited from the parent by ``fork``) lasts as long as the process, so the
    garbage collector is told to stop scanning it: its full collections then cost a
    small fraction as much, and they no longer write to the inherited pages (which
    ``fork`` shares until they are written). Measured on 958 generated PDF resumes
    (benchmarks/batch.py, docs/performance.md). Never done in a process we do not own
    (``workers=0``, or a foreign executor's workers).
    """
    die_with_parent()
    # The parent handles Ctrl-C and SIGTERM and stops its workers: no traceback from them.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # A fork per file would cost more than most files (docs/batch.md): this disposable
    # process carries the hard limits itself, and the pool watches it.
    limit_this_process_instead()
    install(context)
    gc.freeze()


def score_installed(path: str) -> RankRow:
    """A task of our own worker processes: score ``path`` with the context they installed."""
    return score_file(path, _current[0])


def score_with_context(context: RankContext, path: str) -> RankRow:
    """A task for a foreign executor: install ``context`` in this process once, then score."""
    if context.token not in _contexts:
        install(context)
    return score_file(path, _contexts[context.token])


def _redactor(path: str, text: str = "") -> Redactor:
    names = (path, os.path.abspath(path), os.path.basename(path))
    return Redactor.for_text(text, extra=names) if text else Redactor(extra=names)


def blind_id(path: str, salt: str, max_bytes: int = ExtractLimits.max_bytes) -> str:
    """The anonymous id of the file at ``path``: a hash of its content (at most
    ``max_bytes`` + 1 bytes of a regular file: a FIFO or /dev/zero is never read), or
    of its path when it cannot be read."""
    try:
        return anonymous_id(read_regular(path, max_bytes), salt=salt)
    except InputError:
        return anonymous_id(os.fsencode(path), salt=salt)


def _blind_id(path: str, salt: str) -> str:
    return blind_id(path, salt)


def _error_row(path: str, context: RankContext, kind: str, message: str) -> RankRow:
    if context.blind:
        return RankRow(
            file=path, id=_blind_id(path, context.salt), error=RowError(kind, _redactor(path).redact(message))
        )
    return RankRow(file=path, error=RowError(kind, message))


def score_file(path: str, context: RankContext) -> RankRow:
    """Extract, match and score one file into a row; every failure becomes an error row."""
    started = time.perf_counter()
    try:
        # A Path: a missing file is an error row, never scored as the text of its name.
        document = read_document(Path(path), password=context.password, limits=context.limits, engine=context.engine)
        extracted = time.perf_counter()
        mentions = find_mentions(document, context.vocabulary, assertion_rules=context.assertion_rules)
        matched = time.perf_counter()
        report = score_resume(
            document, mentions, context.profile, context.vocabulary, weights=context.weights, readiness=False
        )
    except ResumeMatchError as exc:
        return _error_row(path, context, type(exc).__name__, str(exc))
    except Exception as exc:  # a bug or a parser's raw failure must cost one file, not the run
        return _error_row(path, context, type(exc).__name__, f"unexpected failure: {exc}")
    row = _row_from_report(path, report, context)
    done = time.perf_counter()
    seconds = {"extract": extracted - started, "match": matched - extracted, "score": done - matched}
    return changed_row(row, seconds=seconds)


def _row_from_report(path: str, report: Report, context: RankContext) -> RankRow:
    document = report.resume
    redactor = _redactor(path, document.text) if context.blind else None

    def shown(text: str) -> str:
        return redactor.redact(text) if redactor else text

    partial = {m.term_id for m in report.missing}
    row_terms = per_posting("rank row terms", report.job, _RowTerms)
    matched = tuple(
        RowTerm(
            m.term_id,
            m.name,
            m.kind,
            shown(document.line_at(m.evidence[0].start)[:_SNIPPET_CHARS]) if m.evidence else "",
            *row_terms.part_weight(m.category, m.kind, m.weight),
            credit=_credit(m) if m.term_id in partial else 1.0,
        )
        for m in report.matched
    )
    missing = tuple([row_terms.missing(m) for m in report.missing])
    warnings = tuple(replace(w, message=shown(w.message)) for w in document.warnings)
    return RankRow(
        file=path,
        id=_blind_id(path, context.salt) if context.blind else None,
        score=round(report.score, 1),
        parts=tuple((p.name, p.weight, p.points) for p in report.parts),
        matched=matched,
        missing=missing,
        years=report.experience_years,
        warnings=warnings,
    )


class _RowTerms:
    """What a row shows of a posting's terms that is the same in every row of a ranking:
    each term's part and weight, and the whole :class:`RowTerm` of a missing term (it
    names no evidence), made once per posting (``per_posting``) instead of once per row
    (about 30 a row; docs/performance.md, "Ranking speed, eighth round")."""

    def __init__(self, _job: JobProfile) -> None:
        self._part_weights: dict[tuple[str, str, float], PartWeight] = {}
        self._missing: dict[tuple[str, str, str, str, float], RowTerm] = {}

    def part_weight(self, category: str, kind: str, weight: float) -> PartWeight:
        """:func:`term_part_weight`, kept."""
        key = (category, kind, weight)
        found = self._part_weights.get(key)
        if found is None:
            found = self._part_weights[key] = term_part_weight(category, kind, weight)
        return found

    def missing(self, term: MissingTerm) -> RowTerm:
        """The row's entry of a missing term: the same for every resume that misses it."""
        key = (term.term_id, term.name, term.kind, term.category, term.weight)
        found = self._missing.get(key)
        if found is None:
            found = self._missing[key] = RowTerm(
                term.term_id, term.name, term.kind, None, *self.part_weight(term.category, term.kind, term.weight)
            )
        return found


def _credit(match: TermMatch) -> float:
    """A partly shown term's credit: its best counted mention (hedged: 0.5)."""
    return max([STATUS_CREDIT.get(m.status, 0.0) for m in match.evidence], default=0.5) or 0.5


def failure_row(failure: TaskFailure[str], context: RankContext) -> RankRow:
    kinds = {"crashed": "WorkerCrashed", "timed_out": "WorkerTimeout", "error": "WorkerError"}
    message = f"{failure.item}: {failure.message}"
    if failure.kind == "crashed":
        limits = context.limits or ExtractLimits()
        message += (
            f" (the file may need more than the {limits.max_memory_bytes // (1024 * 1024):,} MB memory limit, "
            "raise it with --max-memory, or trigger a bug in a document parser; check it by hand)"
        )
    return _error_row(failure.item, context, kinds[failure.kind], message)
