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


@pytest.mark.parametrize(
    ("text", "term_id", "found"),
    [
        # 'organization' in a list of traits is the skill; an organization one works for is not
        ("Skills\nPunctuality, organization, customer service", "organizational-skills", True),
        ("Skills\nOrganization and teamwork; cash handling", "organizational-skills", True),
        ("Skills\nleadership / organization / scheduling", "organizational-skills", True),
        ("Experience\nVolunteered for a nonprofit organization, 2018 to 2020.", "organizational-skills", False),
        ("Experience\nJoined the organization and led its outreach.", "organizational-skills", False),
        ("Skills\nCommunication, organization, attention to detail, payroll", "organizational-skills", True),
        ("Summary\nKnown for organization and time management under deadlines.", "organizational-skills", True),
        (
            "Experience\nWorked for a nonprofit organization, handling donor communication.",
            "organizational-skills",
            False,
        ),
        # 'discreet' among the traits written beside 'organized'
        ("Summary\nDiscreet, organized legal secretary.", "organizational-skills", True),
        ("Summary\nOrganized and discreet with client matters.", "organizational-skills", True),
        ("Experience\nOrganized a discreet farewell for the partner.", "organizational-skills", False),
        # calm written with when / through
        ("Summary\nCalm when the dinner rush hits and tickets pile up.", "composure", True),
        ("Summary\nStayed calm throughout a 14-hour system outage.", "composure", True),
        ("Experience\nCalmed anxious callers and reset their passwords.", "composure", False),
        # compliance with employment, financial and aviation rules is regulatory compliance
        ("Highlights\nForm I-9 and E-Verify compliance audits", "regulatory-compliance", True),
        ("Experience\nTested SOX compliance controls for the revenue cycle.", "regulatory-compliance", True),
        ("Experience\nKept the fleet in FAA compliance for heavy checks.", "regulatory-compliance", True),
        ("Experience\nImproved patron compliance with the library's quiet hours.", "regulatory-compliance", False),
        # quality control evidenced by punch lists and defects
        ("Highlights\nQuality control, punch lists, closeout", "quality-assurance", True),
        ("Experience\nRan quality control on framing to cut defects before drywall.", "quality-assurance", True),
        ("Experience\nReported borescope findings to Quality Control.", "quality-assurance", False),
        # stakeholder interviews and workshops
        ("Experience\nRan stakeholder workshops with plant and finance leads.", "stakeholder-management", True),
        ("Experience\nConducted stakeholder interviews across 6 departments.", "stakeholder-management", True),
        ("Experience\nWorked as a stakeholder analyst intern.", "stakeholder-management", False),
        # personnel and employee files kept are record keeping
        ("Experience\nAudited and updated personnel files for 400 staff.", "record-keeping", True),
        ("Experience\nKept employee files complete for state audits.", "record-keeping", True),
        ("Experience\nSent personnel to the field office for training.", "record-keeping", False),
        # a budget owned
        ("Experience\nOwned the $1.2M annual marketing budget.", "budgeting", True),
        ("Experience\nOwns the store's payroll budget and weekly forecast.", "budgeting", True),
        ("Experience\nRan 10% over budget on the first remodel.", "budgeting", False),
        ("Experience\nKept the shop's parts budget under control.", "budgeting", True),
        ("Experience\nKept the project on budget and on time.", "budgeting", False),
        # an inventory named with its owner's possessive
        ("Experience\nMaintain the bakery's dry goods inventory.", "inventory-management", True),
        ("Experience\nAudited the warehouse's spare parts inventory monthly.", "inventory-management", True),
        ("Experience\nRead the company's inventory policy during onboarding.", "inventory-management", False),
        # a kitchen brigade supervised
        ("Experience\nDirected a brigade of 15 line cooks and pastry staff.", "staff-supervision", True),
        ("Experience\nTrained with the brigade of a two-star kitchen in Lyon.", "staff-supervision", False),
        # calm when / through, not patients kept calm
        ("Experience\nKept children calm on the bus ride home.", "composure", False),
    ],
)
def test_a_general_term_in_another_fields_words(text: str, term_id: str, found: bool) -> None:
    assert (term_id in _held(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # medical records named with bills are a claim file's contents (a law firm, an insurer)
        ("Experience\nOrdered medical records and bills for each new auto accident client.", True),
        ("Experience\nGathered medical records and itemized bills to value bodily injury claims.", True),
        ("Experience\nAudited bills and medical records before paying provider claims.", True),
        ("Experience\nMaintained medical records and billing logs for a dermatology office.", False),
        ("Experience\nScanned and indexed medical records for the clinic.", False),
    ],
)
def test_medical_records_with_bills_are_a_claim_file(text: str, found: bool) -> None:
    statuses = {m.status for m in find_terms(text)[1] if m.term_id == "medical-records"}
    assert (statuses == {"other_person"}) is found


@pytest.mark.parametrize(
    ("text", "term_id", "found"),
    [
        # a clinical system's workstations, servers or printers supported by IT are not its use
        ("Experience\nPatched and rebooted Epic workstations after the upgrade.", "epic", False),
        ("Experience\nMigrated the Meditech servers to a new VMware cluster.", "meditech", False),
        ("Experience\nSwapped 80 Cerner desktops and printers in the ICU.", "cerner", False),
        ("Experience\nCharted patient assessments in Epic at the bedside workstation.", "epic", True),
        ("Skills\nEpic, Cerner PowerChart, Meditech", "cerner", True),
    ],
)
def test_a_clinical_systems_hardware_is_not_its_use(text: str, term_id: str, found: bool) -> None:
    assert (term_id in _held(text)) is found
