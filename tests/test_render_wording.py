"""What an applicant reads: every report line plain, true and said once (issue: the user walk).

The bundled strong-fit RN resume against the bundled posting has each case a real report
showed: a term met through a narrower one, a match that runs over a line break, a
two-column page (a parse warning), healthcare-work terms, more absent posting terms than
the finding names. Each test reads the rendered text, as a person would.
"""

from __future__ import annotations

import re

import pytest
from conftest import EXAMPLES

from resumematch import Text, check
from resumematch.models import Report
from resumematch.render import render_report

JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"


@pytest.fixture(scope="module")
def example() -> Report:
    return check(EXAMPLES / "resumes" / "strong-fit-rn.pdf", job=JOB)


@pytest.fixture(scope="module")
def texts(example: Report) -> dict[str, str]:
    return {fmt: render_report(example, fmt) for fmt in ("text", "markdown", "html")}


def _ids(report: Report) -> set[str]:
    """Term ids that are not also plain words a reader may meet (``epic`` is both)."""
    return {t.term_id for t in report.job.terms} | {m.term_id for m in report.mentions if "-" in m.term_id}


def test_a_term_met_through_a_narrower_one_names_it_not_its_id(example: Report, texts: dict[str, str]) -> None:
    via = next(m for m in example.matched if m.via == "charge-nurse")
    assert f"[{via.kind} via Charge Nurse]" in texts["text"]
    assert "via Charge Nurse</small>" in texts["html"]
    assert "via charge-nurse" not in texts["text"] + texts["html"]


def test_evidence_stays_on_its_line(texts: dict[str, str]) -> None:
    lines = texts["text"].splitlines()
    matched = lines.index(next(line for line in lines if line.startswith("Matched (")))
    missing = lines.index(next(line for line in lines if line.startswith("Missing (")))
    assert all(line.startswith("  + ") for line in lines[matched + 1 : missing - 1])
    assert "complete discharge paperwork" in texts["text"]  # written over a line break in the resume
    requirements = lines[lines.index("Requirements:") + 1 : matched - 1]
    assert all(line.startswith("  ") and line.strip() for line in requirements)


def test_categories_and_degrees_are_written_in_words(example: Report, texts: dict[str, str]) -> None:
    assert "[required, hard skill] worth" in texts["text"] and "hard_skill" not in texts["text"]
    assert "(required, hard skill): +" in texts["markdown"]
    assert "Highest degree: bachelor's degree in nursing" in texts["text"]
    assert "Highest degree: bachelor's degree in nursing" in texts["markdown"]
    assert "highest degree: bachelor&#x27;s degree in nursing" in texts["html"]


def test_part_details_name_terms_not_ids(example: Report, texts: dict[str, str]) -> None:
    work = next(p for p in example.parts if p.name == "healthcare work")
    assert re.search(r"\d+ signs of healthcare work \([A-Z]", work.detail), work.detail
    ids = _ids(example)
    for part in example.parts:
        named = re.findall(r"\(([^()]*)\)", part.detail)
        words = {w.strip(" .") for group in named for w in group.split(",")}
        assert not words & ids, (part.name, part.detail)


def test_one_sign_of_healthcare_work_is_singular() -> None:
    report = check(Text("Pat Lee\n\nExperience\nFront desk, 2019 - 2023\n- Scheduled patient appointments\n"), job=JOB)
    work = next(p for p in report.parts if p.name == "healthcare work")
    assert "1 signs" not in work.detail
    if work.detail.startswith("a healthcare post; 1 "):
        assert "1 sign of healthcare work" in work.detail


def test_a_parse_warning_is_said_once(example: Report, texts: dict[str, str]) -> None:
    warning = example.resume.warnings[0].message
    assert any(tip.endswith(warning) for tip in example.suggestions)  # the data keeps it (JSON)
    for fmt in ("text", "markdown", "html"):
        shown = texts[fmt].replace("&#x27;", "'").replace("\\", "")
        assert shown.count(warning.replace("\\", "")) == 1, fmt


def test_absent_posting_terms_are_all_counted(example: Report) -> None:
    assert example.ats is not None
    check_ = next(c for c in example.ats.checks if c.code == "keywords")
    absent = sum(1 for t in example.ats.terms if t.resume == 0)
    named = check_.finding.split("never appear: ", 1)[1].rstrip(".")
    listed = named.split(" and ")[0].split(", ")
    assert absent > 6 and len(listed) == 6
    assert named.endswith(f" and {absent - 6} more")


def test_headings_are_named_once_and_briefly() -> None:
    resume = (
        "Pat Lee\npat@example.com  555-010-2000\n\nSummary\nNurse.\n\n"
        "AREAS OF EXPERTISE: Accounting; financial analysis; program evaluation; planning;\n"
        "Skills\nBLS\n\nExperience\nStaff Nurse, Jan 2019 - Present\n\nEducation\nBSN, 2018\n\nSkills,\nEpic\n"
    )
    report = check(Text(resume), job=JOB)
    assert report.ats is not None
    finding = next(c for c in report.ats.checks if c.code == "headings").finding
    found = finding.removeprefix("Found: ").split(".")[0].split(", ")
    assert len(found) == len(set(found)), finding
    assert all(len(name) <= 41 and ":" not in name for name in found), finding


def test_no_contact_details_is_one_plain_sentence() -> None:
    report = check(Text("Pat Lee\n\nExperience\nStaff Nurse, Jan 2019 - Present\n"), job=JOB)
    assert report.ats is not None
    contact = next(c for c in report.ats.checks if c.code == "contact")
    assert contact.finding == "No readable e-mail address or phone number was found."


def test_a_licence_is_never_suggested_as_something_to_add() -> None:
    report = check(EXAMPLES / "resumes" / "partial-fit-medical-assistant.docx", job=JOB)
    held = {m.name for m in report.missing if m.category in ("license", "certification", "education", "title")}
    assert "Registered Nurse" in held
    assert any(
        tip.startswith("If you hold 'Registered Nurse' (required), name it on your resume: +")
        for tip in report.suggestions
    )
    for tip in report.suggestions:
        if tip.startswith("Add "):
            assert not any(f"'{name}'" in tip for name in held), tip


def test_role_families_named_by_an_abbreviation_are_capitalised() -> None:
    resume = "Pat Lee\n\nExperience\nIT Support Analyst, Jan 2015 - Present\n- Resolved help desk tickets\n"
    report = check(Text(resume), job=JOB)
    fit = next(p for p in report.parts if p.name == "role fit")
    assert "IT " in fit.detail and not re.search(r"\bit \d", fit.detail), fit.detail


def test_a_term_that_names_other_people_is_advised_as_such() -> None:
    resume = (
        "Pat Lee\n\nExperience\nUnit Secretary, General Hospital, Jan 2018 - Present\n"
        "- Reported to the Registered Nurse on duty; supported the charge nurse\n"
    )
    report = check(Text(resume), job=JOB)
    tips = [tip for tip in report.suggestions if "names other people, not you" in tip]
    assert tips and all("if you hold it yourself, name it as your own" in tip for tip in tips), tips
    assert not any("names other people" in tip and "if it is current" in tip for tip in report.suggestions)
