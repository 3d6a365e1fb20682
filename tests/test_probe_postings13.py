"""Rules from the thirteenth probe of postings (#20): a credentialing specialist's posting
names clinicians as the people whose files the hire keeps, not as the hire."""

from __future__ import annotations

import resumematch
from resumematch.posting.posting_people_rules import hire_holds_no_licence
from resumematch.scoring.fit import posting_fit

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
