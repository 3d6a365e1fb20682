"""Unseen lines for the classes the mgmt probe (manager resumes, issue #18) showed.

Each class was found on the ten manager resumes of `benchmarks/data/probe/mgmt` and fixed in
the data (vocabulary aliases and token patterns, assertion cues); these lines were written
afterwards, in other words than the probe's, with near lines that must keep their reading, so
a rule that fits only the probe's sentence fails here.
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
        # head counts in managers' wording
        ("Accountable for 140 employees across four clinics.", "staff-supervision"),
        ("Responsible for a 22-person nursing staff.", "staff-supervision"),
        ("Full accountability for 55 FTEs on two units.", "staff-supervision"),
        ("Led 3 clinic managers and 40 support staff.", "staff-supervision"),
        ("Lead two directors and six supervisors.", "staff-supervision"),
        # schedules a manager builds
        ("Created the 4-week staffing schedule for the infusion suite.", "staff-scheduling"),
        ("Prepare each 6 week schedule for nights and weekends.", "staff-scheduling"),
        ("Maintained the physician call schedule for the group.", "staff-scheduling"),
        ("Wrote the holiday coverage schedule every November.", "staff-scheduling"),
        ("Managed the on-call rotation for the IT team.", "staff-scheduling"),
        # a budget named by its size
        ("Oversight of a $3.2M annual budget and 30 staff.", "budgeting"),
        ("Department of 18 with a $900K operating budget.", "budgeting"),
        ("Own a team of 30 and a $1.5 million capital budget.", "budgeting"),
        # service recovery
        ("Resolved patient complaints within 48 hours.", "patient-inquiries"),
        ("Investigate patient grievances and write the response letters.", "patient-inquiries"),
        # practice titles
        ("Clinic Administrator, Valley Pediatrics", "clinic-manager"),
        ("Medical Practice Administrator 2015 - 2020", "clinic-manager"),
        ("Health Center Administrator, Eastside Family Clinic", "health-services-manager"),
        # quality measures a clinical leader owns
        ("Cut surgical site infections 40% in colorectal cases.", "infection-control"),
        ("Led the SSI prevention bundle rollout in the ORs.", "infection-control"),
        ("Zero serious safety events on the unit in 2023.", "patient-safety"),
    ],
)
def test_manager_wording_is_found(line: str, term_id: str) -> None:
    assert HELD in _statuses(line, term_id)


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        ("Responsible for 12 patients per shift on a busy unit.", "staff-supervision"),
        ("Accountable for 3 clinics' revenue targets.", "staff-supervision"),
        ("Led 4 projects to completion on time.", "staff-supervision"),
        ("Created the 12-week training curriculum for new hires.", "staff-scheduling"),
        ("Made a call to every patient after discharge.", "staff-scheduling"),
        ("Built the coverage map for the sales territory.", "staff-scheduling"),
        ("Raised $40K for the new wing at the annual gala.", "budgeting"),
        ("Sold $2M in equipment last year.", "budgeting"),
        ("Escalated billing complaints to the service supervisor.", "patient-inquiries"),
        ("Office Administrator, Smith & Jones Law Firm", "clinic-manager"),
        ("Helped clients apply for SSI and SSDI benefits.", "infection-control"),
        ("Ran the warehouse's monthly safety event review.", "patient-safety"),
    ],
)
def test_near_lines_keep_their_reading(line: str, term_id: str) -> None:
    assert HELD not in _statuses(line, term_id)


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        ("Master of Public Health (coursework completed, thesis pending)", "mph"),
        ("M.S. Nursing Education - all coursework completed", "masters-degree"),
        ("PhD, Health Policy - dissertation pending", "doctorate"),
        ("Master of Arts in Counseling, thesis pending", "masters-degree"),
    ],
)
def test_a_degree_without_its_thesis_is_not_held(line: str, term_id: str) -> None:
    statuses = _statuses(line, term_id)
    assert statuses
    assert HELD not in statuses


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        ("Master of Public Health, 2019 (thesis on vaccine uptake)", "mph"),
        ("Bachelor of Science in Nursing, 2012; completed coursework in informatics", "bsn"),
    ],
)
def test_a_finished_degree_stays_held(line: str, term_id: str) -> None:
    assert HELD in _statuses(line, term_id)


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        # a skill or setting before the licence of the people a manager leads
        ("Hired and scheduled 25 float pool RNs and 10 telemetry LPNs.", "telemetry"),
        ("Oversaw 14 triage RNs for the after-hours line.", "triage"),
        ("Staffed 40 hospice CNAs across three counties.", "home-health"),
        # a nurse advice line is a service, not the candidate's title
        ("Supervisor, Nurse Advice Line", "nurse"),
        ("Took over the nurse advice line's call routing.", "nurse"),
    ],
)
def test_the_teams_of_a_manager_are_not_the_manager(line: str, term_id: str) -> None:
    assert HELD not in _statuses(line, term_id)


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        ("Triage RN, Emergency Department 2016 - 2020", "triage"),
        ("Performed phone triage for 60 callers a shift.", "triage"),
        ("Telemetry RN, 32-bed unit", "telemetry"),
        ("Staff Nurse, Medical ICU", "nurse"),
    ],
)
def test_the_candidates_own_work_stays_held(line: str, term_id: str) -> None:
    assert HELD in _statuses(line, term_id)
