"""No reward for stuffing: terms named only in a bare keyword list earn little or nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import EXAMPLES

from resumematch import analyze, check, find_terms
from resumematch.models.inputs import Text
from resumematch.scoring.stuffing import listed_lines

TODAY = dt.date(2025, 1, 1)
JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"


@pytest.fixture(scope="module")
def job():  # type: ignore[no-untyped-def]
    return analyze(JOB)


def _keywords(job) -> str:  # type: ignore[no-untyped-def]
    return "KEYWORDS: " + ", ".join(t.name for t in job.terms)


def _copied(job) -> str:  # type: ignore[no-untyped-def]
    """A "Skills:" line of the posting's own words for its terms, copied word for word."""
    return "Skills: " + ", ".join(dict.fromkeys(" ".join(m.text.split()) for m in job.mentions))


def _education_and_licence(report):  # type: ignore[no-untyped-def]
    return [
        c.met for c in report.requirements if c.requirement.aspect == "education" or "Registered" in c.requirement.text
    ]


@pytest.mark.parametrize(
    "resume", ["unrelated-software-engineer.docx", "career-changer-operations.pdf", "strong-fit-rn.txt"]
)
@pytest.mark.parametrize("stuffing", [_keywords, _copied])
def test_a_keyword_line_gains_little_and_meets_no_degree_or_licence(  # type: ignore[no-untyped-def]
    job, resume: str, stuffing
) -> None:
    document, _ = find_terms(EXAMPLES / "resumes" / resume)
    plain = check(Text(document.text), job=job, today=TODAY)
    stuffed = check(Text(document.text + "\n" + stuffing(job) + "\n"), job=job, today=TODAY)
    assert stuffed.score <= plain.score + 3.0  # text similarity may move a little; the terms do not
    assert _education_and_licence(stuffed) == _education_and_licence(plain)
    assert {m.term_id for m in stuffed.matched} == {m.term_id for m in plain.matched}


def test_the_report_says_a_listed_term_shows_nothing(job) -> None:  # type: ignore[no-untyped-def]
    document, _ = find_terms(EXAMPLES / "resumes" / "unrelated-software-engineer.docx")
    stuffed = check(Text(document.text + "\n" + _keywords(job) + "\n"), job=job, today=TODAY)
    said = [item for c in stuffed.requirements for item in c.missing]
    assert any("only in a bare keyword list" in item for item in said)


RESUME = """Jane Doe, RN, BSN, CCRN
jane@example.com

Experience
Staff Nurse, City Hospital | Jan 2018 - Dec 2024
- Charted in Epic; patient education

Skills
Epic, phlebotomy, HIPAA, Registered Nurse, Bachelor's degree, Microsoft Excel

Licenses
RN, BLS, ACLS, PALS
"""


def test_which_lines_are_bare_lists(job) -> None:  # type: ignore[no-untyped-def]
    document, _ = find_terms(Text(RESUME))
    listed = listed_lines(document, job.text)
    skills_line = RESUME.index("Epic, phlebotomy")
    assert listed.holds(skills_line)
    assert not listed.holds(0)  # the name line states held credentials
    assert not listed.holds(RESUME.index("RN, BLS"))  # a licence section states them too
    assert not listed.keyword  # a candidate's own short list is not a keyword line


def test_a_skills_list_counts_skills_but_not_a_degree(job) -> None:  # type: ignore[no-untyped-def]
    without_top = RESUME.replace("Jane Doe, RN, BSN, CCRN", "Jane Doe").replace("RN, BLS", "BLS")
    report = check(Text(without_top), job=job, today=TODAY)
    matched = {m.term_id for m in report.matched}
    assert "microsoft-excel" in matched or "excel" in matched or "hipaa" in matched
    assert "bachelors-degree" not in matched
    assert "registered-nurse" not in matched
