"""The hire's qualities in a posting's prose become requirements; a role's name alone does not."""

from __future__ import annotations

import pytest

from resumematch import analyze
from resumematch.posting.hire import hire_description


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "We are looking to recruit an experienced and enthusiastic nurse to join our friendly team.",
            "an experienced and enthusiastic nurse",
        ),
        (
            "This suits newly qualified nurses who are self-motivated, excellent communicators and team players.",
            "self-motivated, excellent communicators and team players",
        ),
        (
            "We value personal qualities such as kindness, compassion, warmth.",
            "personal qualities such as kindness, compassion, warmth",
        ),
        ("We are looking for acute nurses who might be qualifying this year.", None),  # a role, no quality
        ("We are looking for an enthusiastic Radiographer.", None),  # one adjective on a role's name
        ("The team is friendly, enthusiastic and organised.", None),  # the team, not the hire
        ("A driven and dynamic Nurse?", "A driven and dynamic Nurse"),  # a hook put as a question
        ("A compassionate, caring Healthcare Assistant?", "A compassionate, caring Healthcare Assistant"),
        ("An experienced Charge Nurse wanting to progress to the next level?", None),  # one quality
        ("A great place to work. Are you ready?", None),  # no question about a person
    ],
)
def test_hire_description(sentence: str, clause: str | None) -> None:
    span = hire_description(sentence)
    assert (sentence[span[0] : span[1]] if span else None) == clause


POSTING = """Support Worker

We are looking for a professional, ambitious and confident care & support worker. Our homes are in Leeds.

Requirements
- BLS certification
"""


def test_an_introduction_describing_the_hire_gives_a_requirement() -> None:
    texts = [r.text for r in analyze(POSTING).requirements]
    assert texts == ["a professional, ambitious and confident care & support worker", "BLS certification"]


def test_a_question_that_lost_its_space_before_the_next_sentence_is_read_apart() -> None:
    profile = analyze(
        "Theatre Nurse\nCity Hospital\n\n"
        "Are you a self-motivated, forward thinking, flexible Band 5 Theatre Nurse looking for a Band 6 "
        "position?We have three theatres offering a wide range of specialities.\n"
    )
    texts = [r.text for r in profile.requirements]
    assert texts == [
        "Are you a self-motivated, forward thinking, flexible Band 5 Theatre Nurse looking for a Band 6 position?"
    ]
