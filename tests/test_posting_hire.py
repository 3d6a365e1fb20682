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
