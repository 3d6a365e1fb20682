"""Titles and licences that name other people get the status ``other_person``; the candidate's own stay affirmed."""

from __future__ import annotations

import pytest

from resumematch import VocabError, check, find_terms
from resumematch.match.people_rules import PeopleRules, default_people_rules


def statuses(text: str) -> dict[tuple[str, str], str]:
    return {(m.text, m.term_id): m.status for m in find_terms(text)[1]}


def status_of(text: str, term_id: str) -> list[str]:
    return [m.status for m in find_terms(text)[1] if m.term_id == term_id]


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # plural and possessive
        ("Assisted physicians and registered nurses with patient care.", "registered-nurse"),
        ("Staffing for physicians, RN's and allied health.", "registered-nurse"),
        ("Coordinated 93 nurse's schedules using ANSOS.", "nurse"),
        ("Supervised a staff of 25 collectors and 25 administrative assistants.", "administrative-assistant"),
        ("Acting as patient advocate while assisting case managers with daily case load.", "case-management"),
        # a determiner
        ("Reported patient complaints to the case manager.", "case-management"),
        ("Assisted members with appointments and tranferring to a nurse.", "nurse"),
        ("Triaging calls to the RN on duty.", "registered-nurse"),
        ("Worked under the charge nurse on nights.", "charge-nurse"),
        # a verb or preposition before, in the same clause
        ("Collaborate with practice manager on policy and procedure.", "clinic-manager"),
        ("Communicated with physicians and RN on the unit.", "registered-nurse"),
        # a word after that makes it a group
        ("Managed RN staffing for three clinics.", "registered-nurse"),
        ("EMT background check, DMV pull notice requests.", "emt"),
        ("Checking EMT paperwork to make sure they comply with the law.", "emt"),
    ],
)
def test_other_people(text: str, term_id: str) -> None:
    assert status_of(text, term_id) == ["other_person"]


def test_a_list_joined_to_other_people_names_other_people() -> None:
    found = statuses("Reporting abnormal results to the Doctor, Charge Nurse or Nurse.")
    # (the duty itself, reporting to the doctor, is the candidate's: provider coordination, affirmed)
    people = {key: status for key, status in found.items() if key[1] in {"charge-nurse", "nurse"}}
    assert people == {("Charge Nurse", "charge-nurse"): "other_person", ("Nurse", "nurse"): "other_person"}


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Jane Doe, RN", "registered-nurse"),
        ("A registered nurse with 10 years of acute care experience.", "registered-nurse"),
        ("Worked as a charge nurse on a 30-bed unit.", "charge-nurse"),
        ("Charge Nurse, Mercy Hospital 2019-2021", "charge-nurse"),
        ("Promoted to the role of charge nurse in 2020.", "charge-nurse"),
        ("RN Case Manager, Home Health Partners", "registered-nurse"),
        ("I am a registered nurse licensed in Ohio.", "registered-nurse"),
        ("Ten years of RN background in oncology and critical care.", "registered-nurse"),
    ],
)
def test_the_candidates_own_title_or_licence_stays_held(text: str, term_id: str) -> None:
    assert status_of(text, term_id) == ["affirmed"]


def test_a_licence_list_holds_the_licence_whatever_the_wording() -> None:
    text = "Jane Doe\n\nLicenses and Certifications\nThe State of Ohio RN license, active\n"
    assert status_of(text, "registered-nurse") == ["affirmed"]


def test_a_person_word_that_only_modifies_another_person_is_no_mention() -> None:
    assert status_of("Certified Nurse Assistant, Westhills College", "nurse") == []
    assert status_of("Delegate care tasks to certified nurse aides.", "nurse") == []


def test_other_people_earn_nothing_and_are_listed_as_discounted() -> None:
    job = "Clinical Coordinator\nRequirements:\n- Current Registered Nurse (RN) license required."
    theirs = check("Scheduler. Coordinated shifts for registered nurses and physicians.", job=job)
    own = check("Jane Doe, RN\nScheduler. Coordinated shifts for physicians.", job=job)
    assert "registered-nurse" not in {m.term_id for m in theirs.matched}
    assert "registered-nurse" in {m.term_id for m in own.matched}
    assert any("names other people, not you" in tip for tip in theirs.suggestions)


def test_rules_file_is_validated() -> None:
    assert "nurse" in default_people_rules().person_words
    with pytest.raises(VocabError, match="allowed"):
        PeopleRules.from_dict({"person_words": ["nurse"], "determiner": ["the"]})
    with pytest.raises(VocabError, match="max_scope"):
        PeopleRules.from_dict({"max_scope": 0})


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Wrote policies for internal customer service and data entry staff.", "data-entry"),
        ("Worked closely with Decision Support, Medical Records, and several other departments.", "medical-records"),
        (
            "Led teams that include Product Development, Product Owners, Quality Assurance and DevOps.",
            "quality-assurance",
        ),
        ("Called on Allergists, Dermatologists, Psychiatrists, Geriatric Specialists, Neurologists.", "geriatrics"),
        # a skill's words inside a job title or a department's name (issue #18)
        ("08/2003 to 03/2013\nHealthcare Management Representative 2 Company Name", "healthcare-management"),
        ("National Healthcare Operations Intern Company Name - City , State", "clinical-operations"),
        ("Participate in meetings with the Accounts Receivable Department to improve payments", "bookkeeping"),
    ],
)
def test_a_skill_that_names_a_department_or_group_is_not_held(text: str, term_id: str) -> None:
    assert status_of(text, term_id) == ["other_person"]


def test_the_same_skills_done_or_listed_are_held() -> None:
    assert status_of("Maintained medical records and performed data entry daily.", "medical-records") == ["affirmed"]
    assert status_of("Skills: Data Entry, Medical Records, Quality Assurance", "quality-assurance") == ["affirmed"]


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # a role title and its unit, on its own line: the candidate's specialty (held-out audit)
        ("EXPERIENCE\nRegistered Nurse, Oncology\nCity Hospital 2015-2019", "oncology", "affirmed"),
        ("Staff Nurse, Critical Care Unit", "critical-care", "affirmed"),
        ("Patient Care Technician, Emergency Department\nMercy Hospital", "emergency-department", "affirmed"),
        # people in a list, or a person named in a sentence, still are not
        ("Worked closely with Physicians, Nurses, Oncology and Cardiology", "oncology", "other_person"),
        ("Liaison to the Nurse, Oncology", "oncology", "other_person"),
    ],
)
def test_a_unit_after_the_candidates_title_is_held(text: str, term_id: str, status: str) -> None:
    assert status_of(text, term_id) == [status]


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        (
            "Almost 15 years of pharmaceutical sales selling to an array of specialties including general "
            "practitioners, internal medicine, family practice, endocrinologist,\nrheumatologist, neurologist, "
            "geriatric medicine, orthopedics, gastroenterology, urology and cardiology.",
            "cardiology",
        ),
        ("Sold to an array of specialties: family practice, pediatrics and geriatric medicine.", "primary-care"),
        (
            "Industries serviced include hospitals, skilled nursing facilities, clinics, retail sporting goods.",
            "long-term-care",
        ),
        ("Calling on oncology, urology and critical care accounts in the Boston territory.", "critical-care"),
    ],
)
def test_a_specialty_a_sales_role_sold_to_is_not_held(text: str, term_id: str) -> None:
    assert status_of(text, term_id) == ["other_person"]


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Staff nurse on the cardiology unit; selling to patients is not my job.", "cardiology"),
        ("Provided care in family practice and urgent care clinics for six years.", "primary-care"),
        # the sentence that named the customers ended: the next one is the candidate's work
        ("Sold devices to hospitals. Worked ten years in a skilled nursing facility as a CNA.", "long-term-care"),
    ],
)
def test_a_specialty_worked_in_stays_held(text: str, term_id: str) -> None:
    assert status_of(text, term_id) == ["affirmed"]


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Recruited medical professionals such as RNs, therapists and pharmacists.", "registered-nurse"),
        ("Supervised 8 RNs and 4 CNAs on the night shift.", "registered-nurse"),
        ("Scheduled shifts for 30 LPNs across two facilities.", "licensed-practical-nurse"),
        ("Precepted new RNs during orientation.", "registered-nurse"),
        ("Referred complex cases to NPs in the clinic.", "nurse-practitioner"),
        ("Worked as one of 12 RNs on a telemetry unit.", "registered-nurse"),
    ],
)
def test_a_plural_abbreviation_names_other_people(text: str, term_id: str) -> None:
    """ "RNs" is found (the plural of a licence's abbreviation), and never held: many people
    are not the candidate, even after "as"."""
    assert status_of(text, term_id) == ["other_person"]


@pytest.mark.parametrize(
    "text",
    ["Jane Doe, RN", "Licensed RN and LPN with 5 years of experience.", "Current RN license, BLS, ACLS."],
)
def test_a_singular_abbreviation_of_the_candidate_stays_held(text: str) -> None:
    assert "affirmed" in status_of(text, "registered-nurse")


def test_a_plural_abbreviation_no_term_has_is_not_made_up() -> None:
    """Only a person's abbreviation takes a plural: "BLSs" or "EHRs" name no one."""
    found = {m.term_id for m in find_terms("Renewed BLSs and audited EHRs.")[1]}
    assert "bls" not in found
