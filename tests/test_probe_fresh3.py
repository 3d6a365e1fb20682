"""Boundaries of the rules fixed on the 'fresh3' probe set (issue #18), on lines none of its resumes holds.

The probe set (``benchmarks/data/probe/fresh3``: ten resumes of the commonest healthcare roles)
found these wordings missed: annual "performance appraisals"; reading cardiac rhythms ("cardiac
rhythm interpretation", "interpret cardiac rhythms") as EKG skill; "checked in walk-in patients"
(check in + up to three modifiers + patients); "schedule flu and COVID vaccine appointments"
(one conjunction between the verb and "appointments"); "juggle several tasks at once";
"calm with upset callers"; the health information field's names (health information
technology/technician/specialist, RHIT, RHIA); "flexible with schedules"; "analyze outcomes";
"works well with RNs and the whole care team"; "make the weekly MA schedule"; "bathing,
dressing, feeding" ("dressing" inside a list, never its last word: "feeding and dressing
changes" is wound care); Excel beside REDCap/SAS/SPSS/Tableau. Near lines that must not credit
the term sit beside them.
Counts: benchmarks/README.md, "Probe set, fresh3".
"""

from __future__ import annotations

import pytest
from conftest import held as _held


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Completed annual performance appraisals for 14 front desk employees.", "performance-management"),
        ("Skilled in cardiac rhythm interpretation and 12-lead placement.", "ekg"),
        ("Interpreted heart rhythms and reported changes to the cardiologist.", "ekg"),
        ("Checked in same-day patients and scanned their insurance cards.", "patient-intake"),
        ("Check in all scheduled patients and collect copays.", "patient-intake"),
        ("Scheduled lab and imaging appointments for discharged patients.", "appointment-scheduling"),
        ("Booked new and follow-up appointments for four providers.", "appointment-scheduling"),
        ("Able to juggle many tasks at once in a busy clinic.", "multitasking"),
        ("Handles several priorities in a fast-paced office.", "multitasking"),
        ("Stays calm with angry patients and families.", "composure"),
        ("Associate of Applied Science: Health Information Technology", "healthcare-informatics"),
        ("Registered Health Information Administrator (RHIA), AHIMA", "healthcare-informatics"),
        ("RHIT, AHIMA, 2019", "healthcare-informatics"),
        ("Flexible with scheduling; available weekends and holidays.", "flexibility"),
        ("Analyzed readmission trends and presented findings to leadership.", "data-analysis"),
        ("Work well with others in a fast-paced environment.", "teamwork"),
        ("Works well with physicians, nurses and the entire clinical team.", "teamwork"),
        ("Created the monthly nursing schedule for 30 staff.", "staff-scheduling"),
        ("Helped residents with bathing, dressing and grooming.", "adl-assistance"),
        ("Cleaned and coded survey data (REDCap, SPSS, Excel).", "ms-excel"),
    ],
)
def test_fresh3_class_is_credited(text: str, term_id: str) -> None:
    assert _held(text, term_id), text


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Ran performance tests on the web application.", "performance-management"),
        ("Drove clients to doctor appointments and the pharmacy.", "appointment-scheduling"),
        ("Checked in with the charge nurse at the start of each shift.", "patient-intake"),
        ("Flexible hose assembly and metal fabrication.", "flexibility"),
        ("Analyzed soil samples for the county lab.", "data-analysis"),
        ("Made the bed and changed linens for patients.", "staff-scheduling"),
        ("Played in a band with rhythm guitar and drums.", "ekg"),
        ("Sent him the report and followed up the next day.", "healthcare-informatics"),
        ("Changed wound dressings and bathing supplies daily.", "adl-assistance"),
        ("Feeding and dressing changes for trach patients.", "adl-assistance"),
        ("Will excel in a fast-paced role.", "ms-excel"),
    ],
)
def test_fresh3_near_line_is_not_credited(text: str, term_id: str) -> None:
    assert not _held(text, term_id), text
