"""Common words that name a clinical term only in clinical text ("documentation", "referrals",
"compliance", "intake", "operations management"): the vocabulary marks them ambiguous, and
their own line must hold a clinical context word."""

from __future__ import annotations

import pytest

from resumematch import default_vocabulary, find_terms


def held(text: str) -> set[str]:
    return {m.term_id for m in find_terms(text)[1] if m.status == "affirmed"}


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Maintained network documentation and LAN diagrams.", "clinical-documentation"),
        ("Reviewed legal documentation for loan files.", "clinical-documentation"),
        ("Skills: balance, book, database, Debit, documentation, email, Forms", "clinical-documentation"),
        ("Assisted with adequate nutrition and fluid intake.", "patient-intake"),
        ("Monitored food intake of the kitchen staff.", "patient-intake"),
        ("Generated new accounts from cold calls and referrals.", "referral-management"),
        ("Processed Employee Referral bonuses.", "referral-management"),
        ("Used referral and reference systems to attract new accounts.", "referral-management"),
        ("Ensured compliance with service level agreements.", "regulatory-compliance"),
        ("Highlights\nOperations management\nSalary structure analysis", "clinical-operations"),
        ("Helped Comcast customers with billing issues and disputes.", "medical-billing"),
        ("Assisted Comcast customers with billing inquiries and disputes.", "medical-billing"),
        ("Created file systems to match the specifications for UNIX servers.", "record-keeping"),
        ("Managed Okta (Identity and Access Management) for all web applications.", "ms-access"),
        ("Scanned all records into the database.", "database-management"),
        ("Supported workload management and scheduling system change control records.", "scheduling-software"),
        ("Confer with personnel, such as management, engineering, quality control, customer.", "quality-assurance"),
        ("Top of the sales team: measured by sales reports and strong performance reviews.", "performance-management"),
        ("Assist customers by providing information and resolving their complaints.", "patient-education"),
        ("Act as liaison to clients to resolve problems and provide information on services.", "patient-education"),
        ("Sourced talent from niche sites, association sites, resume databases, social media.", "database-management"),
    ],
)
def test_outside_clinical_text_a_common_word_is_no_clinical_term(text: str, term_id: str) -> None:
    assert term_id not in held(text)


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Improved EHR documentation and charting turnaround.", "clinical-documentation"),
        ("Completed patient documentation after each visit.", "clinical-documentation"),
        ("Obtained insurance benefits, referrals and doctor's authorizations.", "referral-management"),
        ("Assisted members with appointments, referrals and transfers.", "referral-management"),
        ("Maintained 100% compliance with all hospital and government regulations.", "regulatory-compliance"),
        ("Ensured compliance with state and federal law.", "regulatory-compliance"),
        ("Handled new patient intake and insurance verification.", "patient-intake"),
        ("Oversaw daily operations of a busy medical practice.", "clinical-operations"),
        ("Resolved billing issues with insurance payers.", "medical-billing"),
        ("Answered patient billing inquiries by phone.", "medical-billing"),
        ("Maintained the office filing system for patient charts.", "record-keeping"),
        ("Built reports in Microsoft Excel and Access.", "ms-access"),
        ("Developed and maintained databases, data forms, and progress reports.", "database-management"),
        ("Booked patient appointments in the clinic's scheduling system.", "scheduling-software"),
        ("Served on the team for quality control and improvement, and risk management.", "quality-assurance"),
        ("Ran daily quality control on the lab's chemistry analyzers.", "quality-assurance"),
        ("Writing and delivering performance reviews for interns.", "performance-management"),
        ("Conducted annual performance reviews for 12 staff.", "performance-management"),
        ("Providing information to patients and families about their medications.", "patient-education"),
        ("Utilized Access/SQL to query information from various databases.", "database-management"),
        ("Databases I designed still in use: OBStat, WARS and PreLoad.", "database-management"),
        ("Built ER diagrams for the billing database.", "database-management"),
    ],
)
def test_in_clinical_text_the_common_word_counts(text: str, term_id: str) -> None:
    assert term_id in held(text)


def test_an_inflected_form_of_an_ambiguous_word_needs_the_same_evidence() -> None:
    assert "referral-management" not in held("Grew sales through one referral program for accounts.")
    assert "referral-management" in held("Managed each specialist referral for patients.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field of study is held where it is studied: a degree, a major, coursework, a GPA
        ("B.S. in Biology, University of Florida, 2015", True),
        ("Major: Biology; Minor: Psychology", True),
        ("Coursework: Biology, Chemistry, Anatomy", True),
        ("Biology and Chemistry 1998, GPA 3.4, Dean's List", True),
        # elsewhere it names a place, a club or an employer
        ("Volunteer: Marine Biology Institute (beach cleanup)", False),
        ("Volunteer work\nHabitat for Humanity\nMarine Biology (environmental control)\nAmerican Red Cross", False),
        ("Receptionist, Evolutionary Biology Lab front desk, answered phones", False),
    ],
)
def test_a_field_of_study_counts_where_it_is_studied(text: str, expected: bool) -> None:
    assert ("biology" in held(text)) is expected


def test_a_care_title_held_names_its_care() -> None:
    found = {m.term_id for m in find_terms("Patient Care Technician, 2003 to 2008\nCompany Name")[1]}
    assert "patient-care-technician" in found
    assert "patient-care" in default_vocabulary().ancestors("patient-care-technician")
