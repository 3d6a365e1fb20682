"""Unseen lines for issue #18's precision, negation and trap classes, fourteenth session.

Written as sweeps before any fix (benchmarks/README.md, "Classes left, fourteenth session
(precision)"): the other senses of ambiguous clinical words on resumes from other fields (a bank, a
law firm, a realtor, a library, IT, a trade), how resumes say a credential is not held (lapsed,
expired, inactive, an exam not taken or still pending, a programme in pursuit) and the same
credentials held, and credentials that name someone else (the staff whose cards one tracks, books or
renews). Each class has near lines on the other side that must keep their reading. None of these
lines is a probe's. Lines no rule reads yet are ``xfail`` with the reason, so the sweep's coverage
stays written down.
"""

from __future__ import annotations

import pytest
from conftest import held as _held
from conftest import open_case


# ---------------------------------------------------------------- negation: lapsed, expired, inactive
@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("ACLS (expired 03/2021)", "acls", False),
        ("ACLS - expired Jan 2020", "acls", False),
        ("BLS certification expired 2/2018", "bls", False),
        ("CNA license - inactive", "certified-nursing-assistant", False),
        ("LPN (inactive), Ohio", "licensed-practical-nurse", False),
        ("RN license, Florida - not current", "registered-nurse", False),
        ("Previously held CNA certification", "certified-nursing-assistant", False),
        ("Formerly a certified EMT (NREMT)", "emt", False),
        ("CPR/First Aid - expired", "cpr", False),
        ("CPR certified through 2019 (lapsed)", "cpr", False),
        ("ACLS, expired in 2021, not renewed", "acls", False),
        ("Certified Medical Assistant (CMA) - expired 12/20", "cma", False),
        ("BLS exp 06/2022", "bls", False),
        ("ACLS: expired", "acls", False),
        ("EMT-B certification lapsed 2015", "emt", False),
        ("RN license (lapsed, Texas)", "registered-nurse", False),
        ("LVN license - expired", "licensed-practical-nurse", False),
        ("Was an LPN in Ohio until 2010", "licensed-practical-nurse", False),
        ("PALS (renewal due, currently expired)", "pals", False),
        ("CPR - out of date", "cpr", False),
        ("ACLS no longer valid", "acls", False),
        ("CNA certification (not renewed)", "certified-nursing-assistant", False),
        ("My BLS lapsed during the pandemic", "bls", False),
        ("BLS - expires soon, renewal class booked; ACLS - expired", "acls", False),
        ("Staff Nurse, City Hospital, 2021 - present\nPALS, exp. 2019", "pals", False),
        ("BLS certification - renewing", "bls", False),
        ("CMA - renewal pending", "cma", False),
        open_case(
            "Was certified in ACLS until 2019", "acls", False, "'until' + a year read as an expiry only after a card"
        ),
        # near lines: current, renewed, valid through a later year
        ("BLS - current", "bls", True),
        ("ACLS (exp. 03/2028)", "acls", True),
        ("PALS, expires 2027", "pals", True),
        ("CNA license - active", "certified-nursing-assistant", True),
        ("RN license, Florida - active, renewed 2025", "registered-nurse", True),
        ("Certified Medical Assistant (CMA) - renewed 2024", "cma", True),
        ("ACLS, valid through 2027", "acls", True),
        ("EMT-B (NREMT), active", "emt", True),
        ("RN license #123456, exp. 2027", "registered-nurse", True),
        ("LPN, Ohio, 2012", "licensed-practical-nurse", True),
        ("BLS certification (renewed after it lapsed in 2020)", "bls", True),
        ("ACLS - reinstated 2023 after it expired in 2021", "acls", True),
        ("BLS - current, renewed 2024 after it lapsed in 2020", "bls", True),
    ],
)
def test_lapsed_and_held_credentials(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


# ------------------------------------------------ negation: a heading or lead-in over a lapsed list
@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("Certifications (expired): BLS, ACLS", "acls", False),
        ("Certifications (expired): BLS, ACLS, PALS", "pals", False),
        ("Certifications (lapsed): CNA, BLS", "certified-nursing-assistant", False),
        ("Expired certifications: PALS, NRP", "pals", False),
        ("Lapsed certifications: ACLS, PALS", "acls", False),
        ("Expired licenses: LPN (Ohio), RN (Kentucky)", "licensed-practical-nurse", False),
        ("Inactive licenses: RN (Texas)", "registered-nurse", False),
        ("Previous certifications: CNA, phlebotomy", "certified-nursing-assistant", False),
        ("Lapsed: BLS, ACLS", "acls", False),
        # near lines: a list whose heading says current, or a lapse written after one item only
        ("Certifications (current): BLS, ACLS", "acls", True),
        ("Active licenses: RN (Ohio), RN (Kentucky)", "registered-nurse", True),
        ("Certifications: BLS (current); ACLS (expired)", "bls", True),
        ("Certifications: BLS, ACLS (AHA, 2025)", "acls", True),
    ],
)
def test_lapsed_heading_lists(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


# ----------------------------------------------- negation: the exam not taken, pending, a programme in pursuit
@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("Phlebotomy certification course, exam not taken", "phlebotomy-certification", False),
        ("Certified Nursing Assistant - training completed, exam pending", "certified-nursing-assistant", False),
        ("CCMA training program, 2024 - did not take the exam", "ccma", False),
        ("EMT-Basic course completed, never sat for the exam", "emt", False),
        ("CCMA (pending exam)", "ccma", False),
        ("Eligible for the CCMA exam", "ccma", False),
        ("Sitting for the NCLEX-RN in June 2027", "registered-nurse", False),
        ("Will sit for the CMA exam in March", "cma", False),
        ("Preparing for the PMP exam", "pmp", False),
        ("Studying for the CCRP", "ccrp", False),
        ("Registered for the ACLS course next month", "acls", False),
        ("Scheduled to take the NCLEX-PN", "licensed-practical-nurse", False),
        ("NCLEX-RN candidate", "registered-nurse", False),
        ("Awaiting results for the NCLEX-RN", "registered-nurse", False),
        ("Expected to complete PMP in 2027", "pmp", False),
        ("In pursuit of a Master of Health Administration", "mha", False),
        ("Coursework toward a BSN", "bsn", False),
        ("MBA - incomplete", "masters-degree", False),
        ("Withdrew from the LPN program in 2016", "licensed-practical-nurse", False),
        ("Did not finish the ADN program", "adn", False),
        ("BSN, 2028", "bsn", False),
        ("BSN (expected)", "bsn", False),
        ("MSN candidate", "msn", False),
        ("Working towards my CCRC", "ccrc", False),
        ("PMP - to be completed 2027", "pmp", False),
        ("Pursuing a Bachelor of Science in Nursing", "bsn", False),
        ("Currently enrolled in an MPH program", "mph", False),
        ("BSN student, graduating 2028", "bsn", False),
        ("Associate degree in nursing (not completed)", "adn", False),
        ("Some college toward a bachelor's degree", "bachelors-degree", False),
        ("Completed 2 years toward BSN", "bsn", False),
        ("MHA, anticipated 2028", "mha", False),
        ("MSN in progress (expected May 2028)", "msn", False),
        ("Eligible for the CMA exam; Registered Nurse, registered for the ACLS course", "acls", False),
        # near lines: passed, earned, a nurse's own title beside "registered"
        ("Registered Nurse, registered for the ACLS course", "registered-nurse", True),
        ("CCMA (NHA) - exam passed 2022", "ccma", True),
        ("Certified Nursing Assistant, state exam passed 2019", "certified-nursing-assistant", True),
        ("BSN, 2019", "bsn", True),
        ("MSN, May 2021", "msn", True),
        ("Completed the BSN in 2018", "bsn", True),
        ("Master of Health Administration, 2016", "mha", True),
        ("MPH, Emory University, 2014", "mph", True),
        ("PMP, PMI, 2020", "pmp", True),
        ("CCRC (ACRP), certified since 2019", "ccrc", True),
    ],
)
def test_exams_and_programmes_not_finished(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


# ------------------------------------------------------------ others' credentials
@pytest.mark.parametrize(
    ("line", "term_id", "held"),
    [
        ("Supported RNs and LPNs on a 30-bed unit", "registered-nurse", False),
        ("Supported RNs and LPNs on a 30-bed unit", "licensed-practical-nurse", False),
        ("Scheduled BLS classes for staff", "bls", False),
        ("Tracked CNA certifications for 40 aides", "certified-nursing-assistant", False),
        ("Assisted the MA with rooming patients", "medical-assistant", False),
        ("Ordered by the NP, drew labs for follow-up", "nurse-practitioner", False),
        ("Coordinated ACLS renewals for the nursing staff", "acls", False),
        ("Managed PALS and ACLS renewals for 120 nurses", "pals", False),
        ("Monitored PALS and NRP expiration dates for 60 nurses", "pals", False),
        ("Sent reminders on BLS expirations to unit staff", "bls", False),
        ("Processed RN license verifications through Nursys", "registered-nurse", False),
        ("Booked CPR courses for 200 employees", "cpr", False),
        ("Booked ACLS and PALS classes for new hires", "acls", False),
        ("Booking BLS recertification classes for the float pool", "bls", False),
        ("Recruited LPNs and CNAs for three facilities", "licensed-practical-nurse", False),
        ("Recruited LPNs and CNAs for three facilities", "certified-nursing-assistant", False),
        ("Hired 12 RNs in six months", "registered-nurse", False),
        ("Onboarded new RNs and verified their licenses", "registered-nurse", False),
        ("Verified RN and LPN licenses for new hires", "registered-nurse", False),
        ("Reported to the Director of Nursing (RN)", "registered-nurse", False),
        ("Worked alongside NPs and PAs in a busy urgent care", "nurse-practitioner", False),
        ("Front desk for a practice of 3 NPs and 2 physicians", "nurse-practitioner", False),
        ("Paged the charge nurse and RN on call", "registered-nurse", False),
        ("Provided coverage for EMTs during shift change", "emt", False),
        ("Trained CNAs on Hoyer lift transfers", "certified-nursing-assistant", False),
        ("Scheduled MAs and front desk staff", "medical-assistant", False),
        ("Audited BSN-prepared nurses' charts", "bsn", False),
        ("Raised the share of BSN-prepared staff to 80%", "bsn", False),
        ("Paired new graduate RNs with preceptors", "registered-nurse", False),
        ("Handled payroll for 80 LPNs and RNs", "licensed-practical-nurse", False),
        ("Organized the annual BLS skills fair for 300 staff", "bls", False),
        open_case(
            "Maintained the ACLS tracking database for the hospital", "acls", False, "'database' is a term of its own"
        ),
        # near lines: the candidate's own credential beside the same words
        ("RN with 6 years of ICU experience", "registered-nurse", True),
        ("Licensed Practical Nurse (LPN) at a 120-bed SNF", "licensed-practical-nurse", True),
        ("BLS and ACLS certified", "acls", True),
        ("Certified Nursing Assistant (CNA), 2015-2018", "certified-nursing-assistant", True),
        ("Medical Assistant at a family practice", "medical-assistant", True),
        ("Family Nurse Practitioner (FNP-C)", "nurse-practitioner", True),
        ("As an RN, supervised LPNs and CNAs", "registered-nurse", True),
        ("Charge nurse (RN), supervised 8 CNAs", "registered-nurse", True),
        ("EMT with 3 years of 911 response", "emt", True),
        ("AHA BLS Instructor; taught BLS classes for staff", "bls", True),
        ("BSN-prepared RN with 5 years in med-surg", "registered-nurse", True),
        ("ACLS renewed 2024 (AHA)", "acls", True),
    ],
)
def test_credentials_of_other_people(line: str, term_id: str, held: bool) -> None:
    assert _held(line, term_id) is held


# ------------------------------------------------ ambiguity: a whole resume from another field
_VET = """Morgan Hale, RVT
Registered Veterinary Technician
Summary
Vet tech with 5 years in a busy small animal hospital: anesthesia, dentistry and emergency care.
Experience
Veterinary Technician, Lakeside Animal Hospital, 2020 - present
- Triage phone calls and walk-ins; take vital signs and report to the doctor
- Place IV catheters, draw blood and give injections and oral medications
- Monitor patients in the ICU after surgery and keep the medical records in Cornerstone
- Teach clients about post-op home care and wound care
- Keep the pharmacy and surgical inventory stocked; trained two new kennel assistants
Education
Associate of Applied Science, Veterinary Technology, 2019
"""

_HUMAN = """Jamie Ross
Patient Care Volunteer
Summary
Pre-nursing student; weekend volunteer at the county animal shelter.
Experience
Hospital Volunteer, Mercy Medical Center, 2022 - present
- Take vital signs and help with patient care on the medical floor
- Stock supplies and transport patients to imaging
Education
Associate of Science, 2024
"""

_BANK = """Jordan Lee
Compliance Analyst - commercial banking
Summary
Compliance analyst with six years in retail banking: BSA/AML, KYC and fair lending.
Experience
Compliance Analyst, First Federal Bank, 2019 - present
- Case management of SAR investigations in Actimize
- New account intake and document collection for commercial clients
- Schedule client appointments in Salesforce and refer clients to mortgage partners
- Reviewed new account documentation for completeness
Teller, Chase Bank, 2016 - 2019
- Cash handling and customer service
Education
B.S. Finance, Ohio State University, 2016
"""

_REALTOR = """Pat Green
Real Estate Agent
Summary
Realtor with 8 years in residential real estate.
Experience
Realtor, Keller Williams, 2016 - present
- Client intake, buyer consultations and scheduling of showings
- Coordinated home inspections and appraisals; case management of escrow files
- Maintained client confidentiality through closing
Education
B.A. Communications, 2014
"""

_SWITCH = """Avery Cole
Patient Access Representative
Summary
Seven years in retail banking, now two years in patient access at a community hospital.
Experience
Patient Access Representative, Mercy Hospital, 2023 - present
- Schedule patient appointments for imaging and refer patients to financial counseling
- Clinical documentation review for registration accuracy
Personal Banker, Chase, 2016 - 2023
- Opened accounts and handled customer service
Education
B.S. Finance, 2016
"""

_INTAKE = """Lee Park
Patient Access Representative
Summary
Patient access representative at a community hospital, formerly a bank teller.
Experience
Patient Access Representative, Mercy Hospital, 2019 - present
- Patient intake and registration in the emergency department
- Case management referrals for uninsured patients
Teller, Chase Bank, 2016 - 2019
- Cash handling and customer service
Education
B.S. Finance, 2016
"""


@pytest.mark.parametrize(
    ("text", "term_id", "held"),
    [
        (_VET, "triage", False),
        (_VET, "vital-signs", False),
        (_VET, "iv-therapy", False),
        (_VET, "phlebotomy", False),
        (_VET, "medication-administration", False),
        (_VET, "critical-care", False),
        (_VET, "medical-records", False),
        (_VET, "wound-care", False),
        (_VET, "patient-education", False),
        (_BANK, "case-management", False),
        (_BANK, "patient-intake", False),
        (_BANK, "appointment-scheduling", False),
        (_BANK, "referral-management", False),
        (_BANK, "clinical-documentation", False),
        (_REALTOR, "case-management", False),
        (_REALTOR, "patient-intake", False),
        (_REALTOR, "patient-confidentiality", False),
        # near lines: a veterinary resume's own transferable work; a human clinic's resume that names
        # animals or a bank only in passing keeps its clinical words
        (_VET, "associate-degree", True),
        (_VET, "staff-training", True),
        (_HUMAN, "vital-signs", True),
        (_HUMAN, "patient-care", True),
        (_INTAKE, "patient-intake", True),
        (_INTAKE, "emergency-department", True),
        (_SWITCH, "appointment-scheduling", True),
        (_SWITCH, "referral-management", True),
    ],
)
def test_resumes_from_other_fields(text: str, term_id: str, held: bool) -> None:
    assert _held(text, term_id) is held


_MA = """Jane Doe
Summary
Medical assistant with 5 years in family practice.
Experience
Medical Assistant, Family Clinic, 2019 - present
- Roomed patients, took vitals, gave injections
{cards}
Education
High School Diploma, 2014
"""


@pytest.mark.parametrize(
    ("cards", "term_id", "held"),
    [
        ("Expired Certifications\nPhlebotomy Technician (PBT)\nACLS", "acls", False),
        ("Expired Certifications\nPhlebotomy Technician (PBT)\nACLS", "phlebotomy-certification", False),
        ("Certifications (Expired)\nACLS\nPALS", "pals", False),
        ("CERTIFICATIONS (LAPSED)\nACLS, PALS", "acls", False),
        ("Lapsed Certifications:\nACLS\nPALS", "acls", False),
        ("Past Certifications\nACLS\nPALS", "pals", False),
        ("Inactive Licenses\nLPN, Ohio (2010-2014)", "licensed-practical-nurse", False),
        ("Certifications\nCCMA (NHA), 2019\nExpired Certifications\nACLS\nPALS", "acls", False),
        # near lines: a current list, and the current list beside a lapsed one
        ("Certifications\nCCMA (NHA), 2019\nACLS (AHA), 2025", "acls", True),
        ("Certifications\nCCMA (NHA), 2019\nExpired Certifications\nACLS\nPALS", "ccma", True),
        ("Licenses\nLPN, Ohio, active", "licensed-practical-nurse", True),
    ],
)
def test_a_lapsed_credentials_heading_on_its_own_line(cards: str, term_id: str, held: bool) -> None:
    assert _held(_MA.format(cards=cards), term_id) is held
