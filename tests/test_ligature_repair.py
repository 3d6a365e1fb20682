"""A ligature glyph the PDF maps to no letter ("sta*", "MS-o*ce") is read as the word it was in."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from resumematch import extract, find_terms
from resumematch.extract.normalize import normalize_text


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        ("supervising sta* daily", "supervising staff daily"),
        ("MS-o*ce and other o*ce tools", "MS-office and other office tools"),
        ("ensure e*ective use, e*ciently", "ensure effective use, efficiently"),
        ("Answered the o\ufffdce phone", "Answered the office phone"),
        ("Pro\ue000cient in Excel", "Proficient in Excel"),
        ("HEAD O*CE STA*", "HEAD OFFICE STAFF"),
    ],
)
def test_a_placeholder_inside_a_word_becomes_its_ligature(noisy: str, clean: str) -> None:
    assert normalize_text(noisy) == clean


@pytest.mark.parametrize(
    "text",
    [
        "Why? Because patients come first",  # "why" is a word: a question mark
        "*Implemented new intake forms",  # a bullet before a word
        "Rated 5*3 by peers; x* marks",  # no English word with a ligature there
        "Manager* (*part time)",  # a footnote mark
    ],
)
def test_other_stars_and_question_marks_stay(text: str) -> None:
    assert normalize_text(text) == text


def test_repaired_words_match_their_terms() -> None:
    held = {m.term_id for m in find_terms("Hired, trained and supervised sta*. Skills: MS-O*ce")[1]}
    assert {"staff-supervision", "ms-office"} <= held


def test_the_dental_resume_with_broken_ligatures() -> None:
    path = FIXTURES / "real-world" / "resumes" / "healthcare" / "healthcare-24025053.pdf"
    if not path.exists():
        pytest.skip("the shared real-world resumes are not on this machine")
    document = extract(path)
    assert "sta*" not in document.text and "o*ce" not in document.text
    assert "staff" in document.text
    held = {m.term_id for m in find_terms(document)[1] if m.status == "affirmed"}
    assert {"staff-supervision", "ms-office"} <= held
