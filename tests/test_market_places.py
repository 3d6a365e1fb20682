"""Settings named as the offices served and services authorized or marketed (issue #18).

A scheduler, a sales rep or a physician-liaison names the specialties of the offices it books
for or calls on ("appointments for family medicine and dermatology offices", "called on
cardiology practices"); a utilization reviewer names the services it authorizes ("prior
authorization of inpatient rehab and home health"); a marketer names the services it
markets. None is the candidate's clinical work. Close in wording and credited: a nurse or
medical assistant who worked *in* those offices, and the one office a medical assistant
books for ("for the pediatrics office", singular: the candidate's own workplace). Lines
written for this file, not taken from any probe or dev document.
"""

from __future__ import annotations

import pytest

from resumematch import find_terms

HELD, OTHER = "affirmed", "other_person"


def _statuses(text: str, term_id: str) -> set[str]:
    return {m.status for m in find_terms(text)[1] if m.term_id == term_id}


@pytest.mark.parametrize(
    ("text", "term_id", "status"),
    [
        # offices and practices served (people.json market_places)
        ("Booked follow-up visits for oncology and pediatrics offices across the network.", "oncology", OTHER),
        ("Booked follow-up visits for oncology and pediatrics offices across the network.", "pediatrics", OTHER),
        ("Called on 80 cardiology practices in the Denver metro area.", "cardiology", OTHER),
        ("Toured 120 primary care and urgent care offices each quarter.", "primary-care", OTHER),
        ("Promoted inhaled therapies to geriatrics and primary care practices.", "geriatrics", OTHER),
        # the candidate's own setting: "in"/"at" an office, or the one office booked for
        ("Worked in primary care offices for six years as an LPN.", "primary-care", HELD),
        ("Worked in cardiology and pediatrics offices as a float medical assistant.", "pediatrics", HELD),
        ("Roomed patients at two oncology practices.", "oncology", HELD),
        ("Scheduled appointments for the pediatrics office and verified insurance.", "pediatrics", HELD),
        ("Gave vaccines in pediatrics and managed the front desk.", "pediatrics", HELD),
        # services authorized or marketed (market_cues)
        ("Prior authorization of inpatient, rehab and home health stays for a Medicaid plan.", "home-health", OTHER),
        ("Handled authorizations for rehabilitation and long-term care admissions.", "rehabilitation", OTHER),
        ("Marketed the hospital's oncology and obstetrics programs on radio and TV.", "oncology", OTHER),
        # performing the service stays the candidate's own
        ("Provided home health visits to 12 patients a day.", "home-health", HELD),
        ("Delivered rehabilitation care on a 30-bed unit.", "rehabilitation", HELD),
    ],
)
def test_offices_served_and_services_authorized(text: str, term_id: str, status: str) -> None:
    assert status in _statuses(text, term_id)
