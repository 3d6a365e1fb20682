"""Clinical acts, specialties, settings and office work in everyday words (issue #18, eighteenth session).

The seventeenth session found the written forms of hard skills mostly read; what unseen resumes miss
is the work told in other words. The table (``data/paraskill18_s18.txt``) was written from how aides,
techs, nurses, therapists, medical office and billing staff and coordinators describe each hard-skill,
specialty, setting and tool term of the vocabulary ("drew blood", "took vitals", "floated to tele",
"worked the claims queue"), not from any set's misses, with near lines that must not credit the term
(the act on a record or a non-patient, someone else's unit, an employer's address). Each line is read
inside a short resume of the role that would write it and must (or must not) credit its term, itself
or through ``broader`` links, as the candidate's own. Lines still read wrongly are strict xfails with
their reason, so a fix shows as an XPASS.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import held_on_line
from term_table import Row, cases, read_rows, resume_with

from resumematch import default_vocabulary

ROWS = read_rows(Path(__file__).parent / "data" / "paraskill18_s18.txt")


@pytest.mark.parametrize("row", cases(ROWS))
def test_work_in_everyday_words_is_read(row: Row) -> None:
    assert held_on_line(resume_with(row), row.line, row.term_id) is row.is_held


def test_table_names_only_vocabulary_terms_and_known_sections() -> None:
    ids = {term.id for term in default_vocabulary().terms}
    assert {row.term_id for row in ROWS} <= ids
    assert {row.section for row in ROWS} <= {"s", "c", "e", "a", "m"}
    assert len(ROWS) >= 800
