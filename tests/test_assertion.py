"""Assertion status (ConText-style): negated, in progress, expired, hedged, affirmed."""

from __future__ import annotations

import json

import pytest
from conftest import MINI_VOCAB

from resumematch import VocabError, find_terms, load_vocabulary
from resumematch.cli import main
from resumematch.match.assertion import AssertionRule, AssertionRules, default_rules


@pytest.fixture(scope="module")
def vocab():  # type: ignore[no-untyped-def]
    return load_vocabulary(MINI_VOCAB)


def statuses(text: str, vocab) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {m.term_id: m.status for m in find_terms(text, vocab=vocab)[1]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No experience with Epic charting.", {"epic": "negated"}),
        (
            "No experience with Epic, Meditech or EHR audits.",
            {"epic": "negated", "meditech": "negated", "ehr": "negated"},
        ),
        ("Not certified in ACLS.", {"acls": "negated"}),
        ("Pursuing ACLS certification.", {"acls": "in_progress"}),
        ("BSN, expected May 2027", {"bsn": "in_progress"}),
        ("ACLS (in progress)", {"acls": "in_progress"}),
        ("BLS, expired 2019", {"bls": "expired"}),
        ("Familiar with HIPAA.", {"hipaa": "hedged"}),
        ("Exposure to phlebotomy during rotations.", {"phlebotomy": "hedged"}),
        ("Phlebotomy and BLS.", {"phlebotomy": "affirmed", "bls": "affirmed"}),
    ],
)
def test_statuses(text: str, expected: dict[str, str], vocab) -> None:  # type: ignore[no-untyped-def]
    assert statuses(text, vocab) == expected


def test_scope_ends_at_clause_and_line_terminators(vocab) -> None:  # type: ignore[no-untyped-def]
    assert statuses("No experience with Meditech but daily Epic charting.", vocab) == {
        "meditech": "negated",
        "epic": "affirmed",
    }
    assert statuses("Familiar with HIPAA; phlebotomy daily.", vocab) == {"hipaa": "hedged", "phlebotomy": "affirmed"}
    assert statuses("Not on call\nBLS", vocab) == {"bls": "affirmed"}


def test_backward_triggers_modify_only_the_nearest_credential(vocab) -> None:  # type: ignore[no-untyped-def]
    assert statuses("BLS, ACLS expired 2019", vocab) == {"bls": "affirmed", "acls": "expired"}


def test_pseudo_triggers_do_not_negate(vocab) -> None:  # type: ignore[no-untyped-def]
    assert statuses("Cut no-show rates 20% with Epic reminders for patients.", vocab) == {"epic": "affirmed"}
    assert statuses("Not only Epic charting but also Meditech.", vocab) == {"epic": "affirmed", "meditech": "affirmed"}


def test_terms_json_carries_status(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    resume = tmp_path / "r.txt"
    resume.write_text("No experience with Meditech. BLS (AHA), exp. 2026.", "utf-8")
    assert main(["terms", str(resume), "--format", "json", "--vocab", str(MINI_VOCAB)]) == 0
    data = json.loads(capsys.readouterr().out)
    by_id = {m["term_id"]: m for m in data["mentions"]}
    assert by_id["meditech"]["status"] == "negated"
    assert by_id["bls"]["status"] == "affirmed" and by_id["bls"]["issuer"] == "AHA"


def test_rules_file_is_validated() -> None:
    assert len(default_rules().rules) > 30
    with pytest.raises(VocabError, match="allowed: categories, direction, literal"):
        AssertionRule.from_dict({"literal": "no", "status": "negated", "scope": 3})
    with pytest.raises(VocabError, match="'status' must be one of"):
        AssertionRule.from_dict({"literal": "no", "status": "maybe"})
    with pytest.raises(VocabError, match="unknown key"):
        AssertionRules.from_dict({"rules": [], "extra": 1})


def test_cues_found_from_the_hash_list_equal_those_from_the_array() -> None:
    """``triggers_in`` compares several-word cues on a list when given one, and looks them up
    by their first two words: the same triggers as the plain reference, which compares every
    cue of a first word in full (cut-short cues and shared first words included)."""
    import random

    from spacy.attrs import LOWER

    from resumematch.match.assertion import AssertionDetector
    from resumematch.match.pipeline import _resume_english

    nlp = _resume_english()
    rules = default_rules()
    detector = AssertionDetector(nlp.vocab, nlp.make_doc, rules)
    cues = [rule.literal for rule in rules.rules] + list(rules.pseudo)
    words = ["no", "not", "experience", "with", "familiar", "pursuing", "BLS", "expected", "in", ",", "\n", "Epic"]
    words += sorted({word for cue in cues for word in cue.split()})  # cues' words alone: cues cut short
    rng = random.Random(5)
    found = 0
    for _ in range(600):
        parts = [rng.choice(cues) if rng.random() < 0.3 else rng.choice(words) for _ in range(rng.randint(1, 30))]
        lower = nlp.make_doc(" ".join(parts)).to_array(LOWER)
        triggers = detector.triggers_in(lower)
        assert detector.triggers_in(lower, lower.tolist()) == triggers
        assert detector.triggers_in_reference(lower) == triggers
        found += len(triggers)
    assert found > 300  # the texts are full of cues, several-word ones among them


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        ("EHR: Epic (exposure only), Cerner daily", "epic", "hedged"),
        ("Clinical rotations: Telemetry (observation only), Med-Surg", "telemetry", "hedged"),
        ("Pediatrics (shadowing only)", "pediatrics", "hedged"),
        ("Dialysis unit, Oncology (observation)", "oncology", "hedged"),
        ("Meditech (familiar)", "meditech", "hedged"),
        ("Familiar with Meditech.", "meditech", "hedged"),
        ("Expired: BLS, ACLS", "acls", "expired"),
        ("BLS - not current", "bls", "expired"),
        ("Continuing Education to Complete BSN.", "bsn", "in_progress"),
        (
            "Licensed Vocational Nurse (LVN) program - in progress, expected 2027",
            "licensed-practical-nurse",
            "in_progress",
        ),
        # credential lines (tests/test_probe_credentials.py): licences and degrees not held yet
        ("Licenses\nWill sit for NCLEX-RN in July 2027", "registered-nurse", "in_progress"),
        ("Registered Nurse (NCLEX-RN eligible)", "registered-nurse", "in_progress"),
        ("Licenses\nTemporary RN permit, awaiting NCLEX", "registered-nurse", "in_progress"),
        ("Licenses\nRN License applied for - State of Georgia", "registered-nurse", "in_progress"),
        ("Certified Nurse Aide, 2014 - 2016 (inactive)", "certified-nursing-assistant", "expired"),
        ("Education\nMSN candidate; Future Nurse Practitioner", "nurse-practitioner", "in_progress"),
    ],
)
def test_hedged_expired_and_in_progress_cues(text: str, term_id: str, status: str) -> None:
    found = [m.status for m in find_terms(text)[1] if m.term_id == term_id]
    assert found and set(found) == {status}


def test_a_rule_limited_to_categories_leaves_the_others() -> None:
    # "to complete" is in progress for a degree or credential, not for a duty done.
    found = {m.term_id: m.status for m in find_terms("Trained staff to complete patient charting in Epic.")[1]}
    assert found["clinical-documentation"] == "affirmed"
    with pytest.raises(VocabError, match="categories"):
        AssertionRule.from_dict({"literal": "x", "status": "negated", "categories": ["nope"]})


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # a soft skill of the people the candidate managed is theirs, not the candidate's
        (
            "Employee professionalism and engagement have shown significant improvement.",
            "professionalism",
            "other_person",
        ),
        ("Coached new hires to improve their communication skills.", "communication-skills", "other_person"),
        # the candidate's own
        (
            "Provide hands-on operational support to employees for optimal customer service.",
            "customer-service",
            "affirmed",
        ),
        ("Known for professionalism and strong communication skills.", "communication-skills", "affirmed"),
    ],
)
def test_a_soft_skill_of_other_people_is_theirs(text: str, term_id: str, status: str) -> None:
    assert {m.status for m in find_terms(text)[1] if m.term_id == term_id} == {status}


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # an outcome clause: the effect of a thing the candidate built, not care they gave
        ("Implemented a new charting workflow, resulting in better patient care.", "patient-care", "other_person"),
        (
            "Introduced bedside shift reports, which resulted in improved patient care scores.",
            "patient-care",
            "other_person",
        ),
        ("Built a paging protocol that ensured timely patient care on nights.", "patient-care", "other_person"),
        # sales results against a goal or quota: what the customers adopted
        (
            "Achieved 112% of quota with 4 hospital Protocol Implementations in the region.",
            "protocol-adherence",
            "other_person",
        ),
        ("Ranked #2 nationally, 130% to goal, selling telemetry monitoring systems.", "telemetry", "other_person"),
        # goods and markets named with a skill's words
        ("Distributed home health care products and mobility aids.", "home-health", "other_person"),
        ("Grew sales of durable medical equipment in the home health market.", "home-health", "other_person"),
        # the field a law governs
        ("Trained staff on regulations governing home care services.", "home-health", "other_person"),
        # the contents of sales material
        (
            "Detail aids covering every clinical trial of the product were presented to physicians.",
            "clinical-research",
            "other_person",
        ),
        # the candidate's own work stays held
        ("Provided compassionate patient care on a 30-bed oncology unit.", "patient-care", "affirmed"),
        ("Delivered patient care that resulted in high satisfaction scores.", "patient-care", "affirmed"),
        ("Ensured compliance with HIPAA and state regulations.", "regulatory-compliance", "affirmed"),
        ("Provided home health care to elderly clients.", "home-health", "affirmed"),
        ("Coordinated clinical research studies for oncology trials.", "clinical-research", "affirmed"),
        ("Adhered to treatment protocols in the ICU.", "protocol-adherence", "affirmed"),
        ("Worked with stakeholders and product owners on release plans.", "stakeholder-management", "affirmed"),
    ],
)
def test_a_skill_named_as_an_outcome_a_sale_or_a_product_is_not_held(text: str, term_id: str, status: str) -> None:
    assert {m.status for m in find_terms(text)[1] if m.term_id == term_id} == {status}


def test_a_scope_of_zero_reaches_only_the_adjacent_word() -> None:
    rule = AssertionRule.from_dict(
        {"literal": "products", "status": "other_person", "direction": "backward", "max_scope": 0}
    )
    assert rule.max_scope == 0
    with pytest.raises(VocabError, match="'max_scope' must be 0 or a positive integer"):
        AssertionRule.from_dict({"literal": "x", "status": "negated", "max_scope": -1})
    with pytest.raises(VocabError, match="'max_targets' must be a positive integer"):
        AssertionRule.from_dict({"literal": "x", "status": "negated", "max_targets": 0})


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # a soft-skill word naming a thing of a system is nobody's skill (held-out audit)
        ("Debugged TCP communication protocols on bedside devices.", "communication-skills", "other_person"),
        ("Wrote conflict resolution algorithms for offline sync.", "conflict-resolution", "other_person"),
        ("Raised system reliability to 99.9 percent.", "reliability", "other_person"),
        ("Provided site leadership for three clinics.", "leadership", "affirmed"),
        ("Owned reliability engineering for the payments platform.", "reliability", "other_person"),
        ("Studied emergent communication in agents.", "communication-skills", "other_person"),
        # the candidate's own
        ("Excellent communication skills with patients and families.", "communication-skills", "affirmed"),
        ("Trained in conflict resolution and de-escalation.", "conflict-resolution", "affirmed"),
        ("Highly reliable and punctual team member.", "reliability", "affirmed"),
    ],
)
def test_a_soft_skill_word_naming_a_system_is_not_held(text: str, term_id: str, status: str) -> None:
    assert {m.status for m in find_terms(text)[1] if m.term_id == term_id} == {status}


@pytest.mark.parametrize(
    ("text", "status"),
    [("Awarded the Hertz PhD Fellowship, 2019.", "other_person"), ("PhD in Nursing Science, 2019", "affirmed")],
)
def test_a_degree_named_in_a_fellowship_is_an_award(text: str, status: str) -> None:
    assert {m.status for m in find_terms(text)[1] if m.term_id == "doctorate"} == {status}


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # a role or credential the candidate is after, in an objective, is not held (held-out audit)
        (
            "Objective: to obtain a position as a Registered Nurse on a surgical unit.",
            "registered-nurse",
            "in_progress",
        ),
        ("Seeking a challenging role as a Medical Assistant in family practice.", "medical-assistant", "in_progress"),
        (
            "Hoping to transition into a Clinical Research Coordinator role.",
            "clinical-research-coordinator",
            "in_progress",
        ),
        ("Aspiring nurse practitioner.", "nurse-practitioner", "in_progress"),
        # the one held, before the cue, and the skills after it, stay affirmed
        ("Registered Nurse seeking a charge role on a cardiac unit.", "registered-nurse", "affirmed"),
        ("Seeking a Clinical Coordinator position where I can use Epic daily.", "epic", "affirmed"),
        ("Helped patients to obtain prior authorizations for imaging.", "prior-authorization", "affirmed"),
    ],
)
def test_a_role_sought_in_an_objective_is_not_held(text: str, term_id: str, status: str) -> None:
    assert {m.status for m in find_terms(text)[1] if m.term_id == term_id} == {status}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Wired a message bus for communication between microservices.", "other_person"),
        ("Used WebSockets for communication between the frontend and the API.", "other_person"),
        ("Improved communication between departments and families.", "affirmed"),
        ("Fostered communication between nursing staff and physicians.", "affirmed"),
    ],
)
def test_communication_between_parts_of_a_system_is_not_a_soft_skill(text: str, status: str) -> None:
    assert {m.status for m in find_terms(text)[1] if m.term_id == "communication-skills"} == {status}


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # a sentence the PDF wrapped: the cue reaches the words on the next line
        ("Looking to move from bedside care into\na clinical coordinator role.", "clinical-coordinator", "in_progress"),
        ("Currently pursuing\nmy BSN at Lakeview College.", "bsn", "in_progress"),
        ("Some experience with\nphlebotomy and specimen handling.", "phlebotomy", "hedged"),
        # a new line that starts with a capital or a bullet, or a blank line, is a new item
        ("No experience with Meditech.\nEpic super user.", "epic", "affirmed"),
        ("No experience with Meditech\n- phlebotomy, 300 draws", "phlebotomy", "affirmed"),
        ("Not currently pursuing\n\nmy BSN, which I hold.", "bsn", "affirmed"),
    ],
)
def test_a_cue_reaches_over_a_wrapped_line_only(text: str, term_id: str, status: str) -> None:
    assert {m.status for m in find_terms(text)[1] if m.term_id == term_id} == {status}


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Mentored BSN students from Wright State University", "bsn"),
        ("Clinical instructor for ADN students at Sinclair Community College", "adn"),
        ("Assisted the DNP faculty with clinical placements", "doctorate"),
        ("Supported PhD researchers with data collection", "doctorate"),
        ("Coordinated interviews for the MBA program admissions office", "masters-degree"),
        ("Processed applications for the BSN program", "bsn"),
        ("Verified RN licenses and CPR certifications for new hires", "cpr"),
        ("Medical Assistant to Dr. Patel, MD, PhD, in a cardiology practice", "doctorate"),
    ],
)
def test_a_credential_named_as_other_peoples_is_not_held(text: str, term_id: str) -> None:
    found = {m.status for m in find_terms(f"Professional Experience\n{text}\n")[1] if m.term_id == term_id}
    assert found == {"other_person"}


def test_verified_insurance_is_not_a_credential_someone_else_holds() -> None:
    found = {m.status for m in find_terms("Verified insurance eligibility; BLS certified")[1] if m.term_id == "bls"}
    assert found == {"affirmed"}


def test_one_degree_read_as_several_terms_shares_a_status() -> None:
    text = "Education\nCoursework toward Associate Degree in Nursing, Sinclair Community College\n"
    found = {m.term_id: m.status for m in find_terms(text)[1]}
    assert {found[t] for t in ("adn", "associate-degree", "nursing-degree")} == {"in_progress"}


def test_eligible_for_rehire_leaves_the_licence_held() -> None:
    text = "Professional Experience\nRegistered Nurse - Mercy Hospital (eligible for rehire)\n"
    found = {m.status for m in find_terms(text)[1] if m.term_id == "registered-nurse"}
    assert found == {"affirmed"}


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # the probe leftovers (tests/test_probe_leftovers.py): a status far after a credential
        ("Certifications\nCPR/AED - American Red Cross, Boston chapter (expired 2018)\n", "cpr", "expired"),
        ("Certifications\nBLS (AHA) current, ACLS - expired 2019\n", "bls", "affirmed"),
        ("Certifications\nCCRP - studying for the SOCRA exam\n", "ccrp", "in_progress"),
        ("Certifications\nPALS - scheduled for renewal 2027\n", "pals", "affirmed"),
        ("Education\nLPN-to-RN bridge, expected 2027\n", "registered-nurse", "in_progress"),
        ("Education\nMSN, Family Nurse Practitioner track\n", "nurse-practitioner", "in_progress"),
        # a unit a patient comes from or is taken to, a department one works with
        ("Admitted patients from the PACU and ICU", "critical-care", "other_person"),
        ("Transported patients to the ED for imaging", "emergency-department", "other_person"),
        ("Partnered with case management on discharges", "case-management", "other_person"),
        ("Partnered with physicians to improve wound care", "wound-care", "affirmed"),
    ],
)
def test_a_cue_of_the_probe_leftovers(text: str, term_id: str, status: str) -> None:
    found = {m.term_id: m.status for m in find_terms(text)[1]}
    assert found.get(term_id) == status
