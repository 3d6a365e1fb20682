"""Ranking classes of the thirteenth session, second round (#20): each rule on fresh texts, both ways.

* A title on the line under a bare date line ("03/2016 to 08/2019" / "Receptionist II") is
  the role's title; a bullet, a sentence or the next role's heading under it is not.
* An executive's title is a level above an office post only in the headline or the latest
  role: a past director now working below that level has stepped down. A medical office
  manager's title on a front-office post still counts in every recent role.
* Experience "in a medical office or clinic" is met by a role in a hospital's
  patient-facing department; a subject that also names other work is not.
* A duty written as the people the hire supervises ("two health educators") asks nothing;
  a duty written as an act ("deliver health education", "work with the surgeons") does.
"""

from __future__ import annotations

import resumematch
from resumematch.extract import extract_text
from resumematch.resume.roles import find_roles

TITLE_BELOW = (
    "Dana Ortiz\n\n"
    "Experience\n"
    "04/2018 to Current\n"
    "Registration Clerk II\n"
    "Lakeview Regional Hospital - Springfield, IL\n"
    "Checked in outpatients and verified insurance.\n"
    "09/2014 to 03/2018\n"
    "Front Desk Associate\n"
    "Maple Family Dental - Springfield, IL\n"
    "Answered phones and booked appointments.\n"
)
SENTENCE_BELOW = (
    "Experience\n"
    "04/2018 to Current\n"
    "Checked in outpatients and verified insurance for a busy imaging department.\n"
    "Booked appointments.\n"
)
BULLET_BELOW = "Experience\n04/2018 to Current\n- Checked in outpatients\n- Booked appointments\n"
HEADING_BELOW = (
    "Experience\n"
    "Patient Access Lead, Lakeview Regional Hospital\n"
    "04/2018 to Current\n"
    "Ward Clerk, Lakeview Regional Hospital\n"
    "09/2014 to 03/2018\n"
    "Answered phones.\n"
)


def test_a_title_under_a_bare_date_line_is_the_roles_title() -> None:
    roles = find_roles(extract_text(TITLE_BELOW, source="resume.txt"))
    assert [r.title for r in roles] == ["Registration Clerk II", "Front Desk Associate"]


def test_a_sentence_or_a_bullet_under_a_date_line_is_no_title() -> None:
    for text in (SENTENCE_BELOW, BULLET_BELOW):
        roles = find_roles(extract_text(text, source="resume.txt"))
        assert [r.title for r in roles] == [""]


def test_a_title_above_the_dates_is_kept_and_the_next_heading_is_not_taken() -> None:
    roles = find_roles(extract_text(HEADING_BELOW, source="resume.txt"))
    assert [r.title for r in roles] == [
        "Patient Access Lead, Lakeview Regional Hospital",
        "Ward Clerk, Lakeview Regional Hospital",
    ]


OFFICE_POSTING = (
    "Patient Flow Coordinator\n\nYou will track bed availability, book patients' transfers and keep the "
    "unit's records.\n\nRequirements:\n- Microsoft Office\n- Customer service\n- Appointment scheduling\n"
)
FRONT_POSTING = (
    "Outpatient Receptionist\n\nGreet and book in patients and answer the telephone.\n\nRequirements:\n"
    "- Customer service\n"
)


def _resume(headline: str, titles: list[str]) -> str:
    roles = "".join(
        f"{title}, Birchwood Health, Jan {2019 - 4 * i} - Dec {2022 - 4 * i}\n"
        "Scheduled patients' appointments and kept records in Microsoft Office.\n"
        for i, title in enumerate(titles)
    )
    return f"{headline}\n\nExperience\n{roles}\nSkills\nMicrosoft Office, customer service\n"


def _part(report: resumematch.Report, name: str) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == name)


def test_a_past_director_now_below_that_level_is_not_over_level() -> None:
    job = resumematch.analyze(OFFICE_POSTING)
    stepped_down = _resume("Patient Scheduler", ["Patient Scheduler", "Director of Patient Services", "Vice President"])
    part = _part(resumematch.check(stepped_down, job=job), "executive level")
    assert part.weight > 0 and part.points == part.weight


def test_a_current_director_is_still_over_level() -> None:
    job = resumematch.analyze(OFFICE_POSTING)
    current = _resume("Healthcare Leader", ["Director of Patient Services", "Patient Scheduler", "Scheduler"])
    part = _part(resumematch.check(current, job=job), "executive level")
    assert part.points < part.weight and "level above" in part.detail


def test_an_earlier_practice_manager_role_still_counts_on_a_front_office_post() -> None:
    job = resumematch.analyze(FRONT_POSTING)
    earlier = _resume("Receptionist", ["Receptionist", "Front Desk Clerk", "Practice Manager"])
    part = _part(resumematch.check(earlier, job=job), "executive level")
    assert part.points < part.weight and "front-office" in part.detail


CLINIC_POST = (
    "Front Desk and Clinical Assistant\n\nCheck in patients, answer phones and room patients for the "
    "providers.\n\nRequirements:\n- At least one year of experience in a medical office or clinic is required\n"
)
LAB_POST = (
    "Specimen Accessioner\n\nLabel, log and sort incoming specimens.\n\nRequirements:\n"
    "- One year of experience in a clinical laboratory or medical office is required\n"
)


def _hospital_desk(department: str) -> str:
    return (
        "Experience\n"
        "Unit Secretary, 05/2019 to 06/2022\n"
        f"Answered phones and greeted visitors for the {department}; kept the unit's files.\n"
    )


def _years_note(report: resumematch.Report) -> str:
    check = next(c for c in report.requirements if c.requirement.aspect == "experience")
    return f"{check.met} {check.note}"


def test_a_hospital_departments_role_counts_as_medical_office_or_clinic_years() -> None:
    job = resumematch.analyze(CLINIC_POST)
    hospital = resumematch.check(_hospital_desk("Critical Care Department at Lakeview Hospital"), job=job)
    assert _years_note(hospital).startswith("met")


def test_another_setting_is_no_clinic() -> None:
    job = resumematch.analyze(CLINIC_POST)
    office = resumematch.check(_hospital_desk("sales department of a furniture store"), job=job)
    assert not _years_note(office).startswith("met")


def test_a_subject_that_names_other_work_asks_that_work_not_the_setting() -> None:
    job = resumematch.analyze(LAB_POST)
    hospital = resumematch.check(_hospital_desk("Critical Care Department at Lakeview Hospital"), job=job)
    assert not _years_note(hospital).startswith("met")


def _outreach_post(line: str) -> resumematch.JobProfile:
    return resumematch.analyze(f"Outreach Coordinator\n\nAbout the role\n{line}\n\nRequirements:\n- Microsoft Excel\n")


def test_the_people_a_hire_supervises_named_by_their_duty_ask_nothing() -> None:
    job = _outreach_post("The Coordinator supervises a team of four peer navigators and two health educators.")
    terms = {t.term_id for t in job.terms}
    assert "patient-education" not in terms
    assert "staff-supervision" in terms


def test_the_hires_own_duty_written_as_an_act_is_still_asked() -> None:
    job = _outreach_post("You will deliver health education sessions at schools and libraries.")
    assert "patient-education" in {t.term_id for t in job.terms}
    job = _outreach_post("You will work with the surgeons' schedulers to book patients.")
    assert "provider-coordination" in {t.term_id for t in job.terms}
