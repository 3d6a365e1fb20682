"""Hard skills, tools and regulations in the forms resumes write them (issue #18, seventeenth session).

The table (``data/skillforms18_s17.txt``) was written from how resumes word each hard-skill, tool and
regulation term of the shipped vocabulary, not from any set's misses: abbreviations with and without
dots, plural and verb forms, products with their vendor or version, skills written as tasks, UK and
US spellings, and near lines that must not credit the term (another sense, a plan, someone else's
work). Each line is read inside a short resume, in the section a resume would hold it in, and must
(or must not) credit its term, itself or through ``broader`` links, as the candidate's own on that
line. Lines still read wrongly are strict xfails with their reason, so a fix shows as an XPASS.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import held_on_line
from term_table import Row, cases, read_rows, resume_with

from resumematch import default_vocabulary

ROWS = read_rows(Path(__file__).parent / "data" / "skillforms18_s17.txt")


@pytest.mark.parametrize("row", cases(ROWS))
def test_form_is_read_as_a_resume_writes_it(row: Row) -> None:
    assert held_on_line(resume_with(row), row.line, row.term_id) is row.is_held


def test_table_names_only_vocabulary_terms_and_known_sections() -> None:
    ids = {term.id for term in default_vocabulary().terms}
    assert {row.term_id for row in ROWS} <= ids
    assert {row.section for row in ROWS} <= {"s", "c", "e", "l", "d"}
    assert len(ROWS) >= 600
