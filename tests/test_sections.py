"""Section headings as real resumes write them (and lines that only look like them)."""

from __future__ import annotations

import itertools
import json
from importlib import resources

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from resumematch import extract_text
from resumematch.match.evidence import SectionKinds
from resumematch.models import Document, Section
from resumematch.models.document import BISECT_SECTIONS
from resumematch.resume.sections import SECTION_KINDS, detect_sections, heading_kind


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


_KINDS = ("skills", "certifications", "education", "experience")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.sampled_from(_KINDS)), max_size=12),
    st.lists(st.integers(-2, 64), min_size=1, max_size=20),
    st.sets(st.sampled_from(_KINDS)),
)
def test_section_kinds_answers_as_a_scan_of_every_section(
    sections: list[tuple[int, int, str]], offsets: list[int], kinds: set[str]
) -> None:
    """Overlapping, touching, empty and unsorted sections: bisection gives the scan's answer."""
    lookup = SectionKinds(sections)
    for offset in offsets:
        scanned = any(start <= offset < end and kind in kinds for start, end, kind in sections)
        assert lookup.holds(offset, kinds) == scanned


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.sampled_from(_KINDS)), max_size=40),
    st.lists(st.integers(-2, 64), min_size=1, max_size=20),
    st.booleans(),
)
def test_section_of_answers_as_a_scan_of_the_sections_in_order(
    spans: list[tuple[int, int, str]], offsets: list[int], ordered: bool
) -> None:
    """Bisection when the sections are in order and apart (as extraction makes them), a scan otherwise."""
    if ordered:  # made in order and apart, as detect_sections makes them
        bounds = sorted({b for start, end, _ in spans for b in (start, end)})
        spans = [(a, b, kind) for (a, b), (_, _, kind) in zip(itertools.pairwise(bounds), spans, strict=False)]
    sections = tuple(Section(kind, kind.upper(), start, end) for start, end, kind in spans)
    document = Document(text="x" * 64, source="<t>", format="text", sections=sections)
    assume(len(sections) > BISECT_SECTIONS or not ordered)  # both paths: bisection, and a scan
    for offset in offsets:
        expected = next((s.kind for s in sections if s.start <= offset < s.end), None)
        assert document.section_of(offset) == expected
        assert document.section_after(offset) == next((s for s in sections if s.start > offset), None)
