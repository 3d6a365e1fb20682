"""The resume view of the HTML report: the extracted text exactly as it is, highlights over it."""

from __future__ import annotations

import html
import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from resumematch import check
from resumematch.models import Mention
from resumematch.render.highlight import highlighted_text


def _text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def _mention(start: int, end: int, *, category: str = "tool", status: str = "affirmed", term: str = "t") -> Mention:
    return Mention(term, term.upper(), category, "", start, end, status=status)  # type: ignore[arg-type]


def test_punctuation_and_parentheses_are_kept_as_written(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    resume = "Certified Medical Assistant (AAMA), BLS.\nFollows HIPAA practices.\n\n  Indented <b>line</b>"
    report = check(resume, job="Requirements:\n- BLS\n- HIPAA\n", vocab=mini_vocab)
    fragment = highlighted_text(report.resume.text, report.mentions)
    assert _text_of(fragment) == report.resume.text
    assert "practices ." not in _text_of(fragment) and "( AAMA )" not in _text_of(fragment)
    assert "&lt;b&gt;line&lt;/b&gt;" in fragment  # escaped, never markup
    assert fragment.count("<mark") >= 2


def test_overlapping_and_nested_mentions_keep_the_text_and_one_anchor_each() -> None:
    text = "Epic EHR daily"
    mentions = [_mention(0, 8, term="ehr"), _mention(0, 4, term="epic"), _mention(2, 11, status="negated", term="x")]
    fragment = highlighted_text(text, mentions)
    assert _text_of(fragment) == text
    assert [f"m-{i}" for i in range(3)] == sorted(re.findall(r'id="(m-\d+)"', fragment))
    assert 'class="hl c-tool multi"' in fragment


@settings(max_examples=60, deadline=None)
@given(
    st.text(max_size=200),
    st.lists(st.tuples(st.integers(0, 220), st.integers(0, 40)), max_size=12),
)
def test_any_text_and_mentions_round_trip(text: str, spans: list[tuple[int, int]]) -> None:
    mentions = [_mention(start, start + length) for start, length in spans]
    fragment = highlighted_text(text, mentions)
    assert _text_of(fragment) == text
    assert len(re.findall(r'<span id="m-\d+"', fragment)) == len(mentions)


def test_a_huge_one_line_document_is_rendered_in_linear_time() -> None:
    text = "Epic charting, BLS (AHA). " * 80_000  # 2,080,000 characters on one line
    mentions = [_mention(i * 26, i * 26 + 4) for i in range(80_000)]
    began = time.perf_counter()
    fragment = highlighted_text(text, mentions)
    assert time.perf_counter() - began < 5.0
    assert fragment.count("<mark") == 80_000
