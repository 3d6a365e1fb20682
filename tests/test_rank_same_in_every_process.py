"""A row's score and parts are the same in every process, whatever Python's string hash seed.

The text similarity part once summed floats in a set's order, which follows the hash seed:
the last digits of a part moved between processes, and two runs of ``rank`` over the same
files could print different rows (found by ``benchmarks/rank_speed.py``'s digest).
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import EXAMPLES, ROOT

_CHILD = """
import sys
from resumematch import analyze, rank, ranked
from resumematch.batch.pool_weights import pool_weighted
job, *files = sys.argv[1:]
for row in ranked(pool_weighted(rank(analyze(job), files, workers=0))):
    print(row.file, repr(row.score), repr(row.parts))
"""


def _rows(seed: str) -> str:
    files = [str(path) for path in sorted((EXAMPLES / "resumes").iterdir())]
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(EXAMPLES / "jobs" / "clinical-coordinator.txt"), *files],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    return result.stdout


def test_rows_do_not_depend_on_the_hash_seed() -> None:
    first = _rows("1")
    assert first.count("\n") == 5
    assert "text similarity" in first
    for seed in ("2", "3"):
        assert _rows(seed) == first
