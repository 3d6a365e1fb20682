"""Vocabulary needs the ranking engineers wrote down (issues #20 and #18, fourteenth session).

Each class is a family of wording that postings AND resumes use for work an existing term
names; the lines are written for the sweep (not copied from a document), both sides: a form
a recruiter credits to the term, and a near line that must not credit it. The decisions
(which term each class goes to, and what stays out) are in docs/vocabulary.md, "Vocabulary
needs of the ranking, fourteenth session". Most near lines are what a first draft read and the
probe labels showed wrong: "Took blood pressure" (not phlebotomy), a CNA's repositioning "to
prevent pressure sores" (ADLs), enrolment help and health fairs (no existing term is that work),
"gaps in care" outreach calls, a hotel's "service recovery" (customer service, not patient
satisfaction), a named "Appeals and Grievances team".
"""

from __future__ import annotations

import pytest

from resumematch import analyze, find_terms

HELD = "affirmed"


def _resume(line: str) -> str:
    """A short resume with ``line`` as an experience bullet (some rules read the whole resume)."""
    return (
        "Summary\nSupport worker.\nExperience\nHealthcare Assistant, Acme Hospital, 2019 - 2023\n"
        f"{line}\nEducation\nBTEC Health and Social Care, 2012"
    )


def _resume_terms(line: str) -> set[str]:
    text = _resume(line)
    start = text.index(line)
    end = start + len(line)
    return {m.term_id for m in find_terms(text)[1] if m.status == HELD and start <= m.start < end}


def _posting_terms(line: str) -> set[str]:
    """The terms the requirement made of ``line`` asks for."""
    text = (
        "Healthcare Assistant\nAbout the role\nWe are a community health centre.\nRequirements\n"
        f"- {line}\n- Good communication skills\n"
    )
    found: set[str] = set()
    for requirement in analyze(text).requirements:
        if line[:20] in requirement.text:
            found |= set(requirement.term_ids)
    return found


RESUME_CREDITED: list[tuple[str, str]] = [
    # 1. support work: bloods, observations, glucose, catheter/stoma, pressure areas, personal care, fluid charts
    ("Took bloods and recorded observations on a 28-bed surgical ward", "phlebotomy"),
    ("Blood taking and ECGs for outpatient clinics", "phlebotomy"),
    ("Taking bloods, ECGs and clinical observations", "phlebotomy"),
    ("Competent in taking blood samples from adults", "phlebotomy"),
    ("Took blood samples and sent them to the laboratory", "phlebotomy"),
    ("Trained in phlebotomy and cannulation", "phlebotomy"),
    ("Undertook clinical observations and escalated NEWS2 scores to the nurse in charge", "vital-signs"),
    ("Recorded patients' observations and reported changes", "vital-signs"),
    ("Carried out routine obs, blood glucose checks and fluid balance charts", "vital-signs"),
    ("Monitored physiological observations using NEWS2", "vital-signs"),
    ("Took and recorded patient observations (BP, pulse, temperature)", "vital-signs"),
    ("Performed set of observations four-hourly", "vital-signs"),
    ("Checked blood glucose levels for diabetic residents", "vital-signs"),
    ("Capillary blood glucose monitoring and BMs", "vital-signs"),
    ("Performed fingerstick glucose checks", "vital-signs"),
    ("Monitored blood sugars before meals", "vital-signs"),
    ("Catheter care and stoma care", "patient-care"),
    ("Provided urinary catheter care", "patient-care"),
    ("Emptied and changed stoma bags", "patient-care"),
    ("Pressure area care and repositioning every two hours", "wound-care"),
    ("Delivered pressure area care to bed-bound residents", "wound-care"),
    ("Provided personal care to 12 residents on a dementia unit", "adl-assistance"),
    ("Personal care including washing, dressing and toileting", "adl-assistance"),
    ("Assisted residents with personal care", "adl-assistance"),
    ("Maintained fluid balance charts and food and fluid charts", "vital-signs"),
    ("Completed food and fluid charts accurately", "vital-signs"),
    # 2. health education as a duty
    ("Delivered community education on heart health", "patient-education"),
    ("Provided nutrition education to families enrolled in WIC", "patient-education"),
    ("Led health education sessions for new parents", "patient-education"),
    ("Lifestyle coaching for adults with prediabetes", "patient-education"),
    ("Facilitated diabetes education groups for caregivers", "patient-education"),
    ("Ran workshops on healthy eating and physical activity", "patient-education"),
    ("Prevention education in local schools", "patient-education"),
    ("Delivered HIV prevention education to young adults", "patient-education"),
    ("Health promotion and education programs", "patient-education"),
    ("Conducted health education workshops in the community", "patient-education"),
    ("Taught smoking cessation classes", "patient-education"),
    ("Health coaching for members with chronic conditions", "patient-education"),
    # 3. outreach, enrolment and eligibility
    ("Screened families for Medicaid eligibility", "insurance-verification"),
    ("Eligibility screening for financial assistance and Medicaid", "insurance-verification"),
    # 4. complaints and patient relations
    ("Handled complaints and liaised with PALS", "patient-inquiries"),
    ("Complaints handling for a busy outpatient department", "customer-service"),
    ("Investigated patient complaints and drafted responses", "patient-inquiries"),
    ("Processed member grievances and appeals", "patient-inquiries"),
    ("Resolved grievances and appeals within CMS timeframes", "patient-inquiries"),
    ("Service recovery for dissatisfied patients", "customer-service"),
    ("Patient Advice and Liaison Service (PALS) officer", "patient-inquiries"),
    ("Responded to complaints from patients and relatives", "patient-inquiries"),
    # 5. quality measures
    ("HEDIS chart abstraction and gap closure", "quality-improvement"),
    ("Led PCMH recognition", "quality-improvement"),
    ("Supported Medicare Stars improvement", "quality-improvement"),
    ("Tracked core measures for sepsis and heart failure", "quality-improvement"),
    ("HEDIS measures and quality reporting", "quality-improvement"),
    ("Patient-Centered Medical Home recognition", "quality-improvement"),
    ("CMS-STARS rating implementation", "cms-regulations"),
]

RESUME_NOT: list[tuple[str, str]] = [
    # 1. support work: bloods, observations, glucose, catheter/stoma, pressure areas, personal care, fluid charts
    ("Conducted classroom observations of student teachers", "vital-signs"),
    ("Made field observations for an ecology study", "vital-signs"),
    ("Recorded behavioural observations for a research study", "vital-signs"),
    ("Observations and feedback to junior staff", "vital-signs"),
    ("Blood bank donor relations", "phlebotomy"),
    ("Personal care products sales associate", "adl-assistance"),
    ("Turned and repositioned residents to prevent pressure sores", "wound-care"),
    ("Monitored intake and output", "vital-signs"),
    ("Took blood pressure before extractions", "phlebotomy"),
    ("Processed and shipped blood samples to the central lab", "phlebotomy"),
    ("Monitor patients' food intake with calorie counts", "vital-signs"),
    # 2. health education as a duty
    ("Continuing education credits in infection control", "patient-education"),
    ("Staff education on new EHR workflows", "patient-education"),
    ("Education", "patient-education"),
    ("Ran workshops on Excel for office staff", "patient-education"),
    ("Group facilitation of a project retrospective", "patient-education"),
    # 3. outreach, enrolment and eligibility
    ("Student enrollment at a community college", "insurance-verification"),
    ("Course enrolment and timetabling", "insurance-verification"),
    ("Enrolled in a Master of Public Health", "insurance-verification"),
    ("Enrolled 40 participants in a Phase II trial", "insurance-verification"),
    ("Sales outreach to new accounts", "patient-education"),
    ("Completed Medicaid applications for uninsured patients", "insurance-verification"),
    ("Assisted clients with benefits enrollment", "insurance-verification"),
    ("Helped families enroll in Medicaid and CHIP", "insurance-verification"),
    ("Assisted patients with Medicaid enrollment and renewals", "insurance-verification"),
    ("Enrolled uninsured patients in health coverage", "insurance-verification"),
    ("Marketplace enrollment assistance during open enrollment", "insurance-verification"),
    ("Organised community outreach events and health fairs", "patient-education"),
    ("Staffed health fairs to provide blood pressure screenings and education", "patient-education"),
    ("Community outreach to underserved neighbourhoods", "patient-education"),
    ("Conducted outreach to patients with gaps in care", "quality-improvement"),
    ("Benefits enrollment and new hire orientation", "insurance-verification"),
    # 4. complaints and patient relations
    ("PALS certified", "patient-inquiries"),
    ("BLS and PALS", "patient-inquiries"),
    ("Grievances and disciplinary hearings for union members", "patient-inquiries"),
    ("Reviewed member grievances about quality of care", "customer-service"),
    ("Routed grievances to the Appeals and Grievances team", "patient-inquiries"),
    # 5. quality measures
    ("Gaps in employment explained on request", "quality-improvement"),
    ("Five stars on Yelp", "quality-improvement"),
    ("Prepared UDS reporting for the health center", "quality-improvement"),
    ("Closed gaps in care for diabetic members", "quality-improvement"),
    ("Care gap closure outreach", "quality-improvement"),
    ("Star ratings improvement", "quality-improvement"),
]

POSTING_CREDITED: list[tuple[str, str]] = [
    # 1. support work: bloods, observations, glucose, catheter/stoma, pressure areas, personal care, fluid charts
    ("Experience of taking bloods is essential", "phlebotomy"),
    ("Competent in blood taking and ECGs", "phlebotomy"),
    ("Able to take bloods and record clinical observations", "phlebotomy"),
    ("Able to carry out clinical observations including NEWS2", "vital-signs"),
    ("Record physiological observations and escalate concerns", "vital-signs"),
    ("Monitor blood glucose and record BMs", "vital-signs"),
    ("Provide catheter care and stoma care", "patient-care"),
    ("Deliver pressure area care", "wound-care"),
    ("Provide personal care to patients with dignity", "adl-assistance"),
    ("Maintain accurate fluid balance charts and food and fluid charts", "vital-signs"),
    # 2. health education as a duty
    ("Deliver health education sessions to community groups", "patient-education"),
    ("Experience providing nutrition education", "patient-education"),
    ("Lifestyle coaching and group facilitation skills", "patient-education"),
    ("Plan and deliver workshops on healthy lifestyles", "patient-education"),
    ("Experience in community education or prevention education", "patient-education"),
    # 3. outreach, enrolment and eligibility
    ("Experience with Medicaid eligibility screening and enrollment", "insurance-verification"),
    # 4. complaints and patient relations
    ("Experience of complaints handling and liaising with PALS", "patient-inquiries"),
    ("Manage grievances and appeals", "patient-inquiries"),
    ("Service recovery skills", "customer-service"),
    # 5. quality measures
    ("Knowledge of HEDIS measures", "quality-improvement"),
    ("Experience with UDS reporting and PCMH", "quality-improvement"),
    ("Familiarity with CMS Star ratings and core measures", "quality-improvement"),
]

POSTING_NOT: list[tuple[str, str]] = [
    # 2. health education as a duty
    ("Continuing education opportunities", "patient-education"),
    ("Education: Bachelor's degree required", "patient-education"),
    # 3. outreach, enrolment and eligibility
    ("Conduct community outreach and attend health fairs", "patient-education"),
    ("Assist patients with Medicaid applications and benefits enrollment", "insurance-verification"),
    # 4. complaints and patient relations
    ("Current BLS and PALS certification required", "patient-inquiries"),
    # 5. quality measures
    ("Close gaps in care", "quality-improvement"),
]


@pytest.mark.parametrize(("line", "term_id"), RESUME_CREDITED)
def test_a_resume_line_of_the_family_credits_the_term(line: str, term_id: str) -> None:
    assert term_id in _resume_terms(line)


@pytest.mark.parametrize(("line", "term_id"), RESUME_NOT)
def test_a_near_resume_line_keeps_its_reading(line: str, term_id: str) -> None:
    assert term_id not in _resume_terms(line)


@pytest.mark.parametrize(("line", "term_id"), POSTING_CREDITED)
def test_a_posting_requirement_of_the_family_asks_for_the_term(line: str, term_id: str) -> None:
    assert term_id in _posting_terms(line)


@pytest.mark.parametrize(("line", "term_id"), POSTING_NOT)
def test_a_near_posting_requirement_keeps_its_reading(line: str, term_id: str) -> None:
    assert term_id not in _posting_terms(line)


def test_pals_reads_by_its_context() -> None:
    """The NHS's Patient Advice and Liaison Service beside complaints; the certification beside BLS."""
    assert "pals" in _resume_terms("BLS, ACLS and PALS certified")
    assert "patient-inquiries" not in _resume_terms("Current PALS and NRP")
    for line in (
        "Worked with the PALS team on patient concerns",
        "PALS officer, Band 4",
        "Complaints and PALS enquiries",
    ):
        found = _resume_terms(line)
        assert "patient-inquiries" in found, line
        assert "pals" not in found, line
