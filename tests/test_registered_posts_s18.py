"""A coordinator's, lead's or specialist's post expects a registered nurse unless the posting
names only lower rungs (issue #20, eighteenth session).

``registered_heads`` reads "Care Coordinator" or "Falls Lead" as a registered clinician's post
though its text may never say so. A posting that names the credentials it wants, all of them
rungs below a nurse's ("CMA, LPN or Community Health Worker certification preferred"), says who
holds the post: no nurse's level is expected of it. A posting that names the nurse's rung, or
none, keeps the expectation.
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.scoring.fit import posting_fit

BODY = (
    "You will call enrolled patients monthly, update care plans, schedule follow-up visits and referrals,\n"
    "and connect patients to community resources.\n\nQualifications\n- 2+ years in a healthcare setting\n"
)


def _expected_level(title: str, asks: str) -> str | None:
    fit = posting_fit(resumematch.analyze(f"{title}\n\n{BODY}{asks}\n"))
    return None if fit.level is None else fit.level.name


@pytest.mark.parametrize(
    ("title", "asks"),
    [
        ("Care Coordinator - Chronic Care Management", "- CMA, LPN or Community Health Worker certification preferred"),
        ("Care Coordinator - Chronic Care Management", "- Medical assistant certification (CMA or RMA) a plus"),
        ("Falls Prevention Lead", "- CNA certification preferred"),
    ],
)
def test_only_lower_rungs_named_expect_no_nurse(title: str, asks: str) -> None:
    assert _expected_level(title, asks) is None


@pytest.mark.parametrize(
    ("title", "asks"),
    [
        ("Care Coordinator - Chronic Care Management", "- Excellent phone and organizational skills"),
        ("Care Coordinator - Chronic Care Management", "- RN preferred; LPN considered"),
        ("Falls Prevention Lead", "- BLS certification required"),
    ],
)
def test_nurse_named_or_nothing_named_keeps_the_expectation(title: str, asks: str) -> None:
    assert _expected_level(title, asks) == "RN"
