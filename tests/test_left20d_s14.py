"""Ranking classes of the fourteenth session's fourth round (#20), each on short fresh texts,
both ways.

* A hospital porter's or patient transport post reads as hospitality (portering is support
  work), yet its recruiter reads hands-on patient handling (a care aide's, a patient care
  technician's) as this kind of work: role fit also reads such a post by the clinical row,
  for the care staff below a nurse's rung only. A kitchen porter's post opens nothing, and a
  registered nurse is still read by the hospitality row.
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.scoring.role_duties import role_duties


def _resume(title: str, duties: str) -> str:
    return (
        f"Casey Morgan\n{title}\n\nExperience\n{title}, Lindenfield Services, Mar 2018 - Apr 2024\n{duties}\n"
        "Education\nHigh School Diploma\n"
    )


def _role_fit(report: resumematch.Report) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == "role fit")


_AIDE = ("Certified Nursing Assistant", "Helped residents with bathing, transfers and meals.")
_NURSE = ("Registered Nurse", "Assessed patients and gave medications on a surgical ward. RN license.")
_COOK = ("Line Cook", "Prepared breakfast and lunch service for a busy diner.")


def _post(title: str) -> resumematch.JobProfile:
    return resumematch.analyze(
        f"{title}\n\nMove patients between wards and the imaging department by wheelchair and trolley, "
        "collect specimens and deliver equipment. Training is given.\n"
    )


@pytest.mark.parametrize(
    "title",
    ["Theatre Porter, Band 2", "Patient Transport Assistant", "Ward Porter - Nights", "Patient Transporter (PRN)"],
)
def test_a_porters_post_reads_a_care_aide_as_fully_as_its_own_field(title: str) -> None:
    job = _post(title)
    aide = _role_fit(resumematch.check(_resume(*_AIDE), job=job))
    assert aide.points == pytest.approx(aide.weight, rel=0.02)


def test_a_porters_post_keeps_a_nurse_on_the_hospitality_row() -> None:
    # Hands-on patient handling is an aide's work; a registered clinician is a level over.
    job = _post("Hospital Porter, Band 2")
    aide = _role_fit(resumematch.check(_resume(*_AIDE), job=job))
    nurse = _role_fit(resumematch.check(_resume(*_NURSE), job=job))
    assert nurse.points < 0.8 * aide.points


def test_a_kitchen_porters_post_opens_nothing_to_care_staff() -> None:
    job = resumematch.analyze(
        "Kitchen Porter\n\nWash pots and pans, keep the kitchen clean and help the chefs with preparation. "
        "One year of experience in a kitchen is required; food hygiene training is given.\n"
    )
    aide = _role_fit(resumematch.check(_resume(*_AIDE), job=job))
    cook = _role_fit(resumematch.check(_resume(*_COOK), job=job))
    assert aide.points < 0.8 * cook.points


# Front desk and back office: a title naming both a medical office's post and the desk
# (a patient services post "(Front Desk)", a medical office receptionist) works the desk.


def _role(title: str) -> str | None:
    found = role_duties(title)
    return found.role if found is not None else None


@pytest.mark.parametrize(
    "title",
    [
        "Patient Service Associate - Front Desk",
        "Medical Office Receptionist",
        "Patient Services Coordinator (Registration)",
        "Clinic Administrator / Receptionist",
    ],
)
def test_a_title_naming_the_desk_is_front_office(title: str) -> None:
    assert _role(title) == "front office"


@pytest.mark.parametrize(
    "title",
    ["Patient Services Administrator", "Medical Records Clerk", "Medical Secretary - Cardiology", "Ward Administrator"],
)
def test_a_medical_office_title_without_the_desk_keeps_both_sides(title: str) -> None:
    assert _role(title) == "medical office"


def test_a_front_desk_post_reads_a_business_office_manager_a_level_above() -> None:
    job = resumematch.analyze(
        "Patient Services Representative (Front Desk)\n\nGreet patients, check them in, verify insurance and "
        "schedule follow-up appointments for our family practice. One year of customer service experience "
        "is required.\n"
    )
    clerk = resumematch.check(
        _resume("Front Desk Receptionist", "Checked in patients, verified insurance and scheduled appointments."),
        job=job,
    )
    manager = resumematch.check(
        _resume("Business Office Manager", "Managed medical billing, CPT coding and collections for the practice."),
        job=job,
    )
    level = next(p for p in manager.parts if p.name == "executive level")
    assert level.points < level.weight
    assert clerk.score > manager.score


# The employer's hiring verb asks nothing: "<Employer>, a ..., is hiring a Receptionist".


def _terms(text: str) -> set[str]:
    return {t.term_id for t in resumematch.analyze(text).terms}


@pytest.mark.parametrize(
    "opening",
    [
        "Cedar Hollow Family Clinic, a rural health clinic, is hiring a Patient Access Representative.",
        "The Harbourside Surgery team are hiring a Receptionist for our busy practice.",
        "Pinecrest Dental is actively hiring a Dental Receptionist.",
    ],
)
def test_the_employers_hiring_verb_asks_no_staff_hiring(opening: str) -> None:
    text = f"Scheduling Clerk\n\n{opening} You will book appointments and register new patients.\n"
    assert "staff-hiring" not in _terms(text)


def test_hiring_as_the_hires_duty_is_still_asked() -> None:
    text = (
        "Front Office Supervisor\n\nCedar Hollow Family Clinic is seeking a supervisor. You will be hiring and "
        "training front desk staff and scheduling their shifts.\n"
    )
    assert "staff-hiring" in _terms(text)
