"""Unseen lines for the classes the fields3 probe (other-field resumes, issue #18) showed.

Each class was found on the probe resumes of `benchmarks/data/probe/fields3` and fixed in the
data (assertion rules, vocabulary); these lines were written afterwards, in other words than
the probe's, with the near lines that must keep their reading, so a rule that fits only the
probe's sentence fails here.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD, OTHER, EXPIRED = "affirmed", "other_person", "expired"


def _statuses(text: str, term_id: str) -> set[str]:
    return {m.status for m in find_terms(text)[1] if m.term_id == term_id}


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # 'leadership' naming the people in charge: a level of the organisation before it,
        # or the people a result is reported, presented or escalated to
        ("Experience\nWalked the floor monthly with district leadership.", "leadership", OTHER),
        ("Experience\nPrepared the weekly flash report for corporate leadership.", "leadership", OTHER),
        ("Experience\nEscalated safety concerns to plant leadership.", "leadership", OTHER),
        ("Experience\nPresented the pricing model to senior leadership.", "leadership", OTHER),
        ("Experience\nReporting to executive leadership on open enrollment results.", "leadership", OTHER),
        ("Experience\nBriefed agency leadership on the donor campaign.", "leadership", OTHER),
        ("Experience\nMet with leadership every Monday to set priorities.", "leadership", OTHER),
        ("Summary\nProven leadership of cross-functional teams.", "leadership", HELD),
        ("Skills\nLeadership, negotiation, forecasting", "leadership", HELD),
        ("Experience\nShowed strong leadership during the store remodel.", "leadership", HELD),
        ("Experience\nSenior Customer Service Representative, 2019 to 2022", "customer-service", HELD),
        ("Experience\nPromoted to senior customer service representative.", "customer-service", HELD),
        # a certificate whose parenthesis says it expired, after two certificates it covers
        ("Certifications\nAdult CPR and first aid (certification expired 2019)", "cpr", EXPIRED),
        ("Certifications\nAdult CPR and first aid (certification expired 2019)", "first-aid", EXPIRED),
        ("Certifications\nBLS and PALS (cards expired 05/2021)", "bls", EXPIRED),
        ("Certifications\nBLS and PALS (cards expired 05/2021)", "pals", EXPIRED),
        ("Certifications\nBLS (current), ACLS (certification expired 2018)", "bls", HELD),
        ("Certifications\nBLS (current), ACLS (certification expired 2018)", "acls", EXPIRED),
        # rehabilitation of a structure, a road or land is not the clinical service
        ("Experience\nDesigned the highway rehabilitation package for two interchanges.", "rehabilitation", OTHER),
        ("Experience\nInspected sewer rehab work and pipeline rehabilitation by lining.", "rehabilitation", OTHER),
        ("Experience\nWrote wetland rehabilitation plans for the mitigation bank.", "rehabilitation", OTHER),
        ("Experience\nProvided cardiac rehabilitation to post-MI patients.", "rehabilitation", HELD),
        ("Experience\nStaff RN on a 24-bed acute rehabilitation unit.", "rehabilitation", HELD),
        # 'Applied Epic', the insurance agencies' management system, is not the Epic EHR
        ("Skills\nApplied Epic, Vertafore AMS360, health and life quoting tools", "epic", OTHER),
        ("Skills\nEpic, patient charting, hospital EHR workflows", "epic", HELD),
    ],
)
def test_a_general_word_in_another_fields_sense_is_not_credited(text: str, term_id: str, status: str) -> None:
    assert _statuses(text, term_id) == {status}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # testing of materials or software coordinated is not a patient's diagnostic tests
        ("Experience\nCoordinated testing of asphalt cores with the county's lab contractor.", False),
        ("Experience\nCoordinated regression testing with offshore QA and product owners.", False),
        ("Experience\nCoordinated testing for clinic patients with radiology and the laboratory.", True),
        ("Experience\nCoordinate tests and imaging ordered by the physician.", True),
    ],
)
def test_coordinated_testing_is_diagnostic_only_in_a_clinical_line(text: str, found: bool) -> None:
    held = {m.term_id for m in find_terms(text)[1] if m.status == HELD}
    assert ("diagnostic-test-coordination" in held) is found
