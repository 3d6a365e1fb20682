"""Tools in the forms resumes write them (issue #18, twentieth session).

The table (``data/toolforms_s20.txt``) was written from how resumes name each of the shipped
vocabulary's 26 tool terms, not from any set's misses: products and their modules and versions,
suites, spacing, dots and case, tools in lists, sentences and bare rows; and near lines that
must not credit the tool (exposure or training only, a plan, the same word in another sense, an
employer's name, a system the employer adopted without the candidate). Each line is read inside
a short resume, in the section a resume would hold it in. Lines still read wrongly are strict
xfails with their reason, so a fix shows as an XPASS.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import held_on_line
from term_table import Row, cases, read_rows, resume_with

from resumematch import default_vocabulary

ROWS = read_rows(Path(__file__).parent / "data" / "toolforms_s20.txt")


@pytest.mark.parametrize("row", cases(ROWS))
def test_tool_form_is_read_as_a_resume_writes_it(row: Row) -> None:
    assert held_on_line(resume_with(row), row.line, row.term_id) is row.is_held


def test_table_covers_every_tool_term_with_both_sides() -> None:
    vocabulary = default_vocabulary()
    tools = {term.id for term in vocabulary.terms if term.category == "tool"}
    assert {row.term_id for row in ROWS} == tools
    for tool in tools:
        assert {row.is_held for row in ROWS if row.term_id == tool} == {True, False}
    assert {row.section for row in ROWS} <= {"s", "c", "e", "a", "m"}
    assert len(ROWS) >= 500


@pytest.mark.parametrize("heading", ["Systems", "SYSTEMS", "Systems:"])
def test_a_software_heading_is_a_skills_section_for_a_bare_tool(heading: str) -> None:
    text = f"Jane Doe\nExperience\nFront Desk Lead, Acme Services, 2019 - 2023\n{heading}\nEpic\nOutlook\n"
    assert held_on_line(text, "Epic", "epic")
    assert held_on_line(text, "Outlook", "ms-outlook")


def test_a_heading_not_of_software_leaves_a_bare_tool_unread() -> None:
    text = "Jane Doe\nExperience\nFront Desk Lead, Acme Services, 2019 - 2023\nInterests\nEpic\n"
    assert not held_on_line(text, "Epic", "epic")
