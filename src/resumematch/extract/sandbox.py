"""Parse an untrusted document in a child process whose time and memory are bounded.

The cooperative limits of :class:`~resumematch.extract.ExtractLimits` (a deadline
checked between pages and every 64 glyphs) cannot stop C code: PDFium drawing a form
that draws itself, zlib inflating a flate bomb, lxml building the tree of a huge part,
pdfminer resolving an object that refers to itself. A limit that holds for them must
come from outside the parser, so :func:`run_limited` sends the call to a reusable
worker process (``worker.py``: the same limits per file, without a fork per file), or
forks a child for it (:func:`run_in_child`) that

* sets ``RLIMIT_AS`` to its address space at the fork plus ``max_memory_bytes``: an
  allocation past it fails (``MemoryError`` in Python, a failed ``malloc`` in C, which
  PDFium answers by aborting) instead of growing the machine into swap or the OOM killer;
* asks the kernel to kill it if its parent dies (``PR_SET_PDEATHSIG`` on Linux), so
  that no parser outlives a killed ``rank``;
* runs the parser and sends its result back pickled through a pipe,

and the parent waits for the result until ``timeout_seconds`` plus one second has
passed, then kills the child (``SIGKILL``: nothing in C can ignore it). The error says
which limit was hit and how to raise it.

``fork`` is cheap here because the parent has already imported the parser's modules
(the child shares their pages) and the child never returns to the caller's code: it
leaves through ``os._exit``. The cost is measured in ``benchmarks/sandbox.py``
(docs/extraction.md). Where there is no ``fork`` (Windows) or ``ExtractLimits.isolate``
is false, the parser runs in this process with the cooperative limits only.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from ..errors import CorruptFileError, ExtractionTimeoutError, MemoryLimitError, ResumeMatchError
from . import deferred
from .limits import MB, ExtractLimits

__all__ = [
    "GRACE_SECONDS",
    "can_isolate",
    "die_with_parent",
    "limit_this_process_instead",
    "limits_in_this_process",
    "memory_error",
    "run_in_child",
    "run_limited",
    "timeout_error",
    "verdict",
]

T = TypeVar("T")

GRACE_SECONDS = 1.0
"""How long after ``timeout_seconds`` the parent kills the child: long enough for the
child's own deadline check to report where it stopped, short enough that a hang costs
the limit plus about one second."""

_PR_SET_PDEATHSIG = 1


def die_with_parent(sig: int = signal.SIGKILL) -> bool:
    """Ask Linux to send ``sig`` to this process when its parent dies; False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() == 1:  # the parent died before the request: nobody is left to send it
        os._exit(1)
    return True


def _address_space() -> int | None:
    """This process's virtual memory size in bytes (Linux), or None where unknown."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _resident() -> int:
    """This process's resident memory in bytes (Linux), 0 where unknown."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _limit_memory(extra: int) -> None:
    import resource

    base = _address_space()
    if base is None:
        return  # no way to tell what the child already maps: a fixed cap could fail at once
    limit = base + extra
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def can_isolate() -> bool:
    """Whether this platform can run a parser in a limited child (``fork`` and ``resource``)."""
    if not hasattr(os, "fork"):
        return False
    try:
        import resource  # noqa: F401
    except ImportError:  # pragma: no cover - Windows
        return False
    return True


def _outcome(fn: Callable[..., Any], args: tuple[Any, ...]) -> bytes:
    """``fn(*args)``'s result or failure, pickled for the parent (a child's or worker's side)."""
    try:
        return pickle.dumps(("ok", fn(*args)), protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        return pickle.dumps(("memory", None))
    except ResumeMatchError as exc:
        try:
            return pickle.dumps(("raise", exc), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            return pickle.dumps(("error", (type(exc).__name__, str(exc))))
    except BaseException as exc:  # a parser's own failure: the parent words it
        return pickle.dumps(("error", (type(exc).__name__, str(exc)[:500])))


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _detach_signals() -> None:
    """A child takes no part in the caller's signal handling: a Ctrl-C goes to the
    parent, which kills the child; the child leaves only through ``os._exit``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    import faulthandler

    faulthandler.disable()  # a parser that aborts is reported by the parent, in one line


def _child(fn: Callable[..., Any], args: tuple[Any, ...], limits: ExtractLimits, fd: int) -> None:
    """The child's whole life: limits, the call, the result down the pipe. Never returns."""
    code = 0
    try:
        die_with_parent()
        _detach_signals()
        _limit_memory(limits.max_memory_bytes)
        deferred.defer_closes()  # never run: the child's exit frees everything
        _write_all(fd, _outcome(fn, args))
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def timeout_error(name: str, limits: ExtractLimits) -> ExtractionTimeoutError:
    return ExtractionTimeoutError(
        f"{name}: reading took longer than the {limits.timeout_seconds:g} s time limit and was stopped "
        "(an unusually complex or hostile file); if it is genuine, raise ExtractLimits.timeout_seconds "
        "(CLI: --timeout SECONDS)."
    )


def memory_error(name: str, limits: ExtractLimits) -> MemoryLimitError:
    return MemoryLimitError(
        f"{name}: reading needed more than the {limits.max_memory_bytes / MB:,.0f} MB memory limit and was "
        "stopped (an unusually complex or hostile file, e.g. a compression bomb); if it is genuine, raise "
        "ExtractLimits.max_memory_bytes (CLI: --max-memory MB)."
    )


_this_process = [False]


def limit_this_process_instead() -> None:
    """Make :func:`run_limited` apply the limits to this process instead of forking a
    child: for a process that is disposable and watched from outside (``rank``'s
    workers, whose pool replaces a worker that dies and kills one that hangs)."""
    _this_process[0] = True


@contextlib.contextmanager
def limits_in_this_process(limits: ExtractLimits, name: str) -> Iterator[None]:
    """The same limits for a process that is itself disposable (``rank``'s workers).

    Forking a child in a process that holds spaCy copies the page tables of a few hundred
    MB, which costs more than reading a typical resume (docs/batch.md), so a worker of
    ``rank`` carries the limits itself: ``RLIMIT_AS`` at its size now plus
    ``max_memory_bytes`` (a failed allocation in Python becomes
    :class:`~resumematch.errors.MemoryLimitError`; one in C ends the worker, which
    the pool reports for that file) and a ``SIGALRM`` after ``timeout_seconds``, whose
    handler stops any Python code (pdfminer, python-docx) with
    :class:`~resumematch.errors.ExtractionTimeoutError`. C code that loops without
    allocating is stopped by the pool's hard timeout (docs/batch.md). Main thread only.
    """
    import resource

    old_limit = resource.getrlimit(resource.RLIMIT_AS)
    base = _address_space()
    if base is not None:
        soft = base + limits.max_memory_bytes
        if old_limit[1] != resource.RLIM_INFINITY:
            soft = min(soft, old_limit[1])
        resource.setrlimit(resource.RLIMIT_AS, (soft, old_limit[1]))

    fired = [False]

    def on_alarm(signum: int, frame: object) -> None:
        fired[0] = True
        raise timeout_error(name, limits)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    # Again every half second: a parser's own "except Exception" may swallow the first.
    signal.setitimer(signal.ITIMER_REAL, limits.timeout_seconds, 0.5)
    try:
        yield
        if fired[0]:  # swallowed, and the parser went on to finish: still past the limit
            raise timeout_error(name, limits)
    except MemoryError:
        raise memory_error(name, limits) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        resource.setrlimit(resource.RLIMIT_AS, old_limit)


def run_limited(fn: Callable[..., T], args: tuple[Any, ...], *, limits: ExtractLimits, name: str) -> T:
    """``fn(*args)`` in a child under ``limits``' memory and time; its result or its error.

    Raises :class:`~resumematch.errors.ExtractionTimeoutError` when the child runs past
    ``timeout_seconds`` (it is killed), :class:`~resumematch.errors.MemoryLimitError`
    when it needs more than ``max_memory_bytes``, the child's own
    :class:`~resumematch.errors.ResumeMatchError` as it raised it, and
    :class:`~resumematch.errors.CorruptFileError` when the parser crashed or failed.
    ``fn``, its arguments' modules and its result type must be importable here: the
    child is a fork of this process and imports nothing new if the caller did.
    """
    if not limits.isolate or not can_isolate():
        return fn(*args)
    if _this_process[0] and threading.current_thread() is threading.main_thread():
        with limits_in_this_process(limits, name):
            return fn(*args)
    from .worker import WorkerBusy, run_in_worker

    try:
        return run_in_worker(fn, args, limits=limits, name=name)
    except WorkerBusy:
        return run_in_child(fn, args, limits=limits, name=name)


def run_in_child(fn: Callable[..., T], args: tuple[Any, ...], *, limits: ExtractLimits, name: str) -> T:
    """``fn(*args)`` in a child forked for this one call (:func:`run_limited`'s fallback
    when the reusable worker is busy or ``fn`` cannot be sent to it)."""
    read_fd, write_fd = os.pipe()
    rss_at_fork = _resident()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(read_fd)
        _child(fn, args, limits, write_fd)
    os.close(write_fd)
    started = time.monotonic()
    deadline = started + limits.timeout_seconds + GRACE_SECONDS
    chunks: list[bytes] = []
    finished = False
    status = 0
    usage: Any = None
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            # select() takes at most a time_t: a --timeout of 1e300 waits in hour-long steps.
            ready, _, _ = select.select([read_fd], [], [], min(remaining, 3600.0))
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                finished = True
                break
            chunks.append(chunk)
    finally:
        os.close(read_fd)
        if not finished:  # past the deadline, or the caller was interrupted: the child goes
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        _pid, status, usage = os.wait4(pid, 0)
    if not finished:
        raise timeout_error(name, limits)
    data = b"".join(chunks)
    try:
        kind, value = pickle.loads(data) if data else ("died", None)
    except Exception:
        kind, value = "died", None
    grown = usage.ru_maxrss * 1024 - rss_at_fork if usage is not None else 0
    return verdict(kind, value, grown=grown, status=status, limits=limits, name=name)  # type: ignore[no-any-return]


def verdict(kind: str, value: Any, *, grown: int, status: int, limits: ExtractLimits, name: str) -> Any:
    """The result a child or worker sent (``kind``, ``value``), or the error it stands for.

    ``kind`` is ``"died"`` when nothing came back; then ``grown`` (how far its peak
    resident memory rose during the file) tells a memory limit from a crash, and
    ``status`` (from ``wait``) names the crash.
    """
    if kind == "ok":
        return value
    if kind == "raise" and isinstance(value, ResumeMatchError):
        raise value
    if kind == "memory" or (kind == "died" and grown > limits.max_memory_bytes // 2):
        raise memory_error(name, limits)
    if kind == "error":
        type_name, message = value
        raise CorruptFileError(
            f"{name} could not be read ({type_name}: {message}); the file may be damaged: re-export it and try again."
        )
    how = (
        f"signal {os.WTERMSIG(status)}"
        if os.WIFSIGNALED(status)
        else f"exit status {os.waitstatus_to_exitcode(status)}"
    )
    raise CorruptFileError(
        f"{name}: the document parser crashed ({how}) on this file; the file may be damaged or hostile: "
        "re-export it and try again."
    )
