"""A word the PDF split into two pieces on one line is rejoined; two real words never are.

Issue #18 item 3: "words split by the PDF must not cost a match or create one". The single
letter split off ("p resentation") is tested in ``test_text_noise.py``; these are longer
pieces ("compas sionate", "docu mentation", "Accountin g").
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from makers import make_pdf

from resumematch import find_terms
from resumematch.extract import extract
from resumematch.extract.normalize import normalize_text


def ids(text: str) -> set[str]:
    return {m.term_id for m in find_terms(text)[1]}


@pytest.mark.parametrize(
    ("split", "whole"),
    [
        ("Compas sionate and patient", "Compassionate and patient"),
        ("Strong commun ication skills", "Strong communication skills"),
        ("Patient docu mentation, charting", "Patient documentation, charting"),
        ("Supervised lab tech nicians.", "Supervised lab technicians."),
        ("Well organiz ed; punctual", "Well organized; punctual"),
        ("Coursework in Accountin g", "Coursework in Accounting"),  # a single last letter
        ("Dielectri c Strength", "Dielectric Strength"),
        ("docu men tation", "docu mentation"),  # a middle piece joins once, never twice
    ],
)
def test_split_word_is_rejoined(split: str, whole: str) -> None:
    assert normalize_text(split) == whole


@pytest.mark.parametrize(
    "text",
    [
        "in formation",  # two words: nothing tells it from a split
        "the rapist",
        "techniques for edge inference",  # "foredge": a function word is never a piece
        "a department of ten.",
        "the day to day running",
        "working in tandem with in a setting",
        "a plan to re-open the office",  # before a hyphen: no piece
        "the patient s chart",  # a lost apostrophe, not a split letter
        "Tech Nicians",  # a capital second piece is a title word, not a split
        "ACCOUNTIN G",  # capitals look like abbreviations
        "e.g. tech nicians2",  # before a digit: no piece
        "x/tech nicians",  # after a slash: part of a path or a pair
        "Lab tech\nnicians",  # never across a line break
        "Reduced the A/R from $1.4 million",
        "Built the pro forma for a new center",  # a Latin phrase ("proforma" is a word too)
        "Post mortem care",
    ],
)
def test_words_and_other_pairs_stay(text: str) -> None:
    assert normalize_text(text) == text


def test_single_letter_rule_is_unchanged() -> None:
    assert normalize_text("Strong p resentation skills") == "Strong presentation skills"
    assert normalize_text("Talented m ulti-tasker") == "Talented multi-tasker"
    assert normalize_text("the company s management team") == "the company s management team"


def test_split_word_costs_no_match_and_creates_none() -> None:
    assert "communication-skills" in ids("Strong commun ication skills")
    assert "clinical-documentation" in ids("Patient docu mentation")
    assert "empathy" in ids("Compas sionate nurse")
    assert "healthcare-informatics" in ids("health information management")
    assert "healthcare-informatics" not in ids("health in formation management")


def test_function_words_are_spacys() -> None:
    """The data file is spaCy's list (letters only), kept so that extracting imports no spaCy."""
    from spacy.lang.en.stop_words import STOP_WORDS

    raw = resources.files("resumematch.data").joinpath("split_words.json").read_text("utf-8")
    listed = json.loads(raw)["function_words"]
    assert listed == sorted(listed)
    assert set(listed) == {w for w in STOP_WORDS if w.isascii() and w.isalpha() and w.islower()}


def test_generated_pdf_whose_text_layer_splits_a_word() -> None:
    """A real PDF (fpdf, as the other tests make them) whose text layer holds the split words."""
    pdf = make_pdf(["Jane Doe\nSkills\nStrong commun ication skills\nPatient docu mentation in formation systems"])
    document = extract(pdf)  # bytes: sniffed as a PDF
    assert "Strong communication skills" in document.text
    assert "Patient documentation in formation systems" in document.text
    found = {m.term_id for m in find_terms(pdf)[1]}
    assert {"communication-skills", "clinical-documentation"} <= found
