"""Issue #18, fifteenth session, second pass on trap hits: a skill that names another team.

A skill written in lower case right before "team" or "teams" is that team's name, people the
candidate works with, not the candidate's own skill ("escalate denials to the utilization
review team"); a capitalised name there may be the candidate's own team ("QA Team Lead"), and
a person word after "team" makes a title ("case management team leader"). The same holds for
a team named in a list after a meeting's "with" ("team conferences with PT, OT, nursing and case
management"): the people met. ``match/people.py``, ``data/people.json``. A setting that a verb of
taking things or people somewhere reaches is a place served, on any resume ("restock Pyxis
machines on every floor, including the ED"), ``match/business_settings.py``.
"""

from __future__ import annotations

import pytest
from conftest import held as _held
from conftest import in_experience


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # a team named by its skill in lower case: others
        ("Sent authorization requests to the utilization review team.", "utilization-review", False),
        ("Coordinate downtime windows with the clinical informatics team.", "healthcare-informatics", False),
        ("Handed off complex cases to the care coordination teams.", "care-coordination", False),
        ("Shared weekly census reports with the infection prevention team.", "infection-control", False),
        ("Flagged unsafe discharges to the case management team.", "case-management", False),
        # the candidate's own work, or a title
        ("Performed utilization review for 40 inpatients a day.", "utilization-review", True),
        ("Utilization review, InterQual, Milliman", "utilization-review", True),
        ("Led clinical informatics projects for the Epic upgrade.", "healthcare-informatics", True),
        ("Provided care coordination for 120 high-risk members.", "care-coordination", True),
        ("Managed infection control surveillance for the 90-bed facility.", "infection-control", True),
    ],
)
def test_a_skill_before_team_names_the_team(line: str, term_id: str, held: bool) -> None:
    assert _held(in_experience(line), term_id) is held


def test_a_capitalised_team_name_stays_the_candidates_own() -> None:
    """A role line opens with a capital ("Case management team leader"): the rule reads a
    name written in lower case only, so the candidate's own team keeps its skill."""
    from resumematch import find_terms

    _, mentions = find_terms(in_experience("Case management team leader for the medical floors, 2019-2023."))
    assert any(m.term_id == "case-management" and m.status == "affirmed" for m in mentions)


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # the people met: a team closing the list after a meeting's "with"
        ("Attend weekly team conferences with PT, OT, nursing and case management.", "case-management", False),
        (
            "Sit on the readmissions committee with pharmacy, nursing and utilization review.",
            "utilization-review",
            False,
        ),
        ("Daily huddles with bed management, nursing and discharge planning.", "discharge-planning", False),
        (
            "Weekly meetings with the hospitalists, therapy and case management about discharges.",
            "case-management",
            False,
        ),
        # the candidate's own work next to a meeting
        ("Case management for 40 members; weekly meetings with families.", "case-management", True),
        ("Presented case management outcomes at committee meetings.", "case-management", True),
        ("Led discharge planning meetings with families and nurses.", "discharge-planning", True),
        ("Collaborated in rounds with physicians on discharge planning.", "discharge-planning", True),
    ],
)
def test_a_team_met_with_is_the_people_met(line: str, term_id: str, held: bool) -> None:
    assert _held(in_experience(line), term_id) is held


def _nurse(line: str) -> str:
    """A nurse's resume around one line: the business-resume reading of settings is off, so only
    the served-place rule can read the line."""
    return (
        "Summary\nRegistered nurse (RN) with 8 years of hospital experience.\nExperience\n"
        f"{line}\nEducation\nBachelor of Science in Nursing, 2012"
    )


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # things or people taken there: a place served
        ("Restock Pyxis machines on every floor, including the ED and the ICUs.", "critical-care", False),
        ("Transported patients to the OR and back to their rooms.", "operating-room", False),
        ("Escorted discharged patients from oncology to the main lobby.", "oncology", False),
        ("Moved lab specimens and blood products to the ED and ICU.", "critical-care", False),
        ("Stocked crash carts and code boxes for the ED, the ICU and the cath lab.", "critical-care", False),
        ("Moving patients safely between imaging, the wards and the OR holding area.", "operating-room", False),
        ("Transport blood products and specimens between the lab, the ED and the ICU.", "emergency-department", False),
        # the candidate moved, delivered care, or a place word names the unit worked on
        ("Moved to the ICU in 2019 after three years on a medical floor.", "critical-care", True),
        ("Transferred to the ED in 2020.", "emergency-department", True),
        ("Delivered care to oncology patients on chemotherapy.", "oncology", True),
        ("Delivered direct patient care on the telemetry unit.", "telemetry", True),
        ("Stocked supply rooms on the telemetry unit.", "telemetry", True),
        ("Float RN covering the ICU, the ED and telemetry.", "critical-care", True),
    ],
)
def test_a_setting_things_were_taken_to_is_served(line: str, term_id: str, held: bool) -> None:
    assert _held(_nurse(line), term_id) is held
