"""Ranking classes of the fifteenth session (#20), each on short fresh texts, both ways.

* The role's usual duties read the work a role's lines show: a duty the resume names only in
  a skills list counts half, so a coder who coded in her roles comes before a manager who
  lists "CPT coding" among her skills, and a duty written in a role earns as before.
* The part weighs 30 of the nominal weights (20 before): the recruiter's knowledge of the
  role's work separates the people who did it from the general office worker.
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.scoring.part_worth import ScoreWeights
from resumematch.scoring.role_duties import LISTED_DUTY


def _duties(report: resumematch.Report) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == "the role's usual duties")


_CODER_POST = (
    "Medical Coding Specialist\n\nAssign ICD-10 and CPT codes to outpatient visits, review charts for "
    "documentation and work coding denials with the billing team. Two years of coding experience required.\n"
)
_FRONT_POST = (
    "Medical Receptionist\n\nGreet patients, schedule appointments, register new patients and verify "
    "insurance before visits. Customer service experience required.\n"
)


def _resume(headline: str, role_lines: str, skills: str) -> str:
    return (
        f"Jordan Avery\n{headline}\n\nExperience\n{headline}, Birchwood Family Clinic, Jan 2017 - Present\n"
        f"{role_lines}\n\nSkills\n{skills}\n\nEducation\nHigh School Diploma\n"
    )


_WORKED = _resume(
    "Coding Specialist",
    "Assigned ICD-10 and CPT codes to clinic visits and reviewed charts before claims went out.",
    "Microsoft Excel, teamwork",
)
_LISTED = _resume(
    "Office Manager",
    "Ran the office budget, hired and trained front desk staff and managed vendor contracts.",
    "ICD-10, CPT coding, chart review, Microsoft Excel",
)


def test_duties_written_in_a_role_earn_in_full() -> None:
    part = _duties(resumematch.check(_WORKED, job=resumematch.analyze(_CODER_POST)))
    assert part.points == pytest.approx(part.weight)
    assert "skills list" not in part.detail


def test_duties_named_only_in_a_skills_list_count_half() -> None:
    part = _duties(resumematch.check(_LISTED, job=resumematch.analyze(_CODER_POST)))
    assert part.points == pytest.approx(part.weight * LISTED_DUTY)
    assert "only in a skills list, counted half" in part.detail


def test_a_duty_both_listed_and_worked_counts_as_worked() -> None:
    resume = _resume(
        "Medical Receptionist",
        "Scheduled appointments for four physicians and registered new patients at the front desk.",
        "appointment scheduling, patient registration, insurance verification",
    )
    part = _duties(resumematch.check(resume, job=resumematch.analyze(_FRONT_POST)))
    # two worked (scheduling, registration), one only listed (insurance verification)
    assert part.points == pytest.approx(part.weight * min(1.0, (2 + LISTED_DUTY) / 3))
    assert "1 only in a skills list" in part.detail


def test_the_coder_who_coded_ranks_above_the_manager_who_lists_coding() -> None:
    job = resumematch.analyze(_CODER_POST)
    assert resumematch.check(_WORKED, job=job).score > resumematch.check(_LISTED, job=job).score


def test_the_duties_part_weighs_thirty() -> None:
    assert ScoreWeights().duties == 30.0


# The executive level weighs 50 (40 before): an executive applying for an office post below
# management is a level above it, whatever office words the resumes share.

_OFFICE_POST = (
    "Patient Services Coordinator\n\nSchedule appointments, register patients, answer patient enquiries and "
    "keep medical records up to date. Experience in a healthcare office required.\n"
)
_OFFICE_WORK = (
    "Scheduled appointments, registered patients, answered patient inquiries and kept medical records up to date."
)


def _office_resume(title: str) -> str:
    return (
        f"{title}\nRiley Quinn\n\nExperience\n{title}, Maple Street Health Center, Feb 2016 - Present\n"
        f"{_OFFICE_WORK}\n\nEducation\nBachelor of Science in Health Administration\n"
    )


def test_an_executive_ranks_below_the_office_worker_with_the_same_work() -> None:
    job = resumematch.analyze(_OFFICE_POST)
    worker = resumematch.check(_office_resume("Patient Services Administrator"), job=job)
    executive = resumematch.check(_office_resume("Executive Director"), job=job)
    part = next(p for p in executive.parts if p.name == "executive level")
    assert part.points == pytest.approx(0.0)
    assert worker.score > executive.score


def test_the_executive_level_part_weighs_fifty() -> None:
    assert ScoreWeights().executive == 50.0
