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
from typing import NamedTuple

import pytest
from conftest import held_on_line

from resumematch import default_vocabulary

_TABLE = Path(__file__).parent / "data" / "paraskill18_s18.txt"
_HEAD = "Jane Doe\nSummary\nHealthcare professional with eight years of experience.\n"
_COORDINATOR = "Experience\nCoordinator, Acme Clinic, 2019 - 2023\n"
_NURSE = "Experience\nStaff Nurse, Mercy Hospital, 2016 - 2023\n"
_AIDE = "Experience\nCertified Nursing Assistant, Sunrise Care Center, 2017 - 2023\n"
_OFFICE = "Experience\nMedical Office Specialist, Valley Family Practice, 2015 - 2023\n"
_DEGREE = "Education\nBachelor of Arts : History , 2012\n"


class Row(NamedTuple):
    term_id: str
    is_held: bool
    section: str
    line: str
    reason: str


def _resume(section: str, line: str) -> str:
    """A short resume holding ``line`` where a resume would write it."""
    if section == "e":
        return f"{_HEAD}{_NURSE}{line}\n{_DEGREE}"
    if section == "a":
        return f"{_HEAD}{_AIDE}{line}\n{_DEGREE}"
    if section == "m":
        return f"{_HEAD}{_OFFICE}{line}\n{_DEGREE}"
    if section == "c":
        return f"{_HEAD}Skills\n{line}\n{_NURSE}{_DEGREE}"
    return f"{_HEAD}Skills\n{line}\n{_COORDINATOR}{_DEGREE}"


def _rows() -> list[Row]:
    rows: list[Row] = []
    term_id = ""
    for raw in _TABLE.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if not raw.startswith(" "):
            term_id = raw.strip()
            continue
        body, _, note = raw.strip().partition("  # open: ")
        section, _, line = body[2:].partition(": ")
        rows.append(Row(term_id, body[0] == "+", section, line, note))
    return rows


ROWS = _rows()


def _cases() -> list[object]:
    cases: list[object] = []
    for row in ROWS:
        marks = [pytest.mark.xfail(strict=True, reason=row.reason)] if row.reason else []
        sign = "+" if row.is_held else "-"
        cases.append(pytest.param(row, marks=marks, id=f"{row.term_id}{sign}{row.line[:40]}"))
    return cases


@pytest.mark.parametrize("row", _cases())
def test_work_in_everyday_words_is_read(row: Row) -> None:
    assert held_on_line(_resume(row.section, row.line), row.line, row.term_id) is row.is_held


def test_table_names_only_vocabulary_terms_and_known_sections() -> None:
    ids = {term.id for term in default_vocabulary().terms}
    assert {row.term_id for row in ROWS} <= ids
    assert {row.section for row in ROWS} <= {"s", "c", "e", "a", "m"}
    assert len(ROWS) >= 800
