"""Unseen lines for the error classes that recur across the probe sets (issue #18, tenth session).

The classes were read off the misses and false hits of the dev set and every allowed probe set
(fresh9 and fresh10 among them) and fixed in the data: assertion rules and pseudo triggers in
``data/assertion.json``, token patterns and a few aliases in the vocabulary. These lines were
written afterwards, in other words than the probes', with near lines on the other side that must
keep their reading, so a rule that fits only the probe's sentence fails here.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD = "affirmed"


def _statuses(text: str, term_id: str) -> set[str]:
    return {m.status for m in find_terms(text)[1] if m.term_id == term_id}


def _held(text: str) -> set[str]:
    return {m.term_id for m in find_terms(text)[1] if m.status == HELD}


@pytest.mark.parametrize(
    ("text", "term_id", "held"),
    [
        # plural cards are the files of the people a coordinator tracks; one's own card is held
        ("Experience\nAudit BLS and ACLS cards for all per-diem staff each quarter.", "bls", False),
        ("Experience\nAudit BLS and ACLS cards for all per-diem staff each quarter.", "acls", False),
        ("Experience\nKept PALS cards on file for every pediatric hire.", "pals", False),
        ("Experience\nLogged aides' CPR cards, TB results and I-9s before the first shift.", "cpr", False),
        ("Certifications\nBLS card, AHA, valid through 2027", "bls", True),
        ("Certifications\nBLS and ACLS cards current (AHA)", "bls", True),
        ("Certifications\nCPR / First Aid, American Red Cross", "cpr", True),
        # a degree not conferred or not awarded is not held
        (
            "Education\nBachelor of Arts, Sociology (all credits earned, degree not conferred)",
            "bachelors-degree",
            False,
        ),
        ("Education\nAssociate of Science, coursework finished, degree not awarded", "associate-degree", False),
        ("Education\nBachelor of Arts, Sociology, 2018", "bachelors-degree", True),
        # a title or licence in training, or not yet licensed, is not held
        ("Licenses\nRegistered Nurse (not yet licensed; NCLEX in May)", "registered-nurse", False),
        # ", not yet licensed" reaches two targets (fifteenth session, the cue families)
        ("Licenses\nRegistered Nurse (graduate nurse, not yet licensed)", "registered-nurse", False),
        ("Licenses\nLicensed Nursing Home Administrator in training, AIT year 1", "healthcare-management", False),
        ("Certifications\nCertified Nursing Assistant - in training", "certified-nursing-assistant", False),
        ("Licenses\nLicensed Nursing Home Administrator, State of Ohio", "healthcare-management", True),
        ("Experience\nTrained staff in training sessions on Epic upgrades.", "staff-training", True),
        # "not current" reaches back over a note on where the card was earned
        ("Certifications\nPALS - earned in a residency years ago, not current", "pals", False),
        ("Certifications\nPALS (AHA), current; NRP", "pals", True),
        # being supervised is not supervising
        ("Experience\nRan gait drills under direct supervision of the physical therapist.", "staff-supervision", False),
        ("Experience\nWorked under the supervision of the lab lead.", "staff-supervision", False),
        ("Experience\nSupervision of 9 registration clerks on two shifts.", "staff-supervision", True),
        # what a facility accepts or a payer authorises is not the candidate's clinical work
        (
            "Experience\nReviewed hospital clinicals to confirm we could meet each patient's needs "
            "(wound vacs, IV antibiotics, tube feeds).",
            "wound-care",
            False,
        ),
        ("Experience\nAccepted patients with IV antibiotics and wound vacs from three hospitals.", "iv-therapy", False),
        ("Experience\nRan benefits checks for oncology and dermatology specialty drugs.", "oncology", False),
        ("Experience\nAssessed patients' needs and provided wound care every shift.", "wound-care", True),
        ("Experience\nAdministered oncology drugs on a 24-bed infusion unit.", "oncology", True),
        # a unit a patient is driven to, or a waiting room volunteers staff, is not the candidate's setting
        ("Experience\nDrove residents to dentist and cardiology appointments.", "cardiology", False),
        ("Experience\nAccompanied clients to psychiatry and primary care visits.", "mental-health", False),
        ("Experience\nGreeted families in the ED waiting room and ran the coffee cart.", "emergency-department", False),
        ("Experience\nStaff RN in the ED of a level II trauma center.", "emergency-department", True),
        # leadership as the audience of a presentation
        ("Experience\nQuarterly presentations to leadership on denial trends.", "leadership", False),
        ("Summary\nStrong presentation and leadership skills.", "leadership", True),
        # information kept private is privacy, not record upkeep
        ("Experience\nKept member information private under HIPAA.", "medical-records", False),
        ("Experience\nMaintained client charts and kept them private.", "medical-records", True),
        # a price estimate explained is not patient education
        (
            "Experience\nExplained treatment estimates and financing options to new patients.",
            "patient-education",
            False,
        ),
        ("Experience\nExplained treatment options and aftercare to patients.", "patient-education", True),
        # a language an interpreter team speaks for the candidate
        ("Experience\nMailed reminders in English and Spanish (with our interpreter team).", "spanish", False),
        ("Experience\nBooked interpreters for Spanish and Somali speaking families.", "spanish", False),
        ("Summary\nFluent Spanish; served as interpreter for Spanish-speaking patients.", "spanish", True),
    ],
)
def test_precision_classes(text: str, term_id: str, held: bool) -> None:
    assert (term_id in _held(text)) is held


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # work items that are pending do not put the skill in progress
        ("Experience\nWorked the queue of pending prior authorizations for MRI and CT.", "prior-authorization", HELD),
        ("Experience\nObtained prior auths and followed up on pending claims.", "prior-authorization", HELD),
        ("Experience\nPrior auths pending with two payers were escalated daily.", "prior-authorization", HELD),
        ("Licenses\nCNA license pending", "certified-nursing-assistant", "in_progress"),
        (
            "Experience\nVerified Medicare days and Medicaid pending status for each admission.",
            "insurance-verification",
            HELD,
        ),
    ],
)
def test_pending_items(text: str, term_id: str, status: str) -> None:
    assert status in _statuses(text, term_id)


@pytest.mark.parametrize(
    ("text", "term_id", "held"),
    [
        # three verbs sharing one object: hire, train and review staff
        ("Experience\nRecruit, orient and evaluate front-desk staff for two clinics.", "staff-hiring", True),
        ("Experience\nHired, trained and reviewed 14 seasonal associates.", "staff-hiring", True),
        ("Experience\nTrain and evaluate on-site techs.", "performance-management", True),
        ("Experience\nTrain and evaluate on-site techs.", "staff-training", True),
        ("Experience\nTrained and reviewed charts for coding accuracy.", "performance-management", False),
        ("Experience\nReviewed staff schedules every Friday.", "performance-management", False),
        # payer checks in post-acute wording
        ("Experience\nVerify remaining Medicare days before every SNF admission.", "insurance-verification", True),
        ("Experience\nConfirmed Medicaid eligibility status for long-term residents.", "insurance-verification", True),
        ("Experience\nVerified patient identity at every draw.", "insurance-verification", False),
        ("Experience\nSecured managed care authorizations for rehab admissions.", "prior-authorization", True),
        ("Experience\nObtained payer authorizations before each infusion.", "prior-authorization", True),
        ("Experience\nComplete admission paperwork with families on move-in day.", "patient-intake", True),
        ("Experience\nCompleted payroll paperwork for 40 employees.", "patient-intake", False),
        # documentation in a named record system
        ("Experience\nDocument every dose in the eMAR.", "clinical-documentation", True),
        ("Experience\nRecorded exercises, reps and tolerance in WebPT.", "clinical-documentation", True),
        ("Experience\nRecorded exercises, reps and tolerance in WebPT.", "ehr", True),
        ("Experience\nDocumented call reference numbers in Epic for every denial.", "clinical-documentation", False),
        # calls and questions handled for patients and families
        ("Experience\nAnswered patient and family questions at the surgery waiting desk.", "patient-inquiries", True),
        ("Experience\nTook calls from members about ID cards and claims.", "patient-inquiries", True),
        ("Experience\nAnswered vendor and contractor questions about the bid.", "patient-inquiries", False),
        ("Experience\nTook calls from policyholders about claim status.", "patient-inquiries", False),
        ("Experience\nTook 60+ calls a day about refills and deliveries.", "patient-inquiries", True),
        ("Experience\nAnswered 50 calls per shift about payments and policy changes.", "patient-inquiries", False),
        # a second verb between scheduling and the people's appointments
        (
            "Experience\nSchedule and escort clients to primary care and dental appointments.",
            "appointment-scheduling",
            True,
        ),
        ("Experience\nSchedule and run monthly safety meetings.", "appointment-scheduling", False),
        # building the team's weekly schedule
        ("Experience\nBuild the weekly front desk schedule for 9 agents.", "staff-scheduling", True),
        ("Experience\nBuilt the weekly patient schedule for three providers.", "staff-scheduling", False),
        # changing a workflow is process improvement
        ("Experience\nReworked the registration workflow to cut lobby waits.", "process-improvement", True),
        ("Experience\nChanged the oil and filters on the fleet vans.", "process-improvement", False),
        # referrals received or screened
        ("Experience\nReceived referrals by fax and e-portal from 30 practices.", "referral-management", True),
        ("Experience\nScreened incoming hospital referrals for clinical fit.", "referral-management", True),
        # soft skills in a list, a calm manner in a crisis, a results-driven leader
        ("Summary\nPatient, flexible, and quick to learn new systems.", "flexibility", True),
        ("Summary\nWarm, thorough, and organized.", "organizational-skills", True),
        ("Summary\nSteady with callers in crisis and clear on the phone.", "composure", True),
        ("Summary\nMission-driven leader of a 40-person intake team.", "leadership", True),
        ("Summary\nFlexible thinker; quick to learn new systems.", "flexibility", False),
        # data entered or keyed, named by what was entered
        ("Experience\nEntered patient demographics and insurance at check-in.", "data-entry", True),
        ("Experience\nKeyed lab results and patient information into Sunquest.", "data-entry", True),
        ("Summary\nEntered the information security field in 2015.", "data-entry", False),
        ("Experience\nEntered the nursing program in 2019.", "data-entry", False),
        # supplies ordered after a short list; calls to prescribers' offices
        ("Experience\nOrder frames, lens blanks and supplies for two opticals.", "inventory-management", True),
        ("Experience\nOrdered lunch and coffee for the staff meeting.", "inventory-management", False),
        ("Experience\nFax prescribers' offices for missing signatures.", "provider-coordination", True),
        ("Experience\nFaxed the pharmacy about refills.", "provider-coordination", False),
        # working alone and on a team; relationship management after a list separator
        ("Summary\nComfortable working independently or as part of a team.", "teamwork", True),
        ("Summary\nWorks well alone and on a team.", "teamwork", True),
        ("Experience\nWorked independently on the denial backlog project.", "teamwork", False),
        ("Skills\nNegotiation, relationship management, contracting", "relationship-building", True),
        ("Skills\nSalesforce, Customer Relationship Management, CRM", "relationship-building", False),
        # CMS rules named by their titles
        ("Skills\nAAAHC standards; CMS Conditions for Coverage", "cms-regulations", True),
        ("Skills\nMedicare DMEPOS supplier standards and CMNs", "cms-regulations", True),
        # a patient service representative is a customer service role
        ("Experience\nPatient Services Representative, 2018 - 2021", "customer-service", True),
    ],
)
def test_recall_classes(text: str, term_id: str, held: bool) -> None:
    assert (term_id in _held(text)) is held


@pytest.mark.parametrize(
    ("text", "term_id", "held"),
    [
        # the known limits, each the price of a narrow rule (docs/matching.md, "The tenth session's classes")
        # a semicolon ends the scope of "not conferred" before it reaches the degree
        (
            "Education\nBachelor of Arts, Sociology (all credits earned; degree not conferred)",
            "bachelors-degree",
            False,
        ),
        # a list item "flexible" between commas is read as the soft skill even when it is an adjective of goods
        ("Benefits\nDental, flexible and fixed spending accounts", "flexibility", False),
    ],
)
@pytest.mark.xfail(strict=True, reason="known limit of the tenth session's rules")
def test_known_limits(text: str, term_id: str, held: bool) -> None:
    assert (term_id in _held(text)) is held
