"""Specialties, licences, degrees and work done in the forms unseen resumes write them (issue #18, fifteenth session).

A cardiac programme is cardiology ("cardiac rehab"), a licence is named by its exam or its board
("NCLEX-PN", "Vocational Nurse License"), a secondary diploma by its long form or the school's
line ("General Education Diploma", "Lincoln High School, Graduated 2009"), a degree with its field
in brackets ("Bachelor of Science (Nursing)"), and the hands-on care of an allied clinician by its
verb ("Treated 12-14 patients daily"). The near lines name the same words for something else and
must not credit the term. Every line runs through ``find_terms``.
"""

from __future__ import annotations

import pytest
from conftest import held as _held
from conftest import in_experience

LINES: list[tuple[str, str, bool]] = [
    # a cardiac unit or programme is cardiology too
    ("Exercise physiologist in cardiac rehab", "cardiology", True),
    ("Exercise physiologist in cardiac rehab", "rehabilitation", True),
    ("L&D nurse: epidural management and fetal heart monitoring", "cardiology", False),
    # a setting named by its facility: a field RN of an agency
    ("Field RN for a home health and hospice agency", "home-health", True),
    ("Transport patients between hospitals, SNFs, dialysis centers and home", "outpatient-care", False),
    # licences written with their exam or board
    ("NCLEX-PN passed 2017", "licensed-practical-nurse", True),
    ("Vocational Nurse License, California BVNPT", "licensed-practical-nurse", True),
    # a secondary diploma in its long form, or the school's line with its diploma after the name
    ("General Education Diploma, 2009", "high-school-diploma", True),
    ("Lincoln High School, Graduated 2009", "high-school-diploma", True),
    ("Diploma \u2014 Lincoln High School", "high-school-diploma", True),
    ("Taught algebra at Lincoln High School, 2009-2014", "high-school-diploma", False),
    # degrees: a field in brackets, business and health administration abbreviations
    ("Bachelor of Science (Nursing), 2010", "bsn", True),
    ("BSBA, Marketing, University of Houston", "bachelors-degree", True),
    ("MSHA : Health Administration, 2015", "masters-degree", True),
    ("Trained crews on MSHA rules", "masters-degree", False),
    ("Bachelor of Science (Biology), 2010", "bsn", False),
    # vocational training named by the occupation and its programme
    ("Surgical Technologist Diploma, Concorde Career College", "vocational-training", True),
    ("Dental Assisting Diploma", "vocational-training", True),
    ("Health Unit Coordinator Certificate", "vocational-training", True),
    # an allied clinician's hands-on care
    ("Treated 12-14 patients daily under PT supervision", "patient-care", True),
    ("Provided treatment to 12-15 patients per day", "patient-care", True),
    ("Delivered respiratory therapy to ICU patients", "patient-care", True),
    ("Carried a caseload of orthopedic and post-surgical patients", "patient-care", True),
    ("Front desk for a dermatology practice seeing 120+ patients a day", "patient-care", False),
    # a practice named "<Specialty> Associates of <place>" is an employer, not an associate degree
    ("LPN, Pediatric Associates of Dallas", "associate-degree", False),
    ("Billing Specialist - Cardiology Associates of Houston", "associate-degree", False),
    ("Associates of Applied Science, Nursing", "associate-degree", True),
    # the vendors themselves managed, audited or qualified
    ("Audit suppliers and approve corrective actions", "vendor-management", True),
    ("Manage panel-shop vendors and integrators", "vendor-management", True),
    ("Paid vendors and reconciled invoices", "vendor-management", False),
    # budget work named by its adjective, compliance work by its programme
    ("Operated within budgetary guidelines for three clinics", "budgeting", True),
    ("Led annual compliance training for 80 staff", "regulatory-compliance", True),
    ("Research billing compliance reviews for 40 studies", "regulatory-compliance", True),
    ("Improved hand hygiene compliance to 95%", "regulatory-compliance", False),
]


@pytest.mark.parametrize(("line", "term_id", "held"), LINES)
def test_lines(line: str, term_id: str, held: bool) -> None:
    assert _held(in_experience(line), term_id) is held
