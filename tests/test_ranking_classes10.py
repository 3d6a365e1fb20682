"""Ranking classes, tenth session (#20): benchmarks/README.md, "Ranking classes, tenth session".

Each rule is tested on short texts on both sides: the case it changes, and a posting that
does ask for the thing keeping it.
"""

from __future__ import annotations

import pytest

import resumematch

_ANY_OF_POST = """Prior Authorization Specialist

Requirements
- 2+ years of prior authorization, insurance verification, medical billing or referral experience
- Working knowledge of ICD-10 and medical terminology
"""

_VERIFIER = """Jane Doe
Patient Services Representative

Experience
Patient Services Representative, Lakeside Clinic
January 2018 - December 2023
- Verified insurance eligibility and benefits for patients before visits
- Greeted patients and answered phones
"""


def _matched(report: resumematch.Report) -> set[str]:
    return {m.term_id for m in report.matched}


def test_an_any_of_experience_requirement_shows_only_the_alternative_done() -> None:
    # Five years of verifying insurance meet "2+ years of A, B, C or D experience", but
    # show insurance verification, not prior authorization: each alternative is a term of
    # its own, shown by the resume's own words.
    report = resumematch.check(_VERIFIER, job=_ANY_OF_POST)
    experience = next(j for j in report.requirements if j.requirement.aspect == "experience")
    assert experience.met == "met"
    assert "insurance-verification" in _matched(report)
    assert "prior-authorization" not in _matched(report)


def test_a_single_subject_experience_requirement_still_shows_its_term() -> None:
    # "3+ years of nursing experience": the dated nurse's roles are the evidence of the subject.
    post = "Clinic Coordinator\n\nRequirements\n- 3+ years of nursing experience\n"
    resume = (
        "John Roe\nStaff Nurse\n\nExperience\nStaff Nurse, Valley Clinic\nMarch 2015 - May 2022\n"
        "- Cared for ten patients a shift\n"
    )
    report = resumematch.check(resume, job=post)
    experience = next(j for j in report.requirements if j.requirement.aspect == "experience")
    assert experience.met == "met"
    assert "nursing-experience" in _matched(report)


_SALES_POST = """Healthcare Account Executive - Surgical Devices

Northbridge Medical makes surgical devices used in operating rooms and ICUs of hospitals.
- Own a territory of hospital accounts; prospect new accounts and meet quota.
- Build relationships with OR directors, surgeons and nurses in critical care.
- Run in-service training for nurses and surgical teams in the operating room.

Requirements
- 3+ years of B2B sales of medical devices to hospitals
- Experience selling to the operating room or critical care preferred
"""

_OR_NURSE = """Mary Major
Registered Nurse

Experience
Registered Nurse, Operating Room, General Hospital
June 2014 - Present
- Circulating nurse in the operating room for general and vascular surgery
- Cared for critical care patients after surgery; trained new nurses
"""

_DEVICE_REP = """Sam Seller
Medical Device Sales Representative

Experience
Medical Device Sales Representative, Acme Surgical
June 2015 - Present
- Sold surgical devices to hospital accounts across the territory; 120% of quota
- Built relationships with surgeons and purchasing
"""


def _part(report: resumematch.Report, name: str) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == name)


def test_a_sales_posts_clinical_words_name_its_customers() -> None:
    # The nurse shares the device post's operating room and critical care without having
    # sold: the setting and healthcare-work parts count as far as her family fits a sales post.
    nurse = resumematch.check(_OR_NURSE, job=_SALES_POST)
    rep = resumematch.check(_DEVICE_REP, job=_SALES_POST)
    for name in ("healthcare work", "specialty and setting"):
        assert _part(nurse, name).points < 0.9 * _part(nurse, name).weight
    assert _part(rep, "healthcare work").points == pytest.approx(_part(rep, "healthcare work").weight)
    assert "name its customers" in _part(nurse, "role fit").detail
    assert rep.score > nurse.score


def test_a_clinical_post_keeps_the_nurses_setting_and_healthcare_work() -> None:
    post = _SALES_POST.replace("Healthcare Account Executive - Surgical Devices", "Operating Room Registered Nurse")
    nurse = resumematch.check(_OR_NURSE, job=post)
    for name in ("healthcare work", "specialty and setting"):
        assert _part(nurse, name).points == pytest.approx(_part(nurse, name).weight)


_OFFICE_POST = """Referral Coordinator

Our orthopedic clinic is hiring a Referral Coordinator to process patient referrals for our
physicians, schedule patient appointments and verify insurance before each visit. You will
answer patient calls and keep the clinic's medical records up to date.

Requirements
- 1+ year of office experience in a clinic or hospital
- Customer service skills
"""

_CARE_AIDE = """Pat Carer
Personal Care Assistant

Experience
Personal Care Assistant, Sunrise Home Care
May 2016 - Present
- Assisted elderly clients with activities of daily living, bathing and feeding
- Took vital signs, gave medications as directed and dressed wounds
"""

_CLINIC_CLERK = """Lee Clerk
Front Desk Clerk

Experience
Front Desk Clerk, Valley Family Clinic
May 2016 - Present
- Scheduled patient appointments and verified insurance eligibility
- Posted payments and handled medical billing questions
"""


def test_an_office_post_reads_a_healthcare_offices_work() -> None:
    # Bedside care shows healthcare, not its office: the care assistant earns no office
    # signs on the referral post, the clinic clerk who booked and billed earns them all.
    aide = _part(resumematch.check(_CARE_AIDE, job=_OFFICE_POST), "healthcare work")
    clerk = _part(resumematch.check(_CLINIC_CLERK, job=_OFFICE_POST), "healthcare work")
    assert aide.points == 0.0
    assert "healthcare office" in aide.detail
    assert clerk.points == pytest.approx(clerk.weight)


def test_a_care_post_keeps_the_bedside_work_as_healthcare_work() -> None:
    post = _OFFICE_POST.replace("Referral Coordinator", "Home Care Aide")
    aide = _part(resumematch.check(_CARE_AIDE, job=post), "healthcare work")
    assert aide.points == pytest.approx(aide.weight)


def test_a_receptionist_post_reads_a_front_desk_supervisor_as_one_duty() -> None:
    # "Directed medical receptionist operations" names none of the desk's duty terms; on a
    # post that does the work it is one duty shown, on one that runs the role two.
    resume = (
        "Alex Lead\nSupervisor\n\nExperience\nClinic Supervisor, Valley Clinic\nMay 2015 - Present\n"
        "- Directed medical receptionist operations and supervised the front desk staff\n"
    )
    working = _part(
        resumematch.check(resume, job="Medical Receptionist\n\nJoin our clinic.\n"), "the role's usual duties"
    )
    running = _part(
        resumematch.check(resume, job="Front Office Supervisor\n\nJoin our clinic.\n"), "the role's usual duties"
    )
    assert working.points == pytest.approx(working.weight / 3)
    assert running.points == pytest.approx(running.weight * 2 / 3)
