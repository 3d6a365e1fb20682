"""Ranking classes of the fourteenth session's second round (#20), each on short fresh
texts, both ways.

* A care coordinator's post (community mental health, social services, a case worker's,
  a service coordinator's) looks for case management, care coordination, care plans,
  advocacy and navigation, whoever did them (a case worker, a nurse case manager), not for
  an office's billing or front desk; a practice's "Patient Care Coordinator" books and
  registers patients (front office).
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.scoring.role_duties import role_duties


def _role(title: str) -> str | None:
    found = role_duties(title)
    return found.role if found is not None else None


def _resume(title: str, duties: str) -> str:
    return (
        f"Jordan Ellis\n{title}\n\nExperience\n{title}, Prairie County Services, Jun 2017 - May 2024\n{duties}\n"
        "Education\nBachelor of Arts, Sociology\n"
    )


def _duties(report: resumematch.Report) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == "the role's usual duties")


@pytest.mark.parametrize(
    "title",
    [
        "Behavioral Health Care Coordinator",
        "Care Co-ordinator - Community Mental Health Team",
        "Adult Services Case Worker",
        "Child Welfare Caseworker II",
        "Service Coordinator (Developmental Disabilities)",
        "Community Resource Coordinator",
        "Substance Use Care Coordination Specialist",
    ],
)
def test_care_coordination_posts_are_a_care_coordinators_work(title: str) -> None:
    assert _role(title) == "care coordinator"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Patient Care Coordinator - Dermatology Practice", "front office"),  # books and registers
        ("RN Case Manager - Hospice", "case manager"),  # utilisation review, discharges
        ("Chronic Care Manager", "case manager"),
        ("Care Assistant - Nights", None),  # personal care, not coordination
        ("Billing Coordinator", "medical billing"),
        ("Community Health Worker", "health educator"),
    ],
)
def test_near_misses_keep_their_reading(title: str, role: str | None) -> None:
    assert _role(title) == role


def test_a_care_coordinator_post_credits_case_work_over_billing() -> None:
    job = resumematch.analyze(
        "Family Support Care Coordinator\n\nHelp families of children with complex needs stay "
        "connected to services across our county. Associate degree and two years of related work required.\n"
    )
    case_worker = _duties(
        resumematch.check(
            _resume(
                "Family Services Case Worker",
                "Carried a case management caseload of 30 families; wrote individualized care plans; "
                "coordinated care with schools and clinics.",
            ),
            job=job,
        )
    )
    biller = _duties(
        resumematch.check(
            _resume("Billing Office Lead", "Posted payments, worked denials and processed insurance claims."), job=job
        )
    )
    assert case_worker.weight > 0 and "care coordinator" in case_worker.detail
    assert case_worker.points > biller.points == 0


def test_a_nurse_case_manager_shows_a_care_coordinators_work() -> None:
    job = resumematch.analyze("Service Coordinator\n\nJoin our waiver services team in the northern region.\n")
    nurse = _duties(
        resumematch.check(
            _resume("RN Case Manager", "Discharge planning and care coordination for post-acute patients."), job=job
        )
    )
    clerk = _duties(
        resumematch.check(_resume("Front Desk Receptionist", "Greeted visitors and answered the phones."), job=job)
    )
    assert nurse.points > clerk.points


def test_a_practice_patient_care_coordinator_reads_front_desk_work() -> None:
    job = resumematch.analyze("Patient Care Coordinator\n\nBe the friendly first face of our family dental practice.\n")
    receptionist = _duties(
        resumematch.check(
            _resume("Medical Receptionist", "Scheduled appointments, registered new patients and verified insurance."),
            job=job,
        )
    )
    assert "front office" in receptionist.detail and receptionist.points == pytest.approx(receptionist.weight)


def _role_fit(report: resumematch.Report) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == "role fit")


_CARE_POST = (
    "Youth Services Care Coordinator\n\nLink young people leaving inpatient care with housing, school and "
    "counselling in our county; keep their records up to date.\n"
)
_OFFICE_POST = (
    "Billing Office Coordinator\n\nLink our physicians' claims with the right payers; keep patient accounts "
    "up to date.\n"
)


def test_a_care_coordinator_post_reads_a_care_aide_as_fully_as_an_office_worker() -> None:
    # Its recruiter reads the care aide who worked with the same clients as an office
    # administrator (the clinical row, whatever the rung), not at the office row's 0.45.
    job = resumematch.analyze(_CARE_POST)
    aide = _role_fit(resumematch.check(_resume("Certified Nursing Assistant", "Personal care for residents."), job=job))
    clerk = _role_fit(resumematch.check(_resume("Office Administrator", "Filing and data entry."), job=job))
    assert aide.points == pytest.approx(aide.weight, rel=0.02)
    assert clerk.points == pytest.approx(clerk.weight, rel=0.02)


def test_an_office_post_still_reads_a_care_aide_by_the_office_row() -> None:
    # A billing coordinator's post is an office's: the aide stays well below the clerk.
    job = resumematch.analyze(_OFFICE_POST)
    aide = _role_fit(resumematch.check(_resume("Certified Nursing Assistant", "Personal care for residents."), job=job))
    clerk = _role_fit(resumematch.check(_resume("Office Administrator", "Filing and data entry."), job=job))
    assert aide.points < 0.6 * clerk.points


def test_a_practice_patient_care_coordinator_opens_nothing_to_care_staff() -> None:
    # Front office by its longest phrase: the aide is read by the office row.
    job = resumematch.analyze("Patient Care Coordinator\n\nGreet and register patients at our dental practice.\n")
    aide = _role_fit(resumematch.check(_resume("Certified Nursing Assistant", "Personal care for residents."), job=job))
    clerk = _role_fit(resumematch.check(_resume("Office Administrator", "Filing and data entry."), job=job))
    assert aide.points < 0.6 * clerk.points


# What the post offers the hire and whom to contact name the employer's training and the
# contact's title, not the hire's work.
_OFFER_POST = (
    "Community Support Worker, Band 3\n"
    "Maple Ridge Community Services NHS Trust\n\n"
    "You will visit older people at home to help with washing, dressing and meals, and record each visit. "
    "You must have experience as a care worker.\n\n"
    "{extra}\n"
)


def _term_ids(text: str) -> set[str]:
    return {t.term_id for t in resumematch.analyze(text).terms}


@pytest.mark.parametrize(
    "extra",
    [
        "We offer a structured induction, staff training in moving and handling and a leadership programme.",
        "In return you will receive protected time for staff training and 27 days' annual leave.",
        "For an informal chat please contact Priya Shah, District Nursing Team Leader, on 01632 960 777.",
        "For further information please contact the Ward Manager on 01632 960 123.",
        "Dana Okafor, Admin Team Leader - dana.okafor@mapleridge.example.nhs.uk",
        "Questions? Jo Reyes, Nurse Manager, (555) 201-3344.",
    ],
)
def test_what_the_post_offers_or_whom_to_contact_asks_nothing(extra: str) -> None:
    found = _term_ids(_OFFER_POST.format(extra=extra))
    assert not found & {"staff-training", "leadership", "nurse-manager"}


@pytest.mark.parametrize(
    ("extra", "term"),
    [
        ("You will deliver staff training to new care workers.", "staff-training"),
        ("Leadership skills are essential.", "leadership"),
        ("We are looking for someone with strong leadership skills.", "leadership"),
        ("You will e-mail the team leader a weekly summary; strong leadership skills are essential.", "leadership"),
    ],
)
def test_the_hires_own_training_and_leadership_still_count(extra: str, term: str) -> None:
    assert term in _term_ids(_OFFER_POST.format(extra=extra))


# "medical practice management experience": the years are a practice's management, not any
# "medical" role's ("practice" ends a subject only as its head: "2 years of nursing practice").
@pytest.mark.parametrize(
    ("statement", "subject"),
    [
        ("4+ years of physician practice management experience", "physician practice management"),
        ("3 years of dental practice operations experience", "dental practice operations"),
        ("Minimum 2 years of practice administration experience", "practice administration"),
        ("2 years of nursing practice", "nursing"),
        ("Three years of clinical practice experience as an RN", "clinical"),
    ],
)
def test_practice_management_years_keep_their_whole_subject(statement: str, subject: str) -> None:
    from resumematch.posting.statements import read_statement

    assert read_statement(statement, "required").subject == subject


def _experience(report: resumematch.Report) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == "experience")


def test_practice_management_years_come_from_a_practice_managers_roles() -> None:
    job = resumematch.analyze(
        "Group Practice Director\n\nRequirements\n- 4+ years of medical practice management experience\n"
        "- Bachelor's degree\n"
    )
    manager = _experience(
        resumematch.check(
            "Casey Lin\nPractice Manager\n\nExperience\nPractice Manager, Hillcrest Medical Practice, "
            "Jan 2016 - Dec 2023\nRan the practice's front desk, billing and staff.\n"
            "Education\nBachelor of Science\n",
            job=job,
        )
    )
    analyst = _experience(
        resumematch.check(
            "Casey Lin\nCommission Analyst\n\nExperience\nCommission Analyst, Northgate Medical Devices, "
            "Jan 2016 - Dec 2023\nManaged commission payouts for the sales team.\n"
            "Education\nBachelor of Science\n",
            job=job,
        )
    )
    assert manager.points == pytest.approx(manager.weight)
    assert analyst.points < 0.5 * manager.points
