"""Ranking classes of the twelfth session (#20): each rule on short fresh texts, both ways.

* A licence read from a nurse's role titles counts three quarters, not half: a specialty
  nurse whose titles never write "RN" no longer loses to a named RN of another specialty
  on the licence part alone; a named licence still counts more.
* A manager's post reads the management work a role's own lines show (three of staff
  supervision, hiring, training, budgets, policies, ...: ``work_families`` in
  ``data/fit.json``), as an office post reads office work: a "Healthcare Administrator"
  who ran a department reads as a manager; two such terms or a licensed title do not.
"""

from __future__ import annotations

import pytest

import resumematch

DAY_UNIT_POST = (
    "Staff Nurse - Chemotherapy Day Unit\n\n"
    "Essential\n"
    "- Registered Nurse with current registration\n"
    "- Experience in oncology nursing\n"
    "- Competent in IV therapy and chemotherapy administration\n"
)

SPECIALTY_LINES = (
    "- Gave chemotherapy and IV infusions to adult oncology outpatients\n"
    "- Cared for central lines and ports; managed IV therapy side effects\n"
)
OTHER_SPECIALTY_LINES = (
    "- Prepared operating rooms and assisted surgeons as circulating nurse\n"
    "- Visited home health patients to dress wounds and review medications\n"
)


def _nurse(title: str, lines: str, licences: str = "BLS") -> str:
    return (
        f"Maria Lopez\n{title}\n\nExperience\n{title}, Riverbend Medical Center, Dayton OH    2016 - Present\n"
        f"{lines}\nCertifications\n{licences}\n"
    )


def _part(report: resumematch.Report, name: str) -> float:
    part = next(p for p in report.parts if p.name == name)
    return part.points / part.weight


def test_a_specialty_nurse_known_by_her_titles_outranks_a_named_rn_of_another_specialty() -> None:
    specialist = resumematch.check(_nurse("Oncology Nurse", SPECIALTY_LINES), job=DAY_UNIT_POST)
    other = resumematch.check(
        _nurse("Registered Nurse", OTHER_SPECIALTY_LINES, "RN, Ohio Board of Nursing; BLS"), job=DAY_UNIT_POST
    )
    assert specialist.score > other.score
    # The titles still show the licence only in part, and the report says to name it.
    check = next(j for j in specialist.requirements if "Registered Nurse" in j.requirement.text)
    assert check.met == "partly"
    assert any("read from your role titles as RN" in m for m in check.missing)
    assert 0.5 < _part(specialist, "certifications/licenses") < 1.0


def test_a_named_licence_still_counts_more_than_the_titles() -> None:
    titled = resumematch.check(_nurse("Oncology Nurse", SPECIALTY_LINES), job=DAY_UNIT_POST)
    named = resumematch.check(
        _nurse("Oncology Nurse", SPECIALTY_LINES, "RN, Ohio Board of Nursing; BLS"), job=DAY_UNIT_POST
    )
    assert _part(named, "certifications/licenses") == pytest.approx(1.0)
    assert named.score > titled.score


SERVICE_MANAGER_POST = (
    "Outpatient Services Manager\n\n"
    "Run the outpatient department's day-to-day operations: lead and appraise its staff, hold\n"
    "its budget and write its policies.\n"
    "Requirements: experience managing a healthcare service or department.\n"
)
MANAGING_LINES = (
    "Supervised a team of 12 front desk and billing staff.\n"
    "Hired and trained new staff for the outpatient department.\n"
    "Prepared and managed the department's annual budget.\n"
    "Wrote and updated the department's policies and procedures.\n"
)
CLERICAL_LINES = (
    "Answered phones, filed charts and typed letters for the physicians.\n"
    "Ordered office supplies and sorted incoming mail.\n"
)
GRANT_LINES = "Managed the grant budget and supervised two student volunteers.\n"


def _worker(title: str, lines: str) -> str:
    return (
        "Dana Whitfield\nHealthcare professional\n\n"
        "Experience\n"
        f"{title}, Lakeview Community Clinic, March 2016 - June 2024\n{lines}\n"
        "Education\nBachelor of Science, 2012\n"
    )


def _role_fit(resume: str, job: str) -> tuple[float, str]:
    report = resumematch.check(resume, job=resumematch.analyze(job))
    part = next(p for p in report.parts if p.name == "role fit")
    return part.points / part.weight, part.detail


def test_a_manager_post_reads_the_management_work_of_an_office_title() -> None:
    managing, detail = _role_fit(_worker("Healthcare Administrator", MANAGING_LINES), SERVICE_MANAGER_POST)
    clerical, clerical_detail = _role_fit(_worker("Healthcare Administrator", CLERICAL_LINES), SERVICE_MANAGER_POST)
    assert managing > clerical
    assert "management work of your roles" in detail
    assert "work of your roles" not in clerical_detail


def test_two_management_terms_do_not_make_a_manager() -> None:
    # A grant coordinator who kept the grant's budget and supervised volunteers: two terms, not three.
    grant, detail = _role_fit(_worker("Program Coordinator", CLERICAL_LINES + GRANT_LINES), SERVICE_MANAGER_POST)
    plain, _ = _role_fit(_worker("Program Coordinator", CLERICAL_LINES), SERVICE_MANAGER_POST)
    assert grant == plain
    assert "work of your roles" not in detail


def test_a_nurse_who_managed_is_still_read_by_her_licence() -> None:
    # A title naming a licensed level keeps its reading: the licence decides, not the work.
    charge, detail = _role_fit(_worker("Charge Nurse", MANAGING_LINES), SERVICE_MANAGER_POST)
    bedside, _ = _role_fit(_worker("Charge Nurse", CLERICAL_LINES), SERVICE_MANAGER_POST)
    assert charge == bedside
    assert "work of your roles" not in detail


def test_an_office_post_still_reads_office_work_not_management_work() -> None:
    desk = "Front Desk Receptionist\n\nGreet patients, answer phones and book appointments.\n"
    _fit, detail = _role_fit(_worker("Healthcare Administrator", MANAGING_LINES), desk)
    assert "management work" not in detail
