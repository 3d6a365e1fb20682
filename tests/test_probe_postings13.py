"""Rules from the thirteenth probe of postings (#20): a credentialing specialist's posting
names clinicians as the people whose files the hire keeps, not as the hire."""

from __future__ import annotations

import resumematch
from resumematch.posting.posting_people_rules import hire_holds_no_licence
from resumematch.scoring.fit import posting_fit
from resumematch.scoring.role_duties import role_duties

CREDENTIALING = (
    "Provider Credentialing Specialist\n\n"
    "What you'll do\n"
    "- Process initial credentialing and recredentialing applications for physicians, nurse practitioners "
    "and physician assistants\n"
    "- Submit payer enrollment applications and track expiring licenses\n\n"
    "What you bring\n"
    "- 2+ years of credentialing or provider enrollment experience\n"
)
CREDENTIALING_NURSE = (
    "Credentialing Nurse Reviewer\n\n"
    "Requirements\n- Active RN licence required\n- 2+ years of credentialing experience\n"
)


def test_a_credentialing_title_names_a_hire_without_a_licence() -> None:
    assert hire_holds_no_licence("Provider Credentialing Specialist")
    assert hire_holds_no_licence("Provider Enrollment Coordinator")
    assert hire_holds_no_licence("Medical Staff Services Coordinator")
    assert not hire_holds_no_licence("Nurse Practitioner - Urgent Care")


def test_the_clinicians_a_credentialing_specialist_credentials_are_not_asked() -> None:
    job = resumematch.analyze(CREDENTIALING)
    terms = {t.term_id for t in job.terms}
    assert not terms & {"nurse-practitioner", "physician-assistant", "registered-nurse"}
    fit = posting_fit(job)
    assert fit.level is None and not fit.level_required
    assert fit.family == "administrative"


def test_a_credentialing_posts_requirement_still_asks_for_a_licence() -> None:
    job = resumematch.analyze(CREDENTIALING_NURSE)
    assert "registered-nurse" in {t.term_id for t in job.terms if t.kind == "required"}


def _resume(title: str, duties: str) -> str:
    return (
        f"Jane Doe\n{title}\n\nExperience\n{title}, Mercy Medical Group, Jan 2016 - Jan 2023\n{duties}\n"
        "\nEducation\nBachelor of Science in Health Administration\n"
    )


def _terms(text: str) -> set[str]:
    _document, mentions = resumematch.find_terms(text)
    return {m.term_id for m in mentions if m.status == "affirmed"}


def test_provider_credentialing_is_read_in_its_usual_wordings() -> None:
    for line in (
        "Maintained all doctors files, recredentialing, CME hours and hospital affiliations",
        "Submitted payer enrollment applications to Medicare and commercial plans",
        "Kept provider profiles current in CAQH ProView",
        "Oversaw billing, credentialing and payroll for a 14-provider group",
        "Completed primary source verification of licenses and board certifications",
    ):
        assert "provider-credentialing" in _terms(line), line


def test_vendor_and_issuer_credentialing_is_not_provider_credentialing() -> None:
    # A device representative's hospital badge and a certificate's issuer are other things.
    for line in (
        "Hospital vendor credentialing (Vendormate, Reptrax)",
        "Followed each hospital's vendor credentialing rules",
        "CNOR (Competency & Credentialing Institute)",
    ):
        assert "provider-credentialing" not in _terms(line), line


def test_a_credentialing_post_ranks_the_credentialing_work_above_general_office_work() -> None:
    # The role's work is one term: showing it earns the usual-duties part in full.
    duties = role_duties("Provider Credentialing Specialist")
    assert duties is not None and duties.role == "credentialing" and duties.full_credit == 1
    job = resumematch.analyze(CREDENTIALING)
    credentialer = resumematch.check(
        _resume("Medical Staff Coordinator", "- Processed recredentialing files for 120 physicians"), job=job
    )
    clerk = resumematch.check(
        _resume("Office Coordinator", "- Scheduled appointments and answered phones for a busy clinic"), job=job
    )
    part = next(p for p in credentialer.parts if p.name == "the role's usual duties")
    assert part.points == part.weight
    assert credentialer.score > clerk.score


ONCOLOGY_RN = (
    "Registered Nurse - Oncology Infusion\n\n"
    "Requirements\n"
    "- Current Registered Nurse (RN) license\n"
    "- Minimum of 2 years of oncology or infusion nursing experience as an RN\n"
)
GENERAL_RN = "Registered Nurse - Medical Ward\n\nRequirements\n- Current RN license\n- 2 years of nursing experience\n"


def _nurse(title: str, duties: str) -> str:
    return (
        f"Jane Doe\nRegistered Nurse (RN)\n\nExperience\n{title}, Mercy Hospital, Jan 2015 - Jan 2023\n"
        f"- {duties}\n\nEducation\nAssociate Degree in Nursing\n"
    )


def _years_met(resume: str, posting: str) -> str:
    report = resumematch.check(resume, job=posting)
    return next(r.met for r in report.requirements if r.requirement.aspect == "experience")


def test_years_in_a_specialty_count_only_the_roles_in_it() -> None:
    # A recruiter reads "2 years of oncology nursing" as years in oncology, not any nursing.
    theatre = _nurse("Operating Room Staff Nurse", "Circulated and scrubbed for general and orthopedic surgery")
    oncology = _nurse("Oncology Nurse", "Administered chemotherapy and blood products through central lines")
    assert _years_met(oncology, ONCOLOGY_RN) == "met"
    assert _years_met(theatre, ONCOLOGY_RN) != "met"
    # Years without a specialty still count every nursing role.
    assert _years_met(theatre, GENERAL_RN) == "met"
