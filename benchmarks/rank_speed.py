"""Ranking speed (issue #20 item 6): in-process ``rank`` of 1,000 generated text resumes
against the bundled posting, this checkout against an older commit, in the same run.

    python benchmarks/rank_speed.py                          # against ce5149d (before #20)
    python benchmarks/rank_speed.py --against-commit ce5149d,main  # baseline first
    python benchmarks/rank_speed.py --profile                # cProfile of this checkout

The resumes are ``make_corpus.resume_text`` (seed 6), written once as ``.txt`` files
shared by both sides. The other commit's ``src`` and ``vocab`` are unpacked with ``git
archive`` (its own code and vocabulary: the cost as it was). Each side runs in its own
fresh process, the two alternating for ``--rounds`` rounds, so that load from elsewhere
on a shared machine falls on both alike; each process ranks 20 files first (warm-up),
then times ``ranked(pool_weighted(rank(..., workers=0)))`` (plain ``ranked(rank(...))``
where the commit has no pool weights): CPU time of the process and wall time. The
ratio of the CPU-time medians is the figure, with the median of each round's ratio
beside it (the machine's speed drifts from round to round); the goal is <= 1.25x. Each side also
prints a digest of its ranked rows (file, score, parts), so two commits that should
rank alike can be checked to do so.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import EXAMPLES, ROOT

JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"

_CHILD = r"""
import hashlib, sys, time, types
from pathlib import Path
import resumematch
if not (Path(resumematch.__file__).parent / "match").is_dir():
    # An older tree: the venv's editable install still advertises today's spaCy
    # factories as entry points, which spaCy loads; give it harmless stand-ins.
    for name, attr in (("resumematch.match", None), ("resumematch.match.component", "make_term_matcher"),
                       ("resumematch.match.tokenizer", "create_resume_tokenizer")):
        sys.modules[name] = module = types.ModuleType(name)
        if attr:
            setattr(module, attr, lambda *a, **k: None)
from resumematch import rank, ranked
try:
    from resumematch.batch.pool_weights import pool_weighted
except ImportError:
    pool_weighted = list
folder, job, vocab, profile_it = sys.argv[1:5]
kwargs = {"vocab": vocab} if vocab else {}
paths = sorted(str(p) for p in Path(folder).glob("*.txt"))
profile = resumematch.analyze(Path(job), **kwargs)
list(rank(profile, paths[:20], workers=0, **kwargs))  # warm-up: pipeline, lazy imports
wall, cpu = time.perf_counter(), time.process_time()
if profile_it == "1":
    import cProfile, pstats
    profiler = cProfile.Profile()
    rows = profiler.runcall(lambda: ranked(pool_weighted(rank(profile, paths, workers=0, **kwargs))))
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(60)
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(40)
else:
    rows = ranked(pool_weighted(rank(profile, paths, workers=0, **kwargs)))
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
digest = hashlib.sha256(repr([(Path(r.file).name, r.score, r.parts) for r in rows]).encode()).hexdigest()[:16]
print(cpu, wall, len(rows), digest)
"""


def write_corpus(folder: Path, n: int, seed: int = 6) -> None:
    """``n`` text resumes from ``make_corpus.resume_text`` (this checkout's vocabulary names)."""
    from make_corpus import resume_text

    from resumematch import default_vocabulary

    rng = random.Random(seed)
    names = [term.name for term in default_vocabulary()]
    for index in range(n):
        (folder / f"resume-{index:06d}.txt").write_text(resume_text(rng, names), encoding="utf-8")


def run_side(source: Path, vocab: str, corpus: Path, profile: bool = False) -> tuple[float, float, int, str]:
    env = {**os.environ, "PYTHONPATH": str(source)}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(corpus), str(JOB), vocab, "1" if profile else "0"],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    cpu, wall, count, digest = out.stdout.split()[-4:]
    return float(cpu), float(wall), int(count), digest


def _unpack(commit: str, folder: Path) -> tuple[Path, str]:
    """``commit``'s ``src`` and ``vocab`` in ``folder``: its code and its own vocabulary."""
    folder.mkdir()
    archive = subprocess.run(["git", "archive", commit, "src", "vocab"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "src", str(folder / "vocab" / "clinical-coordinator.json")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--against-commit", default="ce5149d", metavar="COMMIT[,COMMIT]", help="the first is the baseline of the ratios"
    )
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile this checkout's ranking (to stderr)")
    args = parser.parse_args()
    commits = args.against_commit.split(",")
    with tempfile.TemporaryDirectory() as temp:
        corpus = Path(temp) / "corpus"
        corpus.mkdir()
        write_corpus(corpus, args.n)
        if args.profile:
            cpu, wall, count, digest = run_side(ROOT / "src", "", corpus, profile=True)
            print(f"this checkout: CPU {cpu:.2f} s, wall {wall:.2f} s, {count} rows, digest {digest}")
            return
        sides = {commit: _unpack(commit, Path(temp) / f"commit-{i}") for i, commit in enumerate(commits)}
        sides["this checkout"] = (ROOT / "src", "")
        cpu: dict[str, list[float]] = {name: [] for name in sides}
        wall: dict[str, list[float]] = {name: [] for name in sides}
        digests: dict[str, str] = {}
        for _ in range(args.rounds):
            for name, (source, vocab) in sides.items():
                seconds, elapsed, _count, digests[name] = run_side(source, vocab, corpus)
                cpu[name].append(seconds)
                wall[name].append(elapsed)
    load = os.getloadavg()
    print(
        f"rank of {args.n} text resumes, in-process, {args.rounds} rounds in turns "
        f"(load now {load[0]:.1f}, {load[2]:.1f} over 15 minutes)"
    )
    base = commits[0]
    for name in sides:
        ratio = statistics.median(cpu[name]) / statistics.median(cpu[base])
        # The machine's speed drifts between rounds; each round's ratio sees both sides alike.
        per_round = statistics.median(a / b for a, b in zip(cpu[name], cpu[base], strict=True))
        wall_ratio = statistics.median(wall[name]) / statistics.median(wall[base])
        print(
            f"  {name:14} CPU {', '.join(f'{t:.2f}' for t in cpu[name])} median {statistics.median(cpu[name]):.2f} s"
            f" ({ratio:.2f}x {base}, per round {per_round:.2f}x); wall median {statistics.median(wall[name]):.2f} s"
            f" ({wall_ratio:.2f}x); rows {digests[name]}"
        )
    print(f"  issue #20 goal: this checkout <= 1.25x {base} (CPU time)")
    same = [name for name in commits if digests[name] == digests["this checkout"]]
    print(f"  same ranked rows as this checkout: {', '.join(same) or 'none'}")


if __name__ == "__main__":
    main()
