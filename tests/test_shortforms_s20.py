"""Clinical acts, settings and specialties in the short forms care staff write (issue #18, twentieth session).

The past sessions found that tables of *written forms* carried to unseen resumes where rules written
from misses did not. Bedside staff write their work in short forms: abbreviations and clipped nouns
("VS q4h", "I&O", "FSBS", "accuchecks", "tele", "L&D", "SNF/LTC", "dsg changes", "PIVs"). The table
(``data/shortforms_s20.txt``) was written from how aides, nurses, medical assistants and techs write
them, not from any set's misses, with near lines where the same letters mean something else ("Level
IV trauma center", "L&D manager for corporate training", "Portland, OR"). Lines still read wrongly
are strict xfails with their reason, so a fix shows as an XPASS.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import held_on_line
from term_table import Row, cases, read_rows, resume_with

from resumematch import default_vocabulary

ROWS = read_rows(Path(__file__).parent / "data" / "shortforms_s20.txt")


@pytest.mark.parametrize("row", cases(ROWS))
def test_short_form_is_read(row: Row) -> None:
    assert held_on_line(resume_with(row), row.line, row.term_id) is row.is_held


def test_table_names_only_vocabulary_terms_and_known_sections() -> None:
    ids = {term.id for term in default_vocabulary().terms}
    assert {row.term_id for row in ROWS} <= ids
    assert {row.section for row in ROWS} <= {"s", "c", "e", "a", "m", "d"}
    assert len(ROWS) >= 700
