"""Cold start: process start to answer, for the CLI commands a person types.

Baselines measured in the same run: a bare ``python -c pass`` (the interpreter's own
start-up) and ``import spacy; spacy.blank("en")`` (the floor for anything that
tokenizes). Goals (issue 7): ``check`` under 1.0 s; ``--help``/``--version`` under 0.2 s.

Each command runs once untimed first, so the user cache (compiled phrase table,
English word list) is warm, as it is from a user's second run on. The "empty cache"
rows are the first run after an install or upgrade (every run gets a new cache folder),
held to the same goal: the README's quick start is exactly such a run.
The commands run in turns (one run of each per round), so that load from elsewhere on
a shared machine falls on all of them alike. resumematch's CLI imports spaCy without
spaCy's own CLI package (``resumematch._runtime.spacy_import``), which is why ``check`` can take less
than the ``import spacy`` baseline.

Run: ``python benchmarks/startup.py [--repeat N]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import EXAMPLES, table


def _run(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def _one(command: list[str], empty_cache: bool) -> float:
    if not empty_cache:
        return _run(command)
    with tempfile.TemporaryDirectory(prefix="resumematch-cache-") as folder:
        return _run(command, env={**os.environ, "RESUMEMATCH_CACHE_DIR": folder})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    python = sys.executable
    cli = shutil.which("resumematch", path=str(Path(python).parent)) or "resumematch"
    resume = str(EXAMPLES / "resumes" / "strong-fit-rn.txt")
    pdf = str(EXAMPLES / "resumes" / "strong-fit-rn.pdf")
    job = str(EXAMPLES / "jobs" / "clinical-coordinator.txt")
    cases = [
        ("baseline: python -c pass", [python, "-c", "pass"], None),
        ("baseline: import spacy; blank('en')", [python, "-c", "import spacy; spacy.blank('en')"], None),
        ("resumematch --version", [cli, "--version"], 0.2),
        ("resumematch --help", [cli, "--help"], 0.2),
        ("resumematch check TXT --job", [cli, "check", resume, "--job", job], 1.0),
        ("resumematch check PDF --job", [cli, "check", pdf, "--job", job], 1.0),
        ("resumematch check PDF --engine pypdfium2", [cli, "check", pdf, "--job", job, "--engine", "pypdfium2"], 1.0),
        # The first run after an install: the README's quick start runs the PDF.
        ("resumematch check TXT --job, empty cache", [cli, "check", resume, "--job", job], 1.0),
        ("resumematch check PDF --job, empty cache", [cli, "check", pdf, "--job", job], 1.0),
    ]
    for _name, command, _goal in cases:
        _run(command)  # warm the user cache (and the OS's file cache)
    # In turns, one run of each command per round, so load from elsewhere falls on all alike.
    runs: dict[str, list[float]] = {name: [] for name, _, _ in cases}
    for _ in range(args.repeat):
        for name, command, _goal in cases:
            runs[name].append(_one(command, empty_cache=name.endswith("empty cache")))
    rows = []
    for name, _command, goal in cases:
        seconds = statistics.median(runs[name])
        verdict = "" if goal is None else ("ok" if seconds < goal else f"over {goal:g} s")
        rows.append((name, seconds, verdict))
    print(f"Cold start, median of {args.repeat} runs (seconds)\n")
    print(table(["command", "seconds", "goal"], rows))


if __name__ == "__main__":
    main()
