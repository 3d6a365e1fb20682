"""Specialties and settings on a business resume (issue #18, people.json ``clinical_holders``).

On the resume of a biller, a seller, a recruiter or a scheduler who holds no clinical licence,
certificate or title, a specialty or setting is the business's customer or market ("agreements
with primary care groups", "home health agencies"), not a setting the candidate worked in,
unless the resume says the candidate worked there: a unit, floor, office or trials after it, "in"
or "on" before it, or a role or employer line. A clinician's resume keeps its settings as before.
Lines written for this file, not taken from any probe or dev document.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD, OTHER = "affirmed", "other_person"

_BILLER = """Dana Whitfield
EXPERIENCE
Reimbursement Specialist
Lakeside Medical Group, 2019 - 2024
- {line}
EDUCATION
B.S. Business Administration, State University, 2018
"""

_NURSE = """Dana Whitfield, RN
EXPERIENCE
Registered Nurse
Lakeside Medical Group, 2019 - 2024
- {line}
EDUCATION
B.S. Business Administration, State University, 2018
"""


def _statuses(text: str, term_id: str) -> set[str]:
    return {m.status for m in find_terms(text)[1] if m.term_id == term_id}


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        ("Signed service agreements with primary care groups in three counties.", "primary-care"),
        ("Filed long-term care Medicaid applications for residents' families.", "long-term-care"),
        ("Set up electronic billing for twelve home health agencies.", "home-health"),
        ("Reconciled pharmacy invoices from the cardiology and oncology clinics.", "cardiology"),
    ],
)
def test_a_setting_on_a_business_resume_is_the_market_served(line: str, term_id: str) -> None:
    assert _statuses(_BILLER.format(line=line), term_id) == {OTHER}


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        ("Signed service agreements with primary care groups in three counties.", "primary-care"),
        ("Set up electronic billing for twelve home health agencies.", "home-health"),
    ],
)
def test_a_clinicians_resume_keeps_the_same_wording(line: str, term_id: str) -> None:
    assert HELD in _statuses(_NURSE.format(line=line), term_id)


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        ("Answered call lights and phones on the telemetry unit at night.", "telemetry"),
        ("Registered walk-in patients in a busy emergency department.", "emergency-department"),
        ("Greeted families at a two-physician pediatric office.", "pediatrics"),
        ("Screened subjects for oncology trials under the sponsor's protocol.", "oncology"),
    ],
)
def test_a_place_the_business_candidate_worked_is_held(line: str, term_id: str) -> None:
    assert _statuses(_BILLER.format(line=line), term_id) == {HELD}


def test_a_role_line_names_the_candidates_own_unit() -> None:
    text = """Robin Hale
EXPERIENCE
Emergency Department Scribe
Valley Regional Hospital, 2021 - 2023
- Documented physician encounters in real time.
EDUCATION
B.S. Biology, State University, 2021
"""
    assert _statuses(text, "emergency-department") == {HELD}


def test_a_single_line_under_one_heading_is_no_resume_to_read() -> None:
    # A note under one heading has no candidate's profile: its setting is read as before.
    text = "Experience\nProvided home health visits to eight patients a day."
    assert _statuses(text, "home-health") == {HELD}


def test_a_certificate_only_named_for_others_does_not_make_the_candidate_clinical() -> None:
    text = _BILLER.format(line="Verified CNAs' licences and set up contracts with home health agencies.")
    assert _statuses(text, "home-health") == {OTHER}
