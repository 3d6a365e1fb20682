"""Unseen lines for the classes left after the tenth session's merges (issue #18, third round).

The classes came from the hcbiz4 probe and the in-sample sets: compliance named by a US
healthcare law or rule, readiness for a named regulator's inspection, tests a coordinator lists
one by one, emergency-management words read as planning or a setting, and a duty done by others
with the subject before its verb. They were fixed in the vocabulary, in ``data/assertion.json``
and in one condition of the assertion detector; these lines were written afterwards, in other
words than the probe's, with near lines on the other side that must keep their reading.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD = "affirmed"


def _statuses(text: str, term_id: str) -> set[str]:
    return {m.status for m in find_terms(text)[1] if m.term_id == term_id}


def _experience(line: str, summary: str = "Operations coordinator.") -> str:
    """A resume around one experience line (some rules read the whole resume)."""
    return f"Summary\n{summary}\nExperience\n{line}\nEducation\nBachelor of Arts : History , 2012"


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # a named US healthcare law or rule is regulatory compliance
        ("Taught new registrars the EMTALA screening rules and HIPAA basics.", "regulatory-compliance", True),
        ("Logged language access requests for Title VI and Section 504 compliance.", "regulatory-compliance", True),
        ("Checked physician lease terms against the Stark Law.", "regulatory-compliance", True),
        ("Flagged marketing gifts that raised Anti-Kickback Statute concerns.", "regulatory-compliance", True),
        ("Walked every clinic entrance for ADA compliance with facilities.", "regulatory-compliance", True),
        ("Trained sites on civil rights compliance for federal grants.", "regulatory-compliance", True),
        ("Sent good-faith estimates under the No Surprises Act.", "regulatory-compliance", True),
        ("Investigated breaches under the HITECH Act.", "hipaa", True),
        # near lines: the same words that name no law
        ("Wrote Section 504 plans with teachers and parents.", "regulatory-compliance", False),
        ("Led the Stark Street clinic move.", "regulatory-compliance", False),
        ("Checked compliance with the dress code at the front desk.", "regulatory-compliance", False),
        # readiness for a named regulator's inspection or survey
        ("Kept the pharmacy ready for TJC and state board inspections.", "regulatory-compliance", True),
        ("Keep the blood bank ready for AABB and FDA audits.", "regulatory-compliance", True),
        ("Kept every unit ready for survey year round.", "regulatory-compliance", True),
        ("Kept the dining room ready for health inspections.", "regulatory-compliance", False),
        ("Ready for the holiday rush and for weekend events.", "regulatory-compliance", False),
    ],
)
def test_named_laws_and_readiness(line: str, term_id: str, held: bool) -> None:
    assert (HELD in _statuses(_experience(line), term_id)) is held


@pytest.mark.parametrize(
    ("line", "held"),
    [
        # a scheduling verb over a list made only of named tests credits test coordination
        ("Book hearing tests, spirometry and chest x-rays for plant workers.", True),
        ("Scheduled baseline audiograms and PFTs for the noise program.", True),
        ("Arranged annual physicals, TB tests and vision screenings, and EKGs for drivers.", True),
        # near lines: pre-employment drug screens are onboarding; other testing is not clinical
        ("Coordinated drug screens and background checks for new hires.", False),
        ("Coordinated the testing of the new phone tree.", False),
        ("Scheduled interviews, orientation and badge photos.", False),
        ("Book annual physicals for the sales staff.", False),
    ],
)
def test_tests_listed_one_by_one(line: str, held: bool) -> None:
    assert (HELD in _statuses(_experience(line), "diagnostic-test-coordination")) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # a named emergency plan is no strategic planning; planning work still is
        ("Updated the hospital's emergency operations plans after each drill.", "strategic-planning", False),
        ("Led operations planning for a four-site imaging group.", "strategic-planning", True),
        ("Developed the five-year strategic plan with the board.", "strategic-planning", True),
        # a drill or exercise held with a unit names a partner, not a setting worked
        ("Ran an evacuation exercise with the ICU and the fire department.", "critical-care", False),
        ("Led quarterly drills with the Emergency Department and security.", "emergency-department", False),
        ("Registered patients in the Emergency Department on nights.", "emergency-department", True),
        ("Worked six years as an ICU unit secretary.", "critical-care", True),
    ],
)
def test_emergency_management_words(line: str, term_id: str, held: bool) -> None:
    summary = "Emergency management coordinator. Former paramedic."
    assert (HELD in _statuses(_experience(line, summary), term_id)) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # a duty done by the named clinicians, the subject before the verb
        ("Booked home visits where therapists provided wound care.", "wound-care", False),
        ("Scheduled clinic days where the nurses handled patient education.", "patient-education", False),
        # the candidate's own duty, the same verb
        ("Provided wound care to residents on two units.", "wound-care", True),
        ("Scheduled visits and provided wound care on weekends.", "wound-care", True),
    ],
)
def test_subject_before_the_verb(line: str, term_id: str, held: bool) -> None:
    assert (HELD in _statuses(_experience(line, "Home health scheduler and LPN."), term_id)) is held
