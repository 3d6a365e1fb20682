"""Posting reading, sixteenth session (#20): colleagues listed through a conjunct that
names no people, an example's "e.g." inside a statement, and the words of an
alternative route or a training offer as no phrase to look for.

"work closely with our speech and language therapists, physiotherapists ... and
healthcare assistants" and "support the learning and development of registered nurses,
nursing associates and healthcare assistants" name the hire's colleagues; the walk back
from the last of them used to stop at the first "and" ("speech and language") and read
the healthcare assistants as a certificate the staff nurse must hold. "Complaints
handling training (e.g. Parliamentary and Health Service Ombudsman courses)" is one
statement, not two. "or equivalent experience" asks for no word "equivalent" in a resume
(benchmarks/README.md, "Sixteenth session: reading what a posting asks").
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.others import names_someone_else
from resumematch.posting.phrases import unknown_phrases
from resumematch.posting.prose import prose_statements


def _someone_else(text: str, name: str, category: str = "certification") -> bool:
    start = text.rindex(name)
    return names_someone_else(text, start, start + len(name), category)


@pytest.mark.parametrize(
    ("text", "name", "others"),
    [
        (
            "You will work closely with our speech and language therapists, physiotherapists, "
            "stroke consultants and healthcare assistants.",
            "healthcare assistants",
            True,
        ),
        (
            "This is an opportunity for a nurse with a passion for teaching to support the learning "
            "and development of registered nurses, nursing associates and healthcare assistants.",
            "healthcare assistants",
            True,
        ),
        ("You will liaise with speech and language therapists.", "speech and language therapists", True),
        # No cue before the conjunct: the people are still the hire.
        ("Caring and compassionate healthcare assistants are needed.", "healthcare assistants", False),
        ("Experience in acute care and healthcare assistants welcome.", "healthcare assistants", False),
        # A conjunct is crossed once: two in a row end the walk.
        (
            "Work with the ward and the clinic and the day unit and healthcare assistants.",
            "healthcare assistants",
            False,
        ),
        ("We are seeking caring and kind healthcare assistants.", "healthcare assistants", False),
    ],
)
def test_colleagues_listed_through_a_conjunct_that_names_no_people(text: str, name: str, others: bool) -> None:
    assert _someone_else(text, name) is others


def test_a_staff_nurses_colleagues_ask_no_care_certificate() -> None:
    text = (
        "Staff Nurse - Stroke Unit, Band 5\n\n"
        "As a Band 5 Staff Nurse you will assess, plan and evaluate care for a caseload of patients, "
        "and work closely with our speech and language therapists, physiotherapists, occupational "
        "therapists, stroke consultants and healthcare assistants.\n\n"
        "Person Specification\n\nEssential\nRegistered Nurse with current NMC registration\n"
    )
    asked = {t.term_id for t in resumematch.analyze(text).terms}
    assert "certified-nursing-assistant" not in asked
    assert "registered-nurse" in asked


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("Complaints handling training (e.g. Parliamentary and Health Service Ombudsman courses)", 1),
        ("A leadership qualification (i.e. ILM Level 5) is desirable.", 1),
        ("Experience of using Datix is desirable. Excel skills are essential.", 2),
        ("Full training is given, etc. We welcome applications from all.", 2),
    ],
)
def test_an_examples_abbreviation_ends_no_statement(paragraph: str, count: int) -> None:
    assert len(list(prose_statements(paragraph))) == count


@pytest.mark.parametrize(
    ("statement", "absent", "present"),
    [
        ("Educated to degree level or equivalent level of experience in customer service", "equivalent", None),
        ("Educated to A level standard or equivalent experience", "standard equivalent", None),
        ("Certification or equivalent certification, or obtained during training", "obtained during", None),
        ("Experience in surgery desirable but full training will be given", "full", "surgery"),
        ("Knowledge of LOINC or equivalent coding systems", "equivalent", "LOINC"),
    ],
)
def test_an_alternative_routes_words_are_no_phrase(statement: str, absent: str, present: str | None) -> None:
    keys = {p.key for p in unknown_phrases(statement, "required")}
    assert absent not in keys
    if present is not None:
        assert present in keys
