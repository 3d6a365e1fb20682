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
from test_pools20_s18 import assert_pools_well_formed, pools_in
from test_rank21_s20 import CHECKS, MODES, open_cases, order_cases, out_of_order

POOLS = Path(__file__).resolve().parent / "data" / "rank22"


def test_pools_are_as_the_brief_wants() -> None:
    assert_pools_well_formed(pools_in(POOLS), at_least=40, smallest=4)


def test_open_cases_name_real_pools() -> None:
    pools = pools_in(POOLS)
    assert all(pool in pools and check in CHECKS and mode in MODES for pool, check, mode in open_cases(POOLS))


@pytest.mark.parametrize(("pool", "check", "mode"), order_cases(POOLS))
def test_recruiter_order(pool: str, check: str, mode: str) -> None:
    assert out_of_order(POOLS, pool, check, mode) == []


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
