"""The title part reads a headline: the top lines before the first section heading.

A summary paragraph is no headline, whether the PDF wrapped it over several lines or a text
file holds it as one: the bundled example's PDF and text versions scored 93 and 94 when the
first six lines of the text file reached into its summary ("Looking to move ... into a
clinical coordinator role", an aspiration).
"""

from __future__ import annotations

from conftest import EXAMPLES

import resumematch
from resumematch.models import Document, Section
from resumematch.scoring.title_check import title_credit

JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"


def _document(text: str, headings: tuple[str, ...] = ()) -> Document:
    sections = []
    for heading in headings:
        start = text.index(heading)
        sections.append(Section("summary", heading, start, len(text)))
    return Document(text=text, source="resume.txt", format="text", sections=tuple(sections))


def test_the_example_scores_the_same_as_pdf_and_as_text() -> None:
    scores = {
        name: resumematch.check(EXAMPLES / "resumes" / name, job=JOB).score
        for name in ("strong-fit-rn.pdf", "strong-fit-rn.txt")
    }
    assert scores["strong-fit-rn.pdf"] == scores["strong-fit-rn.txt"]


def test_a_title_in_the_top_lines_counts() -> None:
    text = "Dana Lee\nClinical Coordinator | RN, BSN\n\nSUMMARY\nNurse with 8 years on a ward.\n"
    credit, why = title_credit("Clinical Coordinator", _document(text, ("SUMMARY",)), [])
    assert credit == 1.0
    assert "is on the resume" in why


def test_a_title_in_the_summary_under_a_heading_does_not_count() -> None:
    text = "Dana Lee\nRN, BSN\n\nSUMMARY\nLooking to move into a clinical coordinator role.\n"
    credit, _why = title_credit("Clinical Coordinator", _document(text, ("SUMMARY",)), [])
    assert credit == 0.0


def test_without_headings_the_first_six_lines_are_the_top() -> None:
    text = "Dana Lee\nClinical Coordinator\n" + "a line\n" * 10
    assert title_credit("Clinical Coordinator", _document(text), [])[0] == 1.0
    late = "Dana Lee\n" + "a line\n" * 8 + "Clinical Coordinator\n"
    assert title_credit("Clinical Coordinator", _document(late), [])[0] == 0.0
