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
    began = time.process_time()  # CPU time: the shared machine's load does not inflate it
    fragment = highlighted_text(text, mentions)
    assert time.process_time() - began < 5.0  # about 0.7 s
    assert fragment.count("<mark") == 80_000


def _contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_colours_meet_wcag_aa_contrast() -> None:
    from resumematch.render import html as report

    text = "#1f2328"
    for background in [*report._CATEGORY_COLOURS.values(), report._DISCOUNTED_COLOUR]:
        assert _contrast(text, background) >= 4.5, background
    for colour in report._MET_COLOURS.values():
        assert _contrast(colour, "#ffffff") >= 4.5, colour
        assert _contrast(colour, "#f6f8fa") >= 4.5, colour  # table headers' and the form's background
