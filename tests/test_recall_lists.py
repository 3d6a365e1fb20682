"""Unseen lines for the wordings issue #18's recall still lost on healthcare-business resumes.

A manager's duties written as noun-list fragments ("Staff hiring, evaluations and
schedules", "Lead 48 FTEs"), soft skills written as a bare adjective standing alone as an
item of a list ("Excel, analytical, SQL"), and office duties in plain words ("Serve as unit
trainer", "Abstract cases"). Each class is vocabulary data (token patterns of existing
terms); the lines here are not the probe sets' sentences, and each class has a near line
that must keep its reading, so a pattern fitted to one resume fails here.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms


def _held(text: str) -> set[str]:
    return {m.term_id for m in find_terms(text)[1] if m.status == "affirmed"}


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # a list of a manager's duties shares its head noun
        ("Experience\nStaff recruitment, reviews and schedules for two clinics", "staff-scheduling"),
        ("Experience\nEmployee onboarding, appraisals and payroll", "performance-management"),
        ("Experience\nStaff hiring for the billing office", "staff-hiring"),
        ("Experience\nLeading 22 FTEs across registration and scheduling", "staff-supervision"),
        ("Experience\nDirector over 120 FTEs in four departments", "staff-supervision"),
        ("Experience\nResponsible for a 28-bed unit with 50 FTEs", "staff-supervision"),
        ("Experience\nBudget, payroll, staffing; vendor contracts", "staffing"),
        ("Experience\nRevised the practice's billing procedures", "policies-and-procedures"),
        ("Experience\nKeep the clinic's HR policies current", "policies-and-procedures"),
        # a soft skill standing alone as a list item
        ("Skills\nSQL, analytical, Tableau", "analytical-skills"),
        ("Skills\nEpic Prelude | organized | bilingual", "organizational-skills"),
        ("Summary\nFriendly, caring, and quick to learn.", "empathy"),
        ("Summary\nCaring and dependable medical assistant.", "empathy"),
        ("Skills\nPunctual, reliable, discreet", "reliability"),
        ("Summary\nReliable, always on time for every shift.", "reliability"),
        ("Summary\nA reliable team member on night shift.", "reliability"),
        ("Summary\nStays calm with upset families at the front desk.", "composure"),
        # office duties in plain words
        ("Experience\nActed as the clinic's Epic trainer for new hires", "staff-training"),
        ("Experience\nAbstracted trauma cases for the state registry", "data-collection"),
        ("Experience\nChart maintenance and release of information", "record-keeping"),
    ],
)
def test_list_wordings_are_found(text: str, term_id: str) -> None:
    assert term_id in _held(text)


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # a verb or an adjective of a thing is not the trait
        ("Experience\nOrganized and filed insurance correspondence", "organizational-skills"),
        ("Experience\nCaring for six residents per shift", "empathy"),
        ("Experience\nArranged reliable transportation for dialysis patients", "reliability"),
        ("Experience\nRan analytical chemistry assays", "analytical-skills"),
        ("Experience\nPlaced nurses with a healthcare staffing agency", "staffing"),
        # the policy was followed, the trainer trained the candidate, an abstract was published
        ("Experience\nFollowed the hospital's infection control policies", "policies-and-procedures"),
        ("Experience\nTrained by the unit trainer on Epic", "staff-training"),
        ("Experience\nWorked as a certified personal trainer", "staff-training"),
        ("Experience\nServed as a personal trainer at a gym", "staff-training"),
        ("Experience\nPublished an abstract on sepsis outcomes", "data-collection"),
        # a count of FTEs one planned for is not a staff one leads
        ("Experience\nBuilt a labor model for 300 FTEs", "staff-supervision"),
        ("Experience\nStaff meeting minutes and agendas", "staff-scheduling"),
    ],
)
def test_near_lines_keep_their_reading(text: str, term_id: str) -> None:
    assert term_id not in _held(text)


def test_a_list_separator_is_not_part_of_the_mention() -> None:
    mentions = [m for m in find_terms("Skills\nExcel, analytical, SQL")[1] if m.term_id == "analytical-skills"]
    assert [m.text for m in mentions] == ["analytical"]
