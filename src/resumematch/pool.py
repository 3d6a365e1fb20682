"""Run one function over many items in worker processes, losing only the items that
crash or hang a worker.

``concurrent.futures.ProcessPoolExecutor`` gives up entirely when one worker dies (a
segfault in a PDF parser, ``os._exit``, the OOM killer): every pending future fails with
``BrokenProcessPool`` and the pool is unusable. A batch of 100,000 resumes cannot stop
for one hostile file, so :func:`imap_isolated` wraps the standard pool:

* At most two items per worker are in flight: one running, one queued so that no worker
  waits for the parent between files. The queue is first in, first out and any free
  worker takes the next item, so the ``workers`` oldest items in flight are the running
  ones, and only they can be blamed for a hang.
* When the pool breaks, the items that were in flight become *suspects*: a new pool
  is started and they are run again one at a time, so the one that breaks the pool
  again is known for certain and reported as crashed; the others get their results.
* An item running longer than ``hard_timeout`` seconds (a hang that the cooperative
  limits in :class:`~resumematch.extract.ExtractLimits` did not catch) is reported as
  timed out; the pool's processes are killed and a new pool takes over, and the
  innocent items that were in flight are run again.

Results are yielded as they finish, in no particular order. Nothing here knows about
resumes; :mod:`resumematch.batch` supplies the function.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

__all__ = ["TaskFailure", "imap_executor", "imap_isolated"]

_DEPTH = 2
"""Items in flight per worker: one running, one waiting in the pool's call queue, so a
worker never idles for the parent's round trip (measured: 1,000 resumes with the fast PDF
engine on 2 workers, 312 files/s with one per worker, 390 with two; three were no better)."""

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


def imap_isolated(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
    hard_timeout: float | None = None,
) -> Iterator[tuple[T, R | TaskFailure[T]]]:
    """Yield ``(item, fn(item))`` as calls finish, or ``(item, TaskFailure)`` for a call
    that raised, crashed its worker process or ran past ``hard_timeout`` seconds.

    Every item is yielded exactly once. ``initializer(*initargs)`` runs once per worker
    process (and again in the processes of a replacement pool).
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    source = iter(items)
    suspects: deque[T] = deque()  # were in flight when the pool broke: run one at a time
    retry: deque[T] = deque()  # innocent items interrupted by a hang: run normally
    inflight: dict[Future[R], tuple[T, float, bool]] = {}  # item, start, ran alone
    exhausted = False

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, initializer=initializer, initargs=initargs)

    pool = new_pool()
    try:
        while True:
            # Fill: suspects only into an empty pool, one at a time; others up to `workers`.
            while len(inflight) < workers * _DEPTH:
                if suspects:
                    if inflight:
                        break
                    item, alone = suspects.popleft(), True
                elif retry:
                    item, alone = retry.popleft(), False
                elif not exhausted:
                    nxt = next(source, _END)
                    if nxt is _END:
                        exhausted = True
                        break
                    item, alone = nxt, False  # type: ignore[assignment]
                else:
                    break
                try:
                    future = pool.submit(fn, item)
                except BrokenProcessPool:  # broke since the last wait: retry it as a suspect
                    suspects.appendleft(item)
                    if not inflight:
                        pool.shutdown(wait=True)
                        pool = new_pool()
                        continue
                    break
                inflight[future] = (item, time.monotonic(), alone)
                if alone:
                    break
            if not inflight:
                return
            done, _ = wait(inflight, timeout=1.0 if hard_timeout else None, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                item, _started, alone = inflight.pop(future)
                try:
                    yield item, future.result()
                except BrokenProcessPool:
                    broken = True
                    if alone:
                        yield item, TaskFailure(item, "crashed", "the worker process died while handling this item")
                    else:
                        suspects.append(item)
                except Exception as exc:  # the call raised: report it, keep going
                    yield item, TaskFailure(item, "error", f"{type(exc).__name__}: {exc}")
            now = time.monotonic()
            running = sorted(inflight.items(), key=lambda entry: entry[1][1])[:workers]
            hung = [f for f, (_, started, _) in running if hard_timeout and now - started > hard_timeout]
            if hung:
                for future in hung:
                    item, _started, _alone = inflight.pop(future)
                    yield item, TaskFailure(item, "timed_out", f"the worker was stopped after {hard_timeout:g} s")
                retry.extend(item for item, _, _ in inflight.values())
                inflight.clear()
                _kill(pool)
                pool = new_pool()
            elif broken and not inflight:
                pool.shutdown(wait=True)
                pool = new_pool()
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
