"""Issue #18, fifteenth session: plans, wishes, disclaimers and lapses as cue classes.

Each class (``families`` in ``data/assertion.json``, ``match/assertion_families.py``) is tested
with wordings the rules do not spell out one by one, and with the held lines beside them that a
class must leave held ("Certified, not expired"). A list under a heading that plans ("In
Progress", "Goals", "Future Training") is read in ``match/section_reading.py``.
"""

from __future__ import annotations

import pytest
from conftest import held

from resumematch.errors import VocabError
from resumematch.match.assertion import AssertionRules, default_rules


def _certs(line: str) -> str:
    return f"Summary\nPatient care technician.\nExperience\nPatient Care Tech 2019 - 2024\nCertifications\n{line}\n"


def _skills(line: str) -> str:
    return f"Summary\nMedical assistant.\nExperience\nMedical Assistant 2019 - 2024\nSkills\n{line}\n"


@pytest.mark.parametrize(
    ("text", "term_id", "is_held"),
    [
        # a plan after the term, in its own list item
        (_certs("ACLS - planning to renew in March"), "acls", False),
        (_certs("PALS (intend to complete this fall)"), "pals", False),
        (_certs("CCRC - will take the exam in 2027"), "ccrc", False),
        (_certs("BLS, not yet started"), "bls", False),
        (_certs("ACLS (planned)"), "acls", False),
        # a plan or a wish before the term
        (_skills("Would like to learn phlebotomy"), "phlebotomy", False),
        (_skills("Eager to train in phlebotomy"), "phlebotomy", False),
        (_certs("Registered for the spring ACLS course"), "acls", False),
        (_certs("Signed up for PALS in May"), "pals", False),
        # a disclaimer after the term
        (_skills("Phlebotomy - no hands-on experience"), "phlebotomy", False),
        (_skills("Phlebotomy (no practical experience)"), "phlebotomy", False),
        (_skills("Phlebotomy (observation only)"), "phlebotomy", False),
        (_skills("Phlebotomy - simulation only"), "phlebotomy", False),
        (_skills("Phlebotomy (shadowed)"), "phlebotomy", False),
        (_certs("CCRC - not yet certified"), "ccrc", False),
        (_certs("ACLS, never completed"), "acls", False),
        # an exposure, not a practice
        (_skills("Introduced to phlebotomy during orientation"), "phlebotomy", False),
        (_skills("Sat in on phlebotomy draws at the lab"), "phlebotomy", False),
        # a lead-in that scopes the list after it
        (_certs("BLS (AHA), 2024\nIn progress: ACLS, PALS"), "pals", False),
        (_certs("BLS (AHA), 2024\nGoals: ACLS, PALS"), "acls", False),
        (_certs("BLS (AHA), 2024\nIn progress: ACLS, PALS"), "bls", True),
        # the held counter-lines: a lapse denied, a skill done
        (_certs("BLS - certified, not expired"), "bls", True),
        (_certs("ACLS - current, never lapsed"), "acls", True),
        (_certs("PALS, no lapse in certification since 2015"), "pals", True),
        (_certs("ACLS - renewed without a lapse, 2024"), "acls", True),
        (_certs("PALS (current, will renew before June)"), "pals", True),
        (_skills("Phlebotomy (hands-on, 2,000+ draws)"), "phlebotomy", True),
        (_skills("Phlebotomy - 40 draws a shift, trained new staff"), "phlebotomy", True),
        (_skills("Phlebotomy, starting IVs, EKGs"), "phlebotomy", True),
        (_skills("Medical terminology (coursework)"), "medical-terminology", True),
        (_skills("Epic (read-only chart review)"), "epic", True),
        (_skills("Observed strict patient confidentiality"), "patient-confidentiality", True),
    ],
)
def test_cue_classes(text: str, term_id: str, is_held: bool) -> None:
    assert held(text, term_id) is is_held


@pytest.mark.parametrize(
    ("heading", "is_held"),
    [
        ("In Progress", False),
        ("Certifications in progress", False),
        ("Future Training", False),
        ("Goals", False),
        ("Certifications (pending)", False),
        ("Certifications", True),
        ("Licenses and Certifications", True),
    ],
)
def test_a_heading_that_plans_scopes_its_list(heading: str, is_held: bool) -> None:
    text = f"Summary\nEMT.\nExperience\nEMT 2019 - 2024\n{heading}\nACLS\nPALS\nEducation\nAAS, 2018\n"
    assert held(text, "acls") is is_held
    assert held(text, "pals") is is_held


def test_a_card_on_a_heading_line_is_not_a_plan_heading() -> None:
    text = "Summary\nEMT.\nExperience\nEMT 2019 - 2024\nCertifications\nBLS - AHA, 2024\nPALS\n"
    assert held(text, "bls") and held(text, "pals")


def test_families_expand_into_rules_and_pseudo() -> None:
    rules = AssertionRules.from_dict(
        {
            "rules": [{"literal": "x only", "status": "negated", "direction": "backward", "max_scope": 1}],
            "families": [
                {"words": ["x", "y"], "forms": ["{} only"], "rule": {"status": "hedged", "direction": "backward"}},
                {"words": ["expired"], "forms": ["not {}"], "pseudo": True},
            ],
        }
    )
    by_literal = {rule.literal: rule for rule in rules.rules}
    assert by_literal["x only"].status == "negated"  # a literal written by hand keeps its own rule
    assert by_literal["y only"].status == "hedged"
    assert rules.pseudo == ("not expired",)
    assert AssertionRules.from_dict(rules.to_dict()) == rules


@pytest.mark.parametrize(
    ("family", "message"),
    [
        ({"words": ["x"], "forms": ["{} only"], "rule": {"status": "hedged"}, "colour": 1}, "unknown key(s) colour"),
        ({"words": [], "forms": ["{} only"], "rule": {"status": "hedged"}}, "'words'"),
        ({"words": ["x"], "forms": ["only"], "rule": {"status": "hedged"}}, "'forms'"),
        ({"words": ["x"], "forms": ["{}"], "rule": {"literal": "x", "status": "hedged"}}, "'rule'"),
        ({"words": ["x"], "forms": ["{}"], "pseudo": True, "rule": {"status": "hedged"}}, "no 'rule'"),
    ],
)
def test_a_bad_family_is_named(family: dict[str, object], message: str) -> None:
    with pytest.raises(VocabError, match="family #1") as caught:
        AssertionRules.from_dict({"rules": [], "families": [family]})
    assert message in str(caught.value)


def test_the_packaged_families_write_each_literal_once() -> None:
    literals = [rule.literal.lower() for rule in default_rules().rules]
    assert "phlebotomy" not in literals
    assert len(literals) == len(set(literals)) or len(literals) - len(set(literals)) == _hand_duplicates()


def _hand_duplicates() -> int:
    """Literals the hand-written rules list twice (the families add none)."""
    import json
    from importlib import resources

    raw = json.loads(resources.files("resumematch.data").joinpath("assertion.json").read_text("utf-8"))
    hand = [str(rule["literal"]).lower() for rule in raw["rules"]]
    return len(hand) - len(set(hand))
