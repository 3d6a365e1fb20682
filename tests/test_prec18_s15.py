"""Issue #18, fifteenth session: what a coordinator handles for others is not held.

Three classes, each a family of unseen lines written before the fix, both sides; lines no rule
reads yet are strict ``xfail`` with the reason. Clinical papers an office tracks, files, scans,
faxes and routes are not papers it writes (``match/handled.py``); training programmes named in
the plural are institutions, not the candidate's own training (``match/handled.py``); a licence
that opens someone else's two-word plural title names those people (``match/people.py``).
"""

from __future__ import annotations

import pytest
from conftest import held as _held
from conftest import in_experience, open_case

from resumematch import find_terms


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        # handled: a verb of moving paper governs it, or a date or a filing follows it
        ("Tracked unsigned plans of care and chased physician signatures.", "care-planning", False),
        ("Scheduled care plan meetings with families and the IDT.", "care-planning", False),
        ("Tracked plan of care due dates for 120 home health patients.", "care-planning", False),
        ("Monitored plan of care recertification dates in HCHB.", "care-planning", False),
        ("Logged incoming plans of care and routed them to the clinicians.", "care-planning", False),
        ("Distributed care plans to the aides each morning.", "care-planning", False),
        ("Printed care plans for the aides on each hall.", "care-planning", False),
        ("Filed signed plans of care in the patient chart.", "care-planning", False),
        ("Pulled progress notes and care plans for surveyors.", "clinical-documentation", False),
        ("Copied progress notes for records requests.", "clinical-documentation", False),
        ("Tracked unsigned consent forms before each procedure.", "informed-consent", False),
        ("Collected consent forms and insurance cards at check-in.", "informed-consent", False),
        ("Kept consent forms filed by date of service.", "informed-consent", False),
        ("Uploaded consent forms and ID cards into the practice system.", "informed-consent", False),
        ("Mailed consent forms to new patients before their first visit.", "informed-consent", False),
        open_case(
            "Kept consent forms on file for every procedure.",
            "informed-consent",
            False,
            "'keep' is a writer's verb as often ('kept progress notes current'), so it is in neither set",
        ),
        open_case(
            "Entered plans of care into HCHB for the nurses.",
            "care-planning",
            False,
            "'enter' is a nurse's charting verb as often as a clerk's, so it is in neither set",
        ),
        # written, carried out or taken part in: the candidate's own
        ("Wrote nursing care plans for 6 residents a shift.", "care-planning", True),
        ("Wrote care plans and tracked consent forms.", "care-planning", True),
        ("Wrote care plans and tracked consent forms.", "informed-consent", False),
        ("Developed individualized care plans with the interdisciplinary team.", "care-planning", True),
        ("Participate in quarterly care plan meetings with the interdisciplinary team.", "care-planning", True),
        ("Attended weekly care plan conferences and updated each resident's plan.", "care-planning", True),
        ("Updated plans of care after each home visit.", "care-planning", True),
        ("Document progress notes in Epic after every session.", "clinical-documentation", True),
        ("Completed progress notes and flowsheets each shift.", "clinical-documentation", True),
        ("Obtained consent forms signatures before procedures.", "informed-consent", True),
        ("Obtain informed consent and explain the procedure.", "informed-consent", True),
        ("Reviewed consent forms with patients before surgery.", "informed-consent", True),
        ("Care plans, progress notes, MDS assessments", "care-planning", True),
        # documentation and documents are papers too; a duty an office owns stays
        ("Scanned medical documents into the EHR and routed them to the provider.", "clinical-documentation", False),
        ("Uploaded patient documentation to the payer portal.", "clinical-documentation", False),
        ("Retrieved outside medical documents for the physicians.", "clinical-documentation", False),
        ("Completed documentation in Epic for every visit.", "clinical-documentation", True),
        ("Documentation in Cerner and Meditech", "clinical-documentation", True),
        ("Document patient care in the EMR per policy.", "clinical-documentation", True),
        ("Faxed discharge paperwork to nursing homes.", "discharge-paperwork", True),
        ("Maintained screening logs, medical documents and delegation logs.", "clinical-documentation", True),
    ],
)
def test_papers_handled_or_written(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


def test_a_posting_keeps_the_papers_it_asks_for() -> None:
    """A posting's papers are the job's: "track plans of care" in a scheduler's posting still
    names the care plans the job deals with, so the rule reads resumes only."""
    from resumematch import analyze

    profile = analyze("Care Coordinator\nRequirements\n- Track plans of care and consent forms for the nurses.")
    assert {"care-planning", "informed-consent"} <= {t for r in profile.requirements for t in r.term_ids}


def test_the_rule_reads_a_resume_line_in_its_section() -> None:
    _, mentions = find_terms(in_experience("Sorted and tracked plans of care every week."))
    statuses = {m.term_id: m.status for m in mentions}
    assert statuses.get("care-planning") == "other_person"


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("Hosted hiring events at nursing schools and LPN programs.", "vocational-training", False),
        ("Built externship partnerships with three medical assisting programs.", "medical-assisting", False),
        ("Advised students in the BSN and ADN programs.", "adn", False),
        ("Recruited new graduates from local CNA programs and community colleges.", "vocational-training", False),
        ("Completed the CNA program at Tri-County Adult Education, 2019.", "vocational-training", True),
        ("Medical Assisting Program, Everest College - Diploma, 2016", "medical-assisting", True),
        ("Associate Degree in Nursing (ADN), 2018", "adn", True),
        open_case(
            "Completed the phlebotomy and CNA programs at the county skills center.",
            "vocational-training",
            True,
            "one's own programmes written in the plural read as institutions; no such line on the labelled sets",
        ),
    ],
)
def test_programmes_named_as_institutions(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("Led a team of 14 RN care managers and 6 social workers.", "registered-nurse", False),
        ("Supervised LPN charge nurses on the night shift.", "licensed-practical-nurse", False),
        ("Scheduled home visits for the RN case managers.", "registered-nurse", False),
        ("Worked with RN care coordinators on discharge needs.", "registered-nurse", False),
        ("RN Case Manager, Mercy Health, 2019 to present", "registered-nurse", True),
        ("RN care manager for 120 high-risk members.", "registered-nurse", True),
        ("RN, BSN, case manager for a Medicaid health plan", "registered-nurse", True),
        ("Registered Nurse, CCM - Care Manager", "registered-nurse", True),
    ],
)
def test_a_licence_opening_others_plural_title(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held
