"""Boundaries of the rules fixed on the 'fresh5' probe set (issue #18), on lines none of its resumes holds.

The probe set (``benchmarks/data/probe/fresh5``: nine healthcare kinds and three other fields)
found these wordings wrong: "the supervising physical therapist" read as supervising staff (a
present participle before a singular role is the candidate's supervisor, not a duty); patients
registered as "outpatients"; a skill followed by "observed/performed/administered/given/
provided by the/a" names someone else's work ("medication passes observed by the staff
nurse"); a variant that starts with a participle after a determiner, number or preposition
("care to 5-8 assigned patients", "all scheduled patients": an adjective, not the duty);
"patient demographics" read, charted or collected for a study, which is intake only when
updated, verified, entered or obtained; "guest service" on a hospitality resume; "patient
progress" reported or discussed; "diabetes care", "diabetes self-management training" and
coaching, teaching or managing a named chronic disease
("health coaching for diabetes and hypertension"); "open availability".
Near lines that must not credit the term sit beside them.
Counts: benchmarks/README.md, "Probe set, fresh5".
"""

from __future__ import annotations

import pytest
from conftest import held as _held


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Supervising 4 physical therapist assistants and two rehab aides.", "staff-supervision"),
        ("Supervised receptionist and billing clerk at a busy clinic.", "staff-supervision"),
        ("Overseeing PCTs and unit secretaries on nights.", "staff-supervision"),
        ("Directed medical receptionist and two schedulers.", "staff-supervision"),
        ("Registered outpatients for imaging and lab appointments.", "patient-intake"),
        ("Admitted inpatients from the ED to the unit.", "patient-intake"),
        ("Delivered warm guest service in a 200-room hotel.", "customer-service"),
        ("Handled guest complaints and comps at the front desk.", "customer-service"),
        ("Discussed patient progress with the supervising therapist weekly.", "treatment-monitoring"),
        ("Reported progress toward functional goals to the PT.", "treatment-monitoring"),
        ("Ran diabetes self-management training for newly diagnosed adults.", "chronic-disease-management"),
        ("Five years in diabetes care at a community clinic.", "chronic-disease-management"),
        ("Open availability, including weekends and holidays.", "flexibility"),
        ("Performed blood draws by the bedside and in the lab.", "phlebotomy"),
        ("Updated patient demographics and insurance at check-in.", "patient-intake"),
        ("Verified demographics and insurance cards for walk-ins.", "patient-intake"),
        ("Entered patient demographic information into Meditech.", "patient-intake"),
        ("Administered medications by the book, with no errors in 3 years.", "medication-administration"),
        ("Assigned patients to the float nurses each morning.", "staff-assignments"),
        ("Scheduled patients for colonoscopies and follow-ups.", "appointment-scheduling"),
        ("Verified insurance before every visit.", "insurance-verification"),
        ("Health coaching for diabetes and hypertension in the home.", "chronic-disease-management"),
        ("Educated clients on asthma triggers and inhaler use.", "chronic-disease-management"),
        ("Managed diabetic patients on insulin pumps.", "chronic-disease-management"),
        ("Explained the consent process and witnessed informed consents.", "informed-consent"),
    ],
)
def test_fresh5_class_is_credited(text: str, term_id: str) -> None:
    assert _held(text, term_id), text


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Report to the supervising physical therapist after each visit.", "staff-supervision"),
        ("Reviewed cases with the supervising physician daily.", "staff-supervision"),
        ("Managing editor of the student newspaper.", "staff-supervision"),
        ("Worked under the directing clinician on research visits.", "staff-supervision"),
        ("Registered new customers for the loyalty program.", "patient-intake"),
        ("Tracked progress toward quarterly sales goals.", "treatment-monitoring"),
        ("Guest lecturer on hospital finance, 2019.", "customer-service"),
        ("Provided total care to 5-8 assigned patients per shift.", "staff-assignments"),
        ("Managed a diabetes drug portfolio for a pharmaceutical company.", "chronic-disease-management"),
        ("Wrote an API that reads patient demographics from partner EHRs.", "patient-intake"),
        ("Built Tableau dashboards of patient demographics for leadership.", "patient-intake"),
        ("Collected demographics from study participants at baseline.", "patient-intake"),
        ("Sold diabetes testing supplies to independent pharmacies.", "chronic-disease-management"),
        ("Taught COPD breathing exercises in pulmonary rehab.", "chronic-disease-management"),
        ("Escorted residents to lunch; medication passes observed by the charge nurse.", "medication-administration"),
        ("Morning blood draws performed by the lab team.", "phlebotomy"),
        ("Wound care performed by a certified wound nurse.", "wound-care"),
        ("Rounded hourly on all assigned patients.", "staff-assignments"),
        ("Roomed and took vitals for all scheduled patients.", "appointment-scheduling"),
        ("Checked in newly scheduled patients at the front desk.", "appointment-scheduling"),
    ],
)
def test_fresh5_near_line_is_not_credited(text: str, term_id: str) -> None:
    assert not _held(text, term_id), text
