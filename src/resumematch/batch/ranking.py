"""Rank many resumes against one job posting, in parallel, without losing any file.

The posting is analysed once, in the calling process; the resulting
:class:`~resumematch.models.JobProfile` and the vocabulary travel to the workers,
which build their spaCy pipeline once each and then score file after file.

:func:`rank` yields one :class:`RankRow` per input file **as files finish**, in no
particular order and with ``rank=None``: a ranking needs every score, and a caller
streaming a million rows to disk should not have to hold them. :func:`ranked` turns
rows into the final order, which is deterministic: score descending, then the row's
key (the file path, or the anonymous id in blind mode), then the file path; failed
files come last, unranked. The CLI writes rows as they finish and ranks at the end.

>>> from resumematch import rank, ranked
>>> rows = ranked(rank("posting.txt", ["resumes/"], workers=2))  # doctest: +SKIP
>>> [(r.rank, r.score, r.file) for r in rows[:3]]  # doctest: +SKIP

``executor=`` runs the same work on any ``concurrent.futures.Executor``, e.g. Dask's
``Client.get_executor()`` to spread it over a cluster (see ``docs/batch.md``).
"""

from __future__ import annotations

import gc
import glob
import os
import signal
import time
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import InputError, ResumeMatchError
from ..extract import DEFAULT_PDF_ENGINE, ExtractLimits, PdfEngine
from ..extract.files import read_regular
from ..extract.sandbox import die_with_parent, limit_this_process_instead
from ..match.assertion import AssertionRules
from ..match.pipeline import (
    RulesSpec,
    Source,
    VocabSpec,
    find_mentions,
    read_document,
    resolve_rules,
    resolve_vocabulary,
)
from ..match.vocabulary import Vocabulary
from ..models import JobProfile, ParseWarning, Report, TermMatch
from ..scoring.score import PREFERRED_FACTOR, STATUS_CREDIT, ScoreWeights, score_resume
from .blind import Redactor, anonymous_id, new_salt
from .workers import TaskFailure, imap_executor, imap_isolated

__all__ = ["RankRow", "RowError", "RowTerm", "collect_resumes", "rank", "ranked", "row_key"]

_SNIPPET_CHARS = 160
RECYCLE_AFTER = 10_000
"""Files per worker process before new ones take over: spaCy keeps every word a process
has seen, so a worker grows without end on varied resumes (figures in docs/batch.md)."""


@dataclass(frozen=True)
class RowTerm:
    """A job term in a rank row; ``evidence`` is the resume line that shows it (matched only).

    ``part`` (``required``, ``preferred``, ``credentials`` or ``education``), ``weight``
    (its weight in that part) and ``credit`` (0-1: what the resume shows of it) let
    :func:`resumematch.batch.pool_weights.pool_weighted` re-weigh the part by the pool; they are
    not part of the JSON row.
    """

    term_id: str
    name: str
    kind: str
    evidence: str | None = None
    part: str = field(default="", compare=False)
    weight: float = field(default=0.0, compare=False)
    credit: float = field(default=0.0, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"term_id": self.term_id, "name": self.name, "kind": self.kind}
        if self.evidence is not None:
            data["evidence"] = self.evidence
        return data


@dataclass(frozen=True)
class RowError:
    """Why a file has no score: the error's type name and its one-line message."""

    type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "message": self.message}


@dataclass(frozen=True)
class RankRow:
    """One input file's line in a ranking: its score and why, or why it has none.

    ``file`` is always set (it is how the caller knows which file the row is about),
    but in blind mode ``to_dict()`` shows only the anonymous ``id``. ``seconds`` holds
    the time spent in extraction, matching and scoring; it is not part of the output.
    """

    file: str
    id: str | None = None
    rank: int | None = None
    score: float | None = None
    parts: tuple[tuple[str, float, float], ...] = ()
    matched: tuple[RowTerm, ...] = ()
    missing: tuple[RowTerm, ...] = ()
    years: float | None = None
    warnings: tuple[ParseWarning, ...] = ()
    error: RowError | None = None
    seconds: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    @property
    def blind(self) -> bool:
        return self.id is not None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"rank": self.rank}
        data["id" if self.blind else "file"] = self.id if self.blind else self.file
        data.update(
            score=self.score,
            parts=[{"name": n, "weight": round(w, 2), "points": round(p, 2)} for n, w, p in self.parts],
            matched=[t.to_dict() for t in self.matched],
            missing=[t.to_dict() for t in self.missing],
            years=self.years,
            warnings=[w.to_dict() for w in self.warnings],
            error=self.error.to_dict() if self.error else None,
        )
        return data


def row_key(row: RankRow) -> tuple[int, float, str, str]:
    """The sort key of the ranking: scored before failed, score descending, then the
    shown key (id or file), then the file path, so ties are broken the same way every time."""
    shown = row.id if row.id is not None else row.file
    if row.score is None:
        return (1, 0.0, shown, row.file)
    return (0, -row.score, shown, row.file)


def ranked(rows: Iterable[RankRow]) -> list[RankRow]:
    """Rows in ranking order with ``rank`` set (1 = best); failed rows last with ``rank=None``."""
    ordered = sorted(rows, key=row_key)
    position = 0
    result = []
    for row in ordered:
        if row.score is not None:
            position += 1
            result.append(replace(row, rank=position))
        else:
            result.append(replace(row, rank=None))
    return result


# ---------------------------------------------------------------------------- inputs

_GLOB_CHARS = set("*?[")


def _files_under(folder: Path) -> Iterator[str]:
    """Every non-hidden file below ``folder``, in a stable (sorted) order."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _expand(spec: str | os.PathLike[str]) -> Iterator[str]:
    text = os.fspath(spec)
    if os.path.isdir(text):
        yield from _files_under(Path(text))
    elif not os.path.exists(text) and _GLOB_CHARS & set(text):
        matches = sorted(glob.glob(text, recursive=True))
        if not matches:
            yield text  # kept, so the row says "no such file" instead of vanishing
        for match in matches:
            yield from _files_under(Path(match)) if os.path.isdir(match) else iter((match,))
    else:
        yield text  # a file, or a missing path that becomes an error row


def collect_resumes(specs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Expand files, folders (recursively, hidden files skipped) and glob patterns into
    the list of files to rank, each once, in a stable order. A path or pattern that
    names nothing stays in the list so that its row reports the problem."""
    seen: set[str] = set()
    files = []
    for spec in specs:
        for path in _expand(spec):
            key = os.path.normcase(os.path.abspath(path))
            if key not in seen:
                seen.add(key)
                files.append(path)
    return files


# ---------------------------------------------------------------------------- workers


@dataclass(frozen=True)
class _Context:
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


_contexts: dict[str, _Context] = {}
_current: list[_Context] = []


def _install(context: _Context) -> None:
    """Worker initializer: keep the context and build the spaCy pipeline now, once."""
    _contexts[context.token] = context
    _current[:] = [context]
    from ..match.pipeline import build_pipeline

    build_pipeline(context.vocabulary, assertion_rules=context.assertion_rules)


def _install_worker(context: _Context) -> None:
    """Initializer of our own worker processes: :func:`_install`, then ``gc.freeze()``.

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
    _install(context)
    gc.freeze()


def _installed(path: str) -> RankRow:
    return score_file(path, _current[0])


def _with_context(context: _Context, path: str) -> RankRow:
    if context.token not in _contexts:
        _install(context)
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


def _error_row(path: str, context: _Context, kind: str, message: str) -> RankRow:
    if context.blind:
        return RankRow(
            file=path, id=_blind_id(path, context.salt), error=RowError(kind, _redactor(path).redact(message))
        )
    return RankRow(file=path, error=RowError(kind, message))


def score_file(path: str, context: _Context) -> RankRow:
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
    return replace(row, seconds=seconds)


def _row_from_report(path: str, report: Report, context: _Context) -> RankRow:
    document = report.resume
    redactor = _redactor(path, document.text) if context.blind else None

    def shown(text: str) -> str:
        return redactor.redact(text) if redactor else text

    partial = {m.term_id for m in report.missing}
    matched = tuple(
        RowTerm(
            m.term_id,
            m.name,
            m.kind,
            shown(document.line_at(m.evidence[0].start)[:_SNIPPET_CHARS]) if m.evidence else "",
            *_part_weight(m.category, m.kind, m.weight),
            credit=_credit(m) if m.term_id in partial else 1.0,
        )
        for m in report.matched
    )
    missing = tuple(
        RowTerm(m.term_id, m.name, m.kind, None, *_part_weight(m.category, m.kind, m.weight)) for m in report.missing
    )
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


def _part_weight(category: str, kind: str, weight: float) -> tuple[str, float]:
    """The score part a job term counts in, and its weight there (as ``scoring.py`` has them)."""
    if category in ("certification", "license"):
        return "credentials", weight * (PREFERRED_FACTOR if kind == "preferred" else 1.0)
    if category == "education":
        return "education", weight * (PREFERRED_FACTOR if kind == "preferred" else 1.0)
    return kind, weight


def _credit(match: TermMatch) -> float:
    """A partly shown term's credit: its best counted mention (hedged: 0.5)."""
    return max([STATUS_CREDIT.get(m.status, 0.0) for m in match.evidence], default=0.5) or 0.5


def _failure_row(failure: TaskFailure[str], context: _Context) -> RankRow:
    kinds = {"crashed": "WorkerCrashed", "timed_out": "WorkerTimeout", "error": "WorkerError"}
    message = f"{failure.item}: {failure.message}"
    if failure.kind == "crashed":
        limits = context.limits or ExtractLimits()
        message += (
            f" (the file may need more than the {limits.max_memory_bytes // (1024 * 1024):,} MB memory limit, "
            "raise it with --max-memory, or trigger a bug in a document parser; check it by hand)"
        )
    return _error_row(failure.item, context, kinds[failure.kind], message)


# ---------------------------------------------------------------------------- rank


def _resume_paths(resumes: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> Iterator[str]:
    if isinstance(resumes, str | os.PathLike):
        resumes = [resumes]
    for spec in resumes:
        yield from _expand(spec)


def rank(
    job: Source | JobProfile,
    resumes: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    workers: int | None = None,
    executor: Executor | None = None,
    vocab: VocabSpec = None,
    blind: bool = False,
    salt: str | None = None,
    limits: ExtractLimits | None = None,
    weights: ScoreWeights | None = None,
    engine: PdfEngine = DEFAULT_PDF_ENGINE,
    password: str | None = None,
    hard_timeout: float | None = None,
    assertion_rules: RulesSpec = None,
) -> Iterator[RankRow]:
    """Score every resume against ``job``; yield one row per file as each finishes.

    ``resumes`` are file paths, folders (read recursively) or glob patterns, consumed
    lazily. ``workers`` processes (default: all cores; ``0``: in this process) each
    build the pipeline once. A file that fails, crashes its worker or runs past
    ``hard_timeout`` seconds (default: twice ``limits.timeout_seconds`` plus 30) gets
    an error row; the run goes on. ``executor`` sends the work to any
    ``concurrent.futures.Executor`` instead (e.g. ``dask.distributed``'s), which then
    owns crash recovery. ``blind=True`` identifies rows by an anonymous id (a hash of
    the file and ``salt``; default: a random salt per call, so pass one to get the
    same ids again) and removes personal details from every text shown.
    ``assertion_rules`` (a rules file or ``AssertionRules``) judge the resumes' mentions,
    as in :func:`resumematch.check`.
    ``engine`` defaults to ``DEFAULT_PDF_ENGINE``, the one of every command
    (docs/extraction.md, "PDF engines").

    The job is analysed before this returns, so a bad posting raises at once. Rows
    come unranked (``rank=None``): pass them to :func:`ranked` for the final order.
    """
    vocabulary = resolve_vocabulary(vocab)
    from ..api import analyze, require_scorable

    if not isinstance(job, JobProfile):
        job = analyze(job, vocab=vocabulary, limits=limits)
    require_scorable(job, vocabulary)
    if salt is None:
        salt = new_salt() if blind else ""
    rules = resolve_rules(assertion_rules)
    context = _Context(job, vocabulary, blind, salt, limits, weights, engine, password, rules)
    paths = _resume_paths(resumes)
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 0:
        raise ValueError("workers must be 0 (this process) or more")
    if hard_timeout is None:
        hard_timeout = (limits or ExtractLimits()).timeout_seconds * 2 + 30
    return _rows(paths, context, workers, executor, hard_timeout)


def _rows(
    paths: Iterator[str], context: _Context, workers: int, executor: Executor | None, hard_timeout: float
) -> Iterator[RankRow]:
    if executor is None and workers == 0:
        _install(context)
        for path in paths:
            yield score_file(path, context)
        return
    results: Iterator[tuple[str, RankRow | TaskFailure[str]]]
    if executor is not None:
        window = 4 * max(workers, 1)
        results = imap_executor(partial(_with_context, context), paths, executor=executor, window=window)
    else:
        results = imap_isolated(
            _installed,
            paths,
            workers=workers,
            initializer=_install_worker,
            initargs=(context,),
            hard_timeout=hard_timeout,
            recycle_after=RECYCLE_AFTER,
        )
    for _path, result in results:
        yield _failure_row(result, context) if isinstance(result, TaskFailure) else result
