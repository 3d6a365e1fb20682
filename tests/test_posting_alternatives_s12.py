"""Posting alternatives, twelfth session (#20): a requirement met by any of its alternatives,
and colleagues named in a post.

Classes found on probe postings15 (benchmarks/README.md, "Ranking classes, twelfth
session"): a list of experience subjects cut at its first comma ("experience in Medicaid or
Marketplace enrollment, eligibility work, ...") or losing its "or" ("outpatient or
professional-fee coding"); a credential offered instead of the years ("CMA, RMA or LPN, or
two years of clinical experience") judged as the years alone; and the colleagues a post
names read as asks ("please see our RN Case Manager openings", "Takes direction from the
RN Case Manager").
"""

from __future__ import annotations

import datetime as dt

import resumematch
from resumematch.posting.statements import read_statement

_TODAY = dt.date(2026, 12, 7)


def _asked(text: str) -> set[str]:
    return {t.term_id for t in resumematch.analyze(text).terms}


# -- 1. experience subjects written as alternatives --------------------------------------------


def test_a_list_of_experience_subjects_is_read_whole() -> None:
    facts = read_statement(
        "At least one year of experience in Medicaid or Marketplace enrollment, eligibility work, "
        "health plan member services or a community health worker role"
    )
    assert facts.years == 1.0
    assert facts.subject == (
        "medicaid enrollment or marketplace enrollment or eligibility or health plan member services"
        " or community health worker"
    )


def test_an_or_before_the_experience_word_keeps_both_alternatives() -> None:
    assert read_statement("Two years of outpatient or professional-fee coding experience").subject == (
        "outpatient coding or professional-fee coding"
    )
    # a comma list before the word stays without a subject (any years count), as before:
    # reading it cost 2s who did the work in other words their years (docs/scoring.md)
    assert read_statement("1+ year of front desk, reception or customer service experience").subject is None


def test_a_head_that_is_no_activity_is_not_shared() -> None:
    # "billing or revenue cycle": billing is no cycle
    assert read_statement("3 years of billing or revenue cycle experience").subject == "billing or revenue cycle"


def test_what_follows_an_item_says_where_not_another_alternative() -> None:
    facts = read_statement(
        "2+ years of experience in a medical office, hospital patient access or health plan role "
        "working with referrals, insurance verification or prior authorizations"
    )
    assert facts.subject == "medical office or hospital patient access or health plan"


def test_a_single_subject_reads_as_before() -> None:
    assert read_statement("3+ years of professional nursing experience").subject == "nursing"
    assert read_statement("3 years in an outpatient clinic or physician practice").subject == (
        "outpatient clinic or physician practice"
    )
    assert read_statement("At least one year of nursing experience is required").subject == "nursing"


def _experience_met(resume: str, job: str) -> str:
    """How far the resume meets the posting's one experience requirement."""
    report = resumematch.check(resume, job=job, today=_TODAY)
    (years,) = [r for r in report.requirements if r.requirement.aspect == "experience"]
    return years.met


_NAVIGATOR = (
    "Enrollment Assistant\n\nRequirements:\n"
    "- At least one year of experience in Medicaid or Marketplace enrollment, eligibility work, "
    "health plan member services or patient financial counseling\n"
)


def test_a_later_alternative_meets_the_requirement() -> None:
    resume = (
        "Jane Doe\n\nExperience\n\nMember Services Representative, Acme Health Plan\n"
        "Jan 2020 - Dec 2023\n- Answered health plan member services calls about benefits and claims\n"
    )
    assert _experience_met(resume, _NAVIGATOR) == "met"


def test_a_first_word_alone_no_longer_meets_it() -> None:
    # "Medicaid" in a billing role is not Medicaid enrollment
    resume = (
        "Jane Doe\n\nExperience\n\nBilling Office Manager, Family Practice\nJan 2020 - Dec 2023\n"
        "- Submitted Medicare and Medicaid claims and posted payments\n"
    )
    assert _experience_met(resume, _NAVIGATOR) != "met"


# -- 2. a credential offered instead of the years ----------------------------------------------

_CREDENTIAL_OR_YEARS = "Medical Assistant\n\nRequirements:\n- CMA, RMA or LPN, or two years of clinical experience\n"


def test_a_credential_offered_instead_of_the_years_meets_it() -> None:
    resume = (
        "Jane Doe\n\nCertifications\n\nCertified Medical Assistant (CMA), AAMA\n\nExperience\n\n"
        "Medical Assistant, Family Clinic\nJan 2025 - Jun 2025\n- Roomed patients and took vital signs\n"
    )
    assert _experience_met(resume, _CREDENTIAL_OR_YEARS) == "met"


def test_the_years_alone_still_meet_it_and_neither_does_not() -> None:
    resume = (
        "Jane Doe\n\nExperience\n\nPatient Care Technician, City Hospital\nJan 2020 - Dec 2023\n"
        "- Clinical duties: vital signs, EKGs and specimen collection on a medical unit\n"
    )
    assert _experience_met(resume, _CREDENTIAL_OR_YEARS) == "met"
    short = "Jane Doe\n\nExperience\n\nCashier, Corner Shop\nJan 2025 - Jun 2025\n- Served customers\n"
    assert _experience_met(short, _CREDENTIAL_OR_YEARS) != "met"


def test_a_credential_required_beside_the_years_is_no_alternative() -> None:
    job = "Medical Assistant\n\nRequirements:\n- CMA certification and two years of clinical experience\n"
    resume = (
        "Jane Doe\n\nCertifications\n\nCertified Medical Assistant (CMA), AAMA\n\nExperience\n\n"
        "Medical Assistant, Family Clinic\nJan 2025 - Jun 2025\n- Roomed patients and took vital signs\n"
    )
    assert _experience_met(resume, job) != "met"


# -- 3. colleagues named in a post ---------------------------------------------------------------


def test_a_title_inside_a_cue_to_other_openings_is_the_other_post() -> None:
    text = (
        "Licensed Practical Nurse\n\nA current LPN license is required. "
        "Registered nurses: please see our RN Case Manager openings instead.\n"
    )
    assert _asked(text) == {"licensed-practical-nurse"}
    longer = "Home Health Aide\n\nRegistered nurses, please see our Registered Nurse Case Manager openings.\n"
    assert "registered-nurse" not in _asked(longer)


def test_whoever_directs_the_hire_is_a_supervisor() -> None:
    for line in (
        "Takes direction from the RN Case Manager.",
        "Receives direction from the registered nurse.",
        "Performs delegated tasks as assigned by the registered nurse.",
    ):
        assert "registered-nurse" not in _asked(f"Home Health Aide\n\nResponsibilities:\n- {line}\n"), line


def test_a_nurse_post_still_asks_for_the_nurse() -> None:
    text = "Case Manager\n\nRequirements:\n- Current RN license required\n- Two years of case management experience\n"
    assert {"registered-nurse", "case-management"} <= _asked(text)


def test_a_specialty_among_the_alternatives_asks_no_specialty_years() -> None:
    job = (
        "Surgery Scheduler\n\nRequirements:\n"
        "- 2+ years of experience in a medical office, surgery scheduling, patient access or "
        "insurance authorization role\n"
    )
    resume = (
        "Jane Doe\n\nExperience\n\nMedical Receptionist, Family Medical Office\nJan 2020 - Dec 2023\n"
        "- Greeted patients at the medical office front desk and verified insurance\n"
    )
    assert _experience_met(resume, job) == "met"
