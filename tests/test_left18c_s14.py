"""Recall classes of fresh19 and fresh20 as families (issue #18, fourteenth session, second round).

fresh19 and fresh20 were this session's clean resume sets; their misses were read as classes, and
each class was written here as a family of the ways resumes say it, both sides (lines that must
credit the term and near lines with the same words in another sense that must not), before any
change, and measured on main 668d421. Lines the vocabulary still does not cover are strict xfails
with their reason (docs/vocabulary.md, "Classes left, fourteenth session, second round (recall)");
every line runs through ``find_terms``.
"""

from __future__ import annotations

import pytest
from conftest import held as _held
from conftest import in_experience, with_known_limits


def _clinical(line: str) -> str:
    """A nurse's resume around one line: settings and bedside work are read as a clinician's
    (on a business resume a setting is the market served, docs/matching.md)."""
    return (
        f"Summary\nRegistered nurse, procedural care.\nExperience\n{line}\n"
        "Education\nBachelor of Science in Nursing , 2012"
    )


def _education(line: str) -> str:
    """A resume whose education section holds one line."""
    return f"Summary\nOperations analyst.\nExperience\nAnalyst, 2015 to 2020\nEducation\n{line}"


# Written before any change (main 668d421), one block per class.
FAMILY_LINES: list[tuple[str, str, bool]] = [
    # Intake in the writer's words: calls, people checked in, screening for services.
    ("Took intake calls from older adults and caregivers.", "patient-intake", True),
    ("Answered intake calls and opened new cases.", "patient-intake", True),
    ("Handled intake calls for the behavioral health line.", "patient-intake", True),
    ("Take new-client intake calls and screen for eligibility.", "patient-intake", True),
    ("Completed intake assessments for new clients.", "patient-intake", True),
    ("Conducted intake interviews with new residents.", "patient-intake", True),
    ("Did intakes for walk-in clients.", "patient-intake", True),
    ("Checked in families and verified insurance.", "patient-intake", True),
    ("Checked in patients and collected copays.", "patient-intake", True),
    ("Check in patients, scan cards and collect copays.", "patient-intake", True),
    ("Greeted patients, checked them in and handed out forms.", "patient-intake", True),
    ("Checking in 80 patients a day at the front desk.", "patient-intake", True),
    ("Patient check-in and check-out.", "patient-intake", True),
    ("Checked in guests at the hotel front desk.", "patient-intake", False),
    ("Checked in luggage for passengers at the gate.", "patient-intake", False),
    ("Checked in code to the team repository.", "patient-intake", False),
    ("Took calls from dispatch and drove the route.", "patient-intake", False),
    # Supervision by a noun or a team: supervisor over N, run the team of N, train and supervise N.
    ("Phlebotomy supervisor over 7 draw sites and 26 phlebotomists.", "staff-supervision", True),
    ("Supervisor over 12 medical assistants.", "staff-supervision", True),
    ("Run the front desk team of 3 patient care reps.", "staff-supervision", True),
    ("Ran a team of 6 schedulers.", "staff-supervision", True),
    ("Running a team of 9 billers.", "staff-supervision", True),
    ("Train and supervise 3 disease investigators.", "staff-supervision", True),
    ("Hire, train and supervise 14 caregivers.", "staff-supervision", True),
    ("Supervise 2 social work interns.", "staff-supervision", True),
    ("Supervised 4 MSW interns each year.", "student-oversight", True),
    ("Supervise nursing students on clinical rotation.", "student-oversight", True),
    ("Lead a team of 22 therapists, case managers and peer specialists.", "staff-supervision", True),
    ("Direct supervision of 8 LPNs and 20 CNAs.", "staff-supervision", True),
    ("Supervisor over the night shift of 10 aides.", "staff-supervision", True),
    ("Ran the data pipeline for the research team.", "staff-supervision", False),
    ("Supervised by the lab manager.", "staff-supervision", False),
    ("Supervise the installation of new equipment.", "staff-supervision", False),
    # Training and mentoring by an agent noun or another trade.
    ("Trainer for new drivers.", "staff-training", True),
    ("Field trainer for new hires.", "staff-training", True),
    ("Served as trainer for new front desk staff.", "staff-training", True),
    ("Unit trainer for new nurses.", "staff-training", True),
    ("Trained 6 new processors on the accessioning workflow.", "staff-training", True),
    ("Train new technicians and students.", "staff-training", True),
    ("Train new hires on WebPT.", "staff-training", True),
    ("Company driver mentor since 2021.", "mentoring", True),
    ("Served as a driver mentor for new hires.", "mentoring", True),
    ("Peer mentor for new graduates.", "mentoring", True),
    ("Was paired with a driver mentor in my first month.", "mentoring", False),
    ("Mentor to two new coordinators.", "mentoring", True),
    ("Personal trainer at a gym.", "staff-training", False),
    ("Trained dogs for service work.", "staff-training", False),
    ("Trainer for the Epic upgrade vendor.", "mentoring", False),
    # Stocking and ordering supplies.
    ("Keep the processing area stocked.", "inventory-management", True),
    ("Keep the supply room stocked and order electrodes, paste and masks.", "inventory-management", True),
    ("Kept exam rooms stocked.", "inventory-management", True),
    ("Keeping rooms stocked and clean between patients.", "inventory-management", True),
    ("Stocked exam rooms and ordered supplies.", "inventory-management", True),
    ("Stock rooms and order supplies weekly.", "inventory-management", True),
    ("Ordered office and medical supplies.", "inventory-management", True),
    ("Order supplies and track inventory.", "inventory-management", True),
    ("Restocked the crash cart and supply carts.", "inventory-management", True),
    ("Maintained supply levels for three clinics.", "inventory-management", True),
    ("Managed the stockroom and vendor orders.", "inventory-management", True),
    ("Ordered lab tests per protocol.", "inventory-management", False),
    ("Ordered pizza for the team meeting.", "inventory-management", False),
    # Composure in free phrasing.
    ("I stay steady when a caller is screaming.", "composure", True),
    ("I stay calm when a caller is screaming.", "composure", True),
    ("Work well under deadline pressure.", "composure", True),
    ("Works well under pressure.", "composure", True),
    ("Steady in a crisis.", "composure", True),
    ("Calm under fire.", "composure", True),
    ("Level-headed in emergencies.", "composure", True),
    ("Keep a cool head in emergencies.", "composure", True),
    ("Stay composed with angry callers.", "composure", True),
    ("Unflappable.", "composure", True),
    ("Handled high-stress calls calmly.", "composure", True),
    ("Remain calm and professional with upset patients.", "composure", True),
    ("Steady income growth for five years.", "composure", False),
    ("Kept the patient calm during the blood draw.", "composure", False),
    # Budgets held or owned.
    ("Hold a budget for supplies and overtime.", "budgeting", True),
    ("Held a $1.2M budget.", "budgeting", True),
    ("Own the clinic budget.", "budgeting", True),
    ("Manage a $2.8M budget.", "budgeting", True),
    ("Managed a $400K supply budget.", "budgeting", True),
    ("Build and monitor the annual budget.", "budgeting", True),
    ("Prepared the department's budget.", "budgeting", True),
    ("Kept the unit within budget.", "budgeting", True),
    ("Responsible for a $5 million budget.", "budgeting", True),
    ("Budget and grant management.", "budgeting", True),
    ("Delivered the project on time and under budget.", "budgeting", False),
    ("A budget hotel near the airport.", "budgeting", False),
    # Records kept per a retention policy.
    ("Keep the records in storage per retention policy.", "record-keeping", True),
    ("Record retention schedules.", "record-keeping", True),
    ("Managed records retention and destruction.", "record-keeping", True),
    ("Applied the retention schedule to closed charts.", "record-keeping", True),
    ("Purged charts per the retention policy.", "record-keeping", True),
    ("Archived and destroyed records per retention rules.", "record-keeping", True),
    ("Maintain patient records and files.", "record-keeping", True),
    ("Kept accurate records of every delivery.", "record-keeping", True),
    ("Employee retention rose 20%.", "record-keeping", False),
    ("Improved customer retention.", "record-keeping", False),
    # Surveys and regulators' rules.
    ("CARF and state licensing surveys.", "regulatory-compliance", True),
    ("Lead the clinic through two CARF surveys.", "regulatory-compliance", True),
    ("Led the unit through Joint Commission surveys.", "regulatory-compliance", True),
    ("Prepared for annual state surveys.", "regulatory-compliance", True),
    ("Hours of service compliance.", "regulatory-compliance", True),
    ("DOT hours-of-service compliance.", "regulatory-compliance", True),
    ("Kept the program in compliance with state regulations.", "regulatory-compliance", True),
    ("Ensured compliance with CMS regulations.", "regulatory-compliance", True),
    ("Annual state audits.", "regulatory-compliance", True),
    ("Passed DOT inspections with no violations.", "regulatory-compliance", True),
    ("Ran patient satisfaction surveys.", "regulatory-compliance", False),
    ("Designed customer surveys for the marketing team.", "regulatory-compliance", False),
]

# Settings named as facilities, read on a clinician's resume (written before any change).
SETTING_LINES: list[tuple[str, str, bool]] = [
    ("Skilled nursing and rehab facility, 120 beds.", "long-term-care", True),
    ("Skilled nursing and rehabilitation center, 90 beds.", "long-term-care", True),
    ("Skilled nursing facility, 150 beds.", "long-term-care", True),
    ("Nursing and rehabilitation center.", "long-term-care", True),
    ("Rehab and skilled nursing center.", "long-term-care", True),
    ("Post-acute skilled nursing unit.", "long-term-care", True),
    ("Memory care community.", "long-term-care", True),
    ("Long-term care community, 200 residents.", "long-term-care", True),
    ("Skilled nursing unit of a rural hospital.", "long-term-care", True),
    ("Outpatient pediatric therapy clinic.", "outpatient-care", True),
    ("Coordinator for an outpatient pediatric therapy clinic.", "outpatient-care", True),
    ("Outpatient cardiology clinic, 6 providers.", "outpatient-care", True),
    ("Outpatient surgery center.", "outpatient-care", True),
    ("Outpatient infusion center.", "outpatient-care", True),
    ("Outpatient behavioral health clinic.", "outpatient-care", True),
    ("Outpatient dialysis unit.", "outpatient-care", True),
    ("Skilled in nursing informatics.", "long-term-care", False),
    ("Planned discharges home with outpatient therapy.", "outpatient-care", False),
]

# Written after the first measurement (round 2, the carry): recovery after procedures, consents,
# referrals out to programmes, teaching by topic; read on a clinician's resume.
CARRY_LINES: list[tuple[str, str, bool]] = [
    ("Referred to Meals on Wheels and respite programs.", "referral-management", True),
    ("Referred clients to community resources.", "referral-management", True),
    ("Refer families to food banks and housing programs.", "referral-management", True),
    ("Referred patients to specialists and tracked the referrals.", "referral-management", True),
    ("Made referrals to home health and hospice.", "referral-management", True),
    ("Link clients to community services.", "referral-management", True),
    ("Connected members with community resources.", "referral-management", True),
    ("Screened for services and referred to outside agencies.", "referral-management", True),
    ("Referred to by my manager as a top performer.", "referral-management", False),
    ("Referred customers to the loan officer.", "referral-management", False),
    ("Recover patients after liver biopsies.", "postoperative-care", True),
    ("Post procedure recovery.", "postoperative-care", True),
    ("Recovered patients from moderate sedation.", "postoperative-care", True),
    ("Post-procedure recovery of IR patients.", "postoperative-care", True),
    ("Phase I and II recovery.", "postoperative-care", True),
    ("Recovering patients after endoscopy.", "postoperative-care", True),
    ("Monitored patients in recovery after procedures.", "postoperative-care", True),
    ("Recovered stolen property.", "postoperative-care", False),
    ("Recovered $200K in denied claims.", "postoperative-care", False),
    ("Peer recovery support after incarceration.", "postoperative-care", False),
    ("Make sure the consent is signed.", "informed-consent", True),
    ("Obtained informed consent before procedures.", "informed-consent", True),
    ("Verify consents and time-outs.", "informed-consent", True),
    ("Obtain procedure consents.", "informed-consent", True),
    ("Witnessed consents for surgery.", "informed-consent", True),
    ("Verified signed consent forms.", "informed-consent", True),
    ("Consented patients for research studies.", "informed-consent", True),
    ("Consent decree compliance.", "informed-consent", False),
    ("Incentive spirometry teaching.", "patient-education", True),
    ("Taught patients incentive spirometry.", "patient-education", True),
    ("Teach inhaler technique to patients.", "patient-education", True),
    ("Discharge teaching for families.", "patient-education", True),
    ("Taught high school chemistry.", "patient-education", False),
]

# A degree that names its own field, then a concentration (hcbiz2 and fresh13 label it as
# healthcare administration as well as the degree); the level's specific terms stay out.
DEGREE_LINES: list[tuple[str, str, bool]] = [
    ("Master of Business Administration : Healthcare Management , 2019", "healthcare-administration", True),
    ("MBA : Health Care Administration , 2015", "healthcare-administration", True),
    ("Master of Business Administration, Health Services Management 2016", "healthcare-administration", True),
    ("MPH, Health Care Administration , 2011", "healthcare-administration", True),
    ("BSN, Health Services Management , 2014", "healthcare-administration", True),
    ("MBA : Healthcare Management - in progress", "healthcare-administration", False),
    ("MBA : Health Care Administration , 2015", "mha", False),
    ("Master of Business Administration : Finance , 2019", "healthcare-administration", False),
    ("MSN, Health Care Administration , 2018", "mha", False),
    ("B.S. Business - Health Services Administration , 2010", "healthcare-administration", True),
]

_GAP = "family wording not covered this round"

_MAIN = "main's reading (before this branch), left to the precision owners"

KNOWN_LIMITS: dict[str, str] = {
    "Completed intake assessments for new clients.": _GAP,
    "Company driver mentor since 2021.": "a bare '<trade> mentor' was tried: 'paired with a peer mentor' is the mentee",
    "Did intakes for walk-in clients.": _GAP,
    "Supervisor over the night shift of 10 aides.": _GAP,
    "Restocked the crash cart and supply carts.": (
        "bare 'restock(ed)' was tried: a surgical tech's case carts, an EMT's truck (unlabelled)"
    ),
    "Handled high-stress calls calmly.": _GAP,
    "Kept the patient calm during the blood draw.": _MAIN,
    "Kept the unit within budget.": _GAP,
    "Maintain patient records and files.": _GAP,
    "Led the unit through Joint Commission surveys.": "'Joint Commission' is its own term; the span stays its",
    "Memory care community.": "'memory care unit' is geriatrics' alias; a community is not added alone",
    "Planned discharges home with outpatient therapy.": _MAIN,
    "Link clients to community services.": _GAP,
    "Connected members with community resources.": _GAP,
}


@pytest.mark.parametrize(("line", "term_id", "held"), with_known_limits(FAMILY_LINES, KNOWN_LIMITS))
def test_family_lines(line: str, term_id: str, held: bool) -> None:
    assert _held(in_experience(line), term_id) is held


@pytest.mark.parametrize(("line", "term_id", "held"), with_known_limits(SETTING_LINES + CARRY_LINES, KNOWN_LIMITS))
def test_clinical_lines(line: str, term_id: str, held: bool) -> None:
    assert _held(_clinical(line), term_id) is held


@pytest.mark.parametrize(("line", "term_id", "held"), with_known_limits(DEGREE_LINES, KNOWN_LIMITS))
def test_degree_lines(line: str, term_id: str, held: bool) -> None:
    assert _held(_education(line), term_id) is held
