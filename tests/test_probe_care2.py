"""Unseen lines for the classes the care2 probe (care and clinical workers, issue #18) showed.

Each class was found on the twelve resumes of `benchmarks/data/probe/care2` (nurses, aides,
technicians, an educator, a career changer, a student) and fixed in the data (vocabulary
aliases and token patterns, assertion cues) or, for a degree written twice on its line, in
the degree grammar. These lines were written afterwards, in other words than the probe's,
with near lines that must keep their reading, so a rule that fits only the probe's sentence
fails here.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD = "affirmed"


def _statuses(text: str, term_id: str) -> set[str]:
    return {m.status for m in find_terms(text)[1] if m.term_id == term_id}


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        # post-op care named by its patients ("post-op" + what was operated on or watched)
        ("Post-op hip and knee patients on a 30-bed ortho floor.", "postoperative-care"),
        ("Cared for postop cardiac patients on telemetry.", "postoperative-care"),
        ("Post-op monitoring and pain control after spine fusions.", "postoperative-care"),
        # teaching as explain / show
        ("Explained the home glucose log to families.", "patient-education"),
        ("Explained warfarin diet rules to each patient at discharge.", "patient-education"),
        ("Showed parents how to use the nebulizer.", "patient-education"),
        # charting by its object or its place
        ("Noted skin changes in the patient's chart.", "clinical-documentation"),
        ("Wrote the fall details in the chart.", "clinical-documentation"),
        ("Documented wounds weekly with photos.", "clinical-documentation"),
        ("Chart refusals every shift.", "clinical-documentation"),
        ("Documented in Radiant after each exam.", "clinical-documentation"),
        # drawing labs with the lab named between
        ("Drew routine labs on the night shift.", "phlebotomy"),
        ("Drew trough labs for vancomycin dosing.", "phlebotomy"),
        # specimens named without a verb
        ("Sent stool samples to microbiology.", "specimen-collection"),
        ("Urine samples for the clinic lab, labelled and bagged.", "specimen-collection"),
        # personal care as an aide writes it
        ("Bed baths and linen changes for 10 patients.", "adl-assistance"),
        ("Personal care: showers, shaving, nail care.", "adl-assistance"),
        ("Personal care, light housekeeping and errands for two seniors.", "adl-assistance"),
        # working beside physicians
        ("Worked alongside surgeons in the OR.", "provider-coordination"),
        ("Work well with the hospitalist team.", "provider-coordination"),
        # bed mobility and feeding as aides write them
        ("Assisted residents with turning and repositioning every two hours.", "adl-assistance"),
        ("Turn and reposition q2h, skin checks.", "adl-assistance"),
        ("Fed dependent residents at meals.", "adl-assistance"),
        ("Transferred patients with a Hoyer lift.", "adl-assistance"),
        # teaching the staff directly
        ("Teach staff RNs and CNAs safe lifting.", "staff-training"),
        ("Taught new nurses the restraint policy.", "staff-training"),
        ("Experience\nTrained new staff at Ivy Tech Community College", "staff-training"),
    ],
)
def test_care_wording_is_found(line: str, term_id: str) -> None:
    assert HELD in _statuses(line, term_id)


@pytest.mark.parametrize(
    ("line", "term_id"),
    [
        # post-op visits, instructions and appointments are a scheduler's or a caller's work
        ("Scheduled post-op visits for the surgeons.", "postoperative-care"),
        ("Called patients with post-op instructions the next day.", "postoperative-care"),
        # explaining money, or explaining to staff, is not patient education
        ("Explained EOBs to patients over the phone.", "patient-education"),
        ("Explained payment options to patients at check-out.", "patient-education"),
        ("Comfortable reading remits and explaining them to patients.", "patient-education"),
        ("Explained the new workflow to staff.", "patient-education"),
        # a chart that is not a patient's
        ("Noted trends in the org chart.", "clinical-documentation"),
        ("Wrote the checks on the chart of accounts.", "clinical-documentation"),
        # drawing up a drug or a schedule
        ("Draw up insulin and heparin doses.", "phlebotomy"),
        ("Drew up the lab schedule for the week.", "phlebotomy"),
        # personal care as goods
        ("Stocked personal care products and cosmetics.", "adl-assistance"),
        # working beside non-physicians
        ("Worked alongside the front desk staff.", "provider-coordination"),
        # turning and positioning things, teaching students or patients
        ("Return tickets turned and positioned for the next shift.", "adl-assistance"),
        ("Taught nursing students in the skills lab.", "staff-training"),
        ("Teach patients and families about insulin.", "staff-training"),
        # a school's name after a training programme is not a duty
        ("Education\nNurse Aide Training Program 2020 Ivy Tech Community College", "staff-training"),
    ],
)
def test_near_lines_keep_their_reading(line: str, term_id: str) -> None:
    assert HELD not in _statuses(line, term_id)


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # a licensing exam still to sit
        ("Licensure\nNCLEX-RN - will sit in August 2027", "registered-nurse"),
        ("Licensure\nNCLEX-RN: will sit 07/2027", "registered-nurse"),
        ("Certifications\nCCMA: scheduled 05/2027", "ccma"),
        ("Certifications\nCCMA (NHA) - test scheduled for June", "ccma"),
        ("Certifications\nPhlebotomy certification (NHA) - in process", "phlebotomy-certification"),
        # a degree written twice on its line takes the status written after the second
        (
            "Education\nB.S. in Nursing - RN-to-BSN track, Western Governors University (currently enrolled)",
            "bsn",
        ),
        ("Education\nMaster of Science in Nursing - MSN Family Nurse Practitioner track, expected 2027", "msn"),
    ],
)
def test_credentials_not_yet_held(text: str, term_id: str) -> None:
    statuses = _statuses(text, term_id)
    assert statuses
    assert HELD not in statuses


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("As the only RN scheduled on nights, I ran the unit.", "registered-nurse"),
        ("Licensure\nPassed NCLEX-RN 2021", "registered-nurse"),
        ("Education\nBachelor of Science in Nursing (BSN), 2016, Ohio State University", "bsn"),
        ("Education\nBSN 2015 - MSN in progress", "bsn"),
        ("Education\nB.S. Biology 2012, B.S. Nursing expected 2027", "bachelors-degree"),
    ],
)
def test_held_credentials_stay_held(text: str, term_id: str) -> None:
    assert HELD in _statuses(text, term_id)
