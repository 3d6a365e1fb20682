"""Ranking classes of the twelfth session (#20): each rule on short fresh texts, both ways.

* A licence read from a nurse's role titles counts three quarters, not half: a specialty
  nurse whose titles never write "RN" no longer loses to a named RN of another specialty
  on the licence part alone; a named licence still counts more.
"""

from __future__ import annotations

import resumematch

DAY_UNIT_POST = (
    "Staff Nurse - Chemotherapy Day Unit\n\n"
    "Essential\n"
    "- Registered Nurse with current registration\n"
    "- Experience in oncology nursing\n"
    "- Competent in IV therapy and chemotherapy administration\n"
)

SPECIALTY_LINES = (
    "- Gave chemotherapy and IV infusions to adult oncology outpatients\n"
    "- Cared for central lines and ports; managed IV therapy side effects\n"
)
OTHER_SPECIALTY_LINES = (
    "- Prepared operating rooms and assisted surgeons as circulating nurse\n"
    "- Visited home health patients to dress wounds and review medications\n"
)


def _nurse(title: str, lines: str, licences: str = "BLS") -> str:
    return (
        f"Maria Lopez\n{title}\n\nExperience\n{title}, Riverbend Medical Center, Dayton OH    2016 - Present\n"
        f"{lines}\nCertifications\n{licences}\n"
    )


def _part(report: resumematch.Report, name: str) -> float:
    part = next(p for p in report.parts if p.name == name)
    return part.points / part.weight


def test_a_specialty_nurse_known_by_her_titles_outranks_a_named_rn_of_another_specialty() -> None:
    specialist = resumematch.check(_nurse("Oncology Nurse", SPECIALTY_LINES), job=DAY_UNIT_POST)
    other = resumematch.check(
        _nurse("Registered Nurse", OTHER_SPECIALTY_LINES, "RN, Ohio Board of Nursing; BLS"), job=DAY_UNIT_POST
    )
    assert specialist.score > other.score
    # The titles still show the licence only in part, and the report says to name it.
    check = next(j for j in specialist.requirements if "Registered Nurse" in j.requirement.text)
    assert check.met == "partly"
    assert any("read from your role titles as RN" in m for m in check.missing)
    assert 0.5 < _part(specialist, "certifications/licenses") < 1.0


def test_a_named_licence_still_counts_more_than_the_titles() -> None:
    titled = resumematch.check(_nurse("Oncology Nurse", SPECIALTY_LINES), job=DAY_UNIT_POST)
    named = resumematch.check(
        _nurse("Oncology Nurse", SPECIALTY_LINES, "RN, Ohio Board of Nursing; BLS"), job=DAY_UNIT_POST
    )
    assert _part(named, "certifications/licenses") == 1.0
    assert named.score > titled.score
