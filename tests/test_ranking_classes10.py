"""Ranking classes, tenth session (#20): benchmarks/README.md, "Ranking classes, tenth session".

Each rule is tested on short texts on both sides: the case it changes, and a posting that
does ask for the thing keeping it.
"""

from __future__ import annotations

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
