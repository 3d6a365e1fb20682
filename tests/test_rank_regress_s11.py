"""Issue #20, eleventh session (s11-rank-regress): what the session's merges did to ranking.

A staffing office's post ("Temporary Staffing Bank Coordinator") books, recruits and
inducts staff: a recruiter filling it reads staffing recruiters and HR staff as fully as
office administrators (``open_to_hr`` in ``data/fit.json``), read in the title only.
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.scoring.fit import posting_fit

_BODY = (
    "You will take requests for shifts, book workers, keep records up to date and help recruit new staff.\n\n"
    "Requirements:\n- Experience of working in a busy office and good Excel skills.\n"
)
_STAFFING = "Staffing Bank Coordinator\n\n" + _BODY
_PLAIN = "Office Coordinator\n\n" + _BODY


def _part(report: resumematch.Report, name: str) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == name)


def _resume(title: str, lines: str) -> str:
    return (
        f"Jane Doe\n{title}\n\nExperience\n{title}, Mercy Health, Jan 2017 - Jan 2023\n{lines}\n"
        "Education\nHigh School Diploma\n"
    )


@pytest.mark.parametrize(
    "title",
    ["Temporary Staffing Bank Coordinator, Band 4", "Staffing Coordinator", "Workforce Bank Administrator"],
)
def test_a_staffing_title_opens_an_office_post_to_hr_people(title: str) -> None:
    assert posting_fit(resumematch.analyze(f"{title}\n\n{_BODY}")).also_family == "hr"


def test_only_the_title_makes_a_staffing_post() -> None:
    # The body's "recruit new staff" and "our staff bank" name the employer's work, not the post.
    assert posting_fit(resumematch.analyze(_PLAIN)).also_family is None
    assert posting_fit(resumematch.analyze(_PLAIN + "- Join our staff bank team.\n")).also_family is None


def test_a_recruiter_fits_a_staffing_post_as_an_administrator_does() -> None:
    recruiter = _resume("Recruitment Coordinator", "Recruited and onboarded new hires; kept candidate files in Excel.")
    administrator = _resume("Office Administrator", "Kept files and minutes; built reports in Excel.")
    staffing, plain = resumematch.analyze(_STAFFING), resumematch.analyze(_PLAIN)
    recruiter_staffing = _part(resumematch.check(recruiter, job=staffing), "role fit")
    recruiter_plain = _part(resumematch.check(recruiter, job=plain), "role fit")
    assert recruiter_staffing.points / recruiter_staffing.weight > 0.9
    assert recruiter_plain.points / recruiter_plain.weight < 0.7
    administrator_staffing = _part(resumematch.check(administrator, job=staffing), "role fit")
    administrator_plain = _part(resumematch.check(administrator, job=plain), "role fit")
    assert administrator_staffing.points / administrator_staffing.weight == pytest.approx(
        administrator_plain.points / administrator_plain.weight
    )


# -- the services an employer has served people with are not the hire's field -------------

_CLINIC = (
    "Operations Manager\n\n"
    "Riverside Free Clinic has served uninsured neighbors since 1995 with primary care, dental and "
    "behavioral health visits delivered by volunteer physicians. The Operations Manager runs the front desk "
    "and patient flow.\n\n"
    "The right person has three years of experience managing a medical office, including hiring staff.\n"
)


def test_the_services_an_employer_has_served_people_with_are_not_asked() -> None:
    asked = {t.term_id for t in resumematch.analyze(_CLINIC).terms}
    assert "primary-care" not in asked
    assert {"patient-flow", "staff-hiring"} <= asked


def test_a_field_the_hire_needs_is_still_asked() -> None:
    asked = {t.term_id for t in resumematch.analyze(_CLINIC + "Primary care experience is required.\n").terms}
    assert "primary-care" in asked
