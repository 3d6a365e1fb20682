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
The rows live in ``rows``, the expansion of paths in ``inputs``, and the work on one
file in ``file_scoring``; this module holds the entry point and its process pool.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Executor
from functools import partial

from ..errors import InputError
from ..extract import DEFAULT_PDF_ENGINE, ExtractLimits, PdfEngine
from ..match.pipeline import RulesSpec, Source, VocabSpec, resolve_rules, resolve_vocabulary
from ..models import JobProfile
from ..scoring.part_worth import ScoreWeights
from .blind import new_salt
from .file_scoring import (
    RankContext,
    blind_id,
    failure_row,
    install,
    install_worker,
    score_file,
    score_installed,
    score_with_context,
)
from .inputs import collect_resumes, resume_paths
from .pool_limits import MAX_WORKERS
from .rows import RankRow, RowError, RowTerm, ranked, row_key
from .workers import TaskFailure, imap_executor, imap_isolated

__all__ = [
    "MAX_WORKERS",
    "RECYCLE_AFTER",
    "RankRow",
    "RowError",
    "RowTerm",
    "blind_id",
    "collect_resumes",
    "rank",
    "ranked",
    "row_key",
    "score_file",
]

RECYCLE_AFTER = 10_000
"""Files per worker process before new ones take over: spaCy keeps every word a process
has seen, so a worker grows without end on varied resumes (figures in docs/batch.md)."""


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
) -> Generator[RankRow, None, None]:
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

    ``workers`` above :data:`~resumematch.batch.pool_limits.MAX_WORKERS` (256) raise
    :class:`~resumematch.errors.InputError` before any work, as ``--workers`` does.
    The job is analysed before this returns, so a bad posting raises at once. Rows
    come unranked (``rank=None``): pass them to :func:`ranked` for the final order;
    ``close()`` the generator to stop the workers early.
    """
    # Before the posting is read: a bad count fails at once, whatever the posting costs.
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 0:
        raise ValueError("workers must be 0 (this process) or more")
    if workers > MAX_WORKERS and executor is None:
        raise InputError(
            f"workers={workers:,} would start that many processes at once; "
            f"give at most {MAX_WORKERS} (one or two per core is the fastest; 0 ranks in this process)."
        )
    vocabulary = resolve_vocabulary(vocab)
    from ..api import analyze, require_scorable

    if not isinstance(job, JobProfile):
        job = analyze(job, vocab=vocabulary, limits=limits)
    require_scorable(job, vocabulary)
    if salt is None:
        salt = new_salt() if blind else ""
    rules = resolve_rules(assertion_rules)
    context = RankContext(job, vocabulary, blind, salt, limits, weights, engine, password, rules)
    paths = resume_paths(resumes)
    if hard_timeout is None:
        hard_timeout = (limits or ExtractLimits()).timeout_seconds * 2 + 30
    return _rows(paths, context, workers, executor, hard_timeout)


def _rows(
    paths: Iterator[str], context: RankContext, workers: int, executor: Executor | None, hard_timeout: float
) -> Generator[RankRow, None, None]:
    if executor is None and workers == 0:
        install(context)
        for path in paths:
            yield score_file(path, context)
        return
    results: Iterator[tuple[str, RankRow | TaskFailure[str]]]
    if executor is not None:
        window = 4 * max(workers, 1)
        results = imap_executor(partial(score_with_context, context), paths, executor=executor, window=window)
    else:
        results = imap_isolated(
            score_installed,
            paths,
            workers=workers,
            initializer=install_worker,
            initargs=(context,),
            hard_timeout=hard_timeout,
            recycle_after=RECYCLE_AFTER,
        )
    for _path, result in results:
        yield failure_row(result, context) if isinstance(result, TaskFailure) else result
