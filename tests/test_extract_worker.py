"""The reusable extraction worker (extract/worker.py): one worker for many files, replaced
after a file that hits a limit or crashes, so that the next file reads normally."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator

import pytest
from hostile import flate_bomb_pdf, self_reference_pdf
from makers import make_pdf

from resumematch import ExtractLimits, extract
from resumematch.errors import CorruptFileError, ExtractionTimeoutError, MemoryLimitError
from resumematch.extract import deferred, worker
from resumematch.extract.sandbox import can_isolate, run_limited

pytestmark = pytest.mark.skipif(not can_isolate() or not sys.platform.startswith("linux"), reason="Linux limits")


@pytest.fixture
def fresh_worker() -> Iterator[None]:
    """Each test starts without a worker and leaves none behind."""
    worker.stop_worker()
    yield
    worker.stop_worker()


def _resume() -> bytes:
    return make_pdf(["Registered Nurse\nEpic EHR, BLS certified"])


def test_one_worker_reads_file_after_file(fresh_worker: None) -> None:
    assert "Registered Nurse" in extract(_resume()).text
    first = worker.worker_pid()
    assert first is not None and first != os.getpid()
    assert "Epic" in extract(_resume()).text
    assert worker.worker_pid() == first


def test_a_worker_that_ran_out_of_memory_is_replaced(fresh_worker: None) -> None:
    extract(_resume())
    first = worker.worker_pid()
    with pytest.raises(MemoryLimitError):
        extract(flate_bomb_pdf(400), limits=ExtractLimits(max_memory_bytes=256 << 20))
    assert "Registered Nurse" in extract(_resume()).text
    assert worker.worker_pid() not in (None, first)


def test_a_worker_past_its_time_limit_is_killed_and_replaced(fresh_worker: None) -> None:
    extract(_resume())
    first = worker.worker_pid()
    with pytest.raises(ExtractionTimeoutError):
        extract(self_reference_pdf(), engine="pdfplumber", limits=ExtractLimits(timeout_seconds=0.5))
    assert worker.worker_pid() is None
    assert "Registered Nurse" in extract(_resume()).text
    assert worker.worker_pid() not in (None, first)


def test_a_crashed_worker_is_replaced(fresh_worker: None) -> None:
    extract(_resume())
    first = worker.worker_pid()
    with pytest.raises(CorruptFileError, match="crashed"):
        run_limited(os._exit, (3,), limits=ExtractLimits(), name="crash.pdf")  # dies without a word
    assert "Registered Nurse" in extract(_resume()).text
    assert worker.worker_pid() not in (None, first)


def _wait_until_exited(pid: int) -> None:
    """Until the killed worker is a zombie (the signal is delivered asynchronously)."""
    for _ in range(1000):
        with open(f"/proc/{pid}/stat") as stat:
            if stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                return
        time.sleep(0.01)


def test_a_worker_killed_between_files_is_replaced(fresh_worker: None) -> None:
    extract(_resume())
    first = worker.worker_pid()
    assert first is not None
    os.kill(first, 9)
    _wait_until_exited(first)
    assert "Registered Nurse" in extract(_resume()).text
    assert worker.worker_pid() not in (None, first)


def test_fork_per_file_when_reuse_is_off(fresh_worker: None) -> None:
    worker.reuse_worker(False)
    try:
        assert "Registered Nurse" in extract(_resume()).text
        assert worker.worker_pid() is None
    finally:
        worker.reuse_worker(True)


def test_a_function_that_cannot_travel_runs_in_its_own_child(fresh_worker: None) -> None:
    parent = os.getpid()
    assert run_limited(lambda: os.getppid() == parent, (), limits=ExtractLimits(), name="x") is True


@pytest.mark.parametrize("reuse", [True, False])
def test_a_time_limit_too_large_for_select_still_reads_the_file(fresh_worker: None, reuse: bool) -> None:
    """``--timeout 1e300`` is a valid (if silly) limit; select() takes at most a time_t (found by Hypothesis)."""
    worker.reuse_worker(reuse)
    try:
        assert "Registered Nurse" in extract(_resume(), limits=ExtractLimits(timeout_seconds=1e300)).text
    finally:
        worker.reuse_worker(True)


_closed: list[int] = []


def _closes_waiting() -> int:
    """Note a close, and say how many wait for this process's answer (run in the worker)."""
    deferred.close_after(lambda: _closed.append(1))
    return len(deferred._pending or [])


def test_the_worker_closes_after_answering(fresh_worker: None) -> None:
    """The worker keeps a reader's closes until its answer is sent, then runs them before
    the next file; in this process a close runs at once."""
    limits = ExtractLimits()
    assert run_limited(_closes_waiting, (), limits=limits, name="a") == 1
    assert run_limited(_closes_waiting, (), limits=limits, name="b") == 1  # the first one's close has run
    assert run_limited(_closes_waiting, (), limits=ExtractLimits(isolate=False), name="c") == 0
    assert _closed == [1]


def test_closes_that_fail_do_not_stop_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deferred, "_pending", [])
    ran: list[str] = []
    deferred.close_after(lambda: ran.append("first"))
    deferred.close_after(lambda: 1 / 0)
    deferred.close_after(lambda: ran.append("third"))
    assert ran == []
    deferred.run_closes()
    assert ran == ["first", "third"]
    deferred.run_closes()  # nothing left
    assert ran == ["first", "third"]
