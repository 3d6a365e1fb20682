"""A posting's lines (headings, bullets, wrapped paragraphs, title) and its prose cut into
sentences and clauses: the two readings ``posting/layout.py`` walks to make statements."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from resumematch.posting.layout import PostingStatement, posting_statements
from resumematch.posting.lines import in_bare_list, posting_lines, title_line, unwrap
from resumematch.posting.prose import is_sentence, label_kind, prose_statements


def test_a_hard_wrapped_paragraph_is_one_line_and_a_bare_list_stays_apart() -> None:
    text = (
        "Requirements:\n"
        "Strong experience with orchestration with Kubernetes or\n"
        "ECS; strong grasp of SQL.\n"
        "\n"
        "BLS certification\n"
        "3+ years of clinical experience\n"
    )
    lines, headings, bullets = posting_lines(text)
    assert lines == [
        "Requirements:\n",
        "Strong experience with orchestration with Kubernetes or\nECS; strong grasp of SQL.\n",
        "\n",
        "BLS certification\n",
        "3+ years of clinical experience\n",
    ]
    assert headings == [True, False, False, False, False]
    assert bullets == [False] * 5
    assert "".join(lines) == text  # offsets still add up
    assert in_bare_list(lines, headings, 3) and in_bare_list(lines, headings, 4)
    assert not in_bare_list(lines, headings, 1)


def test_bullets_and_a_line_that_carries_on_the_sentence_above() -> None:
    lines, headings, bullets = posting_lines("Skills\n- Epic EHR\n• Patient scheduling and\n(Feast or Tecton), and\n")
    assert len(lines) == 4  # a bullet's wrapped line is joined to it later, when statements are read
    assert headings == [True, False, False, False]
    assert bullets == [False, True, True, False]
    statements = [s.text for s in posting_statements("".join(lines))]
    assert statements[-1] == "Patient scheduling and (Feast or Tecton), and"


def test_the_title_line_heads_a_short_block_only() -> None:
    assert title_line(["\n", "Registered Nurse\n", "City Hospital\n", "\n", "About us\n"]) == 1
    assert title_line(["BLS certification\n", "Epic EHR\n", "Phlebotomy\n"]) is None
    assert title_line(["3+ years of experience\n"]) is None
    assert title_line(["\n"]) is None


def test_unwrap_joins_a_word_broken_at_its_hyphen() -> None:
    assert unwrap("Python, scikit-\n  learn and\npandas") == "Python, scikit-learn and pandas"


def test_clauses_between_semicolons_are_statements_and_a_qualifying_clause_stays() -> None:
    paragraph = "Requirements: 4+ years of Python; deep knowledge of asyncio. Nursing experience; hospital preferred."
    statements = list(prose_statements(paragraph))
    assert [s.text for s in statements] == [
        "4+ years of Python",
        " deep knowledge of asyncio.",
        "Nursing experience; hospital preferred.",
    ]
    assert [s.label for s in statements] == ["required", "required", None]
    assert all(paragraph[s.offset : s.offset + len(s.text)] == s.text for s in statements)


def test_a_second_verb_of_having_starts_a_second_requirement() -> None:
    sentence = "You will understand safeguarding policy and have the ability to assess risk."
    assert [s.text for s in prose_statements(sentence)] == [
        "You will understand safeguarding policy",
        "have the ability to assess risk.",
    ]


def test_a_requirements_label_and_its_kind() -> None:
    assert label_kind("Nice to have: Kafka") == (len("Nice to have: "), "preferred")
    assert label_kind("Requirements: SQL").kind == "required"
    assert label_kind("Location: Leeds") == (0, None)


def test_a_sentence_is_long_and_ends_in_a_full_stop() -> None:
    assert is_sentence("You will work closely with the ward team and the patients every day.")
    assert not is_sentence("Bachelor's degree in nursing from an accredited program")


@given(st.text(alphabet=st.sampled_from(list("ab Ab:;.-•\n\t,?!")), max_size=200))
def test_lines_keep_the_text_and_statements_stay_inside_it(text: str) -> None:
    lines, headings, bullets = posting_lines(text)
    assert "".join(lines) == text
    assert len(lines) == len(headings) == len(bullets)
    for statement in posting_statements(text):
        assert isinstance(statement, PostingStatement)
        assert 0 <= statement.start <= statement.end <= len(text)
