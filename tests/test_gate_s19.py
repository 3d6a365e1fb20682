"""No grade-0 resume above a resume graded 1 or 2 (issue #20 item 4, nineteenth session).

Each file of ``tests/data/gate20/`` is one posting and five short resumes graded 0/1/2 by the
rules of ``benchmarks/data/real-world/README.md`` ("Relevance grades"), in the format of
``tests/data/pools20/`` (its reader and scorer are shared). The pools were written from
knowledge, before any change, around the classes of resume a recruiter grades 0 and a ranker
puts in a top five: a non-clinical resume that shares a clinical post's words (the unit's
office worker, the salesperson who calls on its nurses); a licence-gated post and an
unlicensed resume; a manager's post and an intern's or a student's resume; another family
than the post asks for (a recruiter on a community health worker's post, a nurse on a
billing post); a resume that names the post's setting or field only as a customer, a
patient or in another sense of the word ("theatre", "social", "coding", "x-ray"). They span
the nursing ladder, allied trades, the medical office, billing and coding, coordinators,
managers, community health and the back office, in US and NHS styles.

In every pool and in both modes (``rank`` with the pool's weights, and ``check``) the lowest
score of a resume graded 1 or 2 must be above the highest of a grade-0 resume. A pool where it
is not is a strict xfail with its reason (``open.txt``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_pools20_s18 import Pool, assert_pools_well_formed, pools_in, scores_in

POOLS = Path(__file__).resolve().parent / "data" / "gate20"
OPEN = POOLS / "open.txt"
"""Pools whose gate is still broken: ``pool | modes (rank, check) | why``."""
MODES = ("rank", "check")


def all_pools() -> dict[str, Pool]:
    return pools_in(POOLS)


def pool_scores(name: str) -> tuple[dict[str, float], dict[str, float]]:
    """Each resume's score from ``rank`` with the pool's weights, and from ``check``."""
    return scores_in(POOLS, name)


def intruders(name: str, mode: str) -> list[str]:
    """The grade-0 resumes scoring at or above the lowest-scored resume graded 1 or 2."""
    ranked, checked = pool_scores(name)
    scores = ranked if mode == "rank" else checked
    candidates = all_pools()[name].candidates
    floor = min(scores[c.ident] for c in candidates if c.grade >= 1)
    return [f"{c.ident} {scores[c.ident]:.1f}" for c in candidates if c.grade == 0 and scores[c.ident] >= floor]


def _open() -> dict[tuple[str, str], str]:
    table = {}
    for line in OPEN.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pool, modes, reason = (part.strip() for part in line.split("|"))
        for mode in modes.split(","):
            table[(pool, mode.strip())] = reason
    return table


def _cases() -> list[object]:
    open_ = _open()
    cases = []
    for name in all_pools():
        for mode in MODES:
            reason = open_.get((name, mode))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(name, mode, marks=marks, id=f"{name}:{mode}"))
    return cases


def test_pools_are_as_the_brief_wants() -> None:
    assert_pools_well_formed(all_pools(), at_least=40, smallest=4)


def test_open_pools_name_real_pools() -> None:
    assert all(pool in all_pools() and mode in MODES for pool, mode in _open())


@pytest.mark.parametrize(("pool", "mode"), _cases())
def test_no_grade_zero_above_a_graded_resume(pool: str, mode: str) -> None:
    assert intruders(pool, mode) == []
