"""Community and social-care support work as a role family of its own (issue #20 item 4,
twentieth session).

A community health worker's, link worker's or outreach post named no family before, so role
fit had nothing to judge and a post whose words the vocabulary reads little of ranked by a
term or two. Its recruiter wants people who did people-facing community, support or
coordination work, then office and clinical workers, and reads a manager or an executive as
over the post. Each title is read as a posting's (``p``) and as a candidate's (``r``).
"""

from __future__ import annotations

import pytest
from test_rolefit20_s17 import nearness, reading

from resumematch.scoring.fit import fit_data

COMMUNITY: list[object] = [
    "Community Health Worker",
    "Community Health Worker - Bilingual (Spanish Required)",
    "Promotora de Salud",
    "Social Prescribing Link Worker, Band 4",
    "Community Connector",
    "Outreach Worker",
    "HIV Prevention Outreach Coordinator",
    "Peer Support Worker, Band 3",
    "Family Support Worker",
    "Housing Support Worker",
    "Tenancy Sustainment Officer",
    "Youth Worker",
    "Case Aide",
    "Health and Wellbeing Coach",
    "Volunteer Coordinator",
    "Community Engagement Officer",
    pytest.param(
        "Carers Support Worker",
        marks=pytest.mark.xfail(strict=True, reason="the aide ladder's 'support worker' rung votes clinical"),
    ),
    "Social Work Assistant",
    "Care Navigator",
]

NOT_COMMUNITY: list[object] = [
    ("Mental Health Support Worker, Band 3", {"clinical", None}),  # an NHS ward's clinical support rung
    ("Healthcare Support Worker", {"clinical"}),
    ("Health Insurance Navigator", {"administrative"}),
    ("Case Worker", {"administrative"}),
    ("Health Educator", {"clinical"}),
]


@pytest.mark.parametrize("side", ["p", "r"])
@pytest.mark.parametrize("title", COMMUNITY)
def test_community_titles_read_as_community(title: str, side: str) -> None:
    assert reading(title, side)[0] == "community"


@pytest.mark.parametrize(("title", "families"), NOT_COMMUNITY)
def test_neighbouring_titles_keep_their_family(title: str, families: set[str | None]) -> None:
    assert reading(title, "p")[0] in families


@pytest.mark.parametrize(
    ("posting_title", "candidate_title", "near"),
    [
        ("Community Health Worker", "Promotora", "same"),
        ("Social Prescribing Link Worker", "Housing Support Worker", "same"),
        ("Community Health Worker", "Medical Receptionist", "adjacent"),
        ("Community Health Worker", "Registered Nurse", "adjacent"),
        ("Community Health Worker", "Chief Executive Officer", "unrelated"),
        ("Community Health Worker", "Software Developer", "unrelated"),
        ("Care Coordinator", "Care Navigator", "same"),
        ("Registered Nurse", "Community Health Worker", "unrelated"),
    ],
)
def test_community_roles_are_as_near_as_recruiters_read_them(
    posting_title: str, candidate_title: str, near: str
) -> None:
    assert nearness(posting_title, candidate_title) == near


def test_every_row_reads_the_community_family() -> None:
    fit = fit_data().family_fit
    assert all("community" in columns for columns in fit.values())
    row = fit["community"]
    # Over the post: a manager or an executive is read below the office and clinical workers.
    assert row["management"] < min(row["administrative"], row["clinical"])
    # A community programme's post still reads programme and research people as neighbours.
    assert row["research"] >= 0.4
