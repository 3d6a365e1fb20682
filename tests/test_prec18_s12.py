"""Unseen lines for issue #18's precision and negation classes left after the eleventh session.

The classes came from the false hits and negations of fresh13 and fresh14 that recur on other
probe sets (fresh9, hcbiz5, office, fresh11): clinical look-alikes in law and victim services,
product features a tester names, other people's titles written as plural compounds or teams,
credentials not held in new words, a job title read as a duty, and words about the patients,
not the writer. These lines were written for the rules, in other words than the probes', with
near lines on the other side that must keep their reading.
"""

from __future__ import annotations

import pytest

from resumematch import default_vocabulary, find_terms
from resumematch.extract import extract_text
from resumematch.match.pipeline import find_mentions

HELD = "affirmed"


def _held(text: str, term_id: str) -> bool:
    return HELD in {m.status for m in find_terms(text)[1] if m.term_id == term_id}


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # law and victim services: the prosecutor's cases, the victim's claims, where victims are sent
        (
            "Manage a caseload of 55 open cases set for trial by the district attorney's office.",
            "case-management",
            False,
        ),
        ("Carried a caseload of 80 cases for the county's felony prosecutions unit.", "case-management", False),
        ("Helped crime victims file claims for medical bills and funeral costs.", "medical-billing", False),
        ("Refer survivors to shelters and behavioral health services.", "mental-health", False),
        ("Referred callers to substance abuse treatment and legal aid.", "mental-health", False),
        ("Screened walk-ins for legal aid eligibility and did intake.", "patient-intake", False),
        # near lines: a caseworker's and a nurse's own work
        ("Manage a caseload of 30 patients with heart failure after discharge.", "case-management", True),
        ("Processed insurance claims for medical visits and follow-ups.", "medical-billing", True),
        ("Provided behavioral health services to survivors of trauma.", "mental-health", True),
        # product features and code-set mappings a tester or analyst names
        (
            "Tested the online check-in and appointment booking features for each release.",
            "appointment-scheduling",
            False,
        ),
        ("Validate the ICD-10 code mapping between the EHR and the billing system.", "medical-coding", False),
        ("Booked patient appointments and referrals for four providers.", "appointment-scheduling", True),
        ("Verified ICD-10 codes against the physician documentation.", "medical-coding", True),
        ("Verify CPT and HCPCS code mapping in the new charge screens.", "cpt-codes", False),
        ("Assigned CPT and ICD-10 codes; reviewed mapping errors weekly.", "cpt-codes", True),
        ("Send CPAP compliance downloads to the sleep physician each month.", "regulatory-compliance", False),
        ("Kept the clinic in compliance with CLIA and OSHA.", "regulatory-compliance", True),
        ("Mentoring new hires and shipping features every sprint.", "mentoring", True),
        # goods a payables clerk pays for
        ("Paid invoices from two medical supply distributors each week.", "inventory-management", False),
        ("Ordered medical supplies for three exam rooms.", "inventory-management", True),
        # the patients kept out of a unit, the residents kept calm
        ("Follow-up calls that keep frail patients out of the ER.", "emergency-department", False),
        ("Staff nurse in the ER for five years.", "emergency-department", True),
        ("Based out of the ED as a float nurse.", "emergency-department", True),
        ("Sang and counted with the kids so children stay calm during blood draws.", "composure", False),
        ("Sang with residents so residents remain calm at sundown.", "composure", False),
        ("Stay calm during codes and rapid responses.", "composure", True),
        ("Kept patients with dementia safe; helped residents stay calm in the dayroom.", "composure", False),
        ("Skills: children, Detail oriented, Excel", "attention-to-detail", True),
        ("Treated residents with empathy and respect.", "empathy", True),
    ],
)
def test_look_alikes_in_other_fields(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # other people's titles: plural compounds, a team, a list of departments
        ("Schedule evaluations with the liver RN coordinators and surgeons.", "registered-nurse", False),
        ("Sent weekly reports to the nurse navigators and social workers.", "nurse", False),
        ("Collaborated with hospitalists, PT, case management and pharmacy.", "case-management", False),
        ("Collaborated with physicians and the case management team on complex discharges.", "case-management", False),
        ("Worked with the utilization review team on denials.", "utilization-review", False),
        # near lines: the candidate's own title and work
        ("RN Coordinator, Kidney Transplant Program", "registered-nurse", True),
        ("Registered Nurse Care Coordinator for a 12-bed step-down unit.", "registered-nurse", True),
        ("Provided case management for 40 high-risk members.", "case-management", True),
        ("Worked with physicians to arrange case management follow-up.", "case-management", True),
        # another's programme: students from a school's degree programme
        ("Precepted nursing students from the local BSN program.", "bsn", False),
        ("Oriented new nurses and students from the county ADN program.", "adn", False),
        ("Associate Degree in Nursing (ADN) from the county community college.", "adn", True),
    ],
)
def test_other_peoples_titles(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # a degree starting a future term; a language at a course's or basic level only
        ("Master of Public Health - admitted, starting fall 2027", "masters-degree", False),
        ("Bachelor of Science in Nursing, begins spring 2027", "bsn", False),
        ("Spanish - one semester course, basic only", "spanish", False),
        ("Vietnamese (heritage speaker), Spanish (course only)", "spanish", False),
        # near lines: a degree finished, a language spoken
        ("Master of Public Health, 2019", "masters-degree", True),
        ("Spanish - fluent, medical interpreter certified", "spanish", True),
    ],
)
def test_credentials_not_held(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


def test_a_resume_title_is_not_the_duty_but_a_posting_title_may_be() -> None:
    resume = "Scheduling Coordinator, Valley Home Care 2020 to Current\nAnswered phones and filed intake forms."
    assert not _held(resume, "staff-scheduling")
    assert not _held("Front desk and scheduling supervisor for a 4-provider clinic.", "staff-scheduling")
    # the role's lines still credit the duty
    assert _held("Scheduling Coordinator\nBuilt the weekly schedules for 60 caregivers.", "staff-scheduling")
    assert _held("Handled scheduling coordinator shifts for the unit.", "staff-scheduling")
    # a title line that names the staff it schedules is the duty too
    assert _held("Scheduling Supervisor - 24-bed unit (nurse and aide shifts)", "staff-scheduling")
    # a posting's title is the job: its staff scheduling stays
    posting = extract_text(
        "Scheduling Coordinator - Home Care\nWe need a Scheduling Coordinator to staff our clients.", source="<posting>"
    )
    mentions = find_mentions(posting, default_vocabulary(), posting=True)
    assert any(m.term_id == "staff-scheduling" and m.status == HELD for m in mentions)


_ADVOCATE = """COURT ADVOCATE
Summary
Court advocate in a county prosecutor's office; I walk crime victims through hearings and safety plans.
Experience
Court Advocate 2019 to Current
Company Name City , State
Did intake screening for walk-in clients at the family justice center.
Kept case files and trained interns on confidentiality.
Managed a caseload of 50 open cases.
Completed intake for new patients referred by the hospital clinic.
Education
B.A. Sociology, 2018
Bachelor of Social Work , 2016 State University - City , State
"""

_HOSPICE_INTAKE = """Referral Intake Coordinator
Summary
Non-clinical intake coordinator for a hospice agency; I keep families and referral sources informed.
Skills
Referral intake and tracking
Experience
Intake Coordinator 2020 to Current
Company Name City , State
Did intake by phone for 25 referrals a day.
Education
A.A. General Studies, 2015
"""


def _held_lines(text: str, term_id: str) -> dict[str, bool]:
    document, mentions = find_terms(text)
    out: dict[str, bool] = {}
    for m in mentions:
        if m.term_id == term_id:
            first = document.text.rfind("\n", 0, m.start) + 1
            last = document.text.find("\n", m.end)
            line = document.text[first : last if last >= 0 else len(document.text)]
            out[line] = out.get(line, False) or m.status == HELD
    return out


def test_generic_words_on_a_resume_from_another_field() -> None:
    """A victim advocate's intake, caseload and confidentiality are not the clinical terms; a
    line that is clinical itself keeps its reading, and a degree line is no clinical role."""
    intake = _held_lines(_ADVOCATE, "patient-intake")
    assert intake["Did intake screening for walk-in clients at the family justice center."] is False
    assert intake["Completed intake for new patients referred by the hospital clinic."] is True
    assert not _held(_ADVOCATE, "patient-confidentiality")
    assert not _held(_ADVOCATE, "case-management")


def test_generic_words_on_a_healthcare_business_resume_stay() -> None:
    """A hospice intake coordinator names no other field: the intake is the candidate's."""
    intake = _held_lines(_HOSPICE_INTAKE, "patient-intake")
    assert intake["Referral intake and tracking"] is True
    assert intake["Did intake by phone for 25 referrals a day."] is True
