"""Unseen lines for the classes the hcbiz2 probe (healthcare-business resumes, issue #18) showed.

Each class was found on the probe resumes of `benchmarks/data/probe/hcbiz2` and fixed in the
data (people and assertion rules, vocabulary); these lines were written afterwards, in other
words than the probe's, with near lines that must keep their reading, so a rule that fits only
the probe's sentence fails here.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD, OTHER = "affirmed", "other_person"


def _statuses(text: str, term_id: str) -> set[str]:
    return {m.status for m in find_terms(text)[1] if m.term_id == term_id}


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # units a technician repairs equipment in, a budget is built for, supplies go to
        (
            "Experience\nPerformed PMs on anesthesia machines and monitors across the OR and PACU.",
            "operating-room",
            OTHER,
        ),
        ("Experience\nCompleted repairs on ventilators and bedside monitors in the ICU.", "critical-care", OTHER),
        (
            "Experience\nSafety-tested all equipment in the emergency department twice a year.",
            "emergency-department",
            OTHER,
        ),
        (
            "Experience\nPrepared operating budgets for the cardiology, oncology and imaging departments.",
            "oncology",
            OTHER,
        ),
        ("Experience\nBuilt the pro forma for a new outpatient oncology infusion center.", "oncology", OTHER),
        ("Experience\nSet par levels for the ICU and the step-down unit.", "critical-care", OTHER),
        ("Experience\nDelivered supplies for the labor and delivery and postpartum units.", "obstetrics", OTHER),
        ("Experience\nSourced substitutes during backorders of IV fluids and saline flushes.", "iv-therapy", OTHER),
        (
            "Experience\nMaintained 4,000 OR preference cards in the surgical information system.",
            "operating-room",
            OTHER,
        ),
        ("Experience\nPartnered with the ICU educators on the new pump competencies.", "critical-care", OTHER),
        # the documents a transcriptionist types, the units scribes are placed in, the units toured
        ("Experience\nTranscribed operative notes and cardiology consults for three hospitals.", "cardiology", OTHER),
        ("Experience\nRecruited and placed scribes in three emergency departments.", "emergency-department", OTHER),
        ("Experience\nLed survey-readiness tracers on the med-surg and telemetry floors.", "med-surg", OTHER),
        # clients, referral partners and occupancy: the business sold to, not care given
        ("Experience\nSupported 30 oncology clients through the platform upgrade.", "oncology", OTHER),
        (
            "Experience\nCultivated referral relationships with hospitals and home health agencies.",
            "home-health",
            OTHER,
        ),
        ("Experience\nLifted assisted living occupancy from 80% to 96% in 18 months.", "long-term-care", OTHER),
        # the candidate's own unit, care and supplies keep their reading
        ("Experience\nStaff nurse in the ICU; managed ventilated patients on drips.", "critical-care", HELD),
        ("Experience\nCirculating nurse in the OR for orthopedic and cardiac cases.", "operating-room", HELD),
        ("Experience\nNurse manager of a 24-bed oncology unit with a $3M budget.", "oncology", HELD),
        ("Experience\nOncology RN; ordered supplies and kept the unit stocked.", "oncology", HELD),
        ("Experience\nVisiting RN for two home health agencies in the county.", "home-health", HELD),
        ("Experience\nWorked in home health agencies as a visiting RN for six years.", "home-health", HELD),
        ("Experience\nAdministered IV fluids and IV antibiotics to post-surgical patients.", "iv-therapy", HELD),
        ("Experience\nTriage nurse in a busy emergency department.", "emergency-department", HELD),
        ("Experience\nICU Nurse Educator, 2019 to 2023", "critical-care", HELD),
    ],
)
def test_a_unit_or_specialty_served_is_not_the_candidates_care(text: str, term_id: str, status: str) -> None:
    assert _statuses(text, term_id) == {status}


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # a card the candidate let lapse, an exam not yet sat
        ("Certifications\nPALS - allowed to lapse in 2020", "pals", "expired"),
        ("Certifications\nBLS (AHA) - let it lapse in 2018", "bls", "expired"),
        ("Certifications\nCCRP (sitting for the exam in June)", "ccrp", "in_progress"),
        ("Certifications\nCPHQ - sitting Fall 2026", "cphq", "in_progress"),
        ("Certifications\nWill sit for the CCRC exam in March", "ccrc", "in_progress"),
        ("Certifications\nPMP exam date: 04/2027", "pmp", "in_progress"),
        ("Certifications\nBLS (AHA), current; PALS, current", "pals", HELD),
        ("Certifications\nCPHQ, NAHQ, since 2019", "cphq", HELD),
        # leadership named as an audience or a body: physicians', revenue cycle's, a department's
        ("Experience\nBriefed physician leadership on the quarterly quality scorecard.", "leadership", OTHER),
        ("Experience\nBuilt weekly cash reports for revenue cycle leadership.", "leadership", OTHER),
        ("Experience\nPresented staffing models to department leadership.", "leadership", OTHER),
        ("Experience\nGave monthly throughput updates to clinical leadership.", "leadership", OTHER),
        ("Summary\nClinical leadership of a 30-bed unit; mentor to new graduates.", "leadership", HELD),
        ("Skills\nLeadership, budgeting, physician relations", "leadership", HELD),
        # triage of safety events is a quality reviewer's sorting, not clinical triage
        (
            "Experience\nQuality Coordinator, Mercy Hospital\nTriage 40+ safety events a week for unit managers.",
            "triage",
            OTHER,
        ),
        ("Experience\nPerformed telephone triage for a busy pediatric practice.", "triage", HELD),
        ("Experience\nReviewed patient safety events and led the RCA team.", "patient-safety", HELD),
    ],
)
def test_status_words_of_business_resumes(text: str, term_id: str, status: str) -> None:
    assert _statuses(text, term_id) == {status}


@pytest.mark.parametrize(
    ("text", "term_id", "found"),
    [
        # a study's site visits are not patient appointments
        ("Experience\nScheduled interim monitoring visits with the CRAs.", "appointment-scheduling", False),
        ("Experience\nScheduled site qualification visits for the new protocol.", "appointment-scheduling", False),
        ("Experience\nScheduled follow-up visits and new patient appointments.", "appointment-scheduling", True),
        ("Experience\nScheduled home visits for the hospice team.", "appointment-scheduling", True),
        # a business's clients advised are not patients educated
        ("Experience\nAdvised corporate clients on benefits strategy.", "patient-education", False),
        ("Experience\nAdvised employer clients on plan design and renewals.", "patient-education", False),
        ("Experience\nEducated patients and families on insulin use.", "patient-education", True),
        ("Experience\nCounseled clients on medication adherence.", "patient-education", True),
    ],
)
def test_business_visits_and_clients_are_not_patient_duties(text: str, term_id: str, found: bool) -> None:
    assert (HELD in _statuses(text, term_id)) is found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the offices served, when the place noun ends the mention itself
        ("Experience\nBuilt dashboards for 30 primary care practices across the network.", OTHER),
        ("Experience\nRolled out the patient portal to 14 family practices.", OTHER),
        ("Experience\nMedical assistant in two primary care practices for six years.", HELD),
        ("Experience\nFront desk lead at a busy family practice.", HELD),
    ],
)
def test_practices_served_are_a_market(text: str, status: str) -> None:
    assert _statuses(text, "primary-care") == {status}


@pytest.mark.parametrize(
    ("text", "term_id", "found"),
    [
        # Excel among a business's other software, Epic by its reporting modules
        ("Skills\nQuickBooks, Excel, Google Sheets", "ms-excel", True),
        ("Skills\nVisio, Excel, Smartsheet", "ms-excel", True),
        ("Summary\nDriven to excel in a fast-paced sales role using Salesforce.", "ms-excel", False),
        ("Highlights\nEpic Reporting Workbench, Caboodle and Clarity extracts", "epic", True),
        ("Experience\nLed an epic turnaround of the region's sales.", "epic", False),
        # value-based contracts by their programme names; ACO only beside a health word
        ("Experience\nBuilt reports for the ACO's Medicare Shared Savings Program contract.", "value-based-care", True),
        ("Experience\nSupported two bundled payment programs for joint replacement.", "value-based-care", True),
        ("Experience\nManager, Seattle ACO Branch (contracting office)", "value-based-care", False),
        # databases by their servers and procedures; data by its governance
        ("Skills\nSQL Server, stored procedures, SSRS", "database-management", True),
        ("Experience\nPulled reports with SQL.", "database-management", False),
        ("Experience\nChaired the data governance committee.", "data-management", True),
        # a client's relationships managed, not the CRM software's name
        ("Skills\nAccount relationship management, renewals, negotiation", "relationship-building", True),
        ("Experience\nBuilt and kept client relationships across 40 employer groups.", "relationship-building", True),
        ("Skills\nCustomer Relationship Management (CRM) software, Salesforce", "relationship-building", False),
        # a privacy programme is patient confidentiality; HIPAA's rules stay HIPAA
        ("Experience\nRan the hospital's privacy program and breach investigations.", "patient-confidentiality", True),
        ("Skills\nHIPAA Privacy and Security Rules", "hipaa", True),
    ],
)
def test_business_wording_of_vocabulary_terms(text: str, term_id: str, found: bool) -> None:
    assert (HELD in _statuses(text, term_id)) is found


@pytest.mark.parametrize(
    ("text", "term_id", "found"),
    [
        # a manager's yearly reviews, a department's budget, a dental assistant's chairside work
        ("Experience\nWrote yearly reviews for 14 front-desk staff.", "performance-management", True),
        ("Experience\nCompleted midyear evaluations for the billing team.", "performance-management", True),
        ("Experience\nMet yearly targets for new patient visits.", "performance-management", False),
        ("Experience\nManaged the department budget of $2M for imaging.", "budgeting", True),
        ("Experience\nFlew a budget airline between the two clinics.", "budgeting", False),
        ("Experience\nChairside assisting for an orthodontist; sterilized instruments.", "patient-care", True),
        ("Experience\nBooked chairside time for the hygienists.", "patient-care", False),
    ],
)
def test_a_managers_and_dental_assistants_wording(text: str, term_id: str, found: bool) -> None:
    assert (HELD in _statuses(text, term_id)) is found
