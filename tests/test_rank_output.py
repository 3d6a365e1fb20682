"""rank's output cannot lose or mix rows: checkpoint and rename, validation before any
write, no output over an input, --resume only for the same run (and after a SIGKILL)."""

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

from resumematch.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
JOB = str(EXAMPLES / "jobs" / "clinical-coordinator.txt")
STRONG = (EXAMPLES / "resumes" / "strong-fit-rn.txt").read_text(encoding="utf-8")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    resumes = tmp_path / "in"
    resumes.mkdir()
    for index in range(6):
        (resumes / f"r{index}.txt").write_text(STRONG + f"\nReference {index}\n", encoding="utf-8")
    return resumes


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_bad_job_leaves_the_output_as_it_was(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    assert run("rank", str(folder), "--job", JOB, "-f", "jsonl", "-o", str(out), "--workers", "0")[0] == 0
    before = out.read_bytes()
    bad_job = tmp_path / "job.txt"
    bad_job.write_text("We sell ice cream by the sea.", encoding="utf-8")
    code, _, err = run("rank", str(folder), "--job", str(bad_job), "-f", "jsonl", "-o", str(out), "--workers", "0")
    assert code == 1 and err.count("\n") == 1
    assert out.read_bytes() == before


def test_the_output_may_not_be_an_input(folder: Path, tmp_path: Path) -> None:
    job = tmp_path / "job.txt"
    job.write_text(Path(JOB).read_text(encoding="utf-8"), encoding="utf-8")
    before = job.read_bytes()
    resume = folder / "r0.txt"
    for argv in (
        ("rank", str(folder), "--job", str(job), "-o", str(job)),
        ("rank", str(resume), "--job", JOB, "-f", "csv", "-o", str(resume)),
        (
            "rank",
            str(folder),
            "--job",
            JOB,
            "--blind",
            "-o",
            str(tmp_path / "x.csv"),
            "--id-map",
            str(tmp_path / "x.csv"),
        ),
        ("check", str(resume), "--job", str(job), "-o", str(job)),
        ("terms", str(resume), "-o", str(resume)),
    ):
        code, _, err = run(*argv)
        assert code == 2 and err.count("\n") == 1, (argv, err)
    assert job.read_bytes() == before and resume.read_text(encoding="utf-8").startswith(STRONG[:20])


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (("-f", "csv"), "holds jsonl rows"),
        (("--vocab", "software-engineer"), "another vocabulary"),
        (("--engine", "pdfplumber"), "another --engine"),
    ],
)
def test_resume_refuses_a_checkpoint_of_another_run(
    folder: Path, tmp_path: Path, change: tuple[str, str], said: str
) -> None:
    out = tmp_path / "rows.jsonl"
    base = ("rank", str(folder), "--job", JOB, "-o", str(out), "--workers", "0")
    assert run(*base, "-f", "jsonl")[0] == 0
    before = out.read_bytes()
    argv = [*base, "--resume", *change]
    if "-f" not in change:
        argv += ["-f", "jsonl"]
    code, _, err = run(*argv)
    assert code == 1 and said in err and err.count("\n") == 1, err
    assert out.read_bytes() == before


def test_resume_refuses_another_job(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    other = tmp_path / "other-job.txt"
    other.write_text(Path(JOB).read_text(encoding="utf-8") + "\nACLS required.\n", encoding="utf-8")
    assert run("rank", str(folder), "--job", JOB, "-f", "jsonl", "-o", str(out), "--workers", "0")[0] == 0
    code, _, err = run("rank", str(folder), "--job", str(other), "-f", "jsonl", "-o", str(out), "--resume")
    assert code == 1 and "another job description" in err


def test_resume_knows_a_file_by_its_canonical_path(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "rows.jsonl"
    assert run("rank", str(folder), "--job", JOB, "-f", "jsonl", "-o", str(out), "--workers", "0")[0] == 0
    monkeypatch.chdir(tmp_path)
    (tmp_path / "link").symlink_to(folder)
    code, _, err = run("rank", "./in/", "link", "--job", JOB, "-f", "jsonl", "-o", str(out), "--resume")
    assert code == 0 and "(6 already in" in err, err
    assert len(_rows(out)) == 6


_CLI = "from resumematch.cli import console_main; raise SystemExit(console_main())"  # as the command runs it


def test_sigkill_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    resumes = tmp_path / "in"
    resumes.mkdir()
    for index in range(40):
        (resumes / f"r{index:02d}.txt").write_text(STRONG + f"\nReference {index}\n", encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    out.write_text("earlier result\n", encoding="utf-8")  # not a rows file: must survive the killed run
    argv = [sys.executable, "-c", _CLI, "rank", str(resumes), "--job", JOB, "-f", "jsonl", "-o", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen([*argv, "--workers", "1"], env=env, stderr=subprocess.DEVNULL)
    partial = Path(f"{out}.partial")
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and (not partial.exists() or partial.read_text().count("\n") < 5):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert out.read_text(encoding="utf-8") == "earlier result\n"
    written = partial.read_text(encoding="utf-8").count("\n")
    assert 5 <= written < 40
    done = subprocess.run([*argv, "--resume", "--workers", "1"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    files = [Path(str(row["file"])).name for row in _rows(out)]
    assert sorted(files) == sorted(f"r{i:02d}.txt" for i in range(40))  # none lost, none twice
    assert not partial.exists()


def test_blind_resume_keeps_files_with_equal_content(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STRONG, encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    argv = ("rank", str(folder), "--job", JOB, "-f", "jsonl", "-o", str(out), "--blind", "--workers", "0")
    assert run(*argv)[0] == 0
    (folder / "b.txt").write_text(STRONG, encoding="utf-8")  # same content: the same blind id
    (folder / "c.txt").write_text(STRONG, encoding="utf-8")
    code, _, err = run(*argv, "--resume")
    assert code == 0 and "(1 already in" in err, err
    assert len(_rows(out)) == 3  # one row per file, none dropped as a duplicate
    code, _, err = run(*argv, "--resume")
    assert code == 0 and "(3 already in" in err and len(_rows(out)) == 3
