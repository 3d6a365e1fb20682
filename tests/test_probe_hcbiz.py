"""Healthcare business resumes (probe set ``hcbiz``, issue #18): the classes fixed, on unseen lines.

The probe's twelve resumes (sales reps, a staffing recruiter, analysts, a marketer, managers)
use clinical words in a business sense. Each class fixed has lines written afterwards, not
taken from the probe, half that the rule must discount and half, close in wording, that must
stay the candidate's own: a specialty that names a line of business ("Cardiology Sales
Consultant", "ICU and telemetry denials") against a specialty of care ("ICU and telemetry
patients"); a skill followed by other clinicians ("the triage nurses"); a "Nurse Recruiter";
teams after "work with"; other people's certificates ("candidates' BLS cards"); a skill done
"by the nurse"; leadership as an audience ("to senior leadership"); a degree one is only
admitted to; payer case rates; referral development; contact-centre phone systems; work
done by volunteers a screening is "staffed by". And the recall classes of business wording:
supervising and hiring registrars, analysts or schedulers; "strong payer relationships";
analysing denials and variances; trait lists with "persistent", "decisive"; "CMS rules";
"quality monitoring"; "Medicare billing".
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD, OTHER, IN_PROGRESS = "affirmed", "other_person", "in_progress"


def _statuses(text: str, term_id: str) -> set[str]:
    return {m.status for m in find_terms(text)[1] if m.term_id == term_id}


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # a specialty or setting followed by a business noun (people.json market_terms / market_after)
        ("Cardiology Sales Consultant 2016 to 2020", "cardiology", OTHER),
        ("Managed the pediatrics and neonatology portfolio for the Southeast region.", "pediatrics", OTHER),
        ("Tracked ICU and telemetry denials for the appeals team.", "critical-care", OTHER),
        ("Tracked ICU and telemetry denials for the appeals team.", "telemetry", OTHER),
        ("Filled home health placements across four states.", "home-health", OTHER),
        ("Wrote the oncology service line marketing plan for 2025.", "oncology", OTHER),
        ("Reported monthly emergency department utilization to the board.", "emergency-department", OTHER),
        ("Provided oncology and hematology care to 20 patients a day.", "oncology", HELD),
        ("Cared for ICU and telemetry patients on night shift.", "critical-care", HELD),
        ("Skills\nassisted living, business development, sales", "long-term-care", HELD),
        ("Skills\nHome health, market analysis, budgeting", "home-health", HELD),
        ("Administered oncology drugs and chemotherapy in the infusion suite.", "oncology", HELD),
        # a skill or setting followed by other clinicians (people.json group_after)
        ("Transferred symptom calls to the triage nurses after hours.", "triage", OTHER),
        ("Supported the wound care nurses with supply orders.", "wound-care", OTHER),
        ("Scheduled cath lab techs for weekend call.", "cardiology", OTHER),
        ("Wound care nurse, Mercy Hospital 2019 to 2023", "wound-care", HELD),
        ("Performed telephone triage for 60 callers a day.", "triage", HELD),
        # a recruiter of nurses is not a nurse (people.json modifier_of)
        ("Nurse Recruiter, Mercy Health 2018 to 2021", "nurse", "none"),
        ("RN Recruiter for travel contracts", "registered-nurse", "none"),
        ("Staff Nurse, Mercy Health 2018 to 2021", "nurse", HELD),
        # a team after "work with" / "partner with" (people.json department_cues_before)
        ("Work with case management on discharge delays.", "case-management", OTHER),
        ("Partner with utilization review on concurrent denials.", "utilization-review", OTHER),
        ("Work with case management software every day.", "case-management", HELD),
        # other people's certificates (assertion.json: "candidates'", "applicants'", "clinicians'")
        ("Audited candidates' BLS, ACLS and PALS certificates for compliance.", "pals", OTHER),
        ("Audited candidates' BLS, ACLS and PALS certificates for compliance.", "bls", OTHER),
        ("Tracked clinicians' ACLS expiration dates in the credentialing file.", "acls", OTHER),
        ("Renewed ACLS in 2025 after reviewing candidates' files.", "acls", HELD),
        ("Certifications\nBLS, ACLS - American Heart Association, 2025", "acls", HELD),
        # a skill done by another clinician (assertion.json "by the nurse", ... ; the word right before)
        ("Patients are roomed after triage by the nurse.", "triage", OTHER),
        ("Vital signs by nursing staff are logged in Epic.", "vital-signs", OTHER),
        ("Performed triage by phone and in person.", "triage", HELD),
        ("Completed wound care by 9 a.m. for every resident.", "wound-care", HELD),
        # leadership as the audience, not the candidate's trait
        ("Presented quarterly results to senior leadership.", "leadership", OTHER),
        ("Prepared weekly briefings for nursing leadership.", "leadership", OTHER),
        ("Met monthly with executive leadership on growth targets.", "leadership", OTHER),
        ("Showed strong leadership for nursing staff during the outage.", "leadership", HELD),
        ("Senior leadership experience in home care.", "leadership", HELD),
        # payer contracting: the services a case rate prices (people.json market_cues)
        ("Negotiated case rates for cardiac surgery and NICU stays.", "cardiology", OTHER),
        ("Negotiated case rates for cardiac surgery and NICU stays.", "critical-care", OTHER),
        ("Reduced readmission rates for cardiac surgery patients on the unit.", "cardiology", HELD),
        # referral development is marketing, not referral management
        ("Led physician referral development for the cancer center.", "referral-management", OTHER),
        ("Processed specialist referrals for 12 providers.", "referral-management", HELD),
    ],
)
def test_business_sense_lines(text: str, term_id: str, status: str) -> None:
    found = _statuses(text, term_id)
    if status == "none":
        assert not found, (text, found)
    else:
        assert found == {status}, (text, found)


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        ("Education\nMBA - admitted for Fall 2027", "masters-degree", IN_PROGRESS),
        ("Education\nMaster of Public Health (MPH), accepted for Spring 2027", "mph", IN_PROGRESS),
        ("Education\nMaster of Health Administration, admitted to start August 2026", "mha", IN_PROGRESS),
        ("Education\nMHA, 2018 - University of Iowa", "mha", HELD),
        ("Education\nMBA, 2016\nAdmitted patients from the ED as house supervisor", "masters-degree", HELD),
    ],
)
def test_degree_only_admitted_to(text: str, term_id: str, status: str) -> None:
    assert _statuses(text, term_id) == {status}, text


def test_contact_centre_phone_systems_are_voip_not_cms() -> None:
    text = "Skills\nInbound patient call center\nAvaya CMS, Cisco Finesse, Five9\nMedicare and Medicaid eligibility"
    found = {m.term_id: m.status for m in find_terms(text)[1]}
    assert found.get("voip") == HELD
    assert "cms-regulations" not in found


@pytest.mark.parametrize(
    ("text", "term_id", "held"),
    [
        ("Supervised 9 schedulers and two billers at the central office.", "staff-supervision", True),
        ("Oversee 14 patient access registrars across three shifts.", "staff-supervision", True),
        ("Managed referrals to specialists for the clinic.", "staff-supervision", False),
        ("Referred callers to billing specialists.", "staff-supervision", False),
        ("Hired and trained 6 patient access registrars.", "staff-hiring", True),
        ("Recruited and onboarded 12 call center agents.", "staff-hiring", True),
        ("Met weekly with hiring managers on open roles.", "staff-hiring", False),
        ("Maintained strong client relationships across 40 accounts.", "relationship-building", True),
        ("Built trusted physician relationships in a new territory.", "relationship-building", True),
        ("Studied the relationship between cost and volume.", "relationship-building", False),
        ("Analyzed claim denials and payment variances every month.", "data-analysis", True),
        ("Analyzed utilization for the medical director.", "data-analysis", True),
        ("Claims were analyzed by the finance team.", "data-analysis", False),
        ("Persistent, analytical and thorough analyst.", "analytical-skills", True),
        ("Organized, decisive leader of a 20-person team.", "organizational-skills", True),
        ("Organized the holiday food drive for the clinic.", "organizational-skills", False),
        ("Applied CMS requirements to inpatient status decisions.", "cms-regulations", True),
        ("Performed call quality monitoring for 12 agents.", "quality-assurance", True),
        ("Handled Medicare billing for a 5-physician practice.", "medical-billing", True),
        ("Answered questions about hospital bills and deposits.", "medical-billing", False),
    ],
)
def test_business_wording_is_credited(text: str, term_id: str, held: bool) -> None:
    assert (HELD in _statuses(text, term_id)) is held, (text, _statuses(text, term_id))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Organized flu clinics (vaccinations, blood pressure) staffed by volunteer nurses.", OTHER),
        ("Checked blood pressure for 30 residents on a floor staffed by two aides.", HELD),
    ],
)
def test_work_a_screening_is_staffed_by(text: str, status: str) -> None:
    assert status in _statuses(text, "vital-signs"), (text, _statuses(text, "vital-signs"))


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        ("Admitted patients from the ED and verified insurance for each.", "insurance-verification", HELD),
        ("Took referrals from the ED and scheduled follow-up visits.", "appointment-scheduling", HELD),
        ("Took referrals from primary care and oncology offices.", "oncology", OTHER),
        ("Received specimens from the ICU and the ED daily.", "critical-care", OTHER),
    ],
)
def test_a_next_act_after_a_place_named_for_others(text: str, term_id: str, status: str) -> None:
    """A mention that begins with one of the rule's stops ("and verified insurance") is the
    candidate's next act, not part of the place the patients came from."""
    assert status in _statuses(text, term_id), (text, _statuses(text, term_id))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Double-checked 10 charts a month for inter-rater reliability.", OTHER),
        ("Tracked equipment reliability across four sites.", OTHER),
        ("Provided site leadership and reliability for three clinics.", HELD),
        ("Validated survey instrument reliability with the research team.", OTHER),
        ("Known for reliability and a strong work ethic.", HELD),
    ],
)
def test_reliability_of_a_thing_is_no_trait(text: str, status: str) -> None:
    assert _statuses(text, "reliability") == {status}, text
