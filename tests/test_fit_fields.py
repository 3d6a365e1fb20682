"""Signals of a candidate's field: recruiting and HR are a field of their own."""

from __future__ import annotations

import pytest

import resumematch
from resumematch.resume.roles import find_roles
from resumematch.scoring.fit import candidate_fit, posting_fit

ADMIN_POSTING = (
    "Patient Services Administrator\n\nRequirements:\n- Appointment scheduling\n- Medical records\n"
    "- Microsoft Office\n- Customer service\n"
)


def _resume(headline: str, title: str, duties: str) -> str:
    return (
        f"{headline}\n\nExperience\n{title}, Mercy Health, Jan 2016 - Jan 2023\n{duties}\n"
        "Skills\nMicrosoft Office, customer service\n"
    )


def _families(text: str) -> dict[str, float]:
    document, mentions = resumematch.find_terms(text)
    return candidate_fit(document, find_roles(document), mentions).families


def _role_fit(report: resumematch.Report) -> float:
    return next(p.points / p.weight for p in report.parts if p.name == "role fit")


RECRUITER = _resume("Healthcare Recruiter", "Senior Recruiter", "Sourced and interviewed nurses for hiring managers.")
ADMINISTRATOR = _resume("Medical Office Administrator", "Front Office Administrator", "Scheduled appointments.")


def test_recruiting_titles_read_as_hr() -> None:
    assert max(_families(RECRUITER).items(), key=lambda i: i[1])[0] == "hr"
    assert "hr" not in _families(ADMINISTRATOR)


def test_an_admin_post_prefers_office_administrators_to_recruiters() -> None:
    job = resumematch.analyze(ADMIN_POSTING)
    assert posting_fit(job).family == "administrative"
    recruiter = resumematch.check(RECRUITER, job=job)
    administrator = resumematch.check(ADMINISTRATOR, job=job)
    assert _role_fit(administrator) == 1.0
    assert 0.0 < _role_fit(recruiter) < _role_fit(administrator)
    assert "HR" in next(p.detail for p in recruiter.parts if p.name == "role fit")


HEALTHCARE_ADMIN_POSTING = (
    "Clinic Administrator\n\nOur busy outpatient clinic needs an administrator to greet patients, "
    "book clinic appointments and keep patients' medical records.\n\nRequirements:\n- Microsoft Office\n"
    "- Customer service\n"
)
OFFICE_WORK = "Scheduled appointments, answered phones, filed records, ordered supplies."
CLINIC_OFFICE = _resume(
    "Office Administrator",
    "Office Administrator",
    "Registered patients, verified insurance and kept medical records under HIPAA.",
)
LAW_OFFICE = _resume("Office Administrator", "Office Administrator", OFFICE_WORK)


def _part(report: resumematch.Report, name: str) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == name)


def test_a_healthcare_post_prefers_an_administrator_who_worked_in_healthcare() -> None:
    job = resumematch.analyze(HEALTHCARE_ADMIN_POSTING)
    clinic = resumematch.check(CLINIC_OFFICE, job=job)
    law = resumematch.check(LAW_OFFICE, job=job)
    assert _part(clinic, "healthcare work").points == pytest.approx(_part(clinic, "healthcare work").weight)
    assert "HIPAA" in _part(clinic, "healthcare work").detail  # the term's name, not its id
    assert _part(law, "healthcare work").points < _part(clinic, "healthcare work").points
    assert clinic.score > law.score


def test_healthcare_work_is_not_judged_for_a_posting_outside_healthcare() -> None:
    job = resumematch.analyze("Office Administrator\n\nRequirements:\n- Microsoft Office\n- Customer service\n")
    report = resumematch.check(CLINIC_OFFICE, job=job)
    assert _part(report, "healthcare work").weight == 0
    assert "nothing to judge" in _part(report, "healthcare work").detail


def test_healthcare_work_counts_each_term_once_and_only_when_affirmed() -> None:
    from resumematch.scoring.healthcare_work import healthcare_work_terms

    _document, mentions = resumematch.find_terms(
        "Office Administrator\nKept medical records. Kept medical records again.\nNo experience with Epic."
    )
    assert healthcare_work_terms(mentions) == ["medical-records"]


def test_a_posting_is_in_healthcare_by_its_title_the_nhs_or_its_setting_words() -> None:
    from resumematch.scoring.healthcare_work import posting_in_healthcare

    office = "We need an organised administrator. Benefits: medical and dental cover."
    assert not posting_in_healthcare("Office Administrator", office)  # benefits words, once each
    assert posting_in_healthcare("Occupational Therapy Service Administrator", office)
    assert posting_in_healthcare("Approvals Administrator", office + " Join the NHS research team.")
    assert posting_in_healthcare(None, "Greet patients at the clinic and book patients' appointments.")
