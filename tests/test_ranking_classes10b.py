"""Ranking classes, tenth session, second round (#20): benchmarks/README.md, "Ranking
classes, tenth session, second round".

Each rule is tested on short texts on both sides: the case it changes, and the case that
keeps the old reading.
"""

from __future__ import annotations

import pytest

import resumematch

_RN_POST = """Registered Nurse - Medical/Surgical Unit

Requirements
- Current RN license in the state of Ohio required
- BLS certification required
- 2+ years of acute care nursing experience
"""


def _nurse(first: str, second: str, licences: str = "BLS") -> str:
    return (
        f"Jane Doe\n{first}\n\nExperience\n{first}, Mercy Hospital, Cleveland OH    2019 - Present\n"
        "- Assessed patients on a 30-bed surgical unit and administered medications\n"
        f"{second}, St Vincent Hospital, Cleveland OH    2015 - 2019\n"
        "- Provided direct patient care on a telemetry floor\n\n"
        f"Certifications\n{licences}\n"
    )


def _licence_check(report: resumematch.Report) -> resumematch.RequirementCheck:
    return next(j for j in report.requirements if "RN license" in j.requirement.text)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Charge Nurse", "Staff Nurse"), ("OR Nurse, Circulator", "Staff Nurse"), ("Staff Nurse", "Staff Nurse")],
)
def test_a_nurses_titles_show_the_rn_licence_in_part(first: str, second: str) -> None:
    # A US recruiter reads "Staff Nurse" and "Charge Nurse" as a registered nurse's posts:
    # the licence requirement is partly met (only the licence named shows it is current),
    # the gate is lifted, and the report says where the licence was read.
    report = resumematch.check(_nurse(first, second), job=_RN_POST)
    check = _licence_check(report)
    assert check.met == "partly"
    assert any("read from your role titles as RN" in m for m in check.missing)
    assert "registered-nurse" in {m.term_id for m in report.missing}
    assert "registered-nurse" not in {m.term_id for m in report.matched}  # no evidence to show
    licence = next(p for p in report.parts if p.name == "licence level")
    assert "is required" not in licence.detail


def test_a_named_licence_still_meets_the_requirement_in_full() -> None:
    report = resumematch.check(_nurse("Staff Nurse", "Staff Nurse", "RN, Ohio Board of Nursing; BLS"), job=_RN_POST)
    assert _licence_check(report).met == "met"
    titled = resumematch.check(_nurse("Staff Nurse", "Staff Nurse"), job=_RN_POST)
    assert report.score > titled.score


@pytest.mark.parametrize(
    "title", ["Nurse Aide", "Nursing Assistant", "Student Nurse", "Nurse Recruiter", "Trainee Nursing Associate"]
)
def test_titles_that_are_not_a_registered_nurses_show_no_licence(title: str) -> None:
    report = resumematch.check(_nurse(title, title), job=_RN_POST)
    assert _licence_check(report).met == "not_met"
    licence = next(p for p in report.parts if p.name == "licence level")
    assert "RN is required" in licence.detail  # the gate holds


def test_a_student_nurse_holds_the_care_rung_not_the_licence() -> None:
    # "Student Nurse" names the licence trained for; the care a student gives is the aide's
    # rung. "Staff Nurse, Student Health Center" is an RN (the word is the employer's).
    student = resumematch.check(_nurse("Student Nurse", "Student Nurse"), job=_RN_POST)
    licence = next(p for p in student.parts if p.name == "licence level")
    assert "you hold aide" in licence.detail
    staff = resumematch.check(_nurse("Staff Nurse, Student Health Center", "Staff Nurse"), job=_RN_POST)
    assert _licence_check(staff).met == "partly"
    assert "you hold RN" in next(p for p in staff.parts if p.name == "licence level").detail


def test_an_nhs_staff_nurse_shows_nmc_registration_in_part() -> None:
    post = (
        "Staff Nurse, Band 5 - Surgical Ward\n\nPerson Specification\nEssential\n"
        "- Registered Nurse with current NMC registration\n- Experience of acute surgical care\n"
    )
    resume = (
        "Amy Smith\nStaff Nurse\n\nExperience\nStaff Nurse, Band 5, Leeds Teaching Hospitals NHS Trust\n"
        "March 2019 - Present\n- Cared for post-operative patients on a 28-bed surgical ward\n"
    )
    report = resumematch.check(resume, job=post)
    check = next(j for j in report.requirements if "NMC" in j.requirement.text)
    assert check.met == "partly"


def _terms(posting: str) -> dict[str, str]:
    return {t.term_id: t.kind for t in resumematch.analyze(posting).terms}


_ABOUT_US = """Medical Receptionist

About Us
Valley Health is a nonprofit medical group. We provide cardiology and behavioral health to 40,000 patients
across the county. Our hospital's cancer center opened in 2020.

Responsibilities
- Greet patients and check them in
- Schedule appointments and verify insurance
"""


def test_services_the_employer_provides_are_not_asked() -> None:
    # What the employer says it provides is context: a receptionist is not asked cardiology.
    terms = _terms(_ABOUT_US)
    assert "cardiology" not in terms
    assert "mental-health" not in terms
    assert "oncology" not in terms
    assert "appointment-scheduling" in terms


def test_a_service_named_in_a_duty_or_requirement_is_still_asked() -> None:
    duty = _ABOUT_US + "- Triage calls from cardiology patients and route them to the nurses\n"
    assert "cardiology" in _terms(duty)
    required = _ABOUT_US + "\nRequirements\n- 1+ year of cardiology office experience\n"
    assert "cardiology" in _terms(required)
    # the hire's own work, in words the cue does not hold: "Provide behavioral health support"
    assert "mental-health" in _terms(
        "Peer Support Specialist\n\nDuties\n- Provide behavioral health support to clients\n"
    )
