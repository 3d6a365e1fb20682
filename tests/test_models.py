"""Document helpers that every renderer relies on."""

from __future__ import annotations

import dataclasses

import pytest

from resumematch import Document
from resumematch.models import Mention


def _document(text: str) -> Document:
    return Document(text=text, source="<t>", format="text", pages=2, page_starts=(0, text.index("Page two")))


def test_snippet_keeps_short_lines_whole_and_centres_long_ones() -> None:
    long_line = "Summary: " + "filler words " * 20 + "Epic EHR" + " more filler" * 20
    document = _document(f"Short line with BLS\n{long_line}\nPage two")
    assert document.snippet(16, 19) == "Short line with BLS"
    start = document.text.index("Epic EHR")
    snippet = document.snippet(start, start + 8, width=40)
    assert "Epic EHR" in snippet
    assert snippet.startswith("...") and snippet.endswith("...")
    assert len(snippet) <= 46


def test_page_and_line_lookup() -> None:
    document = _document("First page\nsecond line\nPage two here")
    assert document.page_of(0) == 1
    assert document.page_of(document.text.index("two")) == 2
    assert document.line_at(document.text.index("second")) == "second line"


def test_a_mention_from_values_is_the_same_frozen_mention() -> None:
    values = ("bls", "BLS", "certification", "BLS", 4, 7, "certifications", "abbreviation", 1.0, "affirmed", 1, "AHA")
    values += (None, "2026-06")
    made = Mention.from_values(values)
    assert made == Mention(*values) and hash(made) == hash(Mention(*values))
    assert made.to_dict() == Mention(*values).to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 0  # type: ignore[misc]
    with pytest.raises(ValueError):
        Mention.from_values(values[:-1])  # every field, no defaults
