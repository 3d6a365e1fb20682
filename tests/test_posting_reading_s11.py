"""Posting reading, eleventh session (#20): short prose posts and the people a post sends elsewhere.

Classes found on probe postings16 (benchmarks/README.md, "Posting reading, eleventh
session"): a job board's prose post whose front matter states a degree lost every ask of
its prose (the fields' list made the body look like one with a requirements heading); the
people a post sends to another opening ("RNs: see our other openings") or who supervise the
hire ("The school nurse (RN) supervises this role") were read as the hire's licence; an
employer described as a "center" and a wish sentence ending in "encouraged to apply" were
read the wrong way round.
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.asks import is_about_the_employer


def _asked(text: str) -> dict[str, str]:
    return {t.term_id: t.kind for t in resumematch.analyze(text).terms}


def _requirements(text: str) -> list[tuple[str, tuple[str, ...], float | None]]:
    return [(r.kind, r.term_ids, r.years) for r in resumematch.analyze(text).requirements]


_FRONT_MATTER = """+++
title = "Operations Manager"
organization = "Example Free Clinic"
aa_degrees_required = "Bachelor's degree preferred"
+++
"""

_PROSE = (
    "Example Free Clinic has served uninsured neighbors since 1989 with primary care visits. "
    "We need someone to run the front desk and patient flow.\n\n"
    "The right person has at least three years of experience managing a medical office, "
    "including hiring and supervising staff, and is comfortable with an electronic health record. "
    "Spanish is a plus.\n"
)


# -- 1. a prose post's asks survive the requirements its fields state ------------------------


def test_a_prose_post_reads_its_sentences_as_asks_though_its_fields_state_a_degree() -> None:
    found = _requirements(_FRONT_MATTER + _PROSE)
    years = [r for r in found if r[2] == 3.0]
    assert years and "ehr" in years[0][1], found
    assert ("preferred", ("spanish",), None) in found
    assert any("bachelors-degree" in ids for _kind, ids, _years in found)  # the field's own ask stays


def test_the_same_prose_without_front_matter_reads_the_same_asks() -> None:
    with_fields = {ids for _kind, ids, years in _requirements(_FRONT_MATTER + _PROSE) if years}
    without = {ids for _kind, ids, years in _requirements(_PROSE) if years}
    assert with_fields == without


def test_a_body_with_its_own_requirements_heading_still_reads_prose_as_description() -> None:
    body = (
        "We are a busy clinic with experience in primary care for 30 years.\n\n"
        "Requirements:\n- 2 years of medical office experience\n- EHR experience\n"
    )
    found = _requirements(_FRONT_MATTER + body)
    assert not any("primary-care" in ids for _kind, ids, _years in found)


# -- 2. people sent to another opening, and the hire's supervisor ----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Registered nurses who would like to join the bank: please see our other openings on NHS Jobs.",
        "Registered nurses interested in our school nurse vacancies should see our other openings.",
        "RNs: see our other openings.",
        "Volunteer physicians and nurses: please see our volunteer page rather than applying here.",
    ],
)
def test_people_sent_to_another_opening_are_no_licence_asked(sentence: str) -> None:
    text = (
        "Bank Office Coordinator\n\nWe book shifts for our wards.\n\n"
        "Requirements:\n- Experience of rostering or recruitment\n- Good IT skills\n\n" + sentence + "\n"
    )
    asked = _asked(text)
    assert "registered-nurse" not in asked, asked
    assert not any("registered-nurse" in ids for _kind, ids, _years in _requirements(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The school nurse (RN) supervises this role.",
        "The ward sister will support you throughout your induction.",
        "The registered nurse on duty directly supervises the post holder.",
    ],
)
def test_the_hires_supervisor_is_not_the_hire(sentence: str) -> None:
    text = "Student Health Aide\n\nGiving first aid and helping students with personal care. " + sentence + "\n"
    asked = _asked(text)
    assert "registered-nurse" not in asked and "nurse" not in asked, asked


@pytest.mark.parametrize(
    "text",
    [
        "Charge Nurse\n\nRequirements:\n- Current RN licence\n\nThe charge nurse supervises the ward team.\n",
        "Registered Nurse\n\nWe are seeking Registered Nurses to join our ward. RN licence required.\n",
    ],
)
def test_a_nurse_who_supervises_others_or_is_sought_is_still_the_hire(text: str) -> None:
    assert "registered-nurse" in _asked(text)


def test_the_staff_who_deliver_the_employers_service_are_not_the_hire() -> None:
    text = (
        "Operations Manager\n\nOur clinic offers visits delivered by volunteer physicians and nurses. "
        "You will run the front desk.\n"
    )
    assert "nurse" not in _asked(text)


# -- 3. what the employer says of itself, and a wish that ends in an invitation ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Eastside Community Health Center is a federally qualified health center caring for patients "
        "regardless of their ability to pay.",
        "Family Planning Associates Medical Group is a physician-owned clinic in Phoenix.",
        "View our CRNA openings and apply to the location that you prefer here.",
        "The nurse anesthetist is part of the clinical team that provides procedural care.",
        "The Training Initiative is funded by the state with the objective of improving care.",
        "Equivalent experience may be substituted for the education requirements.",
        "New graduates are welcome to apply.",
    ],
)
def test_what_the_employer_says_of_itself_asks_nothing(sentence: str) -> None:
    assert is_about_the_employer(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Knowledge of Medicaid rules is preferred, and Spanish speakers are strongly encouraged to apply.",
        "At least one year of customer service experience is required.",
        "You must be a registered nurse.",
    ],
)
def test_a_sentence_that_states_a_wish_is_not_the_employers(sentence: str) -> None:
    assert not is_about_the_employer(sentence)


# -- 4. duty lines in other words than the vocabulary's ---------------------------------------


def _terms(text: str) -> set[str]:
    return {m.term_id for m in resumematch.find_terms(text)[1]}


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Screening them for eligibility for our sliding fee discount, Medicaid and CHIP.", "insurance-verification"),
        ("Screened patients for Medicaid eligibility.", "insurance-verification"),
        ("Working within the department's staffing budget and keeping overtime to agreed limits.", "budgeting"),
        ("Drawing up the team's rota and covering the desks at short notice.", "staff-scheduling"),
        ("Experience of working in recruitment, rostering or human resources.", "staff-hiring"),
        ("Help recruit and induct new bank workers.", "staff-training"),
    ],
)
def test_duty_wording_maps_to_the_vocabularys_duty_terms(line: str, term: str) -> None:
    assert term in _terms(line)


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Screened patients for eligibility and enrolled them in the study.", "insurance-verification"),
        ("Delivered projects on time and within budget.", "budgeting"),
        ("Responsible for recruitment and retention of study participants.", "staff-hiring"),
    ],
)
def test_the_same_words_elsewhere_stay_unmatched(line: str, term: str) -> None:
    assert term not in _terms(line)


def test_a_gap_in_an_elsewhere_cue_reaches_over_the_openings_kind() -> None:
    text = (
        "Front Desk Coordinator\n\nRequirements:\n- Two years of front-desk experience\n\n"
        "Medical assistants and nurses: please see our clinical openings instead.\n"
    )
    asked = _asked(text)
    assert "medical-assistant" not in asked and "nurse" not in asked, asked


@pytest.mark.parametrize("wish", ["a big plus", "an added plus", "a huge bonus", "a plus"])
def test_a_plus_with_its_adjective_still_softens(wish: str) -> None:
    text = f"Front Desk Coordinator\n\nWe register patients.\n\nBilingual English/Spanish is {wish}.\n"
    assert _asked(text).get("spanish") == "preferred"
