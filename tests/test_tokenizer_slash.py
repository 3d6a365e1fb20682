"""``resumematch.Tokenizer.v1`` splits a slash that closes or opens a word, and keeps the rest."""

from __future__ import annotations

import pytest
import spacy

from resumematch import find_terms
from resumematch.match.tokenizer import resume_english

_NLP = resume_english()
_STOCK = spacy.blank("en")


def words(text: str) -> list[str]:
    return [t.text for t in _NLP(text)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Administrative Assistant/ Home manager", ["Administrative", "Assistant", "/", "Home", "manager"]),
        ("Health Care Management/ Health", ["Health", "Care", "Management", "/", "Health"]),
        ("AS /BS", ["AS", "/", "BS"]),
        ("(Hiring/ Termination)", ["(", "Hiring", "/", "Termination", ")"]),
        ("M.D./ PhD", ["M.D.", "/", "PhD"]),
    ],
)
def test_a_slash_at_a_word_edge_is_a_token(text: str, tokens: list[str]) -> None:
    assert words(text) == tokens


@pytest.mark.parametrize(
    "text",
    [
        "and/or",
        "24/7 care",
        "N/A",
        "I/O",
        "12/2019 - 1/2/2020",
        "https://www.example.com/path/",
        "see www.example.org/ now",
        "x.com/a/b/",
        "Policy/Program",
        "RN/BSN",
    ],
)
def test_dates_urls_and_slashes_between_words_keep_spacys_tokens(text: str) -> None:
    assert words(text) == [t.text for t in _STOCK(text)]


def test_a_phrase_before_a_closing_slash_is_found() -> None:
    held = {m.term_id for m in find_terms("Administrative Assistant/ Home manager, 2015-2019")[1]}
    assert "administrative-assistant" in held


def test_a_hyphen_bullet_without_its_space_starts_the_word() -> None:
    assert words("-BLS certification") == ["-", "BLS", "certification"]
    assert words("--Phlebotomy") == ["--", "Phlebotomy"]
    # a hyphen inside a word, or before a number, keeps spaCy's reading
    assert words("x-ray") == ["x", "-", "ray"]
    assert words("-5") == ["-5"]
    found = {m.term_id for m in find_terms("Skills\n-BLS certification\n-Phlebotomy\n")[1]}
    assert {"bls", "phlebotomy"} <= found
