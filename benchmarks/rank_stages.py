"""Where a ranked file's time goes after matching (issue #20 item 6): CPU time per stage.

    python benchmarks/rank_stages.py            # 1,000 generated resumes (rank_speed.py's corpus)
    python benchmarks/rank_stages.py --n 200 --passes 5

The resumes are ``rank_speed.py``'s (``make_corpus.resume_text``, seed 6), read and
matched once; then ``score_resume(readiness=False)`` (as ``rank`` scores) and the row
(``_row_from_report``) run ``--passes`` times with each stage's function wrapped by a CPU
timer, and the last pass is printed in microseconds per resume. The stages nest (the
candidate's fit runs inside whichever part asks first), so they do not add up; "the
body" is ``score_resume`` less the wrapped stages it calls directly. A wrapper costs about
0.3 us a call. Then one plain ``rank`` + ``pool_weighted`` over the same files counts the
garbage collector's passes by generation and their CPU time (``gc.callbacks``): a full
collection scans the whole heap, so how many a ranking triggers is part of its cost.
"""

from __future__ import annotations

import argparse
import gc
import random
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import EXAMPLES
from make_corpus import resume_text

import resumematch
from resumematch import default_vocabulary, rank
from resumematch.batch import file_scoring
from resumematch.batch.pool_weights import pool_weighted
from resumematch.match.pipeline import find_mentions, read_document
from resumematch.scoring import parts, score

JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"
_SCORE_STAGES = ("find_roles", "find_degrees", "listed_lines", "judge_requirements", "TermCredits", "total_years")
_PART_STAGES = ("candidate_fit", "posting_fit")


def _timed(func: Callable[..., Any], label: str, spent: Counter[str]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started

    return wrapper


def _wrap_stages(spent: Counter[str]) -> None:
    for name in _SCORE_STAGES:
        setattr(score, name, _timed(getattr(score, name), name, spent))
    for name in _PART_STAGES:
        setattr(parts, name, _timed(getattr(parts, name), name, spent))
    for spec in parts.SCORE_PARTS:
        if spec.credit is not None:  # PartSpec is frozen: its judge is swapped in place
            object.__setattr__(spec, "credit", _timed(spec.credit, f"part: {spec.name}", spent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        rng = random.Random(6)
        names = [term.name for term in default_vocabulary()]
        paths = [Path(temp) / f"resume-{i:06d}.txt" for i in range(args.n)]
        for path in paths:
            path.write_text(resume_text(rng, names), encoding="utf-8")
        vocabulary = default_vocabulary()
        profile = resumematch.analyze(JOB)
        documents = [read_document(path) for path in paths]
        mentions = [find_mentions(document, vocabulary) for document in documents]
        context = file_scoring.RankContext(
            profile=profile,
            vocabulary=vocabulary,
            blind=False,
            salt="",
            limits=None,
            weights=None,
            engine="pypdfium2",
            password=None,
        )
        spent: Counter[str] = Counter()
        _wrap_stages(spent)
        for _ in range(args.passes):
            spent.clear()
            for path, document, found in zip(paths, documents, mentions, strict=True):
                started = time.process_time()
                report = score.score_resume(document, found, profile, vocabulary, readiness=False)
                scored = time.process_time()
                file_scoring._row_from_report(str(path), report, context)
                spent["score_resume"] += scored - started
                spent["the row"] += time.process_time() - scored
        direct = sum(spent[name] for name in _SCORE_STAGES) + spent["candidate_fit"]
        direct += sum(seconds for label, seconds in spent.items() if label.startswith("part: "))
        spent["the body of score_resume"] = spent["score_resume"] - direct
        print(f"CPU us per resume ({args.n} generated resumes, last of {args.passes} passes):")
        for label, seconds in spent.most_common():
            print(f"  {label:28} {seconds / args.n * 1e6:8.1f}")

        collections, collector_seconds, began = [0, 0, 0], [0.0, 0.0, 0.0], [0.0]

        def count(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                began[0] = time.process_time()
            else:
                collections[info["generation"]] += 1
                collector_seconds[info["generation"]] += time.process_time() - began[0]

        gc.callbacks.append(count)
        started = time.process_time()
        pool_weighted(rank(profile, [str(p) for p in paths], workers=0))
        total = time.process_time() - started
        gc.callbacks.remove(count)
        print(
            f"rank + pool_weighted: {total:.2f} s CPU; collections by generation {collections}, "
            f"{', '.join(f'{s * 1000:.0f}' for s in collector_seconds)} ms"
        )


if __name__ == "__main__":
    main()
