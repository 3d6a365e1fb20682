"""Recall classes of the fresh17 and fresh18 probes (issue #18, thirteenth session, second round).

The two sets measured clean this session ended at recall 0.838 and 0.873; duties were the lowest kind
on both (0.65). Their misses are written here again as classes, in other words than the probes'
(other verbs, objects and roles), with near lines that must keep their reading: clinical duties by
other verbs (reconciling meds, patient and tech assignments, drawing labs, calling a specialist,
physician queries, following up results, physical exams, progress reports to the doctor), office,
compliance and data work (calls a day, demographics and insurance, confidential member data,
CMS timeframes, reconciling a database), credentials in their own forms (a trade's
apprenticeship, a medical administrative assistant certificate, an assisted living facility
administrator), soft skills in free phrasing, and manager work in summary phrasing. The vocabulary
was completed with aliases and token patterns of existing terms (docs/vocabulary.md, "Classes left,
thirteenth session, second round (recall)"); every line runs through ``find_terms``.
"""

from __future__ import annotations

import pytest
from conftest import held as _held
from conftest import in_experience, with_known_limits

# (line, term, held): written before the patterns; main d93669f credits 13 of the 63 held lines and
# keeps all 24 near lines; the branch 59 / 24 (the four left are strict xfails with their reason).
CLASS_LINES: list[tuple[str, str, bool]] = [
    ("Reconciled home medications on every admission.", "medicines-reconciliation", True),
    ("Reconcile the patient's med list with the pharmacy at discharge.", "medicines-reconciliation", True),
    ("Reviewed and reconciled medication lists for new clients.", "medicines-reconciliation", True),
    ("Medication history / reconciliation at intake", "medicines-reconciliation", True),
    ("Reconciled the cash drawer at close.", "medicines-reconciliation", False),
    ("Reconcile vendor invoices against purchase orders.", "medicines-reconciliation", False),
    ("Wrote the nurse and aide assignments each shift.", "staff-assignments", True),
    ("Made RN and CNA assignments by acuity.", "staff-assignments", True),
    ("Set patient / staff assignments for the day shift.", "staff-assignments", True),
    ("Assigned homework to students.", "staff-assignments", False),
    ("Completed all course assignments on time.", "staff-assignments", False),
    ("Drew trough levels and sent them to the lab.", "specimen-collection", True),
    ("Draw routine labs before each treatment.", "specimen-collection", True),
    ("Collected PK and safety samples per protocol.", "specimen-collection", True),
    ("Drew up the floor plans for the new clinic.", "specimen-collection", False),
    ("Drew attention to staffing gaps.", "specimen-collection", False),
    ("Called the nephrologist with abnormal potassium results.", "provider-coordination", True),
    ("Sent coding queries to providers when notes were unclear.", "provider-coordination", True),
    ("Query physicians for missing documentation.", "provider-coordination", True),
    ("Called the customer back within the hour.", "provider-coordination", False),
    ("Called the vendor about the delayed shipment.", "provider-coordination", False),
    ("Trended lab values and followed up on abnormal results.", "treatment-monitoring", True),
    ("Follow up on out-of-range labs with the care team.", "treatment-monitoring", True),
    ("Track hemoglobin and phosphorus results every month.", "treatment-monitoring", True),
    ("Followed up on unpaid invoices.", "treatment-monitoring", False),
    ("Track shipment results for the warehouse.", "treatment-monitoring", False),
    ("Performed physical exams and took histories under supervision.", "patient-assessment", True),
    ("Completed histories and physicals on new admissions.", "patient-assessment", True),
    ("Did intake assessments for new referrals.", "patient-assessment", True),
    ("Passed a pre-employment physical exam.", "patient-assessment", False),
    ("Faxed weekly progress notes to each patient's PCP.", "patient-reports", True),
    ("Write 30-day progress reports for the insurer and the surgeon.", "patient-reports", True),
    ("Sent quarterly progress reports to the board.", "treatment-monitoring", False),
    ("Progress notes to the ordering physician after every visit", "treatment-monitoring", True),
    ("Did physical exams on new patients.", "patient-assessment", True),
    ("Grew referral partnerships with two health systems", "relationship-building", True),
    ("Took about 70 calls a shift on the scheduling line.", "patient-inquiries", True),
    ("Answer 100+ calls per day for a four-provider practice.", "patient-inquiries", True),
    ("Made 50 outbound sales calls a day.", "patient-inquiries", False),
    ("Triaged medication questions to the pharmacist.", "patient-inquiries", True),
    ("Routed billing questions to the business office.", "patient-inquiries", True),
    ("Routed IT questions to the help desk.", "patient-inquiries", False),
    ("Verified demographics and insurance at check-in.", "insurance-verification", True),
    ("Verify insurance and demographics before each visit.", "insurance-verification", True),
    ("Verified customer identity and address.", "insurance-verification", False),
    ("Handled confidential patient information every day.", "patient-confidentiality", True),
    ("Protect confidential member data.", "patient-confidentiality", True),
    ("Kept confidential financial information secure.", "patient-confidentiality", False),
    ("Resolved grievances within CMS timeframes.", "regulatory-compliance", True),
    ("Closed every appeal inside state and federal deadlines.", "regulatory-compliance", True),
    ("Delivered the project within the client's timeframes.", "regulatory-compliance", False),
    ("Reconciled the study database against source documents.", "data-management", True),
    ("Reconcile EDC data with the safety database monthly.", "data-management", True),
    ("Reconciled bank statements monthly.", "data-management", False),
    ("Completed a four-year electrical apprenticeship, IBEW Local 46", "vocational-training", True),
    ("Plumbing Apprenticeship Program - UA Local 130, 2016", "vocational-training", True),
    ("Registered Apprenticeship, HVAC - completed 2019", "vocational-training", True),
    ("Mentored three apprentices on the job.", "vocational-training", False),
    ("Medical Administrative Assistant Diploma, 2015", "medical-office-administration", True),
    ("Medical Office Assistant Certificate - Carrington College", "medical-office-administration", True),
    ("Assisted Living Facility Administrator, Arizona, license current", "health-services-manager", True),
    ("Licensed ALF Administrator, Florida", "health-services-manager", True),
    ("Strong team work and communication", "teamwork", True),
    ("Team work, patience and a sense of humour", "teamwork", True),
    ("Clear, concise writer", "communication-skills", True),
    ("Strong writer and editor", "communication-skills", True),
    ("Wrote for the writer's guild newsletter.", "communication-skills", False),
    ("Stay calm on the busiest days", "composure", True),
    ("calm on a hectic Saturday clinic", "composure", True),
    ("Calm on a busy unit", "composure", True),
    ("Flexible with call and weekends", "flexibility", True),
    ("Flexible around call schedules", "flexibility", True),
    ("Flexible tubing and fittings", "flexibility", False),
    ("Hire, mentor and evaluate nurse managers", "performance-management", True),
    ("Coach and evaluate six managers", "performance-management", True),
    ("Evaluate the unit directors every year.", "performance-management", True),
    ("Evaluated vendors for the new EHR.", "performance-management", False),
    ("Evaluated by the CEO each year.", "performance-management", False),
    ("Chair the Quality and Patient Safety Council", "quality-improvement", True),
    ("Sat on the Patient Safety and Quality Council", "quality-improvement", True),
    ("Rebuilt physician referral relationships after the merger", "relationship-building", True),
    ("Strengthened relationships with hospice partners", "relationship-building", True),
    ("12 years in senior living", "geriatrics", True),
    ("Worked in senior living for a decade", "geriatrics", True),
    ("Train new analysts on case narratives", "staff-training", True),
    ("Trained two junior coders on ED charts", "staff-training", True),
    ("Trained on case narratives by the lead", "staff-training", False),
]


_CALLS = (
    "'N calls a day' alone read six false hits in five probe sets (a patient access rep's and an "
    "insurance agent's unlabelled, a BPO lead's, an interpreter's, an underwriting assistant's): "
    "the pattern was taken out; it needs a patient word on its line"
)
_DEMOGRAPHICS = (
    "'verify demographics and insurance' was taken out: a probe9 receptionist posting's duty line then "
    "made insurance verification required rather than preferred (a right reading) and postings9's "
    "pairwise fell 0.941 -> 0.940"
)
KNOWN_LIMITS: dict[str, str] = {
    "Took about 70 calls a shift on the scheduling line.": _CALLS,
    "Answer 100+ calls per day for a four-provider practice.": _CALLS,
    "Handled around 60 calls a day at a busy pediatric front desk.": _CALLS,
    "Write 30-day progress reports for the insurer and the surgeon.": (
        "progress reports count only when sent 'to' a physician: 'Write progress reports' is a "
        "teacher's, a grants manager's and a special-education case manager's on three probe sets"
    ),
    "Grew referral partnerships with two health systems": (
        "'grow' and 'expand' were taken out of the relationship verbs as a precaution while a dev "
        "ranking fall (NDCG@10 0.949 -> 0.946) was traced to 'and relationship management'; not retried"
    ),
    "Sales and relationship management": (
        "'and relationship management' was taken out: a dev administrator's skills line 'Communication "
        "and Relationship Management' (labelled, a right reading) lifted that grade-0 resume into a "
        "health educator posting's top ten (dev NDCG@10 0.949 -> 0.946)"
    ),
    "Verified demographics and insurance at check-in.": _DEMOGRAPHICS,
    "Confirmed address and insurance at every visit.": _DEMOGRAPHICS,
    "Evaluated the managers' proposals for the new wing.": (
        "'evaluate ... managers' cannot see the possessive after the noun; read as performance management"
    ),
}


@pytest.mark.parametrize(("line", "term_id", "held"), with_known_limits(CLASS_LINES, KNOWN_LIMITS))
def test_class_lines(line: str, term_id: str, held: bool) -> None:
    assert _held(in_experience(line), term_id) is held


# Written after the patterns, to measure how far they carry: main credits 5 of 23 held lines and
# keeps 5 of 5 near lines; the branch 21 / 4 when they were written (then the draw gap of three and
# the alias "physician queries" passed two; the calls-a-day pattern was taken out). Lines still missed
# or misread are strict xfails with their reason.
CARRY_LINES: list[tuple[str, str, bool]] = [
    ("Reconciling each resident's meds against the MAR after hospital returns.", "medicines-reconciliation", True),
    ("Reconciled the month-end ledger against bank deposits.", "medicines-reconciliation", False),
    ("Drew pre-dialysis labs and spun them down.", "specimen-collection", True),
    ("Drew a crowd of 300 to the health fair.", "specimen-collection", False),
    ("Made the charge nurse and float assignments for nights.", "staff-assignments", True),
    ("Page the on-call neurologist for stroke alerts.", "provider-coordination", True),
    ("Sent physician queries for unclear diagnoses.", "provider-coordination", True),
    ("Trended A1C results and called patients with high values.", "treatment-monitoring", True),
    ("Followed up on abnormal labs within 24 hours.", "treatment-monitoring", True),
    ("Followed up on late shipments with the carrier.", "treatment-monitoring", False),
    ("Handled around 60 calls a day at a busy pediatric front desk.", "patient-inquiries", True),
    ("Placed 40 outbound collection calls per day.", "patient-inquiries", False),
    ("Confirmed address and insurance at every visit.", "insurance-verification", True),
    ("Safeguarded confidential client records in the shelter.", "patient-confidentiality", True),
    ("Filed every complaint within Medicare timeframes.", "regulatory-compliance", True),
    ("Reconciled lab data in the EDC against source.", "data-management", True),
    ("Union Carpentry Apprenticeship, Local 22 - 2011-2015", "vocational-training", True),
    ("Strong writer; wrote the unit's newsletter.", "communication-skills", True),
    ("Stay steady during hectic clinic days", "composure", True),
    ("Flexible on call and holidays", "flexibility", True),
    ("Evaluate 5 program managers each year.", "performance-management", True),
    ("Evaluated the managers' proposals for the new wing.", "performance-management", False),
    ("Member, Patient Safety and Quality Committee", "quality-improvement", True),
    ("Repaired relationships with two referring practices.", "relationship-building", True),
    ("Twenty years in senior living operations", "geriatrics", True),
    ("Trained 4 new coders on ED charts.", "staff-training", True),
    ("Did histories and physicals for the pre-op clinic.", "patient-assessment", True),
    ("Medication history and reconciliation for every new admit", "medicines-reconciliation", True),
]


@pytest.mark.parametrize(("line", "term_id", "held"), with_known_limits(CARRY_LINES, KNOWN_LIMITS))
def test_lines_written_after_the_patterns(line: str, term_id: str, held: bool) -> None:
    assert _held(in_experience(line), term_id) is held


# Round 2 (care team members and specialists by other verbs, outpatient rehab and units, a research
# nurse coordinator, "and relationship management", FTEs after a comma): written before its patterns;
# main credits 0 of 10 held lines and keeps 5 of 5 near lines, the branch 9 / 5 (one strict xfail).
ROUND2_LINES: list[tuple[str, str, bool]] = [
    ("Coordinated discharge needs with the case manager and PT.", "care-coordination", True),
    ("Coordinate with pharmacists and dietitians on TPN orders.", "care-coordination", True),
    ("Coordinated with the social work team on placements.", "care-coordination", True),
    ("Coordinated with the social media team on posts.", "care-coordination", False),
    ("Coordinated with the finance team on budgets.", "care-coordination", False),
    ("Huddle with the ICU attendings every morning.", "provider-coordination", True),
    ("Debriefed with the trauma surgeons after each activation.", "provider-coordination", True),
    ("Met with the sales team weekly.", "provider-coordination", False),
    ("Outpatient physical and occupational therapy", "outpatient-care", True),
    ("Charge nurse, 18-chair outpatient unit", "outpatient-care", True),
    ("Research Nurse Coordinator, oncology trials", "clinical-research-coordinator", True),
    ("Sales and relationship management", "relationship-building", True),
    ("Customer Relationship Management (CRM) software", "relationship-building", False),
    ("Direct 12 departments, 450 FTEs", "staff-supervision", True),
    ("The hospital has 3,000 FTEs", "staff-supervision", False),
]


@pytest.mark.parametrize(("line", "term_id", "held"), with_known_limits(ROUND2_LINES, KNOWN_LIMITS))
def test_round_two_lines(line: str, term_id: str, held: bool) -> None:
    assert _held(in_experience(line), term_id) is held
