"""Signals of a candidate's field: recruiting and HR are a field of their own."""

from __future__ import annotations

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
    assert "hr" in next(p.detail for p in recruiter.parts if p.name == "role fit")
