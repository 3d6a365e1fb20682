"""Issue #18, sixteenth session: others' credentials, plans, denials and lapses as word classes.

Unseen resume sets keep reporting four classes as held: a title or licence that names someone
else (after a label or in a list a group word opens, after a verb that passes word on, inside an
organisation's name), a plan or a course not yet taken, a plain denial, and a lapse in other
words. Each class is a family in ``data/assertion.json`` or a word list in ``data/people.json``;
the lines below are wordings the families do not spell out one by one, with the held lines
beside them that a class must leave held. A lapse said outside the credentials section expires
an old job title of the same licence (``match/section_reading.py``).
"""

from __future__ import annotations

import pytest
from conftest import held


def _certs(line: str) -> str:
    return f"Summary\nPatient care technician.\nExperience\nPatient Care Tech 2019 - 2024\nCertifications\n{line}\n"


def _bullet(line: str) -> str:
    return (
        "Summary\nUnit secretary with eight years on a surgical floor.\nExperience\n"
        f"Unit Secretary, Mercy Hospital 2016 - 2024\n- {line}\nEducation\nHigh School Diploma, 2012\n"
    )


def _role(line: str) -> str:
    return (
        "Summary\nUnit secretary with eight years on a surgical floor.\nExperience\n"
        f"{line}\n- Answered phones and greeted visitors\nEducation\nHigh School Diploma, 2012\n"
    )


def _summary(line: str) -> str:
    return (
        f"Summary\n{line}\nExperience\nUnit Secretary, Mercy Hospital 2016 - 2024\n"
        "- Answered phones and greeted visitors\nEducation\nHigh School Diploma, 2012\n"
    )


def _education(line: str) -> str:
    return (
        "Summary\nUnit secretary with eight years on a surgical floor.\nExperience\n"
        f"Unit Secretary, Mercy Hospital 2016 - 2024\n- Answered phones\nEducation\n{line}\n"
    )


@pytest.mark.parametrize(
    ("text", "term_id", "is_held"),
    [
        # (1) a label that names another person, then their credentials
        (_bullet("Supervisor: Jane Doe, RN, BSN"), "registered-nurse", False),
        (_bullet("Supervisor: Jane Doe, RN, BSN"), "bsn", False),
        (_bullet("Reference: Mary Smith, MSN, RN, Nurse Manager"), "registered-nurse", False),
        (_bullet("Manager: Tom Hill, LPN"), "licensed-practical-nurse", False),
        # (1) a list a group word opens
        (_bullet("Care team: RN, LPN, CNA and social worker"), "registered-nurse", False),
        (_bullet("Care team: RN, LPN, CNA and social worker"), "licensed-practical-nurse", False),
        (_bullet("Providers supported: MD, DO, NP, PA"), "nurse-practitioner", False),
        (_bullet("Interdisciplinary team - RN, LPN, social worker, chaplain"), "licensed-practical-nurse", False),
        (_bullet("Office staff of 3 MAs and 1 LPN"), "licensed-practical-nurse", False),
        # (1) a verb that passes word on to someone
        (_bullet("Reported changes in condition to RN"), "registered-nurse", False),
        (_bullet("Reported changes in condition to charge nurse"), "charge-nurse", False),
        (_bullet("Escalated concerns to nursing supervisor"), "nurse-manager", False),
        # (1) an organisation named after a title; a programme's students
        (_role("Medical Receptionist - Family Nurse Practitioner Clinic 2016 - 2024"), "nurse-practitioner", False),
        (_bullet("Scheduled clinicals for students in the LPN program"), "vocational-training", False),
        (_bullet("Audited LPN and RN documentation for compliance"), "registered-nurse", False),
        (_bullet("Transcribed RN notes"), "registered-nurse", False),
        (_bullet("Key contacts: Director of Nursing, charge nurses"), "nurse-manager", False),
        (_role("PHYSICIAN & NURSE SUPPORT"), "nurse", False),
        (_bullet("Certified for: BLS, ACLS"), "acls", True),
        # (1) held: the candidate's own signature, role line and titles
        (_summary("Jane Doe, RN, BSN"), "registered-nurse", True),
        (_summary("Jane Doe, RN, BSN"), "bsn", True),
        (_summary("RN with 8 years of ICU experience."), "registered-nurse", True),
        (_role("RN Case Manager, Mercy Home Health 2016 - 2024"), "registered-nurse", True),
        (_role("Director of Nursing, RN, BSN - Sunrise Care 2016 - 2024"), "registered-nurse", True),
        (_role("Nurse Manager - RN, BSN, Mercy 2016 - 2024"), "bsn", True),
        (_bullet("Worked as an RN on a telemetry unit"), "registered-nurse", True),
        (_bullet("Precepted new RNs and CNAs as charge nurse"), "charge-nurse", True),
        # (2) a plan, an enrolment, a course under way, a trainee
        (_certs("Currently taking ACLS"), "acls", False),
        (_certs("ACLS (scheduled)"), "acls", False),
        (_certs("Enrolled: Phlebotomy Technician course (expected completion 2025)"), "phlebotomy", False),
        (_certs("CNA (in training)"), "certified-nursing-assistant", False),
        (_certs("CNA trainee"), "certified-nursing-assistant", False),
        (_certs("CCMA - testing in January"), "ccma", False),
        (_education("Starting an LPN program in fall 2025"), "vocational-training", False),
        (_certs("CCMA (awaiting results)"), "ccma", False),
        (_certs("CCMA - application in process"), "ccma", False),
        (_certs("CCRC | will take the exam in 2027"), "ccrc", False),
        (_certs("BLS, registered for ACLS in May"), "bls", True),
        (_certs("CNA - enrolled in nursing school"), "certified-nursing-assistant", True),
        (_certs("CNA - student at City College"), "certified-nursing-assistant", True),
        (_certs("BLS | AHA | 2024"), "bls", True),
        (_certs("BLS (AHA) - current through 2026"), "bls", True),
        (_certs("ACLS - exp. 05/2026"), "acls", True),
        # (3) a plain denial
        (_certs("BLS: not held"), "bls", False),
        (_certs("ACLS - N/A"), "acls", False),
        (_certs("ACLS | N/A"), "acls", False),
        (_summary("Haven't completed ACLS yet."), "acls", False),
        (_summary("Have not passed the CNA exam."), "certified-nursing-assistant", False),
        (_certs("BLS - never expired"), "bls", True),
        (_certs("BLS - no lapse since 2015"), "bls", True),
        # (4) a lapse in other words
        (_certs("CPR - needs renewal"), "cpr", False),
        (_certs("PALS - past due"), "pals", False),
        (_certs("BLS | past due"), "bls", False),
        (_certs("ACLS - overdue for renewal"), "acls", False),
        (_certs("RN, retired status"), "registered-nurse", False),
        (_certs("LPN license surrendered 2018"), "licensed-practical-nurse", False),
        (_certs("CNA - no longer certified"), "certified-nursing-assistant", False),
        (_certs("CPR (not up-to-date)"), "cpr", False),
        (_certs("BLS - previously certified"), "bls", False),
        (_certs("ACLS (former)"), "acls", False),
        (_certs("RN (formerly licensed in Ohio)"), "registered-nurse", False),
        (_certs("ACLS, recertified 2024"), "acls", True),
        (_certs("ACLS (renewed 2024, no lapse)"), "acls", True),
        (_certs("LPN, active, no disciplinary history"), "licensed-practical-nurse", True),
        (_certs("PALS - expired; BLS - current"), "bls", True),
    ],
)
def test_classes(text: str, term_id: str, is_held: bool) -> None:
    assert held(text, term_id) is is_held


_FORMER_NURSE = (
    "Summary\nDevice specialist; former telemetry nurse (RN license lapsed 2019).\nExperience\n"
    "Telemetry Registered Nurse, Mercy Hospital 2012 - 2019\n- Monitored cardiac rhythms\n"
    "Education\nBachelor of Science in Nursing, 2012\n"
)


@pytest.mark.parametrize(
    ("text", "is_held"),
    [
        (_FORMER_NURSE, False),
        # a licence listed as current keeps the old title's licence held
        (_FORMER_NURSE + "Licenses\nRegistered Nurse, Ohio Board of Nursing, active through 2026\n", True),
    ],
)
def test_a_lapse_said_outside_the_credentials_expires_an_old_title(text: str, is_held: bool) -> None:
    assert held(text, "registered-nurse") is is_held


def test_a_lapse_of_one_card_leaves_another_licence_held() -> None:
    text = (
        "Summary\nDevice specialist.\nExperience\nTelemetry Registered Nurse, Mercy Hospital 2012 - 2019\n"
        "- My ACLS lapsed in 2019\nCertifications\nBLS (AHA), 2024\n"
    )
    assert held(text, "registered-nurse")
    assert not held(text, "acls")
