"""Worker memory over a long stream of varied resumes: new processes now and then, or never.

spaCy keeps every distinct word a process has seen (a lexeme and its string) for the
life of the process. The generated corpus of ``batch.py`` reuses a fixed set of words,
so a worker's memory looks flat there; real resumes bring new names, e-mail addresses
and numbers with every file. This benchmark makes such a stream in memory (seeded: a
matching-corpus resume of 30 lines, each with one made-up word, address or number) and
runs it through the same worker pool ``rank`` uses, two workers, in two configurations
in the same run: never replacing the workers (the baseline) and replacing them every
``RECYCLE_AFTER`` files per worker (what ``rank`` does). It prints documents per second
and each configuration's worker peak memory in the first and the last tenth of the run.

Run: ``python benchmarks/worker_memory.py [--docs 40000]``
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time

from matching_speed import corpus

from resumematch import default_vocabulary
from resumematch.batch.ranking import RECYCLE_AFTER
from resumematch.batch.workers import imap_isolated
from resumematch.extract import extract_text
from resumematch.match.pipeline import build_pipeline, find_mentions

VOCABULARY = default_vocabulary()
BASE = corpus(VOCABULARY, 300)
_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qu", "bri", "dra", "flo", "gri", "pla", "xen"]


def varied_resume(index: int) -> str:
    """Resume ``index`` of the stream: the same every run, with its own new words."""
    rng = random.Random(index)

    def new_word() -> str:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        roll = rng.random()
        if roll < 0.4:
            return word.title()  # a name or a place
        if roll < 0.6:
            return f"{word}{rng.randint(10, 9999)}@example.com"
        return str(rng.randint(100, 99999))  # a phone, street or record number

    lines = BASE[index % len(BASE)].split("\n")[:30]
    return "\n".join(" ".join([new_word(), *line.split(" ")[:12]]) for line in lines)


def match_one(index: int) -> int:
    """Match resume ``index``; the worker's peak memory so far, in MB."""
    find_mentions(extract_text(varied_resume(index), source="<stream>"), VOCABULARY)
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def run(docs: int, recycle_after: int | None) -> tuple[float, int, int]:
    start = time.perf_counter()
    peaks = [peak for _, peak in imap_isolated(match_one, range(docs), workers=2, recycle_after=recycle_after)]
    seconds = time.perf_counter() - start
    tenth = max(1, docs // 10)
    return docs / seconds, max(peaks[:tenth]), max(peaks[-tenth:])  # type: ignore[type-var]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4 * RECYCLE_AFTER)
    args = parser.parse_args()
    build_pipeline(VOCABULARY)  # built once here, inherited by every worker
    print(f"{args.docs} varied resumes, 2 workers, python {sys.version.split()[0]}\n")
    print(f"{'configuration':42}{'docs/s':>8}{'peak MB, first 10%':>20}{'last 10%':>10}")
    rates = {}
    configurations = [("never new workers (baseline)", None), (f"new workers every {RECYCLE_AFTER:,}", RECYCLE_AFTER)]
    for label, recycle in configurations:
        rate, first, last = run(args.docs, recycle)
        rates[label] = rate
        print(f"{label:42}{rate:>8.0f}{first:>20}{last:>10}")
    baseline, recycled = rates.values()
    print(f"\nthroughput with new workers: {recycled / baseline:.2f}x the baseline")


if __name__ == "__main__":
    main()
