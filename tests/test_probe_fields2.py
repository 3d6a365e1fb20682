"""Boundaries of the rules fixed on the 'fields2' probe set (issue #18), on lines none of its resumes holds.

The probe set (``benchmarks/data/probe/fields2``: twelve resumes from fields outside
healthcare) found clinical terms credited from words other fields use for other things:

* a certificate's audience is not a specialty: "Pediatric First Aid", "Infant CPR" are the
  first aid and CPR cards, not pediatrics (vocabulary aliases, the longer phrase wins);
* an A&P mechanic's "Powerplant" is not a misspelt "PowerPoint": a near-miss that swaps
  one English word of a compound for another is another compound (``match/fuzzy.py``);
* IT "ticket triage" is not patient triage; another person's plan or care ("the school
  nurse's care plans", "the physician's wound care orders") is not the candidate's;
  what a salesperson sold ("Sold wound care dressings") is goods, not work; a field named
  as the move one hopes to make ("looking to move into clinical research") is not held yet;
  "(exposure at a prior employer)" hedges the tool before it, as "(exposure)" does
  (``data/assertion.json``); so is a daycare's "toileting, feeding and nap time" and a
  cell culture's "sterile technique".

And general terms were missed in these fields' own words: "Lead a crew / the night shift",
"Hands-on leader", "Detail oriented and organized", "record keeper", "hire and train
associates", "hiring for production roles", "EEO compliance" (vocabulary).

Each class has lines that must still credit the term beside it.
Counts: benchmarks/README.md, "Probe set, fields2".
"""

from __future__ import annotations

import pytest
from conftest import held as _held

from resumematch.english import known_words
from resumematch.match.fuzzy import _other_compound


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # the card is held; the specialty is held where it is one
        ("Pediatric First Aid/CPR/AED, American Red Cross, exp. 2027", "first-aid"),
        ("Pediatric CPR and First Aid certified", "cpr"),
        ("Infant and Child CPR, current", "cpr"),
        ("Staff RN, pediatric unit; PALS and BLS current.", "pediatrics"),
        ("Pediatric nurse with five years in outpatient clinics.", "pediatrics"),
        # a misspelling is still read
        ("Skills: Phlebotamy, vital signs, EKG", "phlebotomy"),
        ("Proficient in Powerpiont and Excel.", "ms-powerpoint"),
        # triage of patients
        ("Phone triage of patient calls for a busy pediatric office.", "triage"),
        ("Performed ESI triage of walk-in patients in the emergency department.", "triage"),
        # the candidate's own care plans and wound care
        ("Wrote individualized care plans for 20 residents.", "care-planning"),
        ("Provided wound care per the physician's orders on a med-surg unit.", "wound-care"),
        ("Developed the nursing care plans for each new admission.", "care-planning"),
        # the candidate's own work beside a sale
        ("Sold the practice's services to local employers and performed phlebotomy at health fairs.", "phlebotomy"),
        ("Managed medical supplies inventory for a 30-bed unit.", "inventory-management"),
        # a field worked in, not hoped for
        ("Five years in clinical research coordinating oncology trials.", "clinical-research"),
        ("Transitioned the clinic to telehealth visits during 2020.", "telehealth"),
        # a tool used
        ("Cerner PowerChart (daily charting, 4 years)", "cerner"),
        # a public-health line, a research line
        (
            "Educated the public on herd immunity and gave flu vaccines in primary care clinics.",
            "medication-administration",
        ),
        ("Ran the guinea pig colony's records and assisted with venipuncture on study patients.", "phlebotomy"),
        # a clinician's own line beside a marketing or legal word elsewhere
        ("Pediatric nurse; managed the unit social media page.", "pediatrics"),
        ("Scheduled patient appointments; worked with law offices on subpoenas for records.", "appointment-scheduling"),
        ("Staff nurse in the ER for three years.", "emergency-department"),
        # a flight nurse's aircraft are no building wing; a rat poison is no rat
        ("Flight nurse: provided critical care aboard rotor-wing aircraft.", "critical-care"),
        ("Flight paramedic on fixed wing and rotor wing critical care transports.", "critical-care"),
        ("Drew blood from patients for a rat poison exposure study.", "phlebotomy"),
        # care of residents; a lab's own infection control
        ("Assisted residents with bathing, toileting and feeding.", "adl-assistance"),
        ("Skills: PCR, cell culture, phlebotomy, aseptic technique", "infection-control"),
        # general terms other fields write their own way (vocabulary)
        ("Led a crew of eight carpenters on residential builds.", "leadership"),
        ("Lead the overnight shift of 14 stockers.", "leadership"),
        ("Hands-on leader who coaches from the floor.", "leadership"),
        ("Detail oriented and organized with month-end deadlines.", "organizational-skills"),
        ("Detail-oriented, organized and calm.", "organizational-skills"),
        ("Meticulous record keeper for the county clerk's office.", "record-keeping"),
        ("Interviewed, hired and coached 20 associates a year.", "staff-hiring"),
        ("Recruiting for 30 open nursing positions across two hospitals.", "staff-hiring"),
        ("Kept the plant in compliance with EEOC and FMLA requirements.", "regulatory-compliance"),
        ("Scheduled new patient and follow-up appointments for four providers.", "appointment-scheduling"),
        ("Scheduled client appointments with the clinic's therapists.", "appointment-scheduling"),
    ],
)
def test_own_work_is_held(text: str, term_id: str) -> None:
    assert _held(text, term_id)


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # a card's audience
        ("Pediatric First Aid and CPR (American Red Cross), renewed 2025", "pediatrics"),
        ("Pediatric CPR certified; Food Handler card", "pediatrics"),
        # compounds of other English words
        ("FAA Airframe and Powerplant certificate", "ms-powerpoint"),
        ("Airframe & Powerplant mechanic, 12 years", "ms-office"),
        # IT triage
        ("Help desk triage and resolution of 40 tickets a day.", "triage"),
        ("Triage incoming support tickets and escalate outages.", "triage"),
        ("Incident triage and root-cause analysis for the payments platform.", "triage"),
        # someone else's plan or care
        ("Carried out the school nurse's care plans for diabetic students.", "care-planning"),
        ("Followed the therapist's care plan during after-school sessions.", "care-planning"),
        # goods sold
        ("Sold wound care products to clinics and long-term care facilities.", "wound-care"),
        ("Selling infection control supplies across a 4-state territory.", "infection-control"),
        # a move hoped for
        ("Biology graduate looking to move into clinical research.", "clinical-research"),
        ("Teacher transitioning into healthcare administration.", "healthcare-administration"),
        # a child's day at a daycare; a culture's sterility
        ("Helped toddlers with toileting and feeding before nap time.", "adl-assistance"),
        ("Feeding, toileting and naps for a room of 12 infants.", "adl-assistance"),
        ("Primary and mammalian cell culture (aseptic technique).", "infection-control"),
        # farm animals (the animal rule's words, completed)
        ("Managed a 400-acre dairy operation including herd health records.", "medical-records"),
        ("Gave vaccinations and drew blood samples from swine and poultry flocks.", "phlebotomy"),
        ("Wound care and hoof trimming for sheep and goats.", "wound-care"),
        # a client's field in marketing, market research; a law firm's or a guard's work
        ("Ran Facebook ad campaigns for a dermatology clinic and an oncology center.", "oncology"),
        ("Conducted market research on the home health and hospice industry.", "home-health"),
        ("Paralegal: requested medical records and drafted demand letters.", "medical-records"),
        ("Reviewed medical records and prepared chronologies for personal injury attorneys.", "chart-review"),
        ("Managed intake of new clients for a law firm.", "patient-intake"),
        ("Security officer: patrolled the ER and parking garage.", "emergency-department"),
        # laboratory animals; an aircraft's records
        ("Collected blood and tissue specimens from mice for PCR genotyping.", "specimen-collection"),
        ("Venipuncture on research mice and rats; maintained colony records.", "phlebotomy"),
        ("Inspected engines for airworthiness and documented findings in the logbooks.", "clinical-documentation"),
        # exposure only
        ("Epic (exposure during a summer internship)", "epic"),
        # near the new general wordings
        ("Worked on a night shift crew at the distribution center.", "leadership"),
        ("Detail oriented with vendor invoices.", "organizational-skills"),
        ("Planned and organized the annual fundraiser.", "organizational-skills"),
        ("Keep the classroom clean and organized.", "organizational-skills"),
        ("Score keeper for the county softball league.", "record-keeping"),
        ("Hired as a sales associate in 2015.", "staff-hiring"),
        ("Hiring for the holiday season was my first job.", "staff-hiring"),
        ("Network compliance scans and patching.", "regulatory-compliance"),
        ("Scheduled service appointments for customers at a Ford dealership.", "appointment-scheduling"),
        ("Booked sales appointments with prospects from inbound leads.", "appointment-scheduling"),
        ("Scheduled customer appointments for installation and repair.", "appointment-scheduling"),
    ],
)
def test_other_fields_words_are_not_held(text: str, term_id: str) -> None:
    assert not _held(text, term_id)


@pytest.mark.parametrize(
    ("query", "form", "other"),
    [
        ("powerplant", "powerpoint", True),
        ("powerpaint", "powerpoint", False),
        ("athenaheath", "athenahealth", False),
        ("troubleshooing", "troubleshooting", False),
        ("powerpoints", "powerpoint", False),
        ("chartting", "charting", False),
        ("powerpiont", "powerpoint", False),
        ("phlebotamy", "phlebotomy", False),
        ("recordkeping", "recordkeeping", False),
    ],
)
def test_a_swapped_word_of_a_compound_is_no_misspelling(query: str, form: str, other: bool) -> None:
    assert _other_compound(query, form, known_words()) is other
