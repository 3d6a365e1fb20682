"""Ranking classes of the eleventh session (#20): each rule on short fresh texts, both ways.

* An office post reads the office work a role's own lines show, not only its title
  (``work_families`` in ``data/fit.json``).
* An NHS pay band (Band 2, Band 3) names the pay, not a post for beginners: it no longer
  makes the experience-level part favour few years.
"""

from __future__ import annotations

import resumematch
from resumematch.scoring.posting_fit import posting_fit

RECEPTION_POST = (
    "Outpatient Reception Administrator\n\n"
    "Greet patients at the outpatient clinic desk, book appointments, register new patients,\n"
    "verify insurance and answer telephone enquiries about appointments.\n"
    "Requirements: experience in a customer-facing reception or office role.\n"
)
NURSE_POST = (
    "Medical Ward Staff Nurse\n\n"
    "Deliver bedside nursing care to adult inpatients, give medicines, monitor vital signs.\n"
    "Requirements: current RN licence; BLS.\n"
)

OFFICE_LINES = (
    "Checked in arriving patients and registered them in the clinic system.\n"
    "Booked follow-up appointments and confirmed insurance eligibility before each visit.\n"
    "Answered patient questions by telephone about their appointments.\n"
)
BEDSIDE_LINES = (
    "Helped residents with bathing, dressing and meals.\n"
    "Turned and repositioned bed-bound residents every two hours.\n"
    "Reported changes in condition to the charge nurse.\n"
)


def _resume(title: str, lines: str) -> str:
    return (
        "Dana Whitfield\nHealthcare professional\n\n"
        "Experience\n"
        f"{title}, Lakeview Community Clinic, March 2017 - June 2024\n{lines}\n"
        "Education\nHigh School Diploma, 2012\n"
    )


def _role_fit(resume: str, job: str) -> tuple[float, str]:
    report = resumematch.check(resume, job=resumematch.analyze(job))
    part = next(p for p in report.parts if p.name == "role fit")
    return part.points / part.weight, part.detail


def test_a_clinical_title_with_front_desk_work_reads_as_office_work_for_an_office_post() -> None:
    desk, detail = _role_fit(_resume("Patient Care Assistant", OFFICE_LINES), RECEPTION_POST)
    bedside, _ = _role_fit(_resume("Patient Care Assistant", BEDSIDE_LINES), RECEPTION_POST)
    assert desk > bedside
    assert "office work of your roles" in detail


def test_a_title_naming_no_family_with_front_desk_work_reads_as_office_work() -> None:
    desk, _ = _role_fit(_resume("Team Member", OFFICE_LINES), RECEPTION_POST)
    bedside, _ = _role_fit(_resume("Team Member", BEDSIDE_LINES), RECEPTION_POST)
    assert desk > bedside


def test_a_licensed_or_another_fields_title_keeps_its_reading() -> None:
    # An RN who booked and verified insurance is still read as a nurse; an accountant as an accountant.
    for title in ("Registered Nurse", "Staff Accountant"):
        desk, detail = _role_fit(_resume(title, OFFICE_LINES), RECEPTION_POST)
        bedside, _ = _role_fit(_resume(title, BEDSIDE_LINES), RECEPTION_POST)
        assert desk == bedside, title
        assert "office work" not in detail


def test_one_office_term_is_not_enough() -> None:
    one = "Booked follow-up appointments for the nurses.\nHelped residents with bathing and meals.\n"
    few, _ = _role_fit(_resume("Patient Care Assistant", one), RECEPTION_POST)
    bedside, _ = _role_fit(_resume("Patient Care Assistant", BEDSIDE_LINES), RECEPTION_POST)
    assert few == bedside


def test_office_work_does_not_change_a_clinical_posts_reading() -> None:
    desk, _ = _role_fit(_resume("Patient Care Assistant", OFFICE_LINES), NURSE_POST)
    bedside, _ = _role_fit(_resume("Patient Care Assistant", BEDSIDE_LINES), NURSE_POST)
    assert desk == bedside


def _seniority(job: str) -> str | None:
    return posting_fit(resumematch.analyze(job)).seniority


def test_a_low_pay_band_is_not_a_junior_post() -> None:
    assert _seniority("Ward Clerk, Band 2\n\nAnswer the ward telephone and keep patient notes in order.\n") is None
    assert _seniority("Booking Coordinator - Band 3\n\nBook outpatient appointments for three clinics.\n") is None


def test_a_trainee_or_newly_qualified_post_is_still_junior() -> None:
    assert _seniority("Apprentice Healthcare Support Worker, Band 2\n\nSupport nurses on the ward.\n") == "junior"
    assert _seniority("Staff Nurse, Band 5\n\nNewly qualified nurses are welcome to apply.\n") == "junior"
    assert _seniority("Senior Staff Nurse, Band 6\n\nLead the ward team on shift.\n") == "senior"


def test_twenty_years_earn_as_much_as_three_on_a_band_two_post() -> None:
    job = resumematch.analyze(
        "Emergency Reception Clerk, Band 2\n\n"
        "Register patients arriving at the department and answer the telephone.\n"
        "Essential: experience in a reception or administrative role.\n"
    )
    long = (
        "Morgan Ellery\nReceptionist\n\nExperience\n"
        "Receptionist, Harbour Dental Practice, January 2004 - Present\n"
        "Registered patients and answered the telephone.\n"
    )
    short = long.replace("January 2004", "January 2023")
    parts = {
        name: {p.name: p for p in resumematch.check(text, job=job).parts}
        for name, text in (("long", long), ("short", short))
    }
    assert parts["long"]["experience level"].weight == 0.0  # nothing to judge: no junior level asked
    assert parts["long"]["role fit"].points == parts["short"]["role fit"].points


def _years_check(resume: str, job: str) -> str:
    report = resumematch.check(resume, job=resumematch.analyze(job))
    return next(c.met for c in report.requirements if c.requirement.years)


RN_YEARS_POST = (
    "Telephone Advice Nurse\n\n"
    "Answer parents' calls and advise on the right level of care.\n\n"
    "Requirements\n- Active RN license (required)\n- At least 2 years of RN clinical experience (required)\n"
)


def _nurse(title: str) -> str:
    return (
        "Robin Alvarez\nQuality Analyst\n\nExperience\n"
        "Quality Analyst, Northgate Insurance, May 2019 - Present\nReviewed appeal files.\n"
        f"{title}, St. Brendan Medical Center, June 2012 - April 2019\n"
        "Gave chemotherapy and blood products; taught patients about side effects.\n"
    )


def test_years_as_an_rn_count_the_roles_whose_titles_hold_the_rn_rung() -> None:
    # "Oncology Nurse" is an RN's title: its years are RN years, though its lines never write "RN".
    assert _years_check(_nurse("Oncology Nurse"), RN_YEARS_POST) == "met"
    assert _years_check(_nurse("Charge Nurse"), RN_YEARS_POST) == "met"


def test_years_as_an_rn_do_not_count_an_aides_or_a_trainees_title() -> None:
    assert _years_check(_nurse("Nursing Assistant"), RN_YEARS_POST) != "met"
    assert _years_check(_nurse("Student Nurse"), RN_YEARS_POST) != "met"
