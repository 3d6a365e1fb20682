"""How far two graders of the same postings agree, and what that caps a ranker at.

Issue #20 judges a ranking against one grader's 0/1/2 grades (rules:
``benchmarks/data/real-world/README.md``, "Relevance grades"). A second careful grader
of the same postings is the best "ranker" there is that was not written by the first,
so what ranking *by B's grades* scores against A is a ceiling for any ranker judged
against one grader. Given grade folders A and B (one JSON per posting stem, as
``ranking.py`` reads them), this prints per posting and averaged:

* exact agreement (share of resumes given the same grade) and linear-weighted Cohen's
  kappa (weights 1 - |a - b| / 2; "n/a" where both graders give one grade to every
  resume; also pooled over every posting-resume pair);
* pairwise agreement: over resume pairs A orders strictly, the share B orders the same
  way, B's ties counting half (``ranking.pairwise`` with B's grades as scores);
* NDCG@10, pairwise and grade-0 resumes (by A) in the top five of ranking by B's
  grades, judged against A, and the reverse. Ties in the ranking grader's grades are
  broken **in expectation**: every position of a tie group gets the group's mean gain
  (exact, not sampled: the expected DCG of a uniformly random order of the group), and
  a tie group crossing the top five adds its share of grade-0 resumes per place left;
  the grade-0 counts are also summed over postings, beside the places that the judging
  grader's grades force (a posting with fewer than five resumes graded 1-2);
* with ``--postings``, resumematch's NDCG@10 and pairwise (``ranking.resumematch_scores``,
  ties by file order as in ``ranking.py``) against A, against B and against the mean
  grade (NDCG's gain there is the mean of the two graders' gains; pairwise is over pairs
  of different mean grade).

Run: python benchmarks/grade_agreement.py --a DIR [DIR ...] --b DIR [DIR ...]
[--postings DIR [DIR ...]] [--json]
(the A folders are pooled by posting stem, the B folders likewise; each A folder's
postings are also averaged as a set.)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import ranking

LEVELS = 3


@dataclass(frozen=True)
class Agreement:
    """One posting's agreement figures (A and B: the two graders)."""

    exact: float
    kappa: float | None
    pairwise: float
    b_ndcg: float
    b_pairwise: float
    b_zeros: float
    a_ndcg: float
    a_pairwise: float
    a_zeros: float


def exact_agreement(a: Sequence[int], b: Sequence[int]) -> float:
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def weighted_kappa(a: Sequence[int], b: Sequence[int]) -> float | None:
    """Linear-weighted Cohen's kappa on grades 0..2; None when chance agreement is total."""
    n = len(a)

    def weight(x: int, y: int) -> float:
        return 1 - abs(x - y) / (LEVELS - 1)

    observed = sum(weight(x, y) for x, y in zip(a, b, strict=True)) / n
    share_a = [sum(x == g for x in a) / n for g in range(LEVELS)]
    share_b = [sum(y == g for y in b) / n for g in range(LEVELS)]
    chance = sum(share_a[i] * share_b[j] * weight(i, j) for i in range(LEVELS) for j in range(LEVELS))
    return None if chance >= 1 else (observed - chance) / (1 - chance)


def tie_groups(by: Sequence[float]) -> list[list[int]]:
    """Indices grouped by equal ``by`` value, highest value first."""
    return [[i for i, v in enumerate(by) if v == value] for value in sorted(set(by), reverse=True)]


def expected_ranking(by: Sequence[float], judged: Sequence[int], k: int = 10) -> tuple[float, float, float]:
    """NDCG@k, pairwise and grade-0 count in the top five of ranking by ``by``, judged by
    ``judged``, with ties in ``by`` broken uniformly at random (the exact expectation)."""
    expected_gains: list[float] = []
    zeros = 0.0
    for group in tie_groups(by):
        mean_gain = statistics.fmean(ranking.gain(judged[i]) for i in group)
        zero_share = sum(judged[i] == 0 for i in group) / len(group)
        zeros += zero_share * max(0, min(len(group), 5 - len(expected_gains)))
        expected_gains += [mean_gain] * len(group)
    ideal = ranking.dcg(sorted((ranking.gain(g) for g in judged), reverse=True), k)
    ndcg = ranking.dcg(expected_gains, k) / ideal if ideal else 1.0
    return ndcg, ranking.pairwise(by, judged), zeros


def agreement(a: Sequence[int], b: Sequence[int]) -> Agreement:
    b_ranks = expected_ranking(b, a)
    a_ranks = expected_ranking(a, b)
    return Agreement(exact_agreement(a, b), weighted_kappa(a, b), ranking.pairwise(b, a), *b_ranks, *a_ranks)


def scored_against(scores: Sequence[float], a: Sequence[int], b: Sequence[int]) -> dict[str, float]:
    """A ranker's NDCG@10 and pairwise against A, B and the mean grade (ties by file order)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    mean_gains = [(ranking.gain(x) + ranking.gain(y)) / 2 for x, y in zip(a, b, strict=True)]
    ideal = ranking.dcg(sorted(mean_gains, reverse=True))
    return {
        "ndcg_a": ranking.ndcg_at([a[i] for i in order], list(a)),
        "ndcg_b": ranking.ndcg_at([b[i] for i in order], list(b)),
        "ndcg_mean": ranking.dcg([mean_gains[i] for i in order]) / ideal if ideal else 1.0,
        "pairwise_a": ranking.pairwise(scores, a),
        "pairwise_b": ranking.pairwise(scores, b),
        "pairwise_mean": ranking.pairwise(scores, [(x + y) / 2 for x, y in zip(a, b, strict=True)]),
    }


def pooled(folders: Sequence[Path]) -> dict[str, dict[str, int]]:
    """Posting stem -> resume stem -> grade, over every folder."""
    return {stem: entry["grades"] for folder in folders for stem, entry in ranking.load_grades(folder).items()}


def means(rows: Sequence[dict[str, float | None]]) -> dict[str, float | None]:
    """Each figure's mean over postings (kappa over the postings where it is defined)."""
    out: dict[str, float | None] = {}
    for key in rows[0]:
        values = [v for row in rows if (v := row[key]) is not None]
        out[key] = statistics.fmean(values) if values else None
    return out


def report(a_dirs: Sequence[Path], b_dirs: Sequence[Path], postings_dirs: Sequence[Path]) -> dict[str, object]:
    grades_a, grades_b = pooled(a_dirs), pooled(b_dirs)
    if set(grades_a) != set(grades_b):
        raise SystemExit(
            f"A and B grade different postings: only A {sorted(set(grades_a) - set(grades_b))}, "
            f"only B {sorted(set(grades_b) - set(grades_a))}"
        )
    if not grades_a:
        raise SystemExit("no grades in the A folders")
    resume_paths = {p.stem: p for p in sorted((ranking.REAL_WORLD / "resumes").glob("*/*.pdf"))}
    rows: dict[str, dict[str, float | None]] = {}
    pairs_a: list[int] = []
    pairs_b: list[int] = []
    forced = {"a": 0, "b": 0}
    for stem in sorted(grades_a):
        if set(grades_a[stem]) != set(grades_b[stem]):
            raise SystemExit(f"{stem}: A and B grade different resumes")
        resumes = sorted(grades_a[stem])
        a = [grades_a[stem][r] for r in resumes]
        b = [grades_b[stem][r] for r in resumes]
        pairs_a += a
        pairs_b += b
        forced["a"] += max(0, 5 - sum(g >= 1 for g in a))
        forced["b"] += max(0, 5 - sum(g >= 1 for g in b))
        row: dict[str, float | None] = dict(asdict(agreement(a, b)))
        if postings_dirs:
            posting = next(p for folder in postings_dirs for p in sorted(folder.glob(f"{stem}.*")))
            scores = ranking.resumematch_scores(posting, [resume_paths[r] for r in resumes])
            row |= scored_against(scores, a, b)
        rows[stem] = row
    sets = {folder.name: means([rows[s] for s in ranking.load_grades(folder)]) for folder in a_dirs}
    return {
        "postings": rows,
        "sets": sets,
        "mean": means(list(rows.values())),
        "pooled_kappa": weighted_kappa(pairs_a, pairs_b),
        "pooled_exact": exact_agreement(pairs_a, pairs_b),
        "zeros_summed": {
            "b_ranks": sum(r["b_zeros"] or 0.0 for r in rows.values()),
            "a_ranks": sum(r["a_zeros"] or 0.0 for r in rows.values()),
        },
        "zeros_forced": {"by_a": forced["a"], "by_b": forced["b"]},
    }


def _cell(value: object, width: int) -> str:
    return f"{value:>{width}.3f}" if isinstance(value, float) else f"{'n/a':>{width}}"


AGREEMENT_COLUMNS = ("exact", "kappa", "pairwise", "b_ndcg", "b_pairwise", "b_zeros", "a_ndcg", "a_pairwise", "a_zeros")
RESUMEMATCH_COLUMNS = ("ndcg_a", "ndcg_b", "ndcg_mean", "pairwise_a", "pairwise_b", "pairwise_mean")


def print_tables(result: dict[str, object]) -> None:
    postings = result["postings"]
    sets = result["sets"]
    assert isinstance(postings, dict) and isinstance(sets, dict)
    lines = [*((stem[:44], row) for stem, row in postings.items()), *((f"mean, {n}", r) for n, r in sets.items())]
    lines.append(("mean, all", result["mean"]))
    print("agreement; B ranks = ranking by B's grades judged against A (ties in expectation); A ranks = the reverse")
    print(
        f"{'posting':45}{'exact':>7}{'kappa':>7}{'pairw':>7} | B ranks:{'NDCG':>6}{'pairw':>7}{'0-top5':>7}"
        f" | A ranks:{'NDCG':>6}{'pairw':>7}{'0-top5':>7}"
    )
    for name, row in lines:
        cells = [_cell(row[c], 7 if i < 3 else 6 if i in (3, 6) else 7) for i, c in enumerate(AGREEMENT_COLUMNS)]
        print(f"{name:45}{''.join(cells[:3])} |         {''.join(cells[3:6])} |         {''.join(cells[6:])}")
    print(
        f"pooled over posting-resume pairs: exact {result['pooled_exact']:.3f}, "
        f"weighted kappa {_cell(result['pooled_kappa'], 0).strip()}"
    )
    zeros, floor = result["zeros_summed"], result["zeros_forced"]
    assert isinstance(zeros, dict) and isinstance(floor, dict)
    print(
        f"grade-0 in top 5 summed over postings: B ranks {zeros['b_ranks']:.2f} (forced by A's grades: "
        f"{floor['by_a']}), A ranks {zeros['a_ranks']:.2f} (forced by B's grades: {floor['by_b']})"
    )
    if "ndcg_a" in next(iter(postings.values())):
        print("\nresumematch against each grader:")
        print(f"{'posting':45}{'NDCG A':>8}{'NDCG B':>8}{'mean':>8}{'pair A':>8}{'pair B':>8}{'mean':>8}")
        for name, row in lines:
            print(f"{name:45}{''.join(_cell(row[c], 8) for c in RESUMEMATCH_COLUMNS)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", type=Path, nargs="+", required=True, help="grader A's grade folders")
    parser.add_argument("--b", type=Path, nargs="+", required=True, help="grader B's grade folders")
    parser.add_argument("--postings", type=Path, nargs="*", default=[], help="posting folders: also score resumematch")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if args.postings and not ranking.REAL_WORLD.is_dir():
        print(f"skipped: {ranking.REAL_WORLD} is absent (the shared fixtures are not checked out beside the project)")
        return 0
    result = report(args.a, args.b, args.postings)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print_tables(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
