"""Postings in the formats job boards publish: front matter, HTML, header lines, plain text."""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.formats import read_posting

TOML_POSTING = """+++
title = "Medical Assistant - Waukegan"
organization = "Planned Parenthood of Illinois"
location = "Illinois"
aa_degrees_required = "High school degree required"
b_benefits = ["Dental", "Vision"]
+++
We are a busy clinic.

Required qualifications
- CMA, RMA or CCMA certification
- Experience with Epic EHR

Preferred qualifications
- Bilingual in English and Spanish.
- BLS certification
"""

YAML_POSTING = """---
title: Clinical Coordinator
company: Northfield Clinic
location: Boston, MA
---
## Requirements
* **BLS** certification
* 3+ years of clinical experience
"""


def test_toml_front_matter_gives_fields_and_a_body_without_it() -> None:
    posting = read_posting(TOML_POSTING)
    assert posting.title == "Medical Assistant - Waukegan"
    assert posting.organisation == "Planned Parenthood of Illinois"
    assert posting.location == "Illinois"
    assert posting.requirement_lines == ("High school degree required.",)
    assert "+++" not in posting.body and posting.body.startswith("We are a busy clinic.")
    assert posting.fields["b_benefits"] == "Dental, Vision"


def test_yaml_front_matter_and_markdown_marks() -> None:
    posting = read_posting(YAML_POSTING)
    assert (posting.title, posting.organisation, posting.location) == (
        "Clinical Coordinator",
        "Northfield Clinic",
        "Boston, MA",
    )
    assert "Requirements" in posting.body.splitlines()
    assert "* BLS certification" in posting.body


def test_a_front_matter_that_does_not_parse_is_read_as_text() -> None:
    posting = read_posting("---\n: : [unclosed\n---\nNurse wanted")
    assert posting.body.startswith("---")


def test_html_page_uses_its_heading_as_title_and_skips_scripts() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Jobs | Acme</title><style>p{}</style></head><body>"
        "<nav>Home Jobs</nav><h1>Registered Nurse</h1><p>Join our <b>ICU</b> team.</p>"
        "<h2>Requirements</h2><ul><li>Active RN license</li><li>BLS and ACLS</li></ul>"
        "<script>track()</script></body></html>"
    )
    posting = read_posting(page)
    assert posting.title == "Registered Nurse"
    assert "- Active RN license" in posting.body.splitlines()
    assert "track()" not in posting.body and "Home Jobs" not in posting.body and "p{}" not in posting.body


def test_pasted_html_fragment() -> None:
    posting = read_posting("<p>Medical Assistant</p><ul><li>CMA or RMA</li></ul>")
    assert posting.title == "Medical Assistant"
    assert "- CMA or RMA" in posting.body


def test_header_lines_a_job_board_prepends() -> None:
    posting = read_posting("TITLE: Patient Care Coordinator\nEMPLOYER: Mercy Health\n\nWe need BLS.")
    assert (posting.title, posting.organisation) == ("Patient Care Coordinator", "Mercy Health")
    assert posting.body.strip() == "We need BLS."


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Staff Nurse.", "Staff Nurse"),
        ("Flow Coordinator - Band 3 - Acute Assessment Unit", "Flow Coordinator - Band 3 - Acute Assessment Unit"),
        ("We are hiring a nurse to join our team. Apply today.", None),
        ("Requirements:", None),
        ("about the role", None),
    ],
)
def test_a_plain_posting_title_is_its_first_line_when_it_reads_as_one(first_line: str, title: str | None) -> None:
    assert read_posting(f"{first_line}\nSome Trust\n\nText.").title == title


def test_analyze_reads_the_front_matter_as_fields_not_requirements() -> None:
    profile = resumematch.analyze(TOML_POSTING)
    assert profile.title == "Medical Assistant - Waukegan"
    assert profile.organisation == "Planned Parenthood of Illinois"
    texts = [r.text for r in profile.requirements]
    assert not any("+++" in t or "organization" in t for t in texts)
    assert "High school degree required." in texts
    kinds = {r.text: r.kind for r in profile.requirements}
    # sentence-case headings are headings: their items take their kind, they are no requirement
    assert "Required qualifications" not in kinds and "Preferred qualifications" not in kinds
    assert kinds["BLS certification"] == "preferred"
    assert kinds["Bilingual in English and Spanish."] == "preferred"
    assert kinds["Experience with Epic EHR"] == "required"


def test_what_the_employer_says_of_itself_is_no_requirement() -> None:
    profile = resumematch.analyze(
        "Staff Nurse\nCity Hospital\n\nAbout you\n"
        "The ward is a busy 28-bed surgical unit with a supportive team.\n"
        "You will be offered excellent opportunities for development.\n"
        "You must hold current NMC registration and BLS certification.\n"
        "For informal visits contact the ward manager on 0115 000000.\n"
    )
    assert profile.title == "Staff Nurse"
    assert [r.text for r in profile.requirements] == ["You must hold current NMC registration and BLS certification."]


@pytest.mark.parametrize(
    "statement",
    [
        "You will provide clinical leadership to the nursing team across the hospital at night.",
        "The successful candidate will be responsible for the line management of the ward staff.",
        "Patience Ward is a 27 bedded mixed urology ward with patients from across the region.",
        "An 18 bedded unit with an outpatient dressing clinic",
        "Cedar Parc Ward is a specialist dementia assessment ward within the health board.",
        "This is a key post in our practice: we receive masses of information every day.",
        "Apply to this position if you are:",
        "Emily Sale, Ward Manager on 0115 9691169 ext.",
        "Previous applicants need not apply.",
    ],
)
def test_duties_descriptions_and_lead_ins_are_no_requirements(statement: str) -> None:
    profile = resumematch.analyze(f"Staff Nurse\nCity Hospital\n\nAbout you\n{statement}\nBLS certification\n")
    assert [r.text for r in profile.requirements] == ["BLS certification"]


@pytest.mark.parametrize(
    "statement",
    [
        "You will have current NMC registration and excellent communication skills.",
        "Excellent communication skills, flexible working and a team approach are essential for this role.",
        "Bachelor's degree in Nursing or a related field from an accredited program",
        "Have a legal right to work in the UK",
    ],
)
def test_what_the_candidate_is_asked_is_a_requirement(statement: str) -> None:
    profile = resumematch.analyze(f"Staff Nurse\nCity Hospital\n\nAbout you\n{statement}\nBLS certification\n")
    assert [r.text for r in profile.requirements] == [statement, "BLS certification"]


def test_a_statement_of_what_is_not_needed_is_a_requirement_every_resume_meets() -> None:
    posting = TOML_POSTING.replace("High school degree required", "No degree required")
    profile = resumematch.analyze(posting)
    (stated,) = [r for r in profile.requirements if r.text == "No degree required."]
    assert (stated.aspect, stated.level, stated.kind) == ("other", None, "required")
    report = resumematch.check(
        "Sam Lee\nMedical Assistant\n\nExperience\nMedical Assistant, Oak Clinic | 2019 - 2024\n- Epic EHR\n",
        job=profile,
    )
    (judged,) = [c for c in report.requirements if c.requirement.text == "No degree required."]
    assert judged.met == "met" and "not needed" in judged.note


@pytest.mark.parametrize(
    ("first", "title"),
    [("# Patient Care Coordinator", "Patient Care Coordinator"), ("**Medical Assistant**", "Medical Assistant")],
)
def test_a_markdown_heading_or_bold_first_line_is_the_title_without_its_marks(first: str, title: str) -> None:
    job = resumematch.analyze(f"{first}\n\n## Requirements\n- 2 years of experience\n")
    assert job.title == title
