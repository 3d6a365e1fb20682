"""Terms beyond the vocabulary: found in the posting, searched in the resume as written, said so."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from resumematch import analyze, check
from resumematch.posting.phrases import unknown_phrases
from resumematch.render import render_report
from resumematch.scoring.phrase_checks import NOT_KNOWN, PHRASE_WEIGHT

TODAY = dt.date(2025, 1, 1)
JOB = """Clinic Medical Assistant

Requirements
- Knowledge of LOINC measures
- Typing skills of 40 wpm
- Orthopaedic surgery experience
- BLS certification
"""
BASE = """Jo Doe
Medical Assistant

Experience
Medical Assistant, Northside Clinic | Jan 2019 - Dec 2024
- Roomed patients and took vital signs
Certifications
BLS
"""


@pytest.mark.parametrize(
    ("statement", "keys"),
    [
        ("Cardiology experience; knowledge of LOINC", ["LOINC", "cardiology"]),
        ("Typing skills of 40 wpm", ["typing"]),
        ("Fluent in Spanish or Vietnamese", ["spanish", "vietnamese"]),
        ("Excellent communication skills", []),  # a filler adjective and a generic skill
        ("Experience with tools like SPSS", ["SPSS"]),
        ("Must hold a current NHS contract", []),  # the employer's acronym
    ],
)
def test_unknown_phrases_of_a_statement(statement: str, keys: list[str]) -> None:
    assert [p.key for p in unknown_phrases(statement, "required")] == keys


def test_a_phrase_a_vocabulary_term_covers_is_not_unknown() -> None:
    assert unknown_phrases("BLS certification", "required", [(0, 3)]) == ()


def test_the_posting_lists_its_unknown_terms() -> None:
    profile = analyze(JOB)
    assert [(p.key, p.kind) for p in profile.unknown_terms] == [
        ("LOINC", "required"),
        ("typing", "required"),
        ("orthopaedic surgery", "required"),
    ]
    assert "bls" in {t.term_id for t in profile.terms}
    assert profile.to_dict()["unknown_terms"][0]["key"] == "LOINC"


def _check(report, text: str):  # type: ignore[no-untyped-def]
    return next(c for c in report.requirements if c.requirement.text.startswith(text))


def test_phrases_are_searched_as_written_with_inflections() -> None:
    shown = BASE + "- Typed visit notes; LOINC chart reviews\n- Assisted in orthopaedic surgeries\n"
    report = check(shown, job=JOB, today=TODAY)
    for text in ("Knowledge of LOINC", "Typing skills", "Orthopaedic surgery"):
        found = _check(report, text)
        assert found.met == "met" and found.evidence
        assert NOT_KNOWN in found.note and "found as written" in found.note
    plain = check(BASE, job=JOB, today=TODAY)
    loinc = _check(plain, "Knowledge of LOINC")
    assert loinc.met == "not_met"
    assert loinc.missing == (f"LOINC ({NOT_KNOWN}; not found as written)",)
    assert "LOINC" not in loinc.note  # said once, in missing, not again in the note
    shown = render_report(plain, "text").splitlines()
    assert sum(1 for line in shown if "LOINC" in line and NOT_KNOWN in line) == 1
    assert report.score >= plain.score  # phrases weigh PHRASE_WEIGHT (none yet): never less for showing one


def test_a_phrase_weighs_less_than_a_vocabulary_term() -> None:
    only_phrase = check(BASE.replace("BLS\n", "") + "- LOINC chart reviews\n", job=JOB, today=TODAY)
    only_term = check(BASE, job=JOB, today=TODAY)
    assert only_term.score > only_phrase.score
    assert PHRASE_WEIGHT < 1.0  # below the lightest vocabulary term


def test_every_format_says_the_term_is_unknown() -> None:
    report = check(BASE + "- LOINC chart reviews\n", job=JOB, today=TODAY)
    for fmt in ("text", "markdown", "html"):
        assert NOT_KNOWN in render_report(report, fmt), fmt
    data = json.loads(render_report(report, "json"))
    assert any(NOT_KNOWN in r["note"] for r in data["requirements"])
    assert data["job"]["unknown_terms"]


def test_the_postings_names_for_its_sites_and_units_are_no_phrases() -> None:
    posting = (
        "Bank Critical Care Nurse\n\nStaff Bank Services at CUH are seeking nurses for the John Farman Intensive "
        "Care Unit (JFICU).\n\nRequirements\n- Experience in JFICU or PICU\n"
        "- An Enhanced Disclosure and Barring Service (DBS) check\n"
    )
    keys = {p.key for p in analyze(posting).unknown_terms}
    assert "DBS" in keys  # PICU is no unknown term: critical care's abbreviation (sixteenth session)
    assert not keys & {"CUH", "JFICU", "PICU"}


@pytest.mark.parametrize(
    ("statement", "keys"),
    [
        (
            "The candidate must demonstrate knowledge and skills in caring for adults with an Autistic "
            "Spectrum Condition and enduring mental illness",
            ["autistic spectrum condition"],
        ),
        ("A speciality interest in Orthopaedic Implant Surgery would be advantageous", ["orthopaedic implant surgery"]),
        # a place, a person's title, a month and a country are no skill
        ("Experience at the Royal Gwent Hospital is desirable", []),
        ("You will work closely with the Director of Clinical Services in March", []),
        ("Applicants need a disclosure from Disclosure Scotland", []),
        # a label at the start is no name inside a sentence, nor is its tail ("Design Skills")
        ("Graphic Design Skills: Ability to create visualizations", []),
    ],
)
def test_a_name_capitalised_inside_a_sentence_is_a_phrase(statement: str, keys: list[str]) -> None:
    assert [p.key for p in unknown_phrases(statement, "required")] == keys
