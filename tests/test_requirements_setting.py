"""Years counted in the setting the posting names, and postings the vocabulary does not know."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import FIXTURES, need

import resumematch
from resumematch import JobDescriptionError, analyze, check
from resumematch.posting.statements import read_statement

TODAY = dt.date(2025, 1, 1)
JOB = """Medical Receptionist

Requirements
- 3 years in an outpatient clinic or physician practice
- HIPAA knowledge
"""
ENGINEER = """Alex Kim
Software Engineer

Experience
Senior Software Engineer, Acme Cloud | Jan 2016 - Dec 2024
- Built billing services in Python; HIPAA compliant data pipelines
"""
CLINIC = """Maria Lopez
Medical Receptionist

Experience
Front Desk Receptionist, Eastside Family Physician Practice | Jan 2020 - Dec 2024
- Checked in patients; HIPAA privacy at the front desk
"""


@pytest.mark.parametrize(
    ("statement", "subject"),
    [
        ("3 years in an outpatient clinic or physician practice", "outpatient clinic or physician practice"),
        ("Minimum 2 years of experience working in a medical office setting", "medical office"),
        ("2+ years of experience in a clinical setting required", None),  # every clinical role is one
        ("3+ years of professional nursing experience, preferably in a hospital setting", "nursing"),
    ],
)
def test_years_without_a_subject_are_of_their_setting(statement: str, subject: str | None) -> None:
    assert read_statement(statement).subject == subject


def _experience(report: resumematch.Report) -> resumematch.models.RequirementCheck:
    return next(c for c in report.requirements if c.requirement.aspect == "experience")


def test_years_count_only_in_roles_of_the_setting() -> None:
    engineer = _experience(check(ENGINEER, job=JOB, today=TODAY))
    clinic = _experience(check(CLINIC, job=JOB, today=TODAY))
    assert engineer.met == "partly"  # 9 years of software are not 3 in a clinic
    assert "0.0" in engineer.missing[0]
    assert clinic.met == "met"
    assert check(CLINIC, job=JOB, today=TODAY).score > check(ENGINEER, job=JOB, today=TODAY).score


def test_a_posting_without_known_terms_is_still_read() -> None:
    profile = analyze("Pastry Chef\n\nRequirements\n- Laminated doughs\n- Sourdough starters\n")
    assert profile.title == "Pastry Chef"
    assert [r.text for r in profile.requirements] == ["Laminated doughs", "Sourdough starters"]
    assert profile.notes and "knows none of its terms" in profile.notes[0]
    assert profile.to_dict()["notes"] == list(profile.notes)
    with pytest.raises(JobDescriptionError, match="names none"):
        check(CLINIC, job=profile)


def test_a_known_posting_has_no_notes() -> None:
    assert analyze(JOB).notes == ()


def test_the_aclu_posting_gives_its_title() -> None:
    path = need(FIXTURES / "real-world" / "postings" / "jobsboard-aclu-of-northern-california-paralegal.md")
    profile = analyze(path)
    assert profile.title == "Paralegal"
    assert profile.notes


@pytest.mark.parametrize(
    ("statement", "years"),
    [
        ("Five or more years of clinical experience with a focus on reproductive healthcare.", 5.0),
        ("three (3) or more years of clinical experience", 3.0),
        ("2 or more years of experience in a medical office", 2.0),
    ],
)
def test_years_written_as_n_or_more(statement: str, years: float) -> None:
    facts = read_statement(statement)
    assert (facts.years, facts.aspect) == (years, "experience")


def test_a_role_naming_a_narrower_term_counts_for_the_subjects_years() -> None:
    """ "3 years of EHR experience": a role on Epic (an EHR) is about the subject, as a
    recruiter reads it; a role naming neither is not."""
    job = analyze("Clinic Coordinator\n\nRequirements\n- 3 years of EHR experience required\n")
    on_epic = _experience(
        check(
            "Jane Doe\n\nExperience\nFront Desk Coordinator, Mercy Clinic, Jan 2016 - Jan 2022\n"
            "Registered patients and kept their charts in Epic.\n",
            job=job,
            today=TODAY,
        )
    )
    on_paper = _experience(
        check(
            "Jane Doe\n\nExperience\nFront Desk Coordinator, Mercy Clinic, Jan 2016 - Jan 2022\n"
            "Registered patients and filed their paper charts.\n",
            job=job,
            today=TODAY,
        )
    )
    assert on_epic.met == "met"
    assert on_paper.met != "met"


def test_answering_patients_counts_as_customer_service_experience() -> None:
    job = analyze("Patient Access Representative\n\nQualifications\n- 1 year of customer service experience required\n")
    clerk = _experience(
        check(
            "Jane Doe\n\nExperience\nClinic Clerk, Mercy Clinic, Jan 2016 - Jan 2022\n"
            "Registered incoming patients and answered patient inquiries over the telephone.\n",
            job=job,
            today=TODAY,
        )
    )
    assert clerk.met == "met"


def test_a_subjects_words_must_stand_together_in_a_role() -> None:
    """Words of the subject spread over three duty lines do not make the role about it."""
    job = analyze("Research Coordinator\n\nQualifications\n- 2 years of clinical research coordination experience\n")
    scattered = _experience(
        check(
            "Jane Doe\n\nExperience\nProgram Administrator, Mercy Hospital, Jan 2015 - Jan 2022\n"
            "Managed a clinical team of physicians and support staff.\n"
            "Improved clinic flow and the coordination of care for every patient we served.\n"
            "Developed department budgets, wrote grants and ran the research library.\n",
            job=job,
            today=TODAY,
        )
    )
    together = _experience(
        check(
            "Jane Doe\n\nExperience\nStudy Coordinator, Mercy Hospital, Jan 2015 - Jan 2022\n"
            "Led clinical research coordination for three cardiology trials.\n",
            job=job,
            today=TODAY,
        )
    )
    assert together.met == "met"
    assert scattered.met != "met"


def test_a_slash_between_fields_of_experience_means_either() -> None:
    job = analyze("Program Coordinator\n\nRequirements\n- Three (3) years of administrative/management experience\n")
    manager = _experience(
        check(
            "Jane Doe\n\nExperience\nOffice Manager, Mercy Clinic, Jan 2016 - Jan 2022\n"
            "Management of the front office and its budget.\n",
            job=job,
            today=TODAY,
        )
    )
    assert manager.met == "met"
