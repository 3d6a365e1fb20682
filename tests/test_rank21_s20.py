"""The order a recruiter gives on posts a term matcher reads least (issue #20 item 4, twentieth session).

Each file of ``tests/data/rank21/`` is one posting and four to six short resumes graded 0/1/2 by
the rules of ``benchmarks/data/real-world/README.md`` ("Relevance grades"), in the format of
``tests/data/pools20/`` (its reader and scorer are shared). They were written from knowledge,
before any change, around three classes: a language the posting prefers or finds desirable
(which should lift a bilingual candidate, never gate the others) against one it requires;
community and social-care posts (link workers, community health workers, support, advocacy and
outreach work, programme and volunteer coordination) whose best candidates did people-facing
community work the vocabulary names little of; and front-desk and patient-access posts, where a
recruiter reads customer-service work outside healthcare (retail, hotels, call centres, banks)
as next-door work, above clinicians who never worked a desk. Neighbours guard the other side: a
coder's and an RN's post, where desk work is not the work, and a licensed social worker's.

In every pool and in both modes (``rank`` with the pool's weights, and ``check``): no grade-0
resume at or above the lowest-scored resume graded 1 or 2 (``zeros``), and every resume graded 2
above every other (``twos``). A case that does not hold is a strict xfail with its reason
(``open.txt``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_pools20_s18 import assert_pools_well_formed, pools_in, scores_in

POOLS = Path(__file__).resolve().parent / "data" / "rank21"
MODES = ("rank", "check")
CHECKS = ("zeros", "twos")


def out_of_order(folder: Path, name: str, check: str, mode: str) -> list[str]:
    """The resumes that break the check: grade 0 at or above a 1/2, or a lower grade at or above a 2."""
    ranked, checked = scores_in(folder, name)
    scores = ranked if mode == "rank" else checked
    candidates = pools_in(folder)[name].candidates
    best = 2 if check == "twos" else 1
    floor = min(scores[c.ident] for c in candidates if c.grade >= best)
    below = [c for c in candidates if c.grade < best] if check == "twos" else [c for c in candidates if c.grade == 0]
    return [f"{c.ident} {scores[c.ident]:.1f} >= {floor:.1f}" for c in below if scores[c.ident] >= floor]


def open_cases(folder: Path) -> dict[tuple[str, str, str], str]:
    """Cases still out of order, from ``open.txt``: ``pool | checks (zeros, twos) | modes (rank, check) | why``."""
    table = {}
    for line in (folder / "open.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pool, checks, modes, reason = (part.strip() for part in line.split("|"))
        for check in checks.split(","):
            for mode in modes.split(","):
                table[(pool, check.strip(), mode.strip())] = reason
    return table


def order_cases(folder: Path) -> list[object]:
    """Every pool x check x mode, the open ones as strict xfails with their reason."""
    open_ = open_cases(folder)
    cases = []
    for name in pools_in(folder):
        for check in CHECKS:
            for mode in MODES:
                reason = open_.get((name, check, mode))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                cases.append(pytest.param(name, check, mode, marks=marks, id=f"{name}:{check}:{mode}"))
    return cases


def test_pools_are_as_the_brief_wants() -> None:
    assert_pools_well_formed(pools_in(POOLS), at_least=40, smallest=4)


def test_open_cases_name_real_pools() -> None:
    pools = pools_in(POOLS)
    assert all(pool in pools and check in CHECKS and mode in MODES for pool, check, mode in open_cases(POOLS))


@pytest.mark.parametrize(("pool", "check", "mode"), order_cases(POOLS))
def test_recruiter_order(pool: str, check: str, mode: str) -> None:
    assert out_of_order(POOLS, pool, check, mode) == []
