"""Unseen lines for the classes the hcbiz5 probe (patient-facing coordinator resumes, issue #18) showed.

Each class was found on the probe resumes of `benchmarks/data/probe/hcbiz5` and fixed in the
data (vocabulary patterns and aliases, assertion and people rules) or in the degree grammar's
status cues; these lines were written afterwards, in other words than the probe's, with near
lines that must keep their reading, so a rule that fits only the probe's sentence fails here.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD = "affirmed"


def _statuses(text: str, term_id: str) -> set[str]:
    return {m.status for m in find_terms(text)[1] if m.term_id == term_id}


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        # front-desk and navigator duties in the words people write them
        ("Lined up new-patient consults with the surgeons and radiation oncology.", "appointment-scheduling"),
        ("Set up follow-up visits before each family left the building.", "appointment-scheduling"),
        ("Booked CTs and mammograms for the breast center.", "diagnostic-test-coordination"),
        ("Schedule PET/CT, bone scans and biopsies for new referrals.", "diagnostic-test-coordination"),
        ("Checked parents in at the window and updated guardians on file.", "patient-intake"),
        ("Registered walk-ins on weekends and scanned their cards.", "patient-intake"),
        ("Go-to person for families when a claim or bill went wrong.", "patient-inquiries"),
        ("Point person for patients who needed rides to dialysis.", "patient-inquiries"),
        ("Kept resident charts current and filed loose reports daily.", "medical-records"),
        ("Release vaccination records to camps once a parent signs.", "medical-records"),
        ("Made the monthly registration desk schedule for eleven registrars.", "staff-scheduling"),
        ("Handle the schedule for 9 receptionists and two float staff.", "staff-scheduling"),
        ("Calmed angry callers and found the real problem.", "conflict-resolution"),
        ("Dealt with difficult customers at the service counter.", "conflict-resolution"),
        ("Trained four new paraprofessionals on behavior plans.", "staff-training"),
        ("Medical Billing & Coding Certificate, 2019", "vocational-training"),
        ("Medical Office Specialist Diploma - Remington College", "medical-office-administration"),
    ],
)
def test_a_duty_or_credential_in_free_wording_is_found(line: str, term_id: str) -> None:
    assert HELD in _statuses(line, term_id)


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        ("Booked the CT tech's vacation coverage.", "diagnostic-test-coordination"),
        ("Scheduled pets for grooming and boarding.", "diagnostic-test-coordination"),
        ("Set up per-visit pay codes for home health clinicians.", "appointment-scheduling"),
        ("Checked members in at the gym front desk.", "patient-intake"),
        ("Checked in shipments and kept the stockroom organized.", "patient-intake"),
        ("Kept charts and graphs of monthly sales for the owner.", "medical-records"),
        ("Released the hold on vendor payments after review.", "medical-records"),
        ("Kept the schedule of the CEO and booked her travel.", "staff-scheduling"),
        ("Handled difficult conversations with vendors about late orders.", "conflict-resolution"),
        ("Coding bootcamp certificate (Python, JavaScript), 2021", "vocational-training"),
        ("Point of sale system and cash drawer.", "patient-inquiries"),
    ],
)
def test_a_near_line_is_not_that_duty(line: str, term_id: str) -> None:
    assert HELD not in _statuses(line, term_id)


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        # a degree or programme not finished, in words the grammar and the rules now read
        ("Pre-nursing student (ADN, graduating December 2026)", "adn"),
        ("Bachelor of Science : Public Health, graduating in Spring 2027", "bachelors-degree"),
        ("Master of Public Health - coursework done, program on hold", "masters-degree"),
        ("Patient Care Technician training - enrolled, classes begin January", "patient-care-technician"),
        ("Medical Office Specialist diploma program, currently enrolled", "medical-office-administration"),
        ("Phlebotomy certificate - classes start next month", "phlebotomy-certification"),
    ],
)
def test_a_credential_not_finished_is_not_held(line: str, term_id: str) -> None:
    statuses = _statuses(line, term_id)
    assert statuses
    assert HELD not in statuses


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        ("High School Diploma, graduating class of 2009", "high-school-diploma"),
        ("Associate of Applied Science : Nursing, 2016 (graduated with honors)", "adn"),
        ("BLS certified, placing callers on hold and transferring calls", "bls"),
    ],
)
def test_a_finished_credential_stays_held(line: str, term_id: str) -> None:
    assert HELD in _statuses(line, term_id)


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        # a credential held, then a programme being started: the programme's cue reaches back no further
        ("Certified Nursing Assistant, currently enrolled in the LPN program", "certified-nursing-assistant"),
        ("CNA - enrolled in nursing school, classes Tuesday and Thursday", "certified-nursing-assistant"),
        ("BLS certified - enrolled patients in the heart failure registry", "bls"),
    ],
)
def test_a_held_credential_before_an_enrolment_stays_held(line: str, term_id: str) -> None:
    assert HELD in _statuses(line, term_id)


@pytest.mark.parametrize(
    ("line", "held"),
    [
        # a caseload is case management when it is of people served, or stands alone
        ("Carried a caseload of 30-35 home health patients across two counties.", True),
        ("Manage a caseload of 50 members with heart failure and COPD.", True),
        ("Maintained a caseload of 60 open cases for the county's adult services.", True),
        ("Managed a heavy caseload; coordinated discharges daily.", True),
        ("Carried a caseload of 20 to 25 hospice patients in their homes.", True),
        # ... and not when it is of a lawyer's, an adjuster's or a teacher's files
        ("Handle a caseload of 75 workers' compensation and auto liability claims.", False),
        ("Managed a caseload of 35 commercial litigation and products liability cases.", False),
        ("Carry a caseload of 24 students receiving speech and language services.", False),
    ],
)
def test_a_caseload_of_people_served_is_case_management(line: str, held: bool) -> None:
    assert (HELD in _statuses(line, "case-management")) is held


def test_a_newborn_heel_stick_is_a_blood_draw() -> None:
    assert HELD in _statuses("Performed heel sticks and bilirubin draws on newborns.", "phlebotomy")
    assert HELD not in _statuses("Checked for heel blisters and pressure injuries.", "phlebotomy")


@pytest.mark.parametrize(
    ("line", "held"),
    [
        ("Followed fall prevention protocols on every shift.", True),
        ("Followed hospital suicide protocol with every at-risk caller.", True),
        ("Follows isolation protocols for C. diff and MRSA rooms.", True),
        ("Followed up on protocol deviations with the sponsor.", False),
        ("Followed a marketing protocol for press releases.", False),
        ("Titrated heparin drips per protocol.", False),
    ],
)
def test_following_a_protocol_is_protocol_adherence(line: str, held: bool) -> None:
    assert (HELD in _statuses(line, "protocol-adherence")) is held
