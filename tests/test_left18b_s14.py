"""Credentials, tools, education and business work in their own forms (issue #18, fourteenth session).

The misses left after duties on the thirteenth session's clean sets were credentials written in
their issuers' forms, tools by product name, programmes and certificates, and billing, quality and
reporting work in the writer's verbs. This file holds both sides of each class, written for the
sweep (not copied from a document): a form a recruiter credits to an existing term, and a near line
that must not credit it (most near lines are what an alias first read before it was taken out:
"STAT" read as Stata by the fuzzy matcher, a retailer's Kronos, an HR generalist's UKG, an EMT's
"run reports", a hotel's "night audit reports"). Vocabulary changes: docs/vocabulary.md, "Classes
left, fourteenth session (credentials, tools, education, business work)".
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD = "affirmed"


def _resume(line: str) -> str:
    """A short resume with ``line`` in its skills section (some rules read the whole resume)."""
    return (
        "Summary\nOperations coordinator.\nSkills\n"
        f"{line}\nExperience\nCoordinator, Acme, 2019 - 2023\nEducation\nBachelor of Arts : History , 2012"
    )


def _held_in_line(line: str, term_id: str) -> bool:
    text = _resume(line)
    start = text.index(line)
    end = start + len(line)
    return any(m.term_id == term_id and m.status == HELD and start <= m.start < end for m in find_terms(text)[1])


CREDITED: list[tuple[str, str]] = [
    # credentials in their issuers' forms
    ("CPC-A", "medical-coding"),
    ("CCS-P", "medical-coding"),
    ("Certified Coding Associate (CCA), AHIMA", "medical-coding"),
    ("Certified Risk Adjustment Coder", "medical-coding"),
    ("Certified Professional Biller", "medical-billing"),
    ("Certified Revenue Cycle Representative (CRCR)", "medical-billing"),
    ("Certified Cardiographic Technician (CCI)", "ekg-certification"),
    ("EKG Technician certificate, 2019", "ekg-certification"),
    ("Registered Nurse Aide, State of Georgia", "certified-nursing-assistant"),
    ("OSHA-10", "osha"),
    ("OSHA 30-hour card", "osha"),
    ("Certificate in Clinical Research, 2020", "clinical-research-certification"),
    ("HIPAA privacy and security training", "hipaa"),
    ("Joint Commission survey readiness", "joint-commission"),
    ("Hosted two FDA BIMO inspections", "fda-regulations"),
    ("Prepared IRB amendments and continuing reviews", "irb"),
    # tools by product name
    ("CorEMR", "ehr"),
    ("SimplePractice, TherapyNotes", "ehr"),
    ("Amazing Charts", "ehr"),
    ("NextGen EPM", "practice-management-software"),
    ("Nextech practice management", "practice-management-software"),
    ("Tebra (formerly Kareo)", "practice-management-software"),
    ("API Healthcare (ShiftSelect)", "scheduling-software"),
    ("athenaCommunicator", "athenahealth"),
    ("Answered a 6-line phone system", "voip"),
    ("Excel (pivot tables, VLOOKUP), Access", "ms-access"),
    ("pivot tables", "ms-excel"),
    ("iMedidata", "edc"),
    ("Florence eBinders", "ctms"),
    ("Zoom for Healthcare", "telehealth"),
    ("SPSS", "data-analysis"),
    # programmes, diplomas, certificates
    ("Diploma : Medical Assistant", "medical-assisting"),
    ("Pharmacy Technician Program, 2018", "vocational-training"),
    ("Dental Assisting Certificate", "vocational-training"),
    ("Associate Degree Nursing", "adn"),
    ("Bachelors in Nursing, 2021", "bsn"),
    ("MSN-Ed", "msn"),
    ("Associate of Occupational Studies, Medical Assisting", "associate-degree"),
    ("Master of Social Work", "masters-degree"),
    ("Nursing contact hours in wound care", "continuing-education"),
    # billing, quality and reporting work in the writer's verbs
    ("Posted insurance and patient payments", "medical-billing"),
    ("Worked clearinghouse rejections and edits", "medical-billing"),
    ("ERA/EOB posting", "medical-billing"),
    ("Claims scrubbing", "medical-billing"),
    ("UB-04 and CMS-1500 claims", "medical-billing"),
    ("Patient collections and payment plans", "medical-billing"),
    ("PQRS reporting", "quality-improvement"),
    ("MIPS reporting for three providers", "quality-improvement"),
    ("QA/QC", "quality-assurance"),
    ("Audit 25 coded encounters a month per coder", "quality-assurance"),
    ("Pulled weekly productivity reports from Epic", "data-analysis"),
    ("Run monthly reports on no-show rates", "data-analysis"),
    ("Built the denial dashboards in Power BI", "data-analysis"),
    ("Ad hoc reporting for the practice manager", "data-analysis"),
]

NOT_CREDITED: list[tuple[str, str]] = [
    ("Timed draws and STAT collections", "data-analysis"),  # the fuzzy matcher read "Stata"
    ("Labor scheduling (Kronos)", "scheduling-software"),  # timekeeping; the labels do not credit it
    ("HRIS: ADP Workforce Now, UKG Pro", "scheduling-software"),
    ("Wrote run reports in ESO", "data-analysis"),  # an EMT's patient care reports
    ("Run the night audit reports when the auditor is out", "data-analysis"),
    ("Run the night audit reports when the auditor is out", "quality-assurance"),
    ("Wrote incident reports after each fall", "data-analysis"),
    ("Audits of new hire files", "quality-assurance"),
    ("Supervise front desk, bell and PBX staff", "voip"),
    ("Health code compliance", "medical-coding"),
    ("Researched pricing codes for accuracy", "medical-coding"),
    ("Posted charges (late fees) for delinquent tenants", "medical-billing"),
    ("Tickets with the lab and revenue cycle teams", "medical-billing"),
    ("3D reconstructions (MIPs, MPRs)", "quality-improvement"),
    ("Kept the doctors' CME certificates current", "continuing-education"),
    ("Closed gaps in care for members", "quality-improvement"),
    ("Strong Excel and SQL skills", "database-management"),
    ("Mine Safety and Health Administration (MSHA) rules", "mha"),
    ("Certificate of Completion, Excel for Beginners", "vocational-training"),  # a course, not a trade
    ("Met quality metrics on every call", "quality-improvement"),
]


@pytest.mark.parametrize(("line", "term_id"), CREDITED)
def test_form_is_credited(line: str, term_id: str) -> None:
    assert _held_in_line(line, term_id)


@pytest.mark.parametrize(("line", "term_id"), NOT_CREDITED)
def test_near_line_is_not_credited(line: str, term_id: str) -> None:
    assert not _held_in_line(line, term_id)


def test_medical_assisting_counts_as_vocational_training() -> None:
    """A medical assisting or medical office programme is vocational training (every label set agrees)."""
    from resumematch import load_vocabulary

    vocab = load_vocabulary("clinical-coordinator")
    terms = {term.id: term for term in vocab.terms}
    assert "vocational-training" in terms["medical-assisting"].broader
    assert "vocational-training" in terms["medical-office-administration"].broader
