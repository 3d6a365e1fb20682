"""The cost of parsing every document in a limited child process (ExtractLimits.isolate).

    python benchmarks/sandbox.py              # warm check + rank of 600 generated files
    python benchmarks/sandbox.py --files 2000

Baseline, measured in the same run and in turns with the isolated runs:
``ExtractLimits(isolate=False)``, the parser in the calling process with only the
cooperative limits (what resumematch did before the hard limits).

* warm ``check``: one process that has built its pipeline and analysed the posting
  scores a one-page PDF (pdfplumber, the ``check`` default) and a one-page text resume
  again and again; the figure is the median time per call.
* ``rank``: the generated corpus of ``make_corpus.py`` (40% PDF, 30% DOCX, 30% text)
  ranked with 2 workers and the fast PDF engine (the ``rank`` defaults), files per second.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from _common import EXAMPLES, interleaved_medians, table
from make_corpus import make_corpus

from resumematch import ExtractLimits, check, rank
from resumematch.api import analyze

JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"


def warm_check() -> list[list[object]]:
    profile = analyze(JOB)
    rows: list[list[object]] = []
    for resume in ("strong-fit-rn.pdf", "strong-fit-rn.txt", "partial-fit-medical-assistant.docx"):
        path = EXAMPLES / "resumes" / resume
        calls = [
            lambda path=path, isolate=isolate: check(path, job=profile, limits=ExtractLimits(isolate=isolate))
            for isolate in (False, True)
        ]
        for call in calls:
            call()  # warm: parser imported, pages touched
        inline, isolated = interleaved_medians(calls, repeat=15, number=3)
        rows.append([f"check {resume}", inline * 1000, isolated * 1000, (isolated - inline) * 1000])
    return rows


def rank_rate(files: list[Path], isolate: bool) -> float:
    started = time.perf_counter()
    count = sum(1 for _ in rank(JOB, files, workers=2, limits=ExtractLimits(isolate=isolate)))
    assert count == len(files)
    return len(files) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    rows = warm_check()
    print(table(["warm, per call", "in-process ms", "isolated ms", "cost ms"], rows))
    corpus = Path(os.environ.get("RESUMEMATCH_CORPUS", Path(tempfile.gettempdir()) / "resumematch-corpus"))
    files = make_corpus(corpus, args.files)
    rates: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(args.rounds):
        for isolate in (False, True):
            rates[isolate].append(rank_rate(files, isolate))
    best = {k: max(v) for k, v in rates.items()}
    print()
    print(
        table(
            ["rank, 2 workers, pypdfium2", "files", "in-process files/s", "isolated files/s", "ratio"],
            [["generated corpus", len(files), best[False], best[True], best[True] / best[False]]],
        )
    )


if __name__ == "__main__":
    main()
