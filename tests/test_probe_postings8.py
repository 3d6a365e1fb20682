"""Rules from the eighth probe of postings (#20): a list headed "You have:" is the posting's
requirements; the reason given after a colon for what a posting does *not* need ("You do not
need a clinical background: our clinical team screens every nurse") names no term of it; a financial counselor's
and a "Non-Clinical" title are office posts."""

from __future__ import annotations

import resumematch
from resumematch.posting.asks import states_no_need
from resumematch.posting.headings import heading_kind
from resumematch.scoring.fit import posting_fit
from resumematch.scoring.fit_data import family_votes

ACCOUNT_MANAGER = (
    "Account Manager\n\n"
    "**The job**\n- Win new hospital clients and grow existing accounts\n\n"
    "**You have**\n- 2+ years of B2B sales or account management (required)\n- Bachelor's degree preferred\n\n"
    "You do not need a clinical background: our clinical team screens every nurse.\n"
)


def _required(text: str) -> set[str]:
    return {t.term_id for t in resumematch.analyze(text).terms if t.kind == "required"}


def test_a_you_have_heading_heads_the_requirements() -> None:
    assert heading_kind("You have:") == ("required", True)
    assert heading_kind("**You bring**") == ("required", True)
    # a sentence that starts so is no heading of its own
    assert heading_kind("You have a chance to grow with us") == ("required", False)
    job = resumematch.analyze(ACCOUNT_MANAGER)
    assert any(r.years == 2.0 for r in job.requirements)


def test_what_a_posting_does_not_need_names_no_term() -> None:
    assert states_no_need("You do not need a clinical background: our team screens every nurse.")
    assert states_no_need("You don't need any healthcare experience")
    assert not states_no_need("You will need a clinical background")
    assert not _required(ACCOUNT_MANAGER) & {"nurse", "registered-nurse", "clinical-knowledge"}
    # the reason given after the colon names who does the work, not an ask; a clause that asks stays
    aide = "Aide\n\nRequirements:\n- No experience needed: CNA certification required.\n"
    assert "certified-nursing-assistant" in _required(aide)
    caregiver = "Caregiver\n\nRequirements:\n- No CNA certification required.\n- High school diploma.\n"
    required = _required(caregiver)
    assert "certified-nursing-assistant" not in required
    assert "high-school-diploma" in required


def test_the_same_words_asked_for_stay_required() -> None:
    text = "Care Aide\n\nRequirements:\n- CNA certification required.\n- High school diploma.\n"
    assert "certified-nursing-assistant" in _required(text)


def test_a_financial_counselor_and_a_non_clinical_title_are_office_posts() -> None:
    assert max(family_votes("Patient Financial Counselor").items(), key=lambda kv: kv[1])[0] == "administrative"
    votes = family_votes("Care Management Coordinator (Non-Clinical)")
    assert max(votes.items(), key=lambda kv: kv[1])[0] == "administrative"
    # a counselor without "financial" is still a clinician's title
    assert max(family_votes("Mental Health Counselor").items(), key=lambda kv: kv[1])[0] == "clinical"
    assert posting_fit(resumematch.analyze("Patient Financial Counselor\n\nVerify insurance.\n")).family == (
        "administrative"
    )


def test_years_in_a_list_of_settings_count_in_any_of_them() -> None:
    from resumematch.posting.statements import read_statement

    facts = read_statement("2+ years in a health plan, medical office, call center or social services setting")
    assert facts.years == 2.0
    assert facts.subject == "health plan or medical office or call center or social services"
    # "a similar setting" adds nothing a role could show
    assert (
        read_statement("2 years of experience in a hospital, clinic, or similar setting").subject
        == "hospital or clinic"
    )
    # a list of fields is not read so: its abstract words match a role's text too loosely
    assert read_statement("Two years of experience in marketing, communications or advertising").subject == "marketing"


def test_a_list_softened_at_its_end_is_softened_whole() -> None:
    from resumematch.posting.statements import read_statement

    assert read_statement("BLS, ACLS or PALS preferred").kind == "preferred"
    assert read_statement("Bachelor's degree in business, marketing or a related field preferred").kind == "preferred"
    # a firm main clause, another kind of ask after the comma, or a clause after a semicolon stays required
    assert read_statement("Current BLS required, ACLS or PALS preferred").kind == "required"
    assert read_statement("RN license, ICU or ED experience preferred").kind == "required"
    statement = (
        "High school diploma or GED; associate or bachelor's degree in health administration, business or a "
        "related field preferred"
    )
    assert read_statement(statement).kind == "required"
    job = resumematch.analyze(f"Coordinator\n\nRequirements:\n- {statement}\n")
    kinds = {t.term_id: t.kind for t in job.terms}
    assert kinds.get("high-school-diploma") == "required"
    assert kinds.get("bachelors-degree") == "preferred"
