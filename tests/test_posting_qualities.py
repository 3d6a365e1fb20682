"""A list of qualities asked for in one sentence of prose is one requirement per quality."""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.qualities import quality_items


def _items(sentence: str) -> list[str]:
    return [sentence[start:end] for start, end in quality_items(sentence)]


def test_a_list_after_a_short_opening_keeps_the_opening_with_its_first_item() -> None:
    sentence = (
        "The successful candidate will have a keen eye for detail, a professional manner, excellent "
        "communication and organisation skills and the ability to work autonomously using own initiative."
    )
    assert _items(sentence) == [
        "The successful candidate will have a keen eye for detail",
        "a professional manner",
        "excellent communication and organisation skills",
        "the ability to work autonomously using own initiative",
    ]


def test_a_long_opening_is_a_statement_of_its_own() -> None:
    sentence = (
        "This opportunity is open to suitably qualified and experienced Radiographers who wish to be part of "
        "an exciting busy service and who will be able to demonstrate excellent organisational skills, effective "
        "communication and adaptability to meet the challenges encountered in the MR environment."
    )
    assert _items(sentence) == [
        "This opportunity is open to suitably qualified and experienced Radiographers who wish to be part of "
        "an exciting busy service and who will be able to demonstrate",
        "excellent organisational skills",
        "effective communication",
        "adaptability to meet the challenges encountered in the MR environment",
    ]


def test_an_oxford_comma_before_the_last_item() -> None:
    assert _items("You will need strong IT skills, a flexible approach to work, and good time management.") == [
        "You will need strong IT skills",
        "a flexible approach to work",
        "good time management",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # one person described by several adjectives
        "We are looking for someone who will have a friendly, enthusiastic, organised and productive manner.",
        # one experience in several settings
        "You will have proven experience in Orthopaedic surgery, General Surgery and Urology Surgery.",
        "You must have knowledge of Epic, Cerner and Meditech systems.",
        # two items only, and no verb of having
        "You will have excellent communication skills and a flexible approach.",
        "Excellent communication skills, flexible working and a team approach are essential for this role.",
    ],
)
def test_what_is_not_a_list_of_qualities_stays_whole(sentence: str) -> None:
    assert quality_items(sentence) == []


def test_a_posting_gives_one_requirement_per_quality() -> None:
    profile = resumematch.analyze(
        "Service Administrator\nAneurin Bevan University Health Board\n\n"
        "An exciting opportunity has arisen for an administrator to support the Occupational Therapy service. "
        "The successful candidate will have a keen eye for detail, a professional manner, excellent "
        "communication and organisation skills and the ability to work autonomously using own initiative.\n"
    )
    texts = [r.text for r in profile.requirements]
    assert "a professional manner" in texts
    assert "excellent communication and organisation skills" in texts
    communication = next(r for r in profile.requirements if r.text == "excellent communication and organisation skills")
    detail = next(r for r in profile.requirements if r.text.endswith("a keen eye for detail"))
    assert "communication-skills" in communication.term_ids
    assert "communication-skills" not in detail.term_ids


def test_a_clause_that_goes_on_with_a_participle_is_no_list() -> None:
    assert quality_items("Have a person centred ethos, showing empathy and a desire to make a difference") == []
