"""Document helpers that every renderer relies on."""

from __future__ import annotations

from resumematch import Document


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
