"""Text-layer noise must neither cost a match nor create one: mojibake, split words, wrapped phrases."""

from __future__ import annotations

import pytest

from resumematch import find_terms
from resumematch.extract.normalize import normalize_text


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        ("Company Name \u00ef\u00bc City , State", "Company Name - City , State"),
        ("Company Name \u00ef\u00bc\u200b City , State", "Company Name - City , State"),
        ("Name \u00ef\u00bc\u0161 Jane", "Name : Jane"),  # all three bytes there: ftfy's repair
        ("more than 1,000\u00c2 confidential files", "more than 1,000 confidential files"),
        ("best practices. \u00c2 A leader", "best practices. A leader"),
        ("Territory from\u00c2\nExecuted", "Territory from\nExecuted"),
        ("2019 \u00e2\u20ac\u201c 2021", "2019 - 2021"),
        ("Strong p resentation skills", "Strong presentation skills"),
        ("Talented m ulti-tasker", "Talented multi-tasker"),
        ("A ccurate charting", "Accurate charting"),
        ("Strong multi-\ntasking skills", "Strong multitasking skills"),
        ("coordi-\nnation of care", "coordination of care"),
    ],
)
def test_noise_is_repaired(noisy: str, clean: str) -> None:
    assert normalize_text(noisy) == clean


@pytest.mark.parametrize(
    "text",
    [
        "a lot of patients",  # "lot" is a word: nothing was split off
        "placed a G tube",
        "the company s management team",  # a lost apostrophe, not a split word
        "I am a nurse",
        "full-\ntime",  # both halves words: a compound, kept hyphenated (joined on one line)
    ],
)
def test_real_single_letters_and_compounds_stay(text: str) -> None:
    assert normalize_text(text).replace("\n", "") in (text.replace("\n", ""), "full-time")


def ids(text: str) -> set[str]:
    return {m.term_id for m in find_terms(text)[1]}


def test_split_and_garbled_words_still_match() -> None:
    assert "multitasking" in ids("Strong multi-\ntasking skills")
    assert "attention-to-detail" in ids("Sales professional. Detail\noriented, organized.")
    assert "cma" in ids("Company Name \u00ef\u00bc City , State\u00c2 Certified Medical Assistant")
    assert "registered-nurse" in ids("2019 \u00e2\u20ac\u201c 2021 Registered Nurse")


def test_mojibake_creates_no_token_of_its_own() -> None:
    text = normalize_text("Staff Nurse Company Name \u00ef\u00bc City , State")
    assert "\u00ef" not in text and "1\u20444" not in text
