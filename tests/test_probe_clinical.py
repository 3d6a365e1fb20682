"""Clinical wordings the probe resumes of issue #18 (``benchmarks/data/probe/clinical``) taught, on unseen lines.

Each class of miss or false hit found on the 16 probe resumes got a general rule (vocabulary
aliases, token patterns, an assertion row); these lines were written afterwards, not copied from
the probe documents: lines each rule must credit, and near lines it must leave alone (another
sense, another person, a reminder rather than a dose, a place passed through). The figures are
in benchmarks/README.md ("Probe set, clinical").
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD = {"affirmed", "historical"}


def _held(text: str) -> set[str]:
    return {m.term_id for m in find_terms(text)[1] if m.status in HELD}


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # giving medicines in the words nurses and aides use
        ("Gave flu vaccines and TB tests to 200 employees during the fall clinic.", "medication-administration"),
        ("Passed medications to 24 residents on the east hall, on time.", "medication-administration"),
        ("Hung IV antibiotics and blood products per protocol.", "medication-administration"),
        ("Ran the 0900 med pass for the memory care unit.", "medication-administration"),
        ("Titrated insulin drips and vasoactive drips under the intensivist.", "medication-administration"),
        ("Gave breathing treatments and chest PT on the pulmonary floor.", "medication-administration"),
        # teaching patients and families
        ("Provided discharge teaching on wound care and new medications.", "patient-education"),
        ("Patient and family education on insulin pens and glucose checks.", "patient-education"),
        ("Diabetes education classes for newly diagnosed adults.", "patient-education"),
        # assessments and drawing labs
        ("Completed nursing assessments every four hours on telemetry patients.", "patient-assessment"),
        ("Did OASIS assessments at start of care and recertification.", "patient-assessment"),
        ("Drew labs from central lines and ports for the morning run.", "phlebotomy"),
        ("Lab draws, finger sticks and urine collection for the outpatient lab.", "phlebotomy"),
        ("Labeled specimens at the bedside and sent them to pathology.", "specimen-collection"),
        ("Collected stool and urine culture specimens for the clinic.", "specimen-collection"),
        # IV, wounds, infection
        ("Maintained IV sites and flushed saline locks each shift.", "iv-therapy"),
        ("IV/IO access and needle decompression in the field.", "iv-therapy"),
        ("Wound vac changes and wet-to-dry wound treatments for the wound clinic.", "wound-care"),
        ("Strict aseptic technique while setting up the back table.", "infection-control"),
        ("Enforced isolation precautions and hand hygiene audits on the unit.", "infection-control"),
        ("Cut CAUTI rates in half with daily catheter rounds.", "infection-control"),
        # ADLs in aides' words
        ("Helped residents shower, dress and get to breakfast.", "adl-assistance"),
        ("Bathing and repositioning residents every two hours.", "adl-assistance"),
        # settings and specialties
        ("Cared for elderly residents on a 40-bed long-term hall.", "geriatrics"),
        ("Compassionate care for the elderly in their own homes.", "geriatrics"),
        ("Cardiac step-down nurse for post-cath and heart failure patients.", "cardiology"),
        ("Eight years in a medical/surgical ICU.", "critical-care"),
        ("Cared for post-op patients after hip and knee replacements.", "postoperative-care"),
        ("Post-CABG recovery and chest tube management.", "postoperative-care"),
        ("Run the clinic's diabetes program and hypertension management visits.", "chronic-disease-management"),
        # unit leadership in nurses' words
        ("Charge RN on nights for a 28-bed surgical unit.", "charge-nurse"),
        ("Charge LVN, sub-acute unit, 2019 to present.", "charge-nurse"),
        ("Administrative House Supervisor, nights, 2017 - present", "nurse-manager"),
        ("Assistant Director of Nursing at a 90-bed skilled facility.", "nurse-manager"),
        ("Directed 6 STNAs and 2 CMAs each shift.", "staff-supervision"),
        ("Made assignments for the oncoming shift and covered call-offs.", "staff-assignments"),
        ("Managed the float pool and daily staffing for five units.", "staffing"),
        ("Led bed placement and patient throughput huddles with the ED.", "patient-flow"),
        ("Worked as flow nurse on busy evenings.", "patient-flow"),
        ("Helped orient new graduates on the cardiac floor.", "staff-training"),
        ("Field Training Officer for new EMTs, 2020 - 2023.", "staff-training"),
        ("Clinical instructor for second-year nursing students.", "student-oversight"),
        ("Kept the unit ready for state surveys and led mock surveys.", "regulatory-compliance"),
        # front desk and records
        ("Verified benefits and coverage before each new patient visit.", "insurance-verification"),
        ("Scheduled follow-ups and referrals at checkout.", "appointment-scheduling"),
        ("Wrote ePCRs for every transport.", "clinical-documentation"),
        ("Chart vitals and intake in the EHR.", "clinical-documentation"),
        ("Restocked rooms and tracked par levels for the clinic.", "inventory-management"),
        # tools, tests, safety, schooling
        ("Epic Beaker and Epic Cadence super-user.", "epic"),
        ("Scheduled cases and kept preference cards in Epic OpTime.", "epic"),
        ("Acquired 12-lead EKGs and transmitted them to the cath lab.", "ekg"),
        ("Radiation safety officer for the imaging department.", "patient-safety"),
        ("Phlebotomy Technician Program, 2019, City Technical College", "vocational-training"),
        # "vitals" alone, beside clinical words
        ("Skills\nPatient care\nVitals\nADLs\nCharting", "vital-signs"),
        ("Rechecked pain scores and vitals after each dose.", "vital-signs"),
        # teamwork in aides' words
        ("Works well with the entire nursing team and families.", "teamwork"),
    ],
)
def test_probe_wording_is_credited(text: str, term_id: str) -> None:
    assert term_id in _held(text)


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # a reminder, a list, or a donation is not giving a dose
        ("Gave medication reminders and helped with pill organizers.", "medication-administration"),
        ("Gave blood at the hospital's donor drive every year.", "medication-administration"),
        # teaching other learners, not patients
        ("Taught residents and medical students on rounds.", "patient-education"),
        # the candidate's own caseload is not making assignments; a work-flow title is not patient flow
        ("Work Flow Coordinator, 2016 - 2018", "patient-flow"),
        # working-age adults are not geriatrics
        ("Community team for working age adults with learning disabilities.", "geriatrics"),
        # a client list that names a children's hospital is not pediatric work
        ("Clients included Children's Hospital, Inova and Adventist Healthcare.", "pediatrics"),
        # contacting providers in sales is not coordinating care
        ("Contacted current providers to grow existing relationships.", "provider-coordination"),
        # evaluating a change is not assessing a patient
        ("Evaluated patient care procedural changes for effectiveness.", "patient-assessment"),
        # web performance metrics are not vital signs
        ("Own Core Web Vitals (LCP, CLS, INP) for the storefront.", "vital-signs"),
        # an ICU named only as observed, or shadowed
        ("Rotations: Med-Surg, ICU (observation only)", "critical-care"),
        ("Emergency Department (shadowing only), summer 2024", "emergency-department"),
        # a mixed med/surg ICU is an ICU, not a med-surg floor
        ("Six years in a 20-bed medical/surgical ICU.", "med-surg"),
    ],
)
def test_near_wording_is_not_credited(text: str, term_id: str) -> None:
    assert term_id not in _held(text)


def test_person_phrases_stay_out_of_specialty_aliases() -> None:
    """An alias ending in a person word makes its term one that may name people (match/people.py):
    a specialty listed among other people's titles ("Geriatric Specialists") must stay theirs."""
    line = "Referred to Allergists, Dermatologists, Geriatric Specialists and Neurologists."
    statuses = {m.status for m in find_terms(line)[1] if m.term_id == "geriatrics"}
    assert statuses == {"other_person"}
