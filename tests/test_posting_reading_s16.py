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


# Second round: what the employer gives, a requirements label inside a person
# specification's line, and years that bound a time window.


def _asked(text: str) -> dict[str, str]:
    return {t.term_id: t.kind for t in resumematch.analyze(text).terms}


_STAFF_NURSE = "Staff Nurse, Band 5\n\nPerson specification\n\n- Registered Nurse with current NMC registration\n\n"


@pytest.mark.parametrize(
    "heading",
    ["In return we offer you:", "Benefits", "What we offer", "Why Comfort Keepers", "Why join us?", "Perks"],
)
def test_what_the_employer_gives_asks_nothing(heading: str) -> None:
    text = _STAFF_NURSE + f"{heading}\n\n- Support for BSc and MSc\n- Paid training and free CEUs\n"
    asked = _asked(text)
    assert "bachelors-degree" not in asked and "masters-degree" not in asked
    assert "continuing-education" not in asked
    assert "registered-nurse" in asked


def test_a_sentence_after_the_offers_list_still_asks() -> None:
    text = (
        _STAFF_NURSE + "What we offer\n\n- Support for BSc and MSc\n- Flexible working\n\n"
        "A driving licence is essential as we are based in a remote area with no buses to the hospital.\n"
    )
    requirements = resumematch.analyze(text).requirements
    assert any("driving licence" in r.text and r.kind == "required" for r in requirements)


@pytest.mark.parametrize(
    ("heading", "offers"),
    [
        ("Benefits", True),
        ("What we offer", True),
        ("Why Greenway", True),
        ("Why join us?", True),
        ("In return we offer you:", True),
        ("What you will get", True),
        ("Requirements", False),
        ("What you'll need", False),
        ("About us", False),
        ("Why this role matters", False),
    ],
)
def test_an_offers_heading(heading: str, offers: bool) -> None:
    from resumematch.posting.headings import offers_section

    assert offers_section(heading) is offers


def test_a_person_specifications_labels_split_its_line() -> None:
    text = (
        "Single Point of Access Administrator, Band 3\n\nPerson specification\n\n"
        "Essential: NVQ Level 3 in Business Administration or equivalent experience; previous administrative "
        "or call handling experience; good keyboard skills and experience of Microsoft Office. Desirable: "
        "knowledge of SystmOne or another clinical system; knowledge of medical terminology.\n"
    )
    profile = resumematch.analyze(text)
    kinds = {t.term_id: t.kind for t in profile.terms}
    assert kinds.get("ms-office") == "required"
    assert kinds.get("medical-terminology") == "preferred"
    assert len(profile.requirements) >= 4


def test_an_item_label_still_reads_one_requirement() -> None:
    text = (
        "Data Analyst\n\nRequirements\n\n"
        "Analytical Skills: Proven ability to analyse data. Experience with SQL is a plus.\n"
        "Communication: Excellent written communication skills.\n"
    )
    statements = [r.text for r in resumematch.analyze(text).requirements]
    assert any(s.startswith("Analytical Skills:") and "SQL" in s for s in statements)


@pytest.mark.parametrize(
    ("statement", "years"),
    [
        ("If you have lived or worked abroad for 6 months or more in the last 5 years you will need clearance.", None),
        ("Minimum 2 years of recent adult ICU experience (within the last 3 years)", 2.0),
        ("Experience gained within the past 3 years in a GP practice", None),
        ("At least 3 years of nursing experience", 3.0),
    ],
)
def test_years_that_bound_a_time_window(statement: str, years: float | None) -> None:
    from resumematch.posting.statements import read_statement

    assert read_statement(statement).years == years


@pytest.mark.parametrize(
    ("statement", "subject"),
    [
        ("At least two years' post-registration experience, including experience in community nursing", None),
        ("Significant post-registration experience, including at least 2 years at Band 6 level", None),
        (
            "At least 2 years' post-registration experience working in an Emergency Department",
            "emergency department",
        ),
        ("3 years of professional nursing experience", "nursing"),
    ],
)
def test_post_registration_is_no_subject_of_the_years(statement: str, subject: str | None) -> None:
    from resumematch.posting.statements import read_statement

    facts = read_statement(statement)
    assert facts.years is not None
    assert facts.subject == subject
