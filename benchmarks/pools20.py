"""The small graded pools of ``tests/data/pools20/`` (issue #20, eighteenth session), per pool and pooled.

Each pool is one posting and six or seven resumes written from knowledge and graded 0/1/2
(``tests/test_pools20_s18.py`` holds the reader and the pairs' test). For each pool this prints
NDCG@10, pairwise order accuracy and the grade-0 resumes ranked above a resume graded 1 or 2 of
``resumematch.rank`` with the pool's term weights, the pairwise accuracy of ``check``'s scores,
and the number of pairs of different grades in order; then the means and totals.

``--table gate20`` reads the nineteenth session's pools instead (``tests/test_gate_s19.py``, issue
#20 item 4: no grade-0 resume above a resume graded 1 or 2), whose reader and scorer are the same;
``--table rank21`` the twentieth session's (``tests/test_rank21_s20.py``: languages by strength,
community and social-care posts, front-desk posts).

Run: python benchmarks/pools20.py [--quiet] [--table pools20|gate20|rank21]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from ranking import metrics, pairwise

TESTS = Path(__file__).resolve().parents[1] / "tests"
TABLES = {
    "pools20": TESTS / "test_pools20_s18.py",
    "gate20": TESTS / "test_gate_s19.py",
    "rank21": TESTS / "test_rank21_s20.py",
}


def pools_module(name: str = "pools20") -> ModuleType:
    """The test module, whose reader and scorer are the pools' one definition."""
    table = TABLES[name]
    sys.path.insert(0, str(TESTS))  # the gate pools' module reads the pools20 module's reader
    spec = importlib.util.spec_from_file_location(f"{name}_table", table)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {table}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print the totals only")
    parser.add_argument("--table", choices=sorted(TABLES), default="pools20", help="which pools (default pools20)")
    args = parser.parse_args()
    table = pools_module(args.table)
    ndcgs, ranks, checks = [], [], []
    in_order = {"rank": 0, "check": 0}
    total = above_all = 0
    for name, pool in table.all_pools().items():
        ranked, checked = table.pool_scores(name)
        grades = [c.grade for c in pool.candidates]
        rank_scores = [ranked[c.ident] for c in pool.candidates]
        check_scores = [checked[c.ident] for c in pool.candidates]
        ndcg, pair_rank, _, _, above = metrics(rank_scores, grades)
        pair_check = pairwise(check_scores, grades)
        pairs = [(h, lo) for h in pool.candidates for lo in pool.candidates if h.grade > lo.grade]
        total += len(pairs)
        in_order["rank"] += sum(ranked[h.ident] > ranked[lo.ident] for h, lo in pairs)
        in_order["check"] += sum(checked[h.ident] > checked[lo.ident] for h, lo in pairs)
        ndcgs.append(ndcg)
        ranks.append(pair_rank)
        checks.append(pair_check)
        above_all += above
        if not args.quiet:
            print(f"{name:28s} NDCG@10 {ndcg:.3f} pairwise rank {pair_rank:.3f} check {pair_check:.3f} above {above}")
    n = len(ndcgs)
    print(
        f"pools {n}: NDCG@10 {sum(ndcgs) / n:.4f}  pairwise rank {sum(ranks) / n:.4f} check {sum(checks) / n:.4f}  "
        f"above a 1/2 {above_all}  pairs in order rank {in_order['rank']}/{total} check {in_order['check']}/{total}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
