"""Correctness guard for scoring and batch speed work: every ranked row and every check report, recorded and compared.

A speed change to scoring, the rows or the pool weights must leave the output exactly as
it was. This records, as digests by name:

* the ranked rows (``ranked(pool_weighted(...))``: every field of every row but its
  timings) of the real-world resumes of ``../shared/fixtures/real-world/resumes/``
  against every posting of the dev set and of each probe postings folder
  (``benchmarks/data/probe/postings*``, those present), and of 300 generated resumes
  (``rank_speed.py``'s corpus) against the bundled posting;
* ``check``'s JSON report (``report_json``, as ``check --format json`` prints it) of the
  real-world and example resumes against the bundled posting and the dev postings.

Each resume is extracted and matched once (matching is ``mentions_guard.py``'s to guard),
then scored as ``rank`` scores a file (``score_resume(readiness=False)`` and
``file_scoring._row_from_report``) and as ``check`` does (``score_resume``), with a fixed
``today`` so that the record does not age.

Usage::

    python benchmarks/scores_guard.py record OUT.json [--only-dev]
    python benchmarks/scores_guard.py compare BEFORE.json AFTER.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from pathlib import Path

from _common import EXAMPLES, FIXTURES, ROOT
from make_corpus import resume_text

import resumematch
from resumematch import default_vocabulary, ranked
from resumematch.batch import file_scoring
from resumematch.batch.pool_weights import pool_weighted
from resumematch.errors import ResumeMatchError
from resumematch.extract import extract, extract_text
from resumematch.match.pipeline import find_mentions
from resumematch.models import Document, Mention
from resumematch.render.json import report_json
from resumematch.scoring.score import score_resume

REAL_WORLD = FIXTURES / "real-world"
PROBE = ROOT / "benchmarks" / "data" / "probe"
# the lead's held-out measurement: never read here
OUT_OF_SAMPLE = {f"postings{n}" for n in range(19, 41)}
TODAY = dt.date(2026, 12, 7)
Scored = list[tuple[str, Document, list[Mention]]]


def _postings(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.suffix in {".md", ".txt"} and not p.name.endswith("README.md"))


def _posting_sets() -> dict[str, list[Path]]:
    sets = {"dev": _postings(REAL_WORLD / "postings")}
    for folder in sorted(PROBE.glob("postings*")):
        if folder.is_dir() and folder.name not in OUT_OF_SAMPLE:
            sets[folder.name] = _postings(folder)
    return sets


def _resumes(vocab: resumematch.Vocabulary) -> tuple[Scored, Scored, Scored]:
    real: Scored = []
    for path in sorted(p for p in (REAL_WORLD / "resumes").rglob("*") if p.is_file()):
        try:
            document = extract(path)
        except ResumeMatchError:
            continue
        real.append((str(path.relative_to(REAL_WORLD)), document, list(find_mentions(document, vocab))))
    examples: Scored = []
    for path in sorted((EXAMPLES / "resumes").glob("*")):
        document = extract(path)
        examples.append((path.name, document, list(find_mentions(document, vocab))))
    rng = random.Random(6)
    names = [term.name for term in vocab]
    generated: Scored = []
    for index in range(300):
        document = extract_text(resume_text(rng, names), source=f"resume-{index:06d}.txt")
        generated.append((document.source, document, list(find_mentions(document, vocab))))
    return real, examples, generated


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def _rows_digest(profile: resumematch.JobProfile, pool: Scored, vocab: resumematch.Vocabulary) -> str:
    context = file_scoring.RankContext(profile, vocab, False, "", None, None, "pypdfium2", None)
    rows = []
    for name, document, mentions in pool:
        report = score_resume(document, mentions, profile, vocab, readiness=False, today=TODAY)
        rows.append(file_scoring._row_from_report(name, report, context))
    final = ranked(pool_weighted(rows))
    return _digest(repr(final))  # a row's timings are not in its repr


def record(out: Path, *, only_dev: bool) -> None:
    vocab = default_vocabulary()
    real, examples, generated = _resumes(vocab)
    table: dict[str, str] = {}
    sets = _posting_sets()
    if only_dev:
        sets = {"dev": sets["dev"]}
    bundled = EXAMPLES / "jobs" / "clinical-coordinator.txt"
    for set_name, postings in sets.items():
        for posting in postings:
            profile = resumematch.analyze(posting)
            table[f"rows {set_name}/{posting.name}"] = _rows_digest(profile, real, vocab)
    table["rows generated/bundled"] = _rows_digest(resumematch.analyze(bundled), generated, vocab)
    for posting in [bundled, *sets["dev"]]:
        profile = resumematch.analyze(posting)
        for name, document, mentions in real + examples:
            report = score_resume(document, mentions, profile, vocab, today=TODAY)
            table[f"check {posting.name} {name}"] = _digest(report_json(report))
    out.write_text(json.dumps(table, indent=0, sort_keys=True), encoding="utf-8")
    print(f"recorded {len(table)} digests to {out}")


def compare(before: Path, after: Path) -> int:
    old = json.loads(before.read_text("utf-8"))
    new = json.loads(after.read_text("utf-8"))
    changed = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    for key in changed:
        print(f"  changed: {key}")
    print(f"{len(changed)} of {len(old.keys() | new.keys())} digests differ")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    recording = commands.add_parser("record")
    recording.add_argument("out", type=Path)
    recording.add_argument("--only-dev", action="store_true", help="the dev postings only (faster)")
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        record(args.out, only_dev=args.only_dev)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
