"""Unseen lines for the class fixed after the fresh7 probe (issue #18).

The probe (``benchmarks/data/probe/fresh7``: healthcare business roles, two care roles, two
other fields) showed a certificate the candidate only plans to test for ("Phlebotomy
certification - planning to test in 2027") read as held. These lines were written afterwards,
in other words, with near lines on the other side: a card held beside a planned one, plans
that name no credential, and a held card renewed on a plan.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD, PROG = "affirmed", "in_progress"


def _statuses(text: str, term_id: str) -> set[str]:
    return {m.status for m in find_terms(text)[1] if m.term_id == term_id}


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Certifications\nCCMA - planning to test in January", "ccma"),
        ("Certifications\nCertified Phlebotomy Technician (plan to test spring 2027)", "phlebotomy-certification"),
        ("Certifications\nEKG technician certification, plans to test this summer", "ekg-certification"),
        ("Certifications\nPlanning to take the CMA (AAMA) exam in 2027", "cma"),
        ("Certifications\nPlan to obtain ACLS certification by June", "acls"),
        ("Summary\nMedical biller planning to earn my CPhT next year.", "pharmacy-technician-qualification"),
        ("Education\nPlanning to take the CCMA exam after externship", "ccma"),
    ],
)
def test_planned_credentials_are_not_held(text: str, term_id: str) -> None:
    found = _statuses(text, term_id)
    assert found, "the credential is still found"
    assert HELD not in found


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # a card held beside a planned one stays held
        ("Certifications\nBLS (AHA), current; planning to take ACLS in 2027", "bls"),
        ("Certifications\nCCMA (NHA) - active\nPhlebotomy: planning to test in 2027", "ccma"),
        # a plan about something else leaves the credential alone
        ("Experience\nCPR certified. Planning to test the new call workflow with the team.", "cpr"),
        ("Certifications\nCPR/First Aid - plan to renew every two years", "cpr"),
        ("Experience\nCertified Medical Assistant; helped plan the test schedule for lab staff.", "cma"),
    ],
)
def test_held_credentials_near_plans_stay_held(text: str, term_id: str) -> None:
    assert HELD in _statuses(text, term_id)
