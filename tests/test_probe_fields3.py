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
        # a PR or events person's client facility: the subject of coverage, releases, openings
        ("Experience\nSecured coverage for a client's new pediatric urgent care.", "pediatrics", OTHER),
        ("Experience\nDrove media coverage of the hospital's new oncology infusion suite.", "oncology", OTHER),
        ("Experience\nWrote press releases for a client's cardiology practice expansion.", "cardiology", OTHER),
        ("Experience\nRan the grand opening of a client's rehabilitation center.", "rehabilitation", OTHER),
        ("Experience\nOncology RN; handled media coverage requests through the PR office.", "oncology", HELD),
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


@pytest.mark.parametrize(
    ("text", "term_id", "found"),
    [
        # supervising, training and hiring the people of other trades (crews, dispatchers, agents...)
        ("Experience\nSupervised three field inspectors and a drafter.", "staff-supervision", True),
        ("Experience\nOversee a crew of 12 on commercial roofing jobs.", "staff-supervision", True),
        ("Experience\nManaged two payroll bookkeepers and an office clerk.", "staff-supervision", True),
        ("Experience\nLed a team of six underwriters through the system conversion.", "staff-supervision", True),
        ("Experience\nManaged 60 Linux servers for the data center.", "staff-supervision", False),
        ("Skills\nCrew supervision, job costing, OSHA 30", "staff-supervision", True),
        ("Experience\nTrained 25 call center agents on the new billing platform.", "staff-training", True),
        ("Experience\nHired and trained 40 seasonal farmworkers each spring.", "staff-hiring", True),
        ("Experience\nManaged 60 Linux servers and their backup agents.", "staff-supervision", False),
        ("Experience\nManaged the calendars of three executives.", "staff-supervision", False),
        ("Experience\nWorked with hiring managers to close 30 requisitions.", "staff-hiring", False),
        ("Experience\nDirect and indirect hiring managers at client accounts.", "staff-supervision", False),
        ("Experience\nSupervised by two senior inspectors during probation.", "staff-supervision", False),
        # a trait written as an adjective or agent noun
        ("Summary\nOrganized, deadline-oriented office manager.", "organizational-skills", True),
        ("Summary\nA natural collaborator across sales, legal and finance.", "teamwork", True),
        ("Summary\nTrusted relationship builder with regional buyers.", "relationship-building", True),
        ("Summary\nFlexible with weekends and overtime during peak season.", "flexibility", True),
        ("Experience\nWorked with outside collaborators on the exhibit.", "teamwork", False),
        ("Experience\nFamilies Together is a collaborative, school-based program.", "teamwork", False),
        ("Experience\nFlexible with pricing for long-term accounts.", "flexibility", False),
        ("Summary\nReliable, safety-conscious heavy equipment operator.", "reliability", True),
        ("Summary\nOrganized, safety-focused site superintendent.", "organizational-skills", True),
        ("Experience\nKept a reliable safety record over one million miles.", "reliability", False),
        # a budget owned by a department, named with a possessive
        ("Experience\nManaged the marketing department's event budget.", "budgeting", True),
        ("Experience\nOversaw the library's programming budget.", "budgeting", True),
        ("Experience\nMonitored the client's weight and budget for groceries.", "budgeting", False),
        # training employees, not training attended
        ("Skills\nEmployee training, payroll, scheduling", "staff-training", True),
        ("Experience\nCompleted volunteer training at the shelter.", "staff-training", False),
        # stock kept full; filing systems kept on paper
        ("Skills\nInventory replenishment, cycle counts, receiving", "inventory-management", True),
        ("Experience\nKept the paper filing system for 300 client folders.", "record-keeping", True),
        ("Experience\nDesigned a new filing system for the art department's projects.", "record-keeping", False),
        # Excel named as the tool work was done in, not the verb 'excel'
        ("Experience\nReconciled vendor invoices in Excel every Friday.", "ms-excel", True),
        ("Experience\nBuilt crop budgets using Excel and QuickBooks.", "ms-excel", True),
        ("Summary\nDriven to excel in a fast-paced kitchen.", "ms-excel", False),
        ("Summary\nSeeking a role in which to Excel and grow.", "ms-excel", False),
        # 'Marketing Communications' is a department, not the candidate's skill
        ("Experience\nMarketing Communications Specialist, 2017 to 2020", "communication-skills", False),
        ("Summary\nStrong communication skills and a marketing degree.", "communication-skills", True),
        ("Summary\nBackground in marketing and customer service.", "customer-service", True),
    ],
)
def test_a_general_term_in_another_fields_words(text: str, term_id: str, found: bool) -> None:
    held = {m.term_id for m in find_terms(text)[1] if m.status == HELD}
    assert (term_id in held) is found
