"""Section headings as real resumes write them (and lines that only look like them)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from resumematch import extract_text
from resumematch.sections import SECTION_KINDS, detect_sections, heading_kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("PROFESSIONAL EXPERIENCE", "experience"),
        ("Professional Experience", "experience"),
        ("Work History:", "experience"),
        ("EMPLOYMENT HISTORY", "experience"),
        ("Licenses & Certifications", "certifications"),
        ("LICENSES AND CERTIFICATIONS:", "certifications"),
        ("Certifications / Licensure", "certifications"),
        ("Core Competencies", "skills"),
        ("TECHNICAL SKILLS", "skills"),
        ("Skills & Abilities", "skills"),
        ("Education", "education"),
        ("— EDUCATION —", "education"),
        ("■ Projects", "projects"),
        ("E X P E R I E N C E", "experience"),
        ("Summary of Qualifications", "summary"),
        ("Volunteer Experience", "volunteer"),
        ("Honors & Awards", "awards"),
        ("Selected Honors", "awards"),
        ("Invited Talks", "publications"),
        ("Professional Affiliations", "affiliations"),
        ("References", "references"),
    ],
)
def test_headings_as_resumes_write_them(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("SKILLS: Python, SQL, Terraform", "skills"),
        ("Technical Skills: AWS | GCP | Azure", "skills"),
        ("Certifications: AWS Certified Solutions Architect", "certifications"),
        ("Education: BS Computer Science, MIT", "education"),
    ],
)
def test_heading_followed_by_content_on_the_same_line(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Managed patient scheduling for 3 clinics",
        "Experience with Python and SQL across five teams in a regulated environment",
        "Python: 5 years",
        "Senior Software Engineer, Stripe",
        "Used Epic daily for charting and scheduling, trained new hires on it, ran audits",
        "",
    ],
)
def test_ordinary_lines_are_not_headings(line: str) -> None:
    assert heading_kind(line) is None


def test_sections_span_from_heading_to_next_heading() -> None:
    text = "Jane Doe\nSKILLS: Python, SQL\nEXPERIENCE\nEngineer at Acme\nEducation\nBS CS"
    sections = detect_sections(text)
    assert [s.kind for s in sections] == ["skills", "experience", "education"]
    assert sections[0].start == text.index("SKILLS") and sections[0].end == text.index("EXPERIENCE")
    assert sections[-1].end == len(text)
    document = extract_text(text)
    assert document.section_of(text.index("Python")) == "skills"
    assert document.section_of(text.index("Jane")) is None


def test_data_file_kinds_and_phrases_are_consistent() -> None:
    raw = resources.files("resumematch.data").joinpath("sections.json").read_text("utf-8")
    table = json.loads(raw)["sections"]
    assert set(table) == set(SECTION_KINDS)
    phrases = [phrase for group in table.values() for phrase in group]
    assert len(phrases) == len(set(phrases)), "a phrase is listed under two kinds"
    for kind, group in table.items():
        for phrase in group:
            assert heading_kind(phrase.upper()) == kind, phrase
