"""A reusable extraction worker: the sandbox's limits without a fork per file.

Forking a child per file (``sandbox.run_in_child``) copies the page tables of a process
that holds spaCy, which costs more than reading a one-page resume (figures in
docs/extraction.md). So the first limited extraction forks one worker and later files are
sent to it through a pipe, one at a time. The limits are the same as a child's:

* before each file the worker sets ``RLIMIT_AS`` to its address space then plus
  ``max_memory_bytes`` (and lifts it again after), and its parent kills it
  (``SIGKILL``) one second after ``timeout_seconds``;
* a worker that was killed, crashed or ran out of memory is replaced on the next file,
  and one that served ``FILES_PER_WORKER`` files retires (whatever a parser leaked or
  fragmented goes with it);
* it dies with its parent (``PR_SET_PDEATHSIG``) and leaves when its pipe closes.

The worker is a fork of the caller, so it reads files with the code the caller had
imported when it started; ``fn`` travels by name (pickle). A call that finds the worker
busy (another thread) or ``fn`` not picklable raises :class:`WorkerBusy`, and the
caller forks a child for that file as before.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import select
import signal
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from . import deferred
from .limits import ExtractLimits
from .sandbox import (
    GRACE_SECONDS,
    _address_space,
    _detach_signals,
    _outcome,
    _resident,
    _write_all,
    die_with_parent,
    timeout_error,
    verdict,
)

__all__ = ["FILES_PER_WORKER", "WorkerBusy", "reuse_worker", "run_in_worker", "stop_worker", "worker_pid"]

T = TypeVar("T")

FILES_PER_WORKER = 500
"""Files a worker reads before it is replaced."""

_HEADER = struct.Struct("<Q")  # the length of the pickled message that follows
_OUT_OF_MEMORY = pickle.dumps(("memory", None))  # what sandbox._outcome sends for a MemoryError


class WorkerBusy(Exception):
    """The reusable worker cannot take this call; fork a child for it instead."""


@dataclass
class _Worker:
    pid: int
    requests: int  # the parent's end of the pipe to the worker
    results: int  # the parent's end of the pipe from the worker
    owner: int  # the process that forked it (a fork of the owner must not use it)
    files: int = 0
    peak_kb: int = 0  # the worker's peak resident memory after its last file

    def close_pipes(self) -> None:
        for fd in (self.requests, self.results):
            with contextlib.suppress(OSError):
                os.close(fd)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)

    def close(self, *, kill: bool) -> None:
        """Close the pipes, kill the worker if asked, and reap it."""
        self.close_pipes()
        if kill:
            self.kill()
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


_state: dict[str, Any] = {"worker": None, "reuse": True}
_lock = threading.Lock()


def reuse_worker(enabled: bool) -> None:
    """Send files to the reusable worker (the default) or fork a child per file
    (``False``: the previous behaviour, kept for benchmarks; a running worker waits)."""
    _state["reuse"] = enabled


def stop_worker() -> None:
    """End the running worker, if any; the next limited extraction starts a new one."""
    with _lock:
        _retire()


def worker_pid() -> int | None:
    """The process id of the running worker, if there is one (for tests)."""
    worker: _Worker | None = _state["worker"]
    return worker.pid if worker is not None and worker.owner == os.getpid() else None


def _retire(*, kill: bool = False) -> None:
    worker: _Worker | None = _state["worker"]
    _state["worker"] = None
    if worker is not None and worker.owner == os.getpid():
        worker.close(kill=kill)


atexit.register(_retire)


def _serve(requests: int, results: int) -> None:  # pragma: no cover - runs in the worker
    """The worker's life: a file at a time under its limits, until its pipe closes."""
    import resource

    code = 0
    try:
        die_with_parent()
        _detach_signals()
        deferred.defer_closes()  # a reader's clean-up waits until its answer is sent
        unlimited = resource.getrlimit(resource.RLIMIT_AS)
        while True:
            message = _receive(requests)
            if message is None:
                break
            fn, args, max_memory = pickle.loads(message)
            base = _address_space()
            if base is not None:
                soft = base + max_memory
                if unlimited[1] != resource.RLIM_INFINITY:
                    soft = min(soft, unlimited[1])
                resource.setrlimit(resource.RLIMIT_AS, (soft, unlimited[1]))
            try:
                payload = _outcome(fn, args)
            finally:
                resource.setrlimit(resource.RLIMIT_AS, unlimited)
            peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            _write_all(results, _HEADER.pack(len(payload) + 8) + struct.pack("<Q", peak_kb) + payload)
            if payload == _OUT_OF_MEMORY:
                break  # a parser that ran out of memory may have left C state half made
            deferred.run_closes()  # while the caller reads the answer
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def _receive(fd: int) -> bytes | None:
    """One length-prefixed message, or None at the end of the pipe."""
    header = _read_exactly(fd, _HEADER.size)
    if header is None:
        return None
    return _read_exactly(fd, _HEADER.unpack(header)[0])


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _start() -> _Worker:
    to_worker_read, to_worker_write = os.pipe()
    from_worker_read, from_worker_write = os.pipe()
    resident_kb = _resident() // 1024
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the worker's coverage is not collected
        os.close(to_worker_write)
        os.close(from_worker_read)
        _serve(to_worker_read, from_worker_write)
    os.close(to_worker_read)
    os.close(from_worker_write)
    # A fork starts with its parent's resident pages: growth is measured from there.
    return _Worker(pid, to_worker_write, from_worker_read, os.getpid(), peak_kb=resident_kb)


def _alive(worker: _Worker) -> bool:
    """Whether the worker still runs (it may have been killed between files)."""
    try:
        pid, _status = os.waitpid(worker.pid, os.WNOHANG)
    except ChildProcessError:
        return False
    return pid == 0


def _ready_worker() -> _Worker:
    worker: _Worker | None = _state["worker"]
    if worker is not None and worker.owner != os.getpid():
        # This process is a fork of the worker's owner: the pipes are copies; let them go.
        worker.close_pipes()
        worker = None
    if worker is not None and (worker.files >= FILES_PER_WORKER or not _alive(worker)):
        worker.close(kill=True)
        worker = None
    if worker is None:
        worker = _state["worker"] = _start()
    return worker


def run_in_worker(fn: Callable[..., T], args: tuple[Any, ...], *, limits: ExtractLimits, name: str) -> T:
    """``fn(*args)`` in the reusable worker under ``limits``; its result or its error
    (the same errors as :func:`~resumematch.extract.sandbox.run_limited`)."""
    if not _state["reuse"]:
        raise WorkerBusy
    try:
        message = pickle.dumps((fn, args, limits.max_memory_bytes), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # a local function or an object that does not pickle
        raise WorkerBusy from exc
    if not _lock.acquire(blocking=False):
        raise WorkerBusy
    try:
        return _exchange(message, limits, name)  # type: ignore[no-any-return]
    finally:
        _lock.release()


def _exchange(message: bytes, limits: ExtractLimits, name: str) -> Any:
    worker = _ready_worker()
    try:
        _write_all(worker.requests, _HEADER.pack(len(message)) + message)
    except BrokenPipeError:  # it died just now: one new worker, once
        _retire(kill=True)
        worker = _ready_worker()
        _write_all(worker.requests, _HEADER.pack(len(message)) + message)
    worker.files += 1
    deadline = time.monotonic() + limits.timeout_seconds + GRACE_SECONDS
    reply = b""
    expected: int | None = None
    done = False
    try:
        while expected is None or len(reply) < expected:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            # select() takes at most a time_t: a --timeout of 1e300 waits in hour-long steps.
            ready, _, _ = select.select([worker.results], [], [], min(remaining, 3600.0))
            if not ready:
                continue
            chunk = os.read(worker.results, 1 << 20)
            if not chunk:
                break
            reply += chunk
            if expected is None and len(reply) >= _HEADER.size:
                expected = _HEADER.size + _HEADER.unpack_from(reply)[0]
        done = True
    finally:
        if not done:  # the caller was interrupted: the worker's state is unknown
            _retire(kill=True)
    if expected is None or len(reply) < expected:
        return _lost(worker, limits, name, timed_out=time.monotonic() >= deadline)
    peak_kb = struct.unpack_from("<Q", reply, _HEADER.size)[0]
    grown = max(0, peak_kb - worker.peak_kb) * 1024
    worker.peak_kb = peak_kb
    try:
        kind, value = pickle.loads(reply[_HEADER.size + 8 :])
    except Exception:
        kind, value = "died", None
    if kind in ("memory", "died"):
        _retire(kill=True)
    return verdict(kind, value, grown=grown, status=0, limits=limits, name=name)


def _lost(worker: _Worker, limits: ExtractLimits, name: str, *, timed_out: bool) -> Any:
    """The worker sent no whole answer: past the deadline (killed) or dead (a crash)."""
    _state["worker"] = None
    worker.close_pipes()
    if timed_out:
        worker.kill()
    _pid, status, usage = os.wait4(worker.pid, 0)
    if timed_out:
        raise timeout_error(name, limits)
    # A new peak past half the limit during this file: it ran out of memory in C code.
    grown = (usage.ru_maxrss - worker.peak_kb) * 1024 if usage.ru_maxrss > worker.peak_kb else 0
    return verdict("died", None, grown=grown, status=status, limits=limits, name=name)
