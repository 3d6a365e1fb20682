"""Rules from the fifth probe of postings (#20): a recruiter's or a sales representative's
posting names nurses as the people recruited or sold to; recruiting and sales are fields of
their own; a role title of the post's field that names healthcare is healthcare work."""

from __future__ import annotations

import resumematch
from resumematch.posting.posting_people_rules import hire_holds_no_licence
from resumematch.scoring.fit import fit_data, posting_fit

SIXTEENTH_SESSION_FIELDS = ("finance", "procurement", "facilities", "education")
"""Fields with rows of their own since the sixteenth session: not older posts."""


def _part(report: resumematch.Report, name: str) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == name)


def _resume(headline: str, title: str, duties: str) -> str:
    return (
        f"Jane Doe\n{headline}\n\nExperience\n{title}, Summit Staffing, Jan 2016 - Jan 2023\n{duties}\n"
        "\nEducation\nBachelor of Arts in Communications\n"
    )


RECRUITER = (
    "Healthcare Recruiter - Travel Nursing and Allied\n\n"
    "Summit places travel and per diem nurses in hospitals and long-term care facilities.\n\n"
    "What You'll Do\n"
    "- Own the full recruitment cycle for travel RNs, LPNs, CNAs and allied professionals\n"
    "- Guide clinicians through credentialing and compliance\n\n"
    "What You Bring\n"
    "- 2+ years of full-cycle recruiting experience, preferably healthcare staffing (required)\n"
    "- Experience with an applicant tracking system\n"
)
SALES = (
    "Pharmaceutical Sales Representative - Respiratory\n\n"
    "The representative promotes our respiratory products to pulmonologists, primary care physicians, "
    "nurse practitioners and hospital pharmacies in an assigned territory.\n\n"
    "Requirements\n- Bachelor's degree\n- 2+ years of business-to-business sales experience\n"
)
CLINICAL_SALES = (
    "Clinical Sales Specialist\n\nWe sell wound care products to nursing homes.\n\n"
    "Requirements\n- Active RN licence required\n- 2+ years of sales experience\n"
)


def test_a_recruiters_title_names_a_hire_without_a_licence() -> None:
    assert hire_holds_no_licence("Healthcare Recruiter - Travel Nursing and Allied")
    assert hire_holds_no_licence("Pharmaceutical Sales Representative")
    assert not hire_holds_no_licence("Community Mental Health Nurse (RMN) - Band 6")
    assert not hire_holds_no_licence(None)


def test_the_nurses_a_recruiter_places_are_not_asked_of_the_recruiter() -> None:
    job = resumematch.analyze(RECRUITER)
    terms = {t.term_id for t in job.terms}
    assert not terms & {"registered-nurse", "licensed-practical-nurse", "certified-nursing-assistant", "nurse"}
    fit = posting_fit(job)
    assert fit.family == "hr"
    assert fit.level is None and not fit.level_required


def test_the_prescribers_a_sales_rep_calls_on_are_not_asked_of_the_rep() -> None:
    job = resumematch.analyze(SALES)
    assert "nurse-practitioner" not in {t.term_id for t in job.terms}
    fit = posting_fit(job)
    assert fit.family == "sales"
    assert fit.level is None


def test_a_sales_posts_requirement_still_asks_for_a_licence() -> None:
    # A requirement statement names the hire: a clinical sales post may require an RN.
    job = resumematch.analyze(CLINICAL_SALES)
    assert "registered-nurse" in {t.term_id for t in job.terms if t.kind == "required"}


def test_a_recruitment_administrators_post_is_a_recruiting_post() -> None:
    job = resumematch.analyze("Recruitment Administrator\n\nYou will arrange interviews and pre-employment checks.\n")
    assert posting_fit(job).family == "hr"


def test_recruiting_and_sales_are_fields_of_their_own() -> None:
    data = fit_data()
    assert {"hr", "sales"} <= data.field_families
    # A salesperson is another field for every older post, as before sales had a family
    # (the sixth probe's rows, marketing among them, read sales as a neighbour).
    for row, columns in data.family_fit.items():
        if row not in ("sales", "it", "marketing", "hospitality", *SIXTEENTH_SESSION_FIELDS):
            assert columns["sales"] == columns["other"]


def test_a_recruiter_outranks_a_manager_who_hired_staff_for_a_recruiters_post() -> None:
    job = resumematch.analyze(RECRUITER)
    recruiter = resumematch.check(
        _resume(
            "Healthcare Recruiter",
            "Healthcare Recruiter",
            "Full-cycle recruiting of travel RNs for hospital clients; sourced and screened candidates in Bullhorn.",
        ),
        job=job,
    )
    manager = resumematch.check(
        _resume(
            "Clinic Manager",
            "Clinic Manager",
            "Hired and trained staff; kept the clinic compliant with regulations; managed long-term care referrals.",
        ),
        job=job,
    )
    assert recruiter.score > manager.score


def test_a_healthcare_recruiters_title_is_healthcare_work_for_a_recruiting_post() -> None:
    job = resumematch.analyze(RECRUITER)
    report = resumematch.check(
        _resume("Healthcare Recruiter", "Healthcare Recruiter", "Recruited and placed nurses for hospital clients."),
        job=job,
    )
    assert "is healthcare work in the post's field" in _part(report, "healthcare work").detail
    other_field = resumematch.check(
        _resume("Technical Recruiter", "Technical Recruiter", "Recruited software engineers for clients."), job=job
    )
    assert _part(other_field, "healthcare work").points == 0.0


def test_a_title_naming_healthcare_is_no_evidence_for_an_office_post() -> None:
    job = resumematch.analyze(
        "Patient Services Administrator\n\nRegister patients at the clinic and keep the hospital's medical records.\n"
        "Work with nurses and patients every day.\n"
    )
    report = resumematch.check(
        _resume("Healthcare Recruiter", "Healthcare Recruiter", "Recruited nurses for hospital clients."), job=job
    )
    assert "post's field" not in _part(report, "healthcare work").detail


def test_a_support_workers_post_does_not_ask_for_the_nursing_it_leads_to() -> None:
    job = resumematch.analyze(
        "Mental Health Support Worker\n\nSupport service users with daily living on an acute ward.\n\n"
        "Person specification\n- Holder of the Care Certificate (essential)\n\n"
        "Why join us?\n- Apprenticeship routes into nursing (Nursing Associate and RMN degree apprenticeships)\n"
    )
    assert "registered-nurse" not in {t.term_id for t in job.terms}
    assert hire_holds_no_licence("Healthcare Support Worker - Band 3")


def test_a_health_plans_posting_is_in_healthcare() -> None:
    from resumematch.scoring.healthcare_work import posting_in_healthcare

    text = (
        "We serve Medicaid, Medicare Advantage and Marketplace members. Explain benefits and coverage. "
        "Knowledge of Medicaid and Medicare enrollment rules is preferred."
    )
    assert posting_in_healthcare("Member Services and Enrollment Specialist", text)
    assert not posting_in_healthcare("Member Services Specialist", "Explain our phone plans to members. Dental cover.")


def test_the_nhs_contact_record_asks_nothing() -> None:
    job = resumematch.analyze(
        "Health Records Officer\nBarrowdale Hospitals NHS Foundation Trust\n\n"
        "You will supervise the health records clerks and keep medical records tracked.\n\n"
        "For further details / informal visits contact:\n\n"
        "NameHelen FrostJob titleHealth Records ManagerEmail addresshelen.frost@nhs.netTelephone number01228 814 552\n"
    )
    terms = {t.term_id for t in job.terms}
    assert "telehealth" not in terms
    assert "medical-records" in terms
