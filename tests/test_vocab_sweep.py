"""The vocabulary sweep (issue #18): every term's common US/UK wordings, on lines no document holds.

The sweep went through the whole Clinical Coordinator vocabulary category by category and
added the spelled-out, abbreviated, product, British and verb forms a resume commonly writes
(docs/vocabulary.md, "Vocabulary sweep"). Each line below is written for this test, not taken
from a resume of the development or probe sets; the first table must credit its term, the
second holds the ambiguous neighbours of the new forms that must not. The forms kept out of
the vocabulary are listed, with the false hit each one caused, in docs/vocabulary.md.
Counts: benchmarks/README.md, "Vocabulary sweep".
"""

from __future__ import annotations

import pytest
from conftest import held as _held

CREDITED = [
    # certifications and licences
    ("BCLS - American Heart Association, renewed 2024", "bls"),
    ("Paediatric Advanced Life Support (Resuscitation Council)", "pals"),
    ("NRP and STABLE certified for the newborn nursery", "life-support-certification"),
    ("Newborn Life Support, 2023", "life-support-certification"),
    ("Certified Nursing Aide, Illinois Health Care Worker Registry", "certified-nursing-assistant"),
    ("Auxiliary nurse, care of the elderly ward", "certified-nursing-assistant"),
    ("PBT(ASCP) certified phlebotomist", "phlebotomy-certification"),
    ("Certified Phlebotomy Technician I (CPT1), California Department of Public Health", "phlebotomy-certification"),
    ("CCRA, Association of Clinical Research Professionals", "acrp-certification"),
    ("PRINCE2 Foundation certificate, 2019", "project-management-certification"),
    ("Registered Professional Nurse, State of New York", "registered-nurse"),
    ("NMC PIN: 09I1234E", "registered-nurse"),
    ("Registered Learning Disability Nurse, community team", "registered-nurse"),
    ("Jane Doe, MSN, ARNP", "nurse-practitioner"),
    ("CRNP, Pennsylvania State Board of Nursing", "nurse-practitioner"),
    ("Certified Pediatric Nurse Practitioner (CPNP-PC)", "nurse-practitioner"),
    # titles
    ("Clinical Trials Coordinator, Oncology Research Unit", "clinical-research-coordinator"),
    ("Nursing Manager, Cardiac Services", "nurse-manager"),
    ("Medical Admin Assistant, Riverside Family Practice", "medical-administrative-assistant"),
    ("Admin Assistant to the Director of Operations", "administrative-assistant"),
    ("Agency Nurse, various London trusts", "nurse"),
    # education
    ("BSc (Hons) Psychology, University of Leeds", "bachelors-degree"),
    ("Continuing Professional Development: 35 hours logged in 2023", "continuing-education"),
    ("NVQ Level 3 Diploma in Health and Social Care", "vocational-training"),
    ("Secondary school diploma, Lincoln High School", "high-school-diploma"),
    # tools
    ("Charted in Practice Fusion and eClinicalWorks", "ehr"),
    ("Documented visits in Homecare Homebase on a tablet", "ehr"),
    ("Used SystmOne for GP referrals", "ehr"),
    ("Entered orders in Cerner FirstNet in the emergency department", "cerner"),
    ("Verified schedules in QGenda", "scheduling-software"),
    ("Answered Vocera calls from the unit", "secure-messaging"),
    ("Operated a multi-line phone at the front desk", "voip"),
    ("Proficient in O365 and Teams", "ms-office"),
    ("Entered study data into Medidata Rave and Veeva Vault EDC", "edc"),
    ("Tracked visits in Clinical Conductor", "ctms"),
    # regulations
    ("Prepared submissions to Institutional Review Boards at three sites", "irb"),
    ("Followed 21 CFR Parts 50, 56 and 312", "fda-regulations"),
    ("Knowledge of Medicare and Medicaid regulations for home health", "cms-regulations"),
    ("Applied the Caldicott principles to patient data", "patient-confidentiality"),
    # specialties and settings
    ("RN, Progressive Care Unit, 28 beds", "telemetry"),
    ("Float nurse for the step-down unit and ICU", "telemetry"),
    ("Antenatal clinic and postnatal ward rotations", "obstetrics"),
    ("Peds float pool, 2019-2021", "pediatrics"),
    ("Mental health worker, inpatient psych unit", "mental-health"),
    ("Counselor, substance use disorder treatment program", "mental-health"),
    ("Night aide in a memory care unit", "geriatrics"),
    ("Staff Nurse, Accident and Emergency Department", "emergency-department"),
    ("Scrub practitioner in the operating theatres", "operating-room"),
    ("Medical assistant at a federally qualified health center", "primary-care"),
    ("Gave chemo and managed side effects", "oncology"),
    ("Performed sharp debridement under supervision", "wound-care"),
    ("Gave IV push medications and flushed ports", "iv-therapy"),
    ("Documented every dose on the eMAR", "medication-administration"),
    ("Gave IM injections and immunizations", "medication-administration"),
    ("Recorded NEWS2 scores every four hours", "vital-signs"),
    ("Fitted Holter monitors and ran 12-lead tracings", "ekg"),
    ("Provided remote patient monitoring for heart failure patients", "telehealth"),
    # office, research and management skills
    ("Coded outpatient charts using ICD-9 and ICD-10", "medical-coding"),
    ("Handled claim denials and insurance appeals", "medical-billing"),
    ("Payment posting and charge entry for three providers", "medical-billing"),
    ("Kept the books in QuickBooks", "bookkeeping"),
    ("Built data visualisation dashboards for the board", "data-analysis"),
    ("Led data cleansing and query resolution before database lock", "data-management"),
    ("Managed subject enrollment across four sites", "patient-recruitment"),
    ("Filed source documents and maintained the investigator site file", "study-documentation"),
    ("Ran PDSA cycles to cut clinic wait times", "quality-improvement"),
    ("Facilitated Kaizen events on the surgical floor", "process-improvement"),
    ("Wrote performance improvement plans and handled disciplinary action", "performance-management"),
    ("Owned budget forecasting and budget variances for the unit", "budgeting"),
    ("Achieved cost savings of $120K on supplies", "financial-management"),
    ("Applied MCG criteria to admission reviews", "utilization-review"),
    ("Wrote SOAP notes for every encounter", "clinical-documentation"),
    ("Restocking of treatment rooms and stock rotation", "inventory-management"),
    ("Maintained the department risk register", "risk-management"),
    ("Prepared the home for its CQC inspection", "regulatory-compliance"),
    # soft skills
    ("Strong interpersonal skills with families in crisis", "communication-skills"),
    ("Active listener and clear communicator", "communication-skills"),
    ("Solution-oriented and calm", "problem-solving"),
    ("Attentive to detail when reconciling orders", "attention-to-detail"),
    ("Known for compassion toward anxious patients", "empathy"),
    ("Decisive in emergencies", "decision-making"),
    ("Sound clinical judgement on a busy ward", "decision-making"),
    ("Trained in crisis de-escalation", "conflict-resolution"),
    ("Consistently meet deadlines for payroll", "time-management"),
    ("Balances competing demands on a 30-bed unit", "multitasking"),
    ("Quick to establish rapport with new residents", "relationship-building"),
    ("Culturally sensitive care for refugee families", "cultural-competency"),
    ("Open availability, including nights", "flexibility"),
    ("Warm bedside manner", "patient-interaction"),
    ("Client-focused and patient", "customer-service"),
    # duties
    ("Managed the duty rota for 40 staff", "staff-scheduling"),
    ("Line management of six healthcare assistants", "staff-supervision"),
    ("Interviewed and hired front desk staff", "staff-hiring"),
    ("Liaise with GPs about medication changes", "provider-coordination"),
    ("Monitor patient status after procedures", "treatment-monitoring"),
    ("Washing and dressing residents each morning", "adl-assistance"),
    ("Incontinence care and toileting assistance", "adl-assistance"),
    ("Sent appointment reminders by text and phone", "appointment-scheduling"),
    ("Cleaned and dressed wounds on the surgical floor", "wound-care"),
    ("Pre-screened patients for three oncology trials", "patient-recruitment"),
    ("Adjusted staffing to census every four hours", "staffing"),
    ("Supervised nursing students on their placements", "student-oversight"),
]

NOT_CREDITED = [
    # NRP without a newborn word is also Nationally Registered Paramedic
    ("NRP, NREMT - paramedic, Station 4", "life-support-certification"),
    # PBT is a pollutant class in environmental work
    ("Measured PBT levels in river sediment samples", "phlebotomy-certification"),
    # someone else's role, not the candidate's
    ("Supervised six healthcare support workers", "certified-nursing-assistant"),
    # "a level" of anything is not an A-level
    ("Worked in a level I trauma center", "high-school-diploma"),
    ("Provided a high level of care", "high-school-diploma"),
    # Luton and Dunstable Hospital is "the L&D" to its nurses
    ("The L&D is looking for acute nurses", "obstetrics"),
    # a lab's PCU or an IT "department" are not clinical units
    ("Replaced the PCU on the generator", "telemetry"),
    # the sweep's kept-out forms
    ("Drove residents to doctor appointments; home care of plants", "long-term-care"),
    ("Service Oriented Architecture (SOA) design", "customer-service"),
    ("Presented the plan to senior decision-makers", "decision-making"),
    ("Our teams work across three sites", "teamwork"),
    ("Adopted Agile practices to improve customer satisfaction", "customer-service"),
    ("Tracked doctors' CME hours and licences", "continuing-education"),
    ("Administered the SQL database that runs Dentrix", "practice-management-software"),
    ("Tested SOARIAN Financials releases", "ehr"),
    ("Arranged discharges to skilled nursing facilities and inpatient rehab", "long-term-care"),
    ("Member of the managed care contracting team", "case-management"),
    ("Wrote business plans for new service lines", "strategic-planning"),
    ("Turned patients every two hours to prevent pressure ulcers", "wound-care"),
    ("Escorted patients to the urgent care clinic", "outpatient-care"),
    ("Tested software for self-driving vehicles", "initiative"),
]


@pytest.mark.parametrize(("text", "term_id"), CREDITED)
def test_a_swept_form_is_credited(text: str, term_id: str) -> None:
    assert _held(text, term_id), text


@pytest.mark.parametrize(("text", "term_id"), NOT_CREDITED)
def test_an_ambiguous_neighbour_is_not_credited(text: str, term_id: str) -> None:
    assert not _held(text, term_id), text
