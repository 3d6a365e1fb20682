"""How a posting's sections and lead-in lines decide which statements are requirements, and of what kind."""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.statements import read_statement, statement_kind


def _kinds(text: str) -> dict[str, str]:
    return {r.text: r.kind for r in resumematch.analyze(text).requirements}


def test_nhs_full_stop_bullets_under_essential_and_desirable_criteria() -> None:
    kinds = _kinds(
        "Staff Nurse\nCity Hospital\n\nEssential criteria:\n\n. RMN / RNLD\n\n"
        ". Good working knowledge of the Mental Health Act\n\nDesirable Criteria\n\n"
        ". Experience of working in Acute services\n"
    )
    assert kinds == {
        "RMN / RNLD": "required",
        "Good working knowledge of the Mental Health Act": "required",
        "Experience of working in Acute services": "preferred",
    }


@pytest.mark.parametrize(
    ("lead_in", "kind"),
    [
        ("Apply to this position if you are:", "required"),
        ("The successful candidate will have:", "required"),
        ("You will ideally have the following:", "preferred"),
        ("Ideal candidates will have the following:", "preferred"),
    ],
)
def test_a_line_leading_in_to_what_the_candidate_is_asked_heads_a_list(lead_in: str, kind: str) -> None:
    kinds = _kinds(f"Staff Nurse\nCity Hospital\n\nAbout the role\nWe run a busy ward.\n\n{lead_in}\n\nBLS certification\nTeam player\n")
    assert kinds == {"BLS certification": kind, "Team player": kind}


def test_a_lead_in_to_duties_heads_no_requirements() -> None:
    kinds = _kinds("Staff Nurse\nCity Hospital\n\nYou will be responsible for:\n\nDischarge planning\n")
    assert "Discharge planning" not in kinds


def test_a_statement_that_says_it_is_required_stays_required_under_a_wishes_heading() -> None:
    assert statement_kind("Commitment to progressive change required", "preferred") == "required"
    assert statement_kind("Good-humored, team player a must", "preferred") == "required"
    assert statement_kind("Experience with Epic", "preferred") == "preferred"
    assert statement_kind("Degree not required", "preferred") == "preferred"
    assert read_statement("BLS certification is mandatory", "preferred").kind == "required"


def test_ideally_before_a_phrase_softens_only_that_phrase() -> None:
    facts = read_statement("Post registration experience ideally of working in more than one clinical area")
    assert facts.kind == "required"
    assert read_statement("Ideally you will have a degree in nursing").kind == "preferred"
    assert read_statement("You will ideally have a degree in nursing").kind == "preferred"


def test_prose_after_a_sections_list_is_read_as_in_a_posting_without_headings() -> None:
    kinds = _kinds(
        "Staff Nurse\nCity Hospital\n\nDesirable Criteria\n\n- Experience of working in Acute services\n\n"
        "The successful candidate must possess excellent clinical and communication skills and enthusiasm.\n\n"
        "Our hospital has seven wards and a community house close to the town centre.\n"
    )
    assert kinds == {
        "Experience of working in Acute services": "preferred",
        "The successful candidate must possess excellent clinical and communication skills and enthusiasm.": "required",
    }
