"""Recall classes of the fresh15 and fresh16 probes (issue #18, thirteenth session).

The two clean sets of the twelfth session ended at recall 0.833 and 0.890; their misses fall in five
classes: manager and executive work in manager wording, clinical duties by other words or as bare
noun lists, office and coordination duties by other verbs, soft skills as bare adjectives or free
phrasing, and plain mentions lost (a tool before a noun, a trade's programme, the candidate's own
committee seat). Each class is written here again in other words than the probes' (the wordings
many resumes use), with near lines that must keep their reading: the word in another sense, of
another person, or of a thing. The vocabulary was completed with aliases and token patterns
(docs/vocabulary.md, "Classes left, thirteenth session (recall)"); every line runs through
``find_terms``.
"""

from __future__ import annotations

import pytest
from conftest import with_known_limits

from resumematch import find_terms

HELD = "affirmed"


def _experience(line: str) -> str:
    """A resume around one experience line (some rules read the whole resume)."""
    return f"Summary\nOperations coordinator.\nExperience\n{line}\nEducation\nBachelor of Arts : History , 2012"


def _held(text: str, term_id: str) -> bool:
    return any(m.term_id == term_id and m.status == HELD for m in find_terms(text)[1])


# (line, term, held)
MANAGER_LINES: list[tuple[str, str, bool]] = [
    ("Took the hospital from a $2M loss to a 4% operating margin.", "financial-management", True),
    ("Turned a loss into a profit within 18 months.", "financial-management", True),
    ("Improved operating margin by 3 points through service line changes.", "financial-management", True),
    ("Reported losses to the insurance carrier.", "financial-management", False),
    ("Chaired the hospital quality committee for three years.", "quality-improvement", True),
    ("Sit on the quality council and report falls data monthly.", "quality-improvement", True),
    ("Member of the Quality and Patient Safety Committee.", "quality-improvement", True),
    ("Prepared the facility for its recertification survey; no deficiencies.", "regulatory-compliance", True),
    ("Led the team through two licensure surveys and a life safety survey.", "regulatory-compliance", True),
    ("Kept discharge readings within permit limits.", "regulatory-compliance", True),
    ("Conducted customer satisfaction surveys by phone.", "regulatory-compliance", False),
    ("Renegotiated linen and laundry contracts, saving $80K a year.", "vendor-management", True),
    ("Negotiated equipment maintenance contracts for the imaging department.", "vendor-management", True),
    ("Signed a new service contract with the vendor for the analyzers.", "vendor-management", True),
    ("Vendor and contract management for three clinics.", "vendor-management", True),
    ("Negotiated offers and closing dates for buyers.", "vendor-management", False),
    ("Negotiated their employment contracts with HR.", "vendor-management", False),
    ("Brought lab turnaround time from 90 to 45 minutes.", "process-improvement", True),
    ("Track turnaround time by modality for the monthly report.", "process-improvement", False),
    ("Cut the software regression cycle from 8 days to 2.", "process-improvement", False),
    ("Staffing for weekend and holiday coverage across two units.", "staffing", True),
    ("Set the weekly staff schedule for 22 nurses and aides.", "staff-scheduling", True),
    ("Made the monthly work schedule for the front desk.", "staff-scheduling", True),
    ("Built the shift schedules for the call center.", "staff-scheduling", True),
    ("Post the nursing schedule six weeks ahead.", "staff-scheduling", True),
    ("Hiring, training and scheduling of 30 employees.", "staff-scheduling", True),
    ("Set the project schedule with the vendor.", "staff-scheduling", False),
    ("Made the class schedule for the fall semester.", "staff-scheduling", False),
    ("Follow the work schedule set by the manager.", "staff-scheduling", False),
    ("Chief Operating Officer, 120-bed community hospital", "health-services-manager", True),
    ("Hospital executive with 18 years in operations.", "healthcare-management", True),
]

CLINICAL_LINES: list[tuple[str, str, bool]] = [
    ("Full assessments every four hours on 4 med-surg patients.", "patient-assessment", True),
    ("Newborn assessments and first baths in the nursery.", "patient-assessment", True),
    ("Telemetry patients: assessments, meds, drips and titrations.", "patient-assessment", True),
    ("Vitals, meds, assessments and charting for 5 patients a shift.", "patient-assessment", True),
    ("Freed the nurses to focus on assessments and meds.", "patient-assessment", False),
    ("Completed self-assessments for the annual review.", "patient-assessment", False),
    ("Cardiac step-down: assessments, medications, post-cath care.", "medication-administration", True),
    ("Charting, meds and wound care for a 20-bed rehab unit.", "medication-administration", True),
    ("Freed the nurses to focus on assessments and meds.", "medication-administration", False),
    ("Reviewed vendor assessments and pricing.", "medication-administration", False),
    ("Arterial blood gases drawn from lines and sent to the lab.", "specimen-collection", True),
    ("Drew blood cultures and ABGs on unstable patients.", "specimen-collection", True),
    ("Draw blood for lab testing at health fairs.", "specimen-collection", True),
    ("Drew attention to safety gaps in the warehouse.", "specimen-collection", False),
]

OFFICE_LINES: list[tuple[str, str, bool]] = [
    ("Help when patients call about their statements or payment plans.", "patient-inquiries", True),
    ("Resolve member questions about their coverage and benefits.", "patient-inquiries", True),
    ("Answered customers' questions about their orders and returns.", "patient-inquiries", False),
    ("Checked in outpatients and walk-ins for imaging.", "patient-intake", True),
    ("Update patient insurance information and demographics at every visit.", "patient-intake", True),
    ("Updated the employee insurance information in the payroll system.", "patient-intake", False),
    ("Connect uninsured patients with primary care providers and clinics.", "care-coordination", True),
    ("Linked veterans to housing services and care.", "care-coordination", True),
    ("Make sure nothing falls through the cracks for patients after discharge.", "care-coordination", True),
    ("Make sure nothing falls through the cracks on the quarterly close.", "care-coordination", False),
    ("Connected customers with the right product line.", "care-coordination", False),
    ("Refer patients to specialists and track each referral to completion.", "referral-management", True),
    ("Referred clients to the local clinic for STI testing.", "referral-management", True),
    ("Referred customers to the sales team.", "referral-management", False),
    ("Go-between for the doctors and the lab on add-on orders.", "provider-coordination", True),
    ("Relay messages between the physicians and nurses on nights.", "provider-coordination", True),
    ("Call the doctor's office to confirm orders before each visit.", "provider-coordination", True),
    ("Called the customer's office to confirm the delivery.", "provider-coordination", False),
    ("Review each plan of care with the physicians and NPs on morning rounds.", "provider-coordination", True),
    ("Went to lunch with the doctors on Fridays.", "provider-coordination", False),
    ("Document each visit in the EHR within 24 hours.", "clinical-documentation", True),
    ("Charted intake and output and vitals on the flowsheet.", "clinical-documentation", True),
    ("Drew the process flow sheet for the new bottling line.", "clinical-documentation", False),
    ("Entered survey responses into REDCap for two studies.", "data-collection", True),
    ("Entered invoices into QuickBooks.", "data-collection", False),
    ("Cleaned study data and resolved queries before each lock.", "data-management", True),
    ("Cleaned the break room and restocked supplies.", "data-management", False),
    ("Reported each client's progress to the supervising therapist.", "treatment-monitoring", True),
    ("Reported project progress to the steering committee.", "treatment-monitoring", False),
    ("Return patient portal messages within one business day.", "patient-portal", True),
    ("Answered vendor portal messages about invoices.", "patient-portal", False),
    ("Keep patient information confidential at all times.", "patient-confidentiality", True),
    ("Keep client files private and secure.", "patient-confidentiality", True),
    ("Keep cards and account numbers confidential under PCI.", "patient-confidentiality", False),
    ("Oversee daily operations of two outpatient clinics.", "clinical-operations", True),
    ("Oversaw daily operations of the branch and its tellers.", "clinical-operations", False),
    ("Schedule MRIs and make reminder calls the day before.", "appointment-scheduling", True),
    ("Handled cancellations and reminder calls for two providers.", "appointment-scheduling", True),
]

SOFT_LINES: list[tuple[str, str, bool]] = [
    ("Unflappable when the waiting room is full.", "composure", True),
    ("Calm, steady voice with frightened callers.", "composure", True),
    ("Calm during codes and rapid responses.", "composure", True),
    ("Good under pressure and quick on the keyboard.", "composure", True),
    ("I'm calm, organized and easy to work with.", "composure", True),
    ("Kept a calm environment for residents with dementia.", "composure", False),
    ("Gave the patient a calm explanation of the procedure.", "composure", False),
    ("Handle several calls at once without losing track.", "multitasking", True),
    ("Juggle multiple projects at once for three directors.", "multitasking", True),
    ("Closed all the rooms at once at night.", "multitasking", False),
    ("I never miss a detail on a consent form.", "attention-to-detail", True),
    ("Never miss details in billing or coding.", "attention-to-detail", True),
    ("Missed two days of work for surgery.", "attention-to-detail", False),
    ("Dependable on nights and weekends.", "reliability", True),
    ("Reliable for weekend shifts and call.", "reliability", True),
    ("Installed reliable backup power for the servers.", "reliability", False),
    ("Known for patience with anxious patients and families.", "empathy", True),
    ("Known for my patience with confused residents.", "empathy", True),
    ("Patience on long shifts and hard days.", "empathy", True),
    ("Strict communication, patience, and perseverance.", "empathy", False),
    ("Communication, leader, problem solving, Excel", "leadership", True),
    ("Reported to the team leader on each shift.", "leadership", False),
]

PLAIN_LINES: list[tuple[str, str, bool]] = [
    ("Excel pivot tables and VLOOKUPs", "ms-excel", True),
    ("Excel budget workbooks for 4 departments", "ms-excel", True),
    ("Excel at building rapport with patients.", "ms-excel", False),
    ("Surgical Technology Diploma, 2016, Lincoln Technical Institute", "vocational-training", True),
    ("Pharmacy Technician Diploma, 2019", "vocational-training", True),
    ("Welding Technology Certificate, 2014", "vocational-training", True),
]


def _cases() -> list[tuple[str, str, bool]]:
    return [*MANAGER_LINES, *CLINICAL_LINES, *OFFICE_LINES, *SOFT_LINES, *PLAIN_LINES]


@pytest.mark.parametrize(("line", "term_id", "held"), _cases())
def test_class_lines(line: str, term_id: str, held: bool) -> None:
    assert _held(_experience(line), term_id) is held


# The candidate's own seat on a body (the seat's verb may stand further back than three words),
# and the staff named after a hiring verb (the verb's object, not a department's staff).
OWN_WORK_LINES: list[tuple[str, str, bool]] = [
    ("Serve on the hospital Patient Safety committee and the Infection Prevention committee.", "patient-safety", True),
    (
        "Serve on the hospital Patient Safety committee and the Infection Prevention committee.",
        "infection-control",
        True,
    ),
    ("Member of the medical center's Infection Control committee since 2019.", "infection-control", True),
    ("Sat on the system-wide patient safety council for two years.", "patient-safety", True),
    ("Presented fall data to the hospital Patient Safety committee.", "patient-safety", False),
    ("Worked with the infection control coordinator on isolation carts.", "infection-control", False),
    ("Interview and hire aides for the memory care unit.", "staff-hiring", True),
    ("Interview and hire techs for three shifts.", "staff-hiring", True),
    ("Met with the hiring managers every week.", "staff-hiring", False),
    ("Worked with the data entry staff on backlog.", "data-entry", False),
]


@pytest.mark.parametrize(("line", "term_id", "held"), OWN_WORK_LINES)
def test_own_work_read_as_own(line: str, term_id: str, held: bool) -> None:
    assert _held(_experience(line), term_id) is held


# Written after the patterns above, to measure how far they carry to other wording (main b15d014:
# 15 of 30 held lines credited, 6 of 8 near lines kept; branch before its second round 24 / 6,
# after it 28 / 6). Lines still missed or misread are strict xfails with their reason.
BLIND_LINES: list[tuple[str, str, bool]] = [
    ("Turned the clinic from a six-figure loss to a small profit in one year.", "financial-management", True),
    ("Serve on the hospital's quality committee and the ethics committee.", "quality-improvement", True),
    ("Guided the facility through its Joint Commission and state licensure surveys.", "regulatory-compliance", True),
    ("Renegotiated the courier and linen contracts.", "vendor-management", True),
    ("Cut registration wait time from 20 to 8 minutes.", "process-improvement", True),
    ("Write the weekly nursing schedule for 30 staff.", "staff-scheduling", True),
    ("Interview and hire nurses and aides for two units.", "staff-hiring", True),
    ("Sits on the hospital infection control committee.", "infection-control", True),
    ("Full head-to-toe assessments on admission.", "patient-assessment", True),
    ("ICU: assessments, drips, vent care and family updates.", "patient-assessment", True),
    ("Collected blood cultures and urine specimens in the ED.", "specimen-collection", True),
    ("Explain the procedure to patients and families before the test.", "patient-education", True),
    ("Teach new parents about feeding and newborn care before they go home.", "patient-education", True),
    ("Precept new nurses and nursing students on the unit.", "student-oversight", True),
    ("Take calls from patients about their bills and payment plans.", "patient-inquiries", True),
    ("Call insurance adjusters for authorization of surgery.", "prior-authorization", True),
    ("Check in patients and update their insurance and demographics.", "patient-intake", True),
    ("Connect clients with mental health and primary care services.", "care-coordination", True),
    ("Refer patients to social work and home health as needed.", "referral-management", True),
    ("Document every visit in Epic the same day.", "clinical-documentation", True),
    ("Enter study data into REDCap within 48 hours of each visit.", "data-collection", True),
    ("Answer patient messages in the portal and route them to the nurses.", "patient-portal", True),
    ("Calm and reassuring with families in crisis.", "composure", True),
    ("Steady under pressure on a busy ED registration desk.", "composure", True),
    ("Able to keep many tasks moving at once.", "multitasking", True),
    ("Nothing gets past me on a claim.", "attention-to-detail", True),
    ("Reliable: never late, never missed a shift.", "reliability", True),
    ("Patient with confused and frightened residents.", "empathy", True),
    ("Excel tracking logs for referrals", "ms-excel", True),
    ("Medical Laboratory Technician Certificate, 2018", "vocational-training", True),
    ("Recovered from a loss in the family and returned to school.", "financial-management", False),
    ("Surveyed 200 customers about store hours.", "regulatory-compliance", False),
    ("Kept the patient calm during the MRI.", "composure", False),
    ("The ED physicians interview and hire their own scribes.", "staff-hiring", False),
    ("Reliable transportation and flexible schedule.", "reliability", False),
    ("Drew up the contract with the landlord.", "vendor-management", False),
    ("Link the new printers to the network.", "care-coordination", False),
    ("Refer to the attached portfolio.", "referral-management", False),
]

KNOWN_LIMITS: dict[str, str] = {
    "Answer patient messages in the portal and route them to the nurses.": (
        "the portal named after the messages ('messages in the portal') is not read; 'portal messages' is"
    ),
    "Patient with confused and frightened residents.": (
        "'patient with' + upset people is composure's pattern; empathy needs its own words"
    ),
    "Kept the patient calm during the MRI.": (
        "main's 'calm during' pattern reads the patient's calm as the candidate's composure "
        "(precision, left to its owners)"
    ),
}


@pytest.mark.parametrize(("line", "term_id", "held"), with_known_limits(BLIND_LINES, KNOWN_LIMITS))
def test_lines_written_after_the_patterns(line: str, term_id: str, held: bool) -> None:
    assert _held(_experience(line), term_id) is held
