"""Posting reading, twelfth session (#20): what a posting names that it does not ask.

Classes found on probe postings18 (benchmarks/README.md, "Posting reading, twelfth
session"): people sent to another bank or post ("should apply to the separate clinical
bank", "can apply under Public Health Nurse") read as the hire's credential or title; the
employer's own name ("Tri-River County Public Health is hiring") read as an ask; an item
the post only wishes for ("Care Certificate, or willingness to complete it") read as
required; an equal-opportunity pledge ("a Disability Confident Leader") read as
leadership; a benefit ("continuing education allowance") read as an ask; and the act of
other people in a "who" clause ("our public health nurses, who give the vaccines") read as
the hire's duty.
"""

from __future__ import annotations

import resumematch
from resumematch.posting.asks import is_equal_opportunity_statement
from resumematch.posting.statements import wished_items


def _asked(text: str) -> dict[str, str]:
    return {t.term_id: t.kind for t in resumematch.analyze(text).terms}


def _requirements(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.kind, r.term_ids) for r in resumematch.analyze(text).requirements]


# -- 1. people sent to another bank or post ---------------------------------------------------


def test_people_sent_to_a_separate_bank_are_not_the_hire() -> None:
    text = (
        "Bank Receptionist\n\nPrevious reception or customer service experience is essential.\n\n"
        "Radiographers and healthcare assistants who would like bank work should apply to the "
        "separate clinical bank.\n"
    )
    assert "certified-nursing-assistant" not in _asked(text)
    assert "customer-service" in _asked(text)


def test_a_title_named_as_the_other_post_is_not_the_hire() -> None:
    text = (
        "Outreach Coordinator\n\nAt least two years of patient navigation work is required. "
        "Nurses interested in our clinic team can apply under Public Health Nurse.\n"
    )
    assert "nurse" not in _asked(text)
    assert "patient-navigation" in _asked(text)


def test_a_nurse_post_still_asks_for_a_nurse() -> None:
    text = "Staff Nurse\n\nWe are seeking a Registered Nurse to apply their skills on our ward. RN required.\n"
    assert "registered-nurse" in _asked(text)


# -- 2. the employer's own name ---------------------------------------------------------------

_FRONT = """+++
title = "Immunization Outreach Coordinator"
organization = "Tri-River County Public Health"
+++
"""


def test_the_employers_name_asks_nothing() -> None:
    text = _FRONT + "Tri-River County Public Health is hiring a coordinator to run vaccine clinics.\n"
    assert "public-health" not in _asked(text)


def test_the_same_term_outside_the_name_is_still_asked() -> None:
    text = (
        _FRONT + "Tri-River County Public Health is hiring a coordinator.\n\nExperience in public health is required.\n"
    )
    assert _asked(text).get("public-health") == "required"


# -- 3. an item only wished for ---------------------------------------------------------------


def test_or_willingness_to_complete_makes_the_item_a_wish() -> None:
    text = (
        "Healthcare Support Worker\n\nEssential criteria\n\n"
        "- Care Certificate, or willingness to complete it within 12 weeks of starting\n"
    )
    assert _asked(text).get("certified-nursing-assistant") == "preferred"
    assert ("preferred", ("certified-nursing-assistant",)) in _requirements(text)


def test_the_wish_softens_only_its_own_item() -> None:
    statement = (
        "You will need experience as a healthcare assistant, and hold a Care Certificate (or be willing to complete it)"
    )
    spans = wished_items(statement)
    assert [statement[a:b].strip() for a, b in spans] == ["and hold a Care Certificate"]
    text = "Support Worker\n\nRequirements\n\n- " + statement + "\n"
    # The experience stays asked, as the role's work (fourteenth session, third round: a role's
    # name is not its certificate), and the certificate is the wish it is written as.
    requirement = resumematch.analyze(text).requirements[0]
    assert (requirement.kind, requirement.aspect, requirement.subject) == (
        "required",
        "experience",
        "healthcare assistant",
    )
    assert _asked(text).get("certified-nursing-assistant") == "preferred"


def test_a_statement_without_the_cue_has_no_wished_item() -> None:
    assert wished_items("Care Certificate required; willing to work weekends") == []


# -- 4. an equal-opportunity pledge -----------------------------------------------------------


def test_an_equal_opportunity_pledge_asks_nothing() -> None:
    pledge = "We are a Disability Confident Leader and guarantee an interview to disabled applicants."
    assert is_equal_opportunity_statement(pledge)
    assert "leadership" not in _asked("Support Worker\n\n" + pledge + "\n")
    assert not is_equal_opportunity_statement("Strong leadership skills are essential.")


def test_leadership_asked_elsewhere_stays() -> None:
    text = (
        "Team Leader\n\nStrong leadership skills are essential.\n\n"
        "We are a Disability Confident Leader and an equal opportunities employer.\n"
    )
    assert _asked(text).get("leadership") == "required"


# -- 5. a benefit -----------------------------------------------------------------------------


def test_a_benefit_the_employer_pays_for_asks_nothing() -> None:
    text = "Clinic Manager\n\nWhy join us\n\n* Annual continuing education allowance\n* Tuition reimbursement\n"
    assert "continuing-education" not in _asked(text)


# -- 6. someone else's act in a "who" clause --------------------------------------------------


def test_a_duty_of_the_people_in_a_who_clause_is_theirs() -> None:
    text = (
        "Outreach Coordinator\n\nClinics are staffed by our public health nurses, who give the vaccines; "
        "you make sure the people are there.\n"
    )
    assert "medication-administration" not in _asked(text)


def test_the_hires_own_who_clause_still_asks() -> None:
    text = "Medical Assistant\n\nWe are seeking a medical assistant who administers medications to patients.\n"
    assert "medication-administration" in _asked(text)
