"""A batch that one file name or one signal cannot break: odd names are escaped, workers
die with their parent (SIGKILL included), SIGTERM and Ctrl-C stop with one line."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile import self_reference_pdf

from resumematch.cli import main

ROOT = Path(__file__).resolve().parents[1]
JOB = str(ROOT / "examples" / "jobs" / "clinical-coordinator.txt")
STRONG = (ROOT / "examples" / "resumes" / "strong-fit-rn.txt").read_text(encoding="utf-8")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process semantics")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json", "table"])
def test_a_non_utf8_file_name_is_escaped_and_resumable(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plain.txt").write_text(STRONG, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"r\xe9sum\xe9\n.txt"), "w", encoding="utf-8") as handle:
        handle.write(STRONG)
    out = tmp_path / f"rows.{fmt}"
    code, _, err = run("rank", str(folder), "--job", JOB, "-f", fmt, "-o", str(out), "--workers", "0")
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    if fmt in ("json", "jsonl"):
        text = json.dumps([json.loads(line.rstrip(",")) for line in text.splitlines() if line not in "[]"])
        text = text.replace("\\\\", "\\")
    assert "r\\xe9sum\\xe9\\x0a.txt" in text
    if fmt != "table":
        code, _, err = run("rank", str(folder), "--job", JOB, "-f", fmt, "-o", str(out), "--resume")
        assert code == 0 and "(2 already in" in err, err


_CLI = "from resumematch.cli import console_main; raise SystemExit(console_main())"  # as the command runs it


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture()
def slow_run(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A rank command whose two workers are busy with slow files; yields (process, workers)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(4):  # pdfminer loops on each until the time limit
        (folder / f"loop{index}.pdf").write_bytes(self_reference_pdf())
    for index in range(4):
        (folder / f"r{index}.txt").write_text(STRONG, encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    argv = [sys.executable, "-c", _CLI, "rank", str(folder), "--job", JOB, "-f", "jsonl", "-o", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [*argv, "--workers", "2", "--timeout", "60", "--engine", "pdfplumber"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.2)
        workers = _children(process.pid)
    assert len(workers) >= 2
    time.sleep(1.0)  # the workers are looping in pdfminer now
    yield process, workers, out
    if process.poll() is None:
        process.kill()
        process.wait()
    if process.stderr is not None:
        process.stderr.close()


def _gone(pids: set[int], within: float = 5.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(_alive(pid) for pid in pids):
            return True
        time.sleep(0.1)
    return False


def test_workers_die_with_a_killed_parent(slow_run) -> None:  # type: ignore[no-untyped-def]
    process, workers, _out = slow_run
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert _gone(workers)


@pytest.mark.parametrize(("sig", "code", "said"), [(signal.SIGTERM, 143, "SIGTERM"), (signal.SIGINT, 130, "SIGINT")])
def test_a_signal_stops_the_run_with_one_line(slow_run, sig: int, code: int, said: str) -> None:  # type: ignore[no-untyped-def]
    process, workers, out = slow_run
    started = time.monotonic()
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == code, stderr
    assert time.monotonic() - started < 10
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and said in lines[0] and "--resume" in lines[0], stderr
    assert _gone(workers)
    partial = Path(f"{out}.partial")
    assert all(json.loads(line) for line in partial.read_text(encoding="utf-8").splitlines())
