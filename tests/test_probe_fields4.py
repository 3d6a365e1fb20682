"""Unseen lines for the classes the fields4 probe (other-field resumes, issue #18) showed.

Each class was found on the probe resumes of `benchmarks/data/probe/fields4` and fixed in the
data (assertion rules, people rules, vocabulary); these lines were written afterwards, in other
words than the probe's, with the near lines that must keep their reading, so a rule that fits
only the probe's sentence fails here.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD = "affirmed"


def _held(text: str) -> set[str]:
    return {m.term_id for m in find_terms(text)[1] if m.status == HELD}


@pytest.mark.parametrize(
    ("text", "term_id", "found"),
    [
        # 'leadership' as the audience of reports, dashboards and updates: the people in charge
        ("Experience\nBuilt monthly KPI dashboards for leadership and the board.", "leadership", False),
        ("Experience\nWrote weekly status updates for senior leadership.", "leadership", False),
        ("Experience\nPrepared attrition reports for leadership each quarter.", "leadership", False),
        ("Experience\nDrafted presentations for executive leadership on store results.", "leadership", False),
        ("Experience\nGave recommendations to senior leadership on pricing.", "leadership", False),
        ("Summary\nRecognized for leadership and calm judgment.", "leadership", True),
        ("Experience\nWrote reports for the team; known for leadership in audits.", "leadership", True),
        # a soft skill as the field of a degree is the subject studied, not the trait
        ("Education\nBachelor of Arts : Communication Studies , 2016 State University", "communication-skills", False),
        ("Education\nBachelor of Science in Communications, 2011", "communication-skills", False),
        ("Education\nBA in Communication, minor in Theatre", "communication-skills", False),
        ("Education\nMaster of Science : Organizational Leadership , 2020 University", "leadership", False),
        ("Education\nMajored in Communication at Ohio University", "communication-skills", False),
        ("Summary\nStrong communication skills and a degree in marketing.", "communication-skills", True),
        ("Skills\nCommunication, leadership, conflict resolution", "communication-skills", True),
        ("Bachelor of Arts in History; excellent written communication", "communication-skills", True),
        # 'workers' compensation' is a kind of claim or benefit, not supervising workers
        ("Experience\nManaged workers' compensation claims for four plants.", "staff-supervision", False),
        ("Experience\nOversee workers’ compensation and return-to-work cases.", "staff-supervision", False),
        ("Experience\nManage workers comp claims with the carrier.", "staff-supervision", False),
        ("Experience\nSupervised 14 workers on the second shift.", "staff-supervision", True),
        ("Experience\nManaged 30 warehouse workers; handled compensation questions.", "staff-supervision", True),
    ],
)
def test_a_general_word_in_another_fields_sense(text: str, term_id: str, found: bool) -> None:
    assert (term_id in _held(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a nurse call system or nurse call light is equipment, not the title held
        ("Experience\nInstalled and tested the nurse call system on two new wings.", False),
        ("Experience\nMaintained nurse call and telemetry network cabling.", False),
        ("Experience\nStaff nurse on a 30-bed medical unit, 2015 to 2020.", True),
        ("Summary\nNurse with 8 years in home health.", True),
    ],
)
def test_nurse_call_is_equipment(text: str, found: bool) -> None:
    assert ("nurse" in _held(text)) is found
