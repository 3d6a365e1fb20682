"""Ranking classes of the fourteenth session (#20): the usual work of posts the role
duties did not know, each on short fresh texts, both ways.

* Community and public-health programme posts (outreach, prevention programmes, patient
  navigation, promotoras) are the health educator's work: health education, public health,
  advocacy and navigation, not an office's front desk.
* A staffing office's post (a staff bank, rostering, scheduling caregivers' shifts) looks
  for people who built staff schedules, hired and trained staff.
* An intake coordinator registers and verifies patients: a front office's work.
* A quality or data post looks for quality improvement and data work, and a clinical
  systems post (an EHR application analyst, a digital EPR project) for informatics and
  implementation work, not for an office's bookings.
* A health plan's member services, enrolment, eligibility and financial counselling posts
  look for insurance, enquiries, customer service, authorisations and advocacy.
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.scoring.role_duties import role_duties


def _role(title: str) -> str | None:
    found = role_duties(title)
    return found.role if found is not None else None


@pytest.mark.parametrize(
    "title",
    [
        "Immunisation Outreach Coordinator",
        "Community Outreach Worker - Diabetes Programme",
        "Outreach Specialist (Bilingual)",
        "HIV Prevention Specialist",
        "Youth Substance Use Prevention Program Coordinator",
        "Promotora de Salud",
        "Peer Educator, Sexual Health",
        "Cancer Patient Navigator",
    ],
)
def test_programme_posts_are_a_health_educators_work(title: str) -> None:
    assert _role(title) == "health educator"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Infection Prevention Nurse", None),  # infection control, not a prevention programme
        ("Laboratory Outreach Sales Representative", None),  # selling, not outreach work
        ("Health Insurance Navigator", "member services"),  # enrolment, not a patient's care
        ("Surgery Scheduler", "front office"),  # books patients, not staff
        ("Bank Support Worker", None),  # a clinical post on the bank
        ("Healthcare Staffing Account Manager", None),  # a staffing agency's salesperson
    ],
)
def test_near_misses_keep_their_reading(title: str, role: str | None) -> None:
    assert _role(title) == role


@pytest.mark.parametrize(
    "title",
    [
        "Temporary Staffing Bank Coordinator, Band 4",
        "Nurse Staffing Coordinator",
        "Home Health Scheduling Coordinator",
        "Caregiver Scheduler - Home Care",
        "E-Rostering Administrator",
    ],
)
def test_staffing_office_posts_look_for_staff_scheduling(title: str) -> None:
    assert _role(title) == "staffing office"


def test_an_intake_coordinator_does_a_front_offices_work() -> None:
    assert _role("Referral Intake Coordinator - Community Nursing") == "front office"
    assert _role("Intake Specialist, Behavioral Health") == "front office"


def _resume(title: str, duties: str) -> str:
    return (
        f"Alex Rivera\n{title}\n\nExperience\n{title}, Lakeside Health, Mar 2018 - Feb 2024\n{duties}\n"
        "Education\nBachelor of Science\n"
    )


def _duties(report: resumematch.Report) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == "the role's usual duties")


def test_an_outreach_post_credits_health_education_over_front_desk_work() -> None:
    job = resumematch.analyze(
        "Community Outreach Coordinator\n\nYou will take our screening van to neighbourhood events and "
        "help families sign up for check-ups. Two years of related work required.\n"
    )
    educator = _duties(
        resumematch.check(
            _resume(
                "Community Health Educator",
                "Delivered patient education sessions on diabetes; public health campaigns; "
                "patient navigation for uninsured families.",
            ),
            job=job,
        )
    )
    clerk = _duties(
        resumematch.check(
            _resume("Front Desk Clerk", "Scheduled appointments, verified insurance and answered the phones."), job=job
        )
    )
    assert educator.weight > 0 and "health educator" in educator.detail
    assert educator.points > clerk.points == 0


def test_a_staff_bank_post_credits_the_person_who_built_staff_rotas() -> None:
    job = resumematch.analyze(
        "Staff Bank Coordinator\n\nBook shifts for our bank workers and keep their records up to date.\n"
    )
    scheduler = _duties(
        resumematch.check(
            _resume("Office Supervisor", "Built the weekly staff schedules, hired and trained new staff."), job=job
        )
    )
    receptionist = _duties(
        resumematch.check(_resume("Receptionist", "Greeted patients and scheduled appointments."), job=job)
    )
    assert scheduler.weight > 0 and "staffing office" in scheduler.detail
    assert scheduler.points > receptionist.points


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Quality Improvement Coordinator - Primary Care", "quality and data"),
        ("Performance and Data Analyst, Band 6", "quality and data"),
        ("Business Intelligence Developer", "quality and data"),
        ("Nursing Informatics Specialist", "quality and data"),
        ("Cerner Application Analyst - Revenue Cycle", "clinical systems"),
        ("EMR Implementation Coordinator", "clinical systems"),
        ("Clinical Systems Trainer", "clinical systems"),
        ("Project Officer - Digital Transformation", "clinical systems"),
        ("Data Entry Clerk", None),  # keys data in: no analysis asked
        ("Quality Assurance Technician", None),  # a laboratory's or a factory's QA bench
    ],
)
def test_quality_data_and_clinical_systems_posts(title: str, role: str | None) -> None:
    assert _role(title) == role


def test_a_data_post_credits_quality_and_analysis_work_over_bookings() -> None:
    job = resumematch.analyze("Quality and Data Coordinator\n\nJoin our small team. Full time, Monday to Friday.\n")
    analyst = _duties(
        resumematch.check(
            _resume(
                "Healthcare Analyst",
                "Led quality improvement projects; data analysis of readmissions; database management in SQL.",
            ),
            job=job,
        )
    )
    scheduler = _duties(
        resumematch.check(_resume("Patient Coordinator", "Scheduled appointments and registered patients."), job=job)
    )
    assert analyst.weight > 0 and analyst.points == analyst.weight
    assert scheduler.points == 0


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Member Services Representative II", "member services"),
        ("Medicaid Enrollment Specialist (Bilingual)", "member services"),
        ("Patient Financial Counsellor", "member services"),
        ("Eligibility Worker - Social Services", "member services"),
        ("Financial Analyst", None),  # finance, not a patient's coverage
        ("Volunteer Services Coordinator", None),
    ],
)
def test_member_services_posts(title: str, role: str | None) -> None:
    assert _role(title) == role


def test_an_enrolment_post_credits_insurance_work_over_clinical_care() -> None:
    job = resumematch.analyze("Enrollment Specialist\n\nHelp our members choose a health plan.\n")
    advocate = _duties(
        resumematch.check(
            _resume(
                "Member Advocate",
                "Verified insurance eligibility, obtained prior authorizations and answered patient inquiries.",
            ),
            job=job,
        )
    )
    aide = _duties(
        resumematch.check(_resume("Nursing Assistant", "Took vital signs and helped residents with meals."), job=job)
    )
    assert advocate.weight > 0 and advocate.points == advocate.weight
    assert aide.points == 0


_CASHIER = (
    "Sam Lee\nRetail Supervisor\n\nExperience\nRetail Supervisor, Big Store, Jan 2015 - Jan 2022\n"
    "Ran the tills and trained cashiers.\n"
)
_NURSE = (
    "Sam Lee\nStaff Nurse\n\nExperience\nStaff Nurse, Mercy Hospital, Jan 2015 - Jan 2022\n"
    "Cared for surgical patients on a busy ward.\n"
)


def test_years_read_without_a_subject_show_none_of_their_terms() -> None:
    # A comma list before "work" gives the years no subject: a cashier's seven years meet
    # them, and that says nothing about patient navigation.
    job = resumematch.analyze(
        "Outreach Worker\n\nRequirements\n"
        "- At least two years of community outreach, health education or patient navigation work.\n"
        "- Valid driver's license.\n"
    )
    assert [r.subject for r in job.requirements if r.term_ids == ("patient-navigation",)] == [None]
    report = resumematch.check(_CASHIER, job=job)
    assert "patient-navigation" not in [m.term_id for m in report.matched]


def test_years_of_a_subject_still_show_its_term() -> None:
    job = resumematch.analyze(
        "Clinic Nurse\n\nRequirements\n- 3+ years of nursing experience.\n- Valid driver's license.\n"
    )
    assert "nursing-experience" in [m.term_id for m in resumematch.check(_NURSE, job=job).matched]
    assert "nursing-experience" not in [m.term_id for m in resumematch.check(_CASHIER, job=job).matched]


@pytest.mark.parametrize(
    ("title", "also"),
    [
        # A community post since the twentieth session (its own family, whose row reads research
        # people as neighbours: tests/test_community_family_s20.py), no longer an office post opened.
        ("Community Outreach Coordinator", None),
        ("Tobacco Prevention Program Coordinator", "research"),
        ("Patient Navigator", None),  # office and care coordination: the office row alone
        ("Program Coordinator - Reproductive Health", None),  # a programme's office (the dev grader's)
        ("Outreach Sales Coordinator", None),  # a sales post
    ],
)
def test_a_community_programme_post_reads_programme_and_research_people(title: str, also: str | None) -> None:
    from resumematch.scoring.posting_fit import posting_fit

    text = f"{title}\n\nRequirements\n- Two years of office experience.\n- Good communication with clients.\n"
    fit = posting_fit(resumematch.analyze(text))
    assert fit.also_family == also
    if also is not None:
        assert fit.family == "administrative"
