"""The misplacements left in ranking, as classes (issue #20 item 4, twenty-first session).

Each file of ``tests/data/rank22/`` is one posting and four to six short resumes graded 0/1/2 by
the rules of ``benchmarks/data/real-world/README.md`` ("Relevance grades"), in the format of
``tests/data/pools20/`` (its reader and scorer are shared). They were written from knowledge,
before any change, around the three largest classes of the unforced grade-0 resumes in a devel
top five: a registered clinician or a licence holder read by their licence on a post whose work
is not theirs (a nurse on a housekeeper's, porter's, catering, secretary's or marketing post; a
nurse who has sold, marketed or recruited for years on a clinical post); another trade's
neighbour taken for the post's own (a laboratory technician on a pharmacy assistant's post, a
nursing assistant on a health educator's, a practice manager on a research coordinator's); and
another field sharing the posting's words (a BI analyst's "engagement" and "campaign" reports on
a marketing post, a recruiter's "screened" and "documents" on an enrolment navigator's).

In every pool and in both modes (``rank`` with the pool's weights, and ``check``): no grade-0
resume at or above the lowest-scored resume graded 1 or 2 (``zeros``), and every resume graded 2
above every other (``twos``). A case that does not hold is a strict xfail with its reason
(``open.txt``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_pools20_s18 import Pool, assert_pools_well_formed, pools_in, scores_in

POOLS = Path(__file__).resolve().parent / "data" / "rank22"
OPEN = POOLS / "open.txt"
"""Cases still out of order: ``pool | checks (zeros, twos) | modes (rank, check) | why``."""
MODES = ("rank", "check")
CHECKS = ("zeros", "twos")


def all_pools() -> dict[str, Pool]:
    return pools_in(POOLS)


def pool_scores(name: str) -> tuple[dict[str, float], dict[str, float]]:
    """Each resume's score from ``rank`` with the pool's weights, and from ``check``."""
    return scores_in(POOLS, name)


def out_of_order(name: str, check: str, mode: str) -> list[str]:
    """The resumes that break the check: grade 0 at or above a 1/2, or a lower grade at or above a 2."""
    ranked, checked = pool_scores(name)
    scores = ranked if mode == "rank" else checked
    candidates = all_pools()[name].candidates
    best = 2 if check == "twos" else 1
    floor = min(scores[c.ident] for c in candidates if c.grade >= best)
    below = [c for c in candidates if c.grade < best] if check == "twos" else [c for c in candidates if c.grade == 0]
    return [f"{c.ident} {scores[c.ident]:.1f} >= {floor:.1f}" for c in below if scores[c.ident] >= floor]


def _open() -> dict[tuple[str, str, str], str]:
    table = {}
    for line in OPEN.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pool, checks, modes, reason = (part.strip() for part in line.split("|"))
        for check in checks.split(","):
            for mode in modes.split(","):
                table[(pool, check.strip(), mode.strip())] = reason
    return table


def _cases() -> list[object]:
    open_ = _open()
    cases = []
    for name in all_pools():
        for check in CHECKS:
            for mode in MODES:
                reason = open_.get((name, check, mode))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                cases.append(pytest.param(name, check, mode, marks=marks, id=f"{name}:{check}:{mode}"))
    return cases


def test_pools_are_as_the_brief_wants() -> None:
    assert_pools_well_formed(all_pools(), at_least=40, smallest=4)


def test_open_cases_name_real_pools() -> None:
    assert all(pool in all_pools() and check in CHECKS and mode in MODES for pool, check, mode in _open())


@pytest.mark.parametrize(("pool", "check", "mode"), _cases())
def test_recruiter_order(pool: str, check: str, mode: str) -> None:
    assert out_of_order(pool, check, mode) == []


@pytest.mark.parametrize(
    ("posting_title", "candidate_title", "credit"),
    [
        # A registered professional is another field on a housekeeper's or kitchen post ...
        ("Ward Housekeeper, Band 2", "Staff Nurse", 0.25),
        ("Catering Assistant", "Clinical Pharmacist", 0.25),
        ("Domestic Assistant", "Diagnostic Radiographer", 0.25),
        # ... the care worker below registration stays next door ...
        ("Ward Housekeeper, Band 2", "Care Assistant", 0.5),
        ("Dietary Aide", "Certified Nursing Assistant", 0.5),
        # ... and a porter's post still reads hands-on clinicians as its grader does.
        ("Hospital Porter, Band 2", "Staff Nurse", 0.5),
        # An office post reads a physician or an advanced practice nurse as another field,
        # a nurse as next door.
        ("Medical Receptionist", "Family Physician", 0.25),
        ("Medical Receptionist", "Family Nurse Practitioner", 0.25),
        ("Medical Receptionist", "Staff Nurse", 0.45),
    ],
)
def test_registered_professional_on_a_hospitality_post(posting_title: str, candidate_title: str, credit: float) -> None:
    """``registered_as_other``: role fit's credit of a candidate title for a posting title."""
    from test_rolefit20_s17 import _candidate, _posting

    from resumematch.scoring.signals import role_fit_credit

    found = role_fit_credit(_posting(posting_title), _candidate(candidate_title))
    assert found is not None
    assert found[0] == pytest.approx(credit)
