"""Unseen lines for issue #18's negation and precision classes left after the twelfth session.

The classes came from the negations and trap hits of fresh15 and fresh16 (in-sample from the
thirteenth session): plans and unfinished programmes written without the usual cue words, an
expiry written after a card named for the people who hold it, other people's licences in lists
of openings, compounds and arrivals, language levels that are not fluency, and clinical words in
a trade's or a business's sense. The lines were written for the rules in other words than the
probes', each class with near lines on the other side that must keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from resumematch import find_terms

HELD = "affirmed"


def _held(text: str, term_id: str) -> bool:
    return HELD in {m.status for m in find_terms(text)[1] if m.term_id == term_id}


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # applied to, waitlisted, deferred, to start: not held yet
        ("Doctor of Pharmacy - applying for the 2027 admissions cycle", "doctorate", False),
        ("BSN program - waitlisted for spring 2026", "bsn", False),
        ("Associate Degree in Nursing - wait-listed at two colleges", "adn", False),
        ("MSN - deferred admission to 2027", "msn", False),
        ("Master of Public Health - application submitted for fall 2026", "mph", False),
        ("Bachelor of Science in Nursing - will start in August", "bsn", False),
        ("Will begin Associate Degree in Nursing coursework in January", "adn", False),
        ("Practical nursing diploma (ADN bridge), start spring 2027", "adn", False),
        ("Enrolling in a phlebotomy certification course this summer", "phlebotomy-certification", False),
        ("Completing prereqs for the BSN program at State University", "bsn", False),
        ("Taking prerequisites for the LPN-to-RN bridge (ADN) this year", "adn", False),
        ("NCLEX-RN - results pending", "registered-nurse", False),
        # not finished, withdrawn, dropped
        ("Associate Degree in Nursing - unfinished", "adn", False),
        ("Medical coding certificate program - completed 3 of 5 courses, not finished", "medical-coding", False),
        ("EMT-Basic course - withdrew after the first semester", "emt", False),
        ("Licensed Practical Nurse program (dropped out, 2019)", "licensed-practical-nurse", False),
        ("Withdrew from the ADN program in 2018 to care for family", "adn", False),
        # near lines: held degrees and cards, and the words in other senses
        ("Bachelor of Science in Nursing, 2018. Registered Nurse, active license.", "bsn", True),
        ("Associate of Applied Science in Nursing, 2016", "adn", True),
        ("BLS (AHA), current; CNA, active since 2016", "certified-nursing-assistant", True),
        ("Enrolled 40 patients in the diabetes study; BLS certified", "bls", True),
        ("Worked private duty nurse cases and EMT-Basic calls.", "home-health", True),
        ("Phlebotomy: drew blood from 30 patients a day; finished every draw on time.", "phlebotomy", True),
    ],
)
def test_plans_and_unfinished_programmes(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # the expiry is the card's, not the people's it is for
        ("IV certification for LPNs - expired 2019", "iv-therapy", False),
        ("Wound care certification for LPNs (WCC) - lapsed 2017", "wound-care", False),
        ("ACLS for RNs - expired 2018", "acls", False),
        ("CPR for Healthcare Providers (BLS) - lapsed", "cpr", False),
        ("CPR for Healthcare Providers (BLS) - lapsed", "bls", False),
        ("IV certification - expired 2020", "iv-therapy", False),
        # near lines: a current card for the same people, two cards side by side, a line break
        ("IV certification for LPNs - current through 2027", "iv-therapy", True),
        ("BLS for Healthcare Providers - expired 2016; ACLS - current", "acls", True),
        ("BLS (ACLS in progress)", "bls", True),
        (
            "NRP (Neonatal Resuscitation Program) · BLS\nCertified Pulmonary Function Technologist (CPFT) - lapsed",
            "bls",
            True,
        ),
    ],
)
def test_an_expiry_belongs_to_the_card(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


def test_the_people_a_card_is_for_stay_other_people() -> None:
    statuses = {m.term_id: m.status for m in find_terms("IV certification for LPNs - expired 2019")[1]}
    assert statuses == {"iv-therapy": "expired", "licensed-practical-nurse": "other_person"}


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # openings filled, a contact, an arrival, a colleague at the end of a list, someone "from the"
        ("Fill RN, LPN and allied openings for 30 client hospitals.", "registered-nurse", False),
        ("Sourced CNA and CMA vacancies for home care agencies.", "certified-nursing-assistant", False),
        ("Collect the adjuster and nurse case manager contact for every claim.", "nurse", False),
        ("Collect the adjuster and nurse case manager contact for every claim.", "case-management", False),
        ("Sit with the patient until the RN arrives.", "registered-nurse", False),
        ("Covered the front desk until the nurse practitioner arrived.", "nurse-practitioner", False),
        ("Ran the treadmill tests with the exercise physiologist and RN.", "registered-nurse", False),
        ("Charted meals with the dietitian and LPN on the unit.", "licensed-practical-nurse", False),
        ("A nurse from the county clinic gives flu shots at the center.", "nurse", False),
        ("Submit travel RNs (ICU, ED, Telemetry) to open orders within a day.", "critical-care", False),
        ("Submit travel RNs (ICU, ED, Telemetry) to open orders within a day.", "telemetry", False),
        # near lines: the candidate's own licence, units worked, and titles held
        ("Worked 3 years as an RN in the ICU.", "registered-nurse", True),
        ("Worked 3 years as an RN in the ICU.", "critical-care", True),
        ("Registered Nurse, ICU, 2019-2023", "registered-nurse", True),
        ("Licensed Practical Nurse (LPN), active; IV certified.", "licensed-practical-nurse", True),
        ("Travel Nurse (ICU), 13-week contracts in three states", "critical-care", True),
        ("Managed 40 RNs (ICU, PCU) on nights.", "critical-care", True),
    ],
)
def test_other_peoples_licences(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("Spanish - conversational, not fluent.", "spanish", False),
        ("Spanish (not fluent)", "spanish", False),
        ("Languages: Spanish: basic; Tagalog: native", "spanish", False),
        ("Limited Spanish", "spanish", False),
        ("Beginner Spanish; conversational French", "spanish", False),
        ("Spanish - elementary", "spanish", False),
        ("Spanish (limited proficiency)", "spanish", False),
        # near lines: fluency stated, and a hedge on the next language only
        ("Fluent in Spanish; basic French", "spanish", True),
        ("Bilingual English/Spanish", "spanish", True),
        ("Spanish - native speaker", "spanish", True),
        ("Spanish (professional working proficiency)", "spanish", True),
    ],
)
def test_language_levels(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # a trade's, a library's, a broker's and an event planner's sense; audits of one's own work
        (
            "Air balancing and pressure testing (ORs, isolation rooms, pharmacy clean rooms)",
            "pharmacy-compounding",
            False,
        ),
        ("Triage service calls with the dispatcher each morning.", "triage", False),
        ("Helped patrons sign up for the patient portal at the branch.", "patient-portal", False),
        ("Keep client files and transaction records for the broker's audit.", "medical-records", False),
        ("Kept my coding accuracy score above 97% on quarterly QA audits.", "quality-assurance", False),
        ("Ran cognitive-communication drills with rehab residents.", "communication-skills", False),
        ("Programmed augmentative communication devices for students.", "communication-skills", False),
        ("Handled continuing education credit paperwork for 300 attendees.", "continuing-education", False),
        # a step the patient went through before the candidate's own work
        ("I register patients at the bedside after triage so the nurses are not slowed down.", "triage", False),
        ("Follow up with patients by phone after ICU discharge.", "critical-care", False),
        # near lines: the clinical sense
        ("Performed phone triage after hours for the clinic.", "triage", True),
        ("Following infection control procedures on every shift.", "infection-control", True),
        ("Phone triage of patient calls using Schmitt-Thompson protocols.", "triage", True),
        ("Prepared sterile IV admixtures in the pharmacy clean room.", "pharmacy-compounding", True),
        ("Taught patients to use the patient portal.", "patient-portal", True),
        ("Maintain patient records and release of information requests.", "medical-records", True),
        ("Kept client files and transaction records for the broker's audit.", "record-keeping", True),
        ("Performed QA audits of lab results every shift.", "quality-assurance", True),
        ("Maintained 100% on-time medication administration on a 30-bed unit.", "medication-administration", True),
        ("Scored 95% on annual competency checks for phlebotomy.", "phlebotomy", True),
        ("Strong communication with patients and families.", "communication-skills", True),
        ("Earned 30 continuing education credits in 2023.", "continuing-education", True),
    ],
)
def test_clinical_words_in_another_sense(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


def _ahead(years: int) -> int:
    return dt.date.today().year + years


@pytest.mark.parametrize(
    ("text", "term_id", "held"),
    [
        # a year still to come on a qualification's line is a plan, whenever the resume was written
        (f"Education\nBachelor of Science in Nursing, University of Texas, May {_ahead(3)}", "bsn", False),
        (f"Certifications\nCertified Medical Assistant (CMA), {_ahead(1)}", "cma", False),
        # near lines: a past year, an expiry still to come, a number that is a name
        ("Education\nBachelor of Science in Nursing, University of Texas, May 2019", "bsn", True),
        (f"Certifications\nBLS (AHA), exp. {_ahead(2)}", "bls", True),
        ("Education\nBachelor of Science in Nursing, 2015 (Project 2061 scholar)", "bsn", True),
    ],
)
def test_a_future_date_is_a_plan(text: str, term_id: str, held: bool) -> None:
    assert _held(text, term_id) is held


def test_a_future_date_is_not_a_lived_date() -> None:
    """A planned degree's year does not make a card that ran to this year look lapsed."""
    this_year = dt.date.today().year
    text = (
        "Experience\nCNA, Sunrise Care, 2021 - 2024\nEducation\n"
        f"Bachelor of Science in Nursing, May {this_year + 3}\nCertifications\nACLS {this_year - 2}-{this_year}\n"
    )
    assert _held(text, "acls")
