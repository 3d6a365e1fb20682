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
