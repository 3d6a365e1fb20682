"""A ladder per allied trade: a rung of another trade is nearer a post than another field's,
never the rung asked (a laboratory technician for a pharmacy assistant's post)."""

from __future__ import annotations

import pytest

import resumematch
from resumematch.resume.roles import find_roles
from resumematch.scoring.fit import candidate_fit, fit_data, posting_fit
from resumematch.scoring.signals import licence_credit

PHARMACY_ASSISTANT_POST = (
    "Pharmacy Assistant, Band 3\n\nDispense medicines, receive prescriptions and keep the dispensary "
    "stock in order under the supervision of the pharmacists.\n"
)
PHLEBOTOMIST_POST = "Phlebotomist\n\nTake blood samples from adults and children in outpatient clinics.\n"
RADIOGRAPHER_POST = (
    "Diagnostic Radiographer, Band 5\n\nHCPC registration as a radiographer is essential. "
    "Perform X-ray and CT examinations.\n"
)


def _career(title: str) -> str:
    return (
        f"Jane Doe\n\nExperience\n{title}, City Hospital, Jan 2019 - Jan 2024\nDuties as listed.\n\n"
        "Skills\nMicrosoft Office\n"
    )


def _licence(post: str, title: str) -> tuple[float, str, float]:
    document, mentions = resumematch.find_terms(_career(title))
    credit = licence_credit(
        posting_fit(resumematch.analyze(post)), candidate_fit(document, find_roles(document), mentions)
    )
    assert credit is not None
    return credit


@pytest.mark.parametrize(
    ("title", "ladder"),
    [
        ("Pharmacy Technician", "pharmacy"),
        ("Dispensary Assistant", "pharmacy"),
        ("Pharmacist", "pharmacy"),
        ("Laboratory Technician", "healthcare science"),
        ("Phlebotomist", "healthcare science"),
        ("EKG Technician", "healthcare science"),
        ("Biomedical Scientist", "healthcare science"),
        ("Dental Assistant", "dental"),
        ("Dental Hygienist", "dental"),
        ("Sonographer", "imaging"),
        ("Surgical Technologist", "perioperative"),
        ("Paramedic", "emergency care"),
        ("Physiotherapist", "allied"),
    ],
)
def test_each_allied_title_names_its_own_trade(title: str, ladder: str) -> None:
    document, mentions = resumematch.find_terms(_career(title))
    fit = candidate_fit(document, find_roles(document), mentions)
    assert set(fit.levels) == {ladder}
    assert ladder in fit_data().trades


def test_another_trades_technician_is_below_the_trade_asked_and_above_a_nurse() -> None:
    own = _licence(PHARMACY_ASSISTANT_POST, "Pharmacy Technician")[0]
    other_trade = _licence(PHARMACY_ASSISTANT_POST, "Laboratory Technician")[0]
    nurse = _licence(PHARMACY_ASSISTANT_POST, "Staff Nurse")[0]
    office = _licence(PHARMACY_ASSISTANT_POST, "Receptionist")[0]
    assert own == 1.0
    assert other_trade == pytest.approx(fit_data().trade_credit)
    assert own > other_trade > nurse > office


def test_a_trade_keeps_its_own_rungs() -> None:
    # A phlebotomist and a lab technician are one trade's rung; a pharmacist is a rung above
    # a pharmacy technician's post, not another trade.
    assert _licence(PHLEBOTOMIST_POST, "Laboratory Technician")[0] == 1.0
    assert _licence(PHARMACY_ASSISTANT_POST, "Pharmacist")[0] == pytest.approx(0.7)
    assert _licence(PHLEBOTOMIST_POST, "Dental Assistant")[0] == pytest.approx(fit_data().trade_credit)


def test_another_trades_registration_does_not_pass_the_gate() -> None:
    own = _licence(RADIOGRAPHER_POST, "Sonographer")
    physio = _licence(RADIOGRAPHER_POST, "Physiotherapist")
    assert own[2] == 1.0
    assert physio[2] < 1.0
    assert "every part counts" in physio[1]
