"""Run one function over many items in worker processes, losing only the items that
crash or hang a worker.

``concurrent.futures.ProcessPoolExecutor`` gives up entirely when one worker dies (a
segfault in a PDF parser, ``os._exit``, the OOM killer): every pending future fails with
``BrokenProcessPool`` and the pool is unusable. A batch of 100,000 resumes cannot stop
for one hostile file, so :func:`imap_isolated` wraps the standard pool:

* Items travel in *chunks*, sized so that a chunk is about :data:`_CHUNK_SECONDS` of
  work (one item at first, and whenever items are slow): the parent's cost per task
  (submitting, pickling, waking up for the result) is then paid once per chunk, not
  once per item, which matters where files take a few milliseconds each. An exception in the
  function is caught per item in the worker, so it costs that item only.
* At most two chunks per worker are in flight: one running, one queued so that no
  worker waits for the parent. The queue is first in, first out and any free worker
  takes the next chunk, so the ``workers`` oldest chunks in flight are the running
  ones, and only they can be blamed for a hang.
* When the pool breaks, the items that were in flight become *suspects*: a new pool
  is started and they are run again one at a time, so the one that breaks the pool
  again is known for certain and reported as crashed; the others get their results.
* A chunk running longer than ``hard_timeout`` seconds (a hang that the cooperative
  limits in :class:`~resumematch.extract.ExtractLimits` did not catch) has the pool's
  processes killed and a new pool take over. A chunk of one item is reported as timed
  out; the items of a longer chunk become suspects, so the one that hangs is known
  when it hangs again alone. Innocent chunks that were in flight are run again.
* With ``recycle_after``, a pool that has been given that many items per worker takes
  no more, finishes what it has, and is replaced by new processes. A long-lived worker
  only grows: spaCy keeps every distinct word it has seen (a lexeme and its string)
  for the life of the process, and a stream of real resumes brings new names, e-mail
  addresses and numbers with every file.

Results are yielded as they finish, in no particular order. Nothing here knows about
resumes; :mod:`resumematch.batch.ranking` supplies the function.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, cast

__all__ = ["TaskFailure", "imap_executor", "imap_isolated"]

_DEPTH = 2
"""Chunks in flight per worker: one running, one waiting in the pool's call queue, so a
worker never idles for the parent's round trip (measured: 1,000 resumes with the fast PDF
engine on 2 workers, 312 files/s with one per worker, 390 with two; three were no better)."""
_CHUNK_SECONDS = 0.05
"""The work one chunk should hold: long enough to make the parent's per-task cost small,
short enough that rows still stream and the last chunks share out evenly."""
_MAX_CHUNK = 32
_CRASHED = "the worker process died while handling this item"

T = TypeVar("T")
R = TypeVar("R")
_END = object()


@dataclass(frozen=True)
class TaskFailure(Generic[T]):
    """An item whose function call did not return: it crashed its worker, hung, or raised."""

    item: T
    kind: Literal["crashed", "timed_out", "error"]
    message: str


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop a pool whose workers may be stuck; ``shutdown`` alone would wait for them."""
    # ProcessPoolExecutor has no public way to kill its workers before Python 3.14
    # (terminate_workers); its process table is the documented-in-source way.
    processes = dict(getattr(pool, "_processes", None) or {})
    for process in processes.values():
        if process.is_alive():
            process.kill()
    for process in processes.values():
        process.join(timeout=5)
    pool.shutdown(wait=True, cancel_futures=True)


def _call_each(fn: Callable[[T], R], items: Sequence[T]) -> list[tuple[bool, R | str]]:
    """In a worker: ``fn`` on each item of a chunk; an exception is that item's failure, not the chunk's."""
    results: list[tuple[bool, R | str]] = []
    for item in items:
        try:
            results.append((True, fn(item)))
        except Exception as exc:
            results.append((False, f"{type(exc).__name__}: {exc}"))
    return results


class _ChunkSize:
    """How many items the next chunk holds: :data:`_CHUNK_SECONDS` over the recent seconds per item.

    A chunk's seconds count from its submission, so they include its wait in the queue
    behind the running chunk: the estimate errs towards smaller chunks.
    """

    def __init__(self) -> None:
        self.per_item: float | None = None

    def observe(self, seconds: float, items: int) -> None:
        sample = seconds / items
        self.per_item = sample if self.per_item is None else 0.7 * self.per_item + 0.3 * sample

    def __call__(self) -> int:
        if not self.per_item:
            return 1
        return max(1, min(_MAX_CHUNK, int(_CHUNK_SECONDS / self.per_item)))


def imap_isolated(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
    hard_timeout: float | None = None,
    recycle_after: int | None = None,
) -> Iterator[tuple[T, R | TaskFailure[T]]]:
    """Yield ``(item, fn(item))`` as calls finish, or ``(item, TaskFailure)`` for a call
    that raised, crashed its worker process or ran past ``hard_timeout`` seconds.

    Every item is yielded exactly once. ``initializer(*initargs)`` runs once per worker
    process (and again in the processes of a replacement pool). ``fn`` and the items
    must pickle (a function defined at module level; paths, strings, numbers).
    ``recycle_after``: replace the pool's processes once it has been given this many
    items per worker (``None``: never).
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if recycle_after is not None and recycle_after < 1:
        raise ValueError("recycle_after must be at least 1")
    pool_limit = recycle_after * workers if recycle_after is not None else None
    given = 0  # items submitted to the current pool
    source = iter(items)
    suspects: deque[T] = deque()  # were in flight when the pool broke: run one at a time
    retry: deque[T] = deque()  # innocent items interrupted by a hang: run normally
    singles: deque[T] = deque()  # their chunk failed as a whole (a result that does not pickle): one per chunk
    inflight: dict[Future[list[tuple[bool, R | str]]], tuple[list[T], float, bool]] = {}  # items, start, alone
    chunk_size = _ChunkSize()
    exhausted = False

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, initializer=initializer, initargs=initargs)

    def next_chunk() -> tuple[list[T], bool] | None:
        """The next chunk to submit and whether it must run alone, or ``None`` for none now."""
        nonlocal exhausted
        if suspects:
            return ([suspects.popleft()], True) if not inflight else None
        if singles:
            return [singles.popleft()], False
        size = chunk_size() if pool_limit is None else min(chunk_size(), pool_limit - given)
        chunk = [retry.popleft() for _ in range(min(size, len(retry)))]
        while len(chunk) < size and not exhausted:
            nxt = next(source, _END)
            if nxt is _END:
                exhausted = True
            else:
                chunk.append(nxt)  # type: ignore[arg-type]
        return (chunk, False) if chunk else None

    def more_work() -> bool:
        """Whether any item is left, looking one item ahead in the source if need be."""
        nonlocal exhausted
        if suspects or singles or retry:
            return True
        if not exhausted:
            nxt = next(source, _END)
            if nxt is not _END:
                retry.append(nxt)  # type: ignore[arg-type]  # runs first, as any item would
                return True
            exhausted = True
        return False

    pool = new_pool()
    try:
        while True:
            # Fill: suspects only into an empty pool, one at a time; others up to `workers` x depth.
            while len(inflight) < workers * _DEPTH and (pool_limit is None or given < pool_limit):
                planned = next_chunk()
                if planned is None:
                    break
                chunk, alone = planned
                try:
                    future = pool.submit(_call_each, fn, chunk)
                except BrokenProcessPool:  # broke since the last wait: retry them as suspects
                    suspects.extendleft(reversed(chunk))
                    if not inflight:
                        pool.shutdown(wait=True)
                        pool, given = new_pool(), 0
                        continue
                    break
                inflight[future] = (chunk, time.monotonic(), alone)
                given += len(chunk)
                if alone:
                    break
            if not inflight:
                if pool_limit is not None and given >= pool_limit and more_work():  # new processes for the rest
                    pool.shutdown(wait=True)
                    pool, given = new_pool(), 0
                    continue
                return
            done, _ = wait(inflight, timeout=1.0 if hard_timeout else None, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                chunk, started, alone = inflight.pop(future)
                try:
                    results = future.result()
                except BrokenProcessPool:
                    broken = True
                    if alone:
                        yield chunk[0], TaskFailure(chunk[0], "crashed", _CRASHED)
                    else:
                        suspects.extend(chunk)
                    continue
                except Exception as exc:  # the chunk as a whole failed: each item on its own, or its failure
                    if len(chunk) > 1:
                        singles.extend(chunk)
                    else:
                        yield chunk[0], TaskFailure(chunk[0], "error", f"{type(exc).__name__}: {exc}")
                    continue
                chunk_size.observe(time.monotonic() - started, len(chunk))
                for item, (ok, value) in zip(chunk, results, strict=True):
                    yield item, (value if ok else TaskFailure(item, "error", cast(str, value)))  # type: ignore[misc]
            now = time.monotonic()
            running = sorted(inflight.items(), key=lambda entry: entry[1][1])[:workers]
            hung = [f for f, (_, started, _) in running if hard_timeout and now - started > hard_timeout]
            if hung:
                for future in hung:
                    chunk, _started, _alone = inflight.pop(future)
                    if len(chunk) == 1:
                        item = chunk[0]
                        yield item, TaskFailure(item, "timed_out", f"the worker was stopped after {hard_timeout:g} s")
                    else:
                        suspects.extend(chunk)  # which of them hangs shows when each runs alone
                retry.extend(item for chunk, _, _ in inflight.values() for item in chunk)
                inflight.clear()
                _kill(pool)
                pool, given = new_pool(), 0
            elif broken and not inflight:
                pool.shutdown(wait=True)
                pool, given = new_pool(), 0
    finally:
        if inflight:
            _kill(pool)
        else:
            pool.shutdown(wait=True)


def imap_executor(
    fn: Callable[[T], R], items: Iterable[T], *, executor: Executor, window: int
) -> Iterator[tuple[T, R | TaskFailure[T]]]:
    """Like :func:`imap_isolated` on an executor the caller owns (e.g. Dask's).

    At most ``window`` calls are pending at once, so a million items never sit in
    memory together. Crash and hang recovery are the executor's business (Dask
    retries tasks of a lost worker); an exception becomes a ``TaskFailure``.
    """
    source = iter(items)
    inflight: dict[Future[R], T] = {}
    exhausted = False
    try:
        while True:
            while not exhausted and len(inflight) < window:
                nxt = next(source, _END)
                if nxt is _END:
                    exhausted = True
                    break
                inflight[executor.submit(fn, nxt)] = nxt  # type: ignore[arg-type, assignment]
            if not inflight:
                return
            done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            for future in done:
                item = inflight.pop(future)
                try:
                    yield item, future.result()
                except Exception as exc:
                    yield item, TaskFailure(item, "error", f"{type(exc).__name__}: {exc}")
    finally:
        for future in inflight:
            future.cancel()
