"""Titles and licences a posting names as someone else are no terms it asks for."""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.others import names_someone_else


def _at(text: str, name: str, category: str = "title") -> bool:
    start = text.index(name)
    return names_someone_else(text, start, start + len(name), category)


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        ("The phlebotomist is accountable to the registered nurses in the team.", "registered nurses", "license"),
        ("Working under the direct supervision of a qualified nurse you will take bloods.", "nurse", "title"),
        ("The flow coordinator supports the Nurse in charge to ensure patients move safely.", "Nurse", "title"),
        ("Reporting to our Director of Clinical Services, you will run the site.", "Director", "title"),
        (
            "You will supervise all the registered nurses and healthcare assistants.",
            "healthcare assistants",
            "certification",
        ),
    ],
)
def test_someone_the_hire_works_with(text: str, name: str, category: str) -> None:
    assert _at(text, name, category)


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        (
            "Staff Bank Services are currently seeking Registered Nurses to work in Critical Care.",
            "Registered Nurses",
            "license",
        ),
        ("The post holder will be a nurse holding either ENB 176/183 or equivalent.", "nurse", "title"),
        ("We are looking for an experienced RMN who is highly motivated.", "RMN", "license"),
        ("Applicants must be registered with a BLS certification.", "BLS certification", "certification"),
        # a comma ends the clause: the cue before it is another clause's
        ("Working with the team, a registered nurse will lead each shift.", "registered nurse", "license"),
    ],
)
def test_the_hire_or_a_credential(text: str, name: str, category: str) -> None:
    assert not _at(text, name, category)


def test_a_posting_does_not_ask_for_the_people_the_hire_reports_to() -> None:
    profile = resumematch.analyze(
        "Phlebotomist\nWhittington Health NHS Trust\n\nAbout you\n\n"
        "- Experience of phlebotomy\n"
        "- The phlebotomist is accountable to the registered nurses in the team for carrying out phlebotomy.\n"
    )
    ids = {t.term_id for t in profile.terms}
    assert "registered-nurse" not in ids
    assert all("registered-nurse" not in r.term_ids for r in profile.requirements)


def test_the_hire_sought_by_the_employer_still_names_its_terms() -> None:
    profile = resumematch.analyze(
        "Staff Nurse\nThe Huntercombe Group\n\n"
        "We are currently seeking Staff Nurses to join our Specialist Brain Injury Rehabilitation Service.\n"
    )
    assert "rehabilitation" in {t.term_id for t in profile.terms}


def test_a_duty_as_the_first_point_of_contact_still_names_its_terms() -> None:
    profile = resumematch.analyze(
        "Clinical Coordinator\n\nResponsibilities\n\n"
        "- Act as the first point of contact for patients and families with questions about their plan of care.\n\n"
        "Requirements\n\n- BLS certification\n"
    )
    assert "care-planning" in {t.term_id for t in profile.terms}


def test_the_qualities_of_the_hire_hold_only_the_terms_of_their_clause() -> None:
    profile = resumematch.analyze(
        "Phlebotomist\nWhittington Health NHS Trust\n\n"
        "This is an excellent opportunity for newly qualified nurses and those who would like to develop, "
        "who are self-motivated, excellent communicators and team players.\n"
    )
    (requirement,) = profile.requirements
    assert requirement.text == "self-motivated, excellent communicators and team players"
    assert "nurse" not in requirement.term_ids
    assert "teamwork" in requirement.term_ids
