"""Unseen lines for the classes the hcbiz4 probe (healthcare-business resumes, issue #18) showed.

Each class was found on the probe resumes of `benchmarks/data/probe/hcbiz4` and fixed in the
data (people rules, vocabulary aliases and patterns) or in one rule of the matching; these lines
were written afterwards, in other words than the probe's, with near lines that must keep their
reading, so a rule that fits only the probe's sentence fails here.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD, OTHER = "affirmed", "other_person"


def _statuses(text: str, term_id: str) -> set[str]:
    return {m.status for m in find_terms(text)[1] if m.term_id == term_id}


def _resume(line: str, summary: str = "Office coordinator.") -> str:
    """A business resume around one experience line (the settings rule reads whole resumes)."""
    return f"Summary\n{summary}\nExperience\n{line}\nEducation\nBachelor of Arts : History , 2010"


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        # a list of places served is one reading: a place word inside one item does not make it worked
        ("Routed family calls to the PICU, Emergency Department and the cath lab.", "emergency-department"),
        ("Delivered mail and supplies to the ICU, Emergency Department, Labor & Delivery.", "emergency-department"),
        # a setting before a line of business: payroll, bed counts
        ("Audited hospice and home health agency payroll for premium.", "home-health"),
        ("Reported open ICU beds to the county twice a day.", "critical-care"),
    ],
)
def test_a_setting_served_on_a_business_resume(line: str, term_id: str) -> None:
    assert HELD not in _statuses(_resume(line), term_id)


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        ("Greeted and registered patients in the Emergency Department, ICU and PACU.", "emergency-department"),
        ("Emergency Department Registrar 2016 to 2019", "emergency-department"),
        ("Answered phones and scheduled visits for a home health agency.", "home-health"),
        (
            "Covered weekend registration in the ICU.",
            "critical-care",
        ),  # a unit before "waiting room" is not (test_left18b)
    ],
)
def test_a_setting_worked_on_a_business_resume(line: str, term_id: str) -> None:
    assert HELD in _statuses(_resume(line), term_id)


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # a participle before its noun describes it; the duty is not stated
        ("Experience\nVerified benefits for all scheduled procedures and imaging.", "appointment-scheduling", None),
        (
            "Experience\nCalled patients with scheduled surgeries to confirm arrival times.",
            "appointment-scheduling",
            None,
        ),
        ("Experience\nScheduled surgeries and imaging for two orthopedic surgeons.", "appointment-scheduling", HELD),
        # a duty's verb over a short list ending in appointments
        ("Experience\nScheduled lab draws, imaging and follow-up appointments.", "appointment-scheduling", HELD),
        ("Experience\nBooked MRIs and appointments for the spine clinic.", "appointment-scheduling", HELD),
        (
            "Experience\nScheduled pickup and delivery appointments with freight carriers.",
            "appointment-scheduling",
            None,
        ),
    ],
)
def test_a_duty_line_of_the_hcbiz4_probe(text: str, term_id: str, status: str | None) -> None:
    found = _statuses(text, term_id)
    if status is None:
        assert HELD not in found
    else:
        assert status in found


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # adjectives of one list are each a soft skill, the phrase beside the list pattern too
        ("Summary\nHighly organized, analytical and calm under deadlines.", "organizational-skills"),
        ("Summary\nHighly organized, analytical and calm under deadlines.", "analytical-skills"),
        # skills a business resume writes in its own words
        ("Skills\nVendor oversight and contract renewals", "vendor-management"),
        ("Experience\nRan vendor bids for linen and chemicals.", "vendor-management"),
        ("Experience\nCut food costs 9% through menu changes.", "financial-management"),
        ("Experience\nControlled labor costs with flexible staffing.", "financial-management"),
        ("Skills\nPublic speaking", "communication-skills"),
        ("Summary\nSkilled at building partnerships with schools and clinics.", "relationship-building"),
        ("Skills\nWarehouse and inventory operations", "inventory-management"),
        ("Summary\nPeople-focused leader with 10 years in operations.", "leadership"),
        # a database kept, alone or as the second object
        ("Experience\nKept the donor database up to date.", "database-management"),
        ("Experience\nMaintained call logs and the referral database.", "database-management"),
        # one person hired or supervised, written in the singular after 'each', 'one', 'a'
        ("Experience\nHired and trained each coordinator on the team.", "staff-hiring"),
        ("Experience\nSupervise one billing specialist and two clerks.", "staff-supervision"),
    ],
)
def test_a_skill_in_business_words(text: str, term_id: str) -> None:
    assert HELD in _statuses(text, term_id)


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Experience\nEntered patient data in the database.", "database-management"),
        ("Experience\nAssistant Coach/Recruiting Coordinator 2015 to 2018", "staff-hiring"),
        ("We are hiring a Clinical Coordinator to join our team.", "staff-hiring"),
        ("Experience\nWorked with the hiring manager on job postings.", "staff-hiring"),
        ("Experience\nReported to one billing supervisor.", "staff-supervision"),
        ("Experience\nReported to the team leader of the night shift.", "leadership"),
    ],
)
def test_a_near_line_in_business_words(text: str, term_id: str) -> None:
    assert HELD not in _statuses(text, term_id)


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # clinicians named as the subject do the duty, not the candidate
        (
            "Experience\nI handled logistics; the clinic's dietitians and nurses handled patient education.",
            "patient-education",
            OTHER,
        ),
        ("Experience\nRegistered patients before the physicians performed venipuncture.", "phlebotomy", OTHER),
        ("Experience\nWorked with nurses and handled patient education for new diabetics.", "patient-education", HELD),
        ("Experience\nProvided wound care alongside physicians and nurses.", "wound-care", HELD),
        # documents scanned into a record system are no charting
        ("Experience\nScanned outside documents into the EMR and indexed them.", "clinical-documentation", None),
        ("Experience\nDocumented in Epic after each visit.", "clinical-documentation", HELD),
        ("Experience\nCharted into the EMR for 20 residents.", "clinical-documentation", HELD),
    ],
)
def test_whose_duty(text: str, term_id: str, status: str | None) -> None:
    found = _statuses(text, term_id)
    if status is None:
        assert HELD not in found
    else:
        assert status in found
        if status == OTHER:
            assert HELD not in found


def test_subject_before_a_duty_pattern() -> None:
    """A duty pattern that ran on to the subject no longer cancels the subject's literal (test_left18c)."""
    assert HELD not in _statuses("Experience\nScheduled home visits where nurses provided wound care.", "wound-care")
