"""Warm ``check``: one text resume against one posting, after start-up.

Measured in the same run: the full ``check`` (posting analysed each time), ``check``
with the posting analysed once (the batch case), and the stages (extract text,
match, score). Baseline: the naive keyword-overlap score most open-source resume
matchers compute (lowercase word sets and their intersection), which finds no
inflections, abbreviations or negations. Goal (issue 7): under 2 ms per check.

Run: ``python benchmarks/check_speed.py``
"""

from __future__ import annotations

import re

from _common import EXAMPLES, median_seconds, table

import resumematch
from resumematch.job import analyze_job
from resumematch.pipeline import find_mentions
from resumematch.scoring import score_resume

_WORD = re.compile(r"[a-z][a-z+#.-]*")


def keyword_overlap(resume: str, job: str) -> float:
    """The baseline: share of the posting's distinct words that the resume also has."""
    job_words = set(_WORD.findall(job.lower()))
    return 100 * len(job_words & set(_WORD.findall(resume.lower()))) / max(1, len(job_words))


def main() -> None:
    resume_text = (EXAMPLES / "resumes" / "strong-fit-rn.txt").read_text("utf-8")
    job_text = (EXAMPLES / "jobs" / "clinical-coordinator.txt").read_text("utf-8")
    vocabulary = resumematch.default_vocabulary()
    resumematch.check(resume_text, job=job_text, vocab=vocabulary)  # start-up: build the pipeline
    profile = resumematch.analyze(job_text, vocab=vocabulary)
    document = resumematch.extract_text(resume_text)
    mentions = find_mentions(document, vocabulary)
    job_document = resumematch.extract_text(job_text)

    cases = [
        ("baseline: keyword overlap", lambda: keyword_overlap(resume_text, job_text)),
        ("check(resume, job=text)", lambda: resumematch.check(resume_text, job=job_text, vocab=vocabulary)),
        ("check(resume, job=profile)", lambda: resumematch.check(resume_text, job=profile, vocab=vocabulary)),
        ("  stage: extract_text", lambda: resumematch.extract_text(resume_text)),
        ("  stage: find_mentions", lambda: find_mentions(document, vocabulary)),
        (
            "  stage: analyze_job",
            lambda: analyze_job(job_document, find_mentions(job_document, vocabulary), vocabulary),
        ),
        ("  stage: score_resume", lambda: score_resume(document, mentions, profile, vocabulary)),
    ]
    rows = []
    for name, func in cases:
        seconds = median_seconds(func, repeat=7, number=50)
        rows.append((name, seconds * 1000))
    words = len(resume_text.split())
    print(f"Warm check of a {words}-word text resume, median of 7 x 50 calls (ms per call)\n")
    print(table(["case", "ms"], rows))
    print(f"\ngoal: check(resume, job=text) < 2 ms -> {'ok' if rows[1][1] < 2 else 'not met'}")


if __name__ == "__main__":
    main()
