"""Pharmacy work (#20, eighth session): dispensing, medicines reconciliation, controlled
drugs, compounding, pharmacy systems and the pharmacy qualifications and registration are
vocabulary terms, and a pharmacy technician's or assistant's post looks for that work."""

from __future__ import annotations

import pytest

import resumematch
from resumematch.scoring.healthcare_work import healthcare_work_terms
from resumematch.scoring.role_duties import role_duties


def _held(text: str) -> set[str]:
    _, mentions = resumematch.find_terms(text)
    return {m.term_id for m in mentions if m.status == "affirmed"}


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Type, fill and label prescriptions for pharmacist verification.", "dispensing"),
        ("Processed 100 prescriptions per day with an accuracy of 99.8%.", "dispensing"),
        ("Typed, filled and labeled 300+ scripts a day.", "dispensing"),
        ("Accurate dispensing and final accuracy checking in the dispensary.", "dispensing"),
        ("Carried out medicines reconciliation for newly admitted patients.", "medicines-reconciliation"),
        ("Medication reconciliation / med set-ups", "medicines-reconciliation"),
        ("Drug history taking on admission.", "medicines-reconciliation"),
        ("Perform C-II counts and keep controlled substance records.", "controlled-drugs"),
        ("Safe storage of controlled drugs on the wards; CD register checks.", "controlled-drugs"),
        ("Completed narcotic counts at shift change.", "controlled-drugs"),
        ("Prepare sterile IV admixtures and TPN in the cleanroom.", "pharmacy-compounding"),
        ("Non-sterile compounding (USP 795)", "pharmacy-compounding"),
        ("CPhT - Pharmacy Technician Certification Board (PTCB), active", "pharmacy-technician-qualification"),
        ("BTEC Level 3 in Pharmaceutical Science, 2019", "pharmacy-technician-qualification"),
        ("NVQ Level 2 Certificate in Pharmacy Service Skills", "pharmacy-support-qualification"),
        ("Registered with the General Pharmaceutical Council (GPhC)", "gphc-registration"),
        ("Registered Pharmacy Technician, State Board of Pharmacy", "gphc-registration"),
        ("Pharmacy software: PioneerRx, EnterpriseRx, Rx30", "pharmacy-software"),
        ("Experience of the JAC pharmacy system and EPMA", "pharmacy-software"),
    ],
)
def test_pharmacy_work_is_found(line: str, term: str) -> None:
    assert term in _held(line)


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Account reconciliations and compounding interest for the fund.", "pharmacy-compounding"),
        ("Worked in a semiconductor cleanroom following gowning procedures.", "pharmacy-compounding"),
        ("Reconciled bank, payroll and patient accounts each month.", "medicines-reconciliation"),
        ("Drove clients to doctor appointments and picked up prescriptions.", "dispensing"),
        ("Route prescription refill requests to the nurses.", "dispensing"),
    ],
)
def test_other_work_is_not_pharmacy_work(line: str, term: str) -> None:
    assert term not in _held(line)


def test_a_nurse_giving_medicines_is_not_dispensing() -> None:
    held = _held("Dispensed medications to residents per physician orders.")
    assert "medication-administration" in held
    assert "dispensing" not in held


def test_pharmacy_titles_name_the_pharmacy_role() -> None:
    for title in ("Pharmacy Technician - Band 4", "Pharmacy Assistant - Band 3", "Dispensing Assistant"):
        duties = role_duties(title)
        assert duties is not None and duties.role == "pharmacy"


def test_a_pharmacy_post_ranks_the_candidate_who_dispensed_first() -> None:
    job = resumematch.analyze(
        "Pharmacy Assistant - Band 3\n\nYou will assemble and label prescriptions under the supervision of "
        "pharmacists and have experience of dispensing in a hospital or community pharmacy.\n"
    )
    dispensed = (
        "Jane Doe\nCommission Analyst\n\nExperience\nCommission Analyst, Acme, Jan 2019 - Present\n"
        "Built commission reports in Excel.\nPharmacy Assistant, Boots, Jan 2014 - Dec 2018\n"
        "Filled and labelled 200 prescriptions a day; controlled drug register checks.\n"
    )
    lab = (
        "John Roe\nLaboratory Technician\n\nExperience\nLaboratory Technician, City Labs, Jan 2014 - Present\n"
        "Processed blood specimens and ran quality control on the analysers.\n"
    )
    assert resumematch.check(dispensed, job=job).score > resumematch.check(lab, job=job).score


def test_pharmacy_work_is_healthcare_work() -> None:
    _, mentions = resumematch.find_terms("Filled 300 prescriptions a day; C-II counts; PioneerRx.")
    assert len(healthcare_work_terms(mentions)) >= 2
