"""benchmarks/probe_groups.py: the groups a rule is judged on, and the sets it never reads.

A quality change is kept only when it holds the validation sets, whose errors nobody reads,
and the clean sets are read once, at a session's end; the script enforces both.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import FIXTURES, MEASURED_ONLY, ROOT

SCRIPT = ROOT / "benchmarks" / "probe_groups.py"
pytestmark = pytest.mark.skipif(
    not (FIXTURES / "real-world").is_dir(), reason="../shared/fixtures/real-world is absent beside the project"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, check=False, timeout=300
    )


def test_a_clean_set_is_refused_without_the_end_reading_flag() -> None:
    result = run("resumes", "dev,fresh40")
    assert result.returncode != 0
    assert "clean sets, read only at a session's end (--clean)" in result.stderr
    assert "fresh40" in result.stderr


def test_errors_are_listed_for_devel_sets_only() -> None:
    result = run("resumes", "--errors", "valid")
    assert result.returncode != 0
    assert "devel sets only" in result.stderr


@pytest.mark.slow
def test_devel_pools_the_readable_sets_and_none_of_the_others() -> None:
    result = run("resumes", "devel")
    assert result.returncode == 0, result.stderr
    sets = {line.split()[0] for line in result.stdout.splitlines() if line.startswith("  ") and "recall" in line}
    assert {"dev", "office", "fresh", "fresh16", "care2"} <= sets
    assert not sets & {f"fresh{n}" for n in range(17, 43)}
    pooled = [line for line in result.stdout.splitlines() if line.startswith("devel: recall ")]
    assert len(pooled) == 1
    recall = float(pooled[0].split()[2])
    assert 0.9 < recall <= 1.0


def test_the_clean_sets_are_all_measured_only() -> None:
    """No test reads a clean set, so none can be fitted to it by a test."""
    clean = {f"fresh{n}" for n in range(40, 43)} | {f"postings{n}" for n in range(39, 41)}
    assert clean <= MEASURED_ONLY
