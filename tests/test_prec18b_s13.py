"""Unseen lines for issue #18's negation and trap classes left after the thirteenth session's first round.

The classes came from the negations and trap hits of fresh17 and fresh18 (in-sample from the
thirteenth session's second round), read as structures rather than wordings: a first-person
negation ("I don't", "I haven't", "I'm not"), a lapse written later on a credential's line, a
count of credits, courses or semesters short of a degree, a credential that is what the candidate
schedules or registers others for, an electrician's EMT conduit, a remodel's units, and units
named before other people's manager titles. Each class has near lines on the other side that must
keep their reading. None of these lines is a probe's.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD = "affirmed"


def _held(text: str, term_id: str) -> bool:
    return HELD in {m.status for m in find_terms(text)[1] if m.term_id == term_id}


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("I don't do phlebotomy; the lab team does.", "phlebotomy", False),
        ("Not a phlebotomist - I don't draw blood.", "phlebotomy", False),
        ("I haven't done wound care since school.", "wound-care", False),
        ("I do not start IVs or draw blood.", "iv-therapy", False),
        ("I'm not certified in ACLS.", "acls", False),
        # near lines: the same words that do not deny the skill
        ("I don't just take vitals, I also perform wound care.", "wound-care", True),
        ("I never miss a day of charting and I draw blood daily.", "phlebotomy", True),
        ("I never miss a day of charting and I draw blood daily.", "clinical-documentation", True),
        ("Performed phlebotomy and wound care daily.", "phlebotomy", True),
    ],
)
def test_first_person_negation(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("PALS - took it twice in 2019, lapsed", "pals", False),
        ("ACLS - did it once in 2019, lapsed", "acls", False),
        ("BLS (AHA), 2017 - let it lapse", "bls", False),
        ("ACLS - I let this one expire in 2022", "acls", False),
        ("LPN, Texas, 2012 - not active", "licensed-practical-nurse", False),
        ("Phlebotomy certification, NHA, earned 2015, no longer current", "phlebotomy-certification", False),
        # near lines: renewed after a lapse, valid through a later year
        ("BLS - current, renewed 2024 after it lapsed in 2020", "bls", True),
        ("ACLS - AHA - valid through 2027", "acls", True),
        ("BLS and ACLS (AHA) - current", "bls", True),
    ],
)
def test_lapse_later_on_the_line(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("Bachelor of Science, Health Sciences - NAU online, 60 of 120 credits", "bachelors-degree", False),
        ("Started the A.A.S. in Health Information Technology - 1 semester, stopped", "associate-degree", False),
        ("B.S. Nursing - 2 semesters completed, then left for work", "bsn", False),
        ("Associate of Science in Nursing - 30 credits toward the degree", "adn", False),
        ("Bachelor of Science in Biology, three semesters, transferred out", "bachelors-degree", False),
        ("MBA - 4 of 12 courses done", "masters-degree", False),
        # near lines: a finished degree that names its credits or semesters
        ("Bachelor of Science in Nursing, 2018 - 120 credits, GPA 3.6", "bsn", True),
        ("Associate of Applied Science, 2015; 64 credit hours", "associate-degree", True),
        ("Bachelor of Science in Nursing - completed in 8 semesters", "bsn", True),
    ],
)
def test_counts_short_of_a_degree(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("Schedule about 30 BLS, ACLS and PALS classes a month for the Training Center.", "acls", False),
        ("Tracked ACLS and PALS expirations for 120 nurses.", "pals", False),
        ("Arranged NRP renewals for the birthing center staff.", "nrp", False),
        # near lines: the candidate's own classes, and scheduling as the candidate's work
        ("Completed BLS and ACLS classes in 2023.", "acls", True),
        ("Coordinated care using Epic; BLS certified.", "bls", True),
        ("Scheduled patients and roomed them as a Certified Medical Assistant.", "cma", True),
        ("Scheduled appointments in Epic and verified insurance.", "insurance-verification", True),
    ],
)
def test_credentials_scheduled_for_others(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("Conduit bending (EMT, rigid, PVC), wire pulling", "emt", False),
        ("Ran EMT and IMC conduit on a clinic buildout", "emt", False),
        (
            "Lead crews on hospital remodels: an ICU expansion, two operating rooms and a cath lab.",
            "operating-room",
            False,
        ),
        ("Wired the labor and delivery remodel", "obstetrics", False),
        ("Work with the ICU, OR and pharmacy managers on new charges.", "critical-care", False),
        ("Met weekly with ICU and ED nurse managers.", "emergency-department", False),
        # near lines: the clinical sense
        ("EMT-Basic, NREMT, current", "emt", True),
        ("Provided patient care in the ICU and operating room.", "operating-room", True),
        ("Trained all supervisors on infection control.", "infection-control", True),
        ("Charge nurse in the ICU for 4 years; precepted new managers.", "critical-care", True),
    ],
)
def test_trades_and_others_units(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


def test_prior_experience_heading_ends_the_certifications_section() -> None:
    """ "Prior Experience" opens the jobs: the duty line under it is read as work, not as a card's line."""
    text = (
        "Certifications\n"
        "BLS (AHA) - current\n"
        "CNA (Ohio) - 2018, expired\n"
        "Prior Experience\n"
        "Certified Nursing Assistant - Lakeside Care Center - 2016 to 2018\n"
        "Turned and repositioned residents and reported skin changes to the nurse.\n"
    )
    assert not _held(text, "nurse")
    assert not _held(text, "certified-nursing-assistant")
