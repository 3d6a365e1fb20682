"""The forms tables' shared reading: a table file of term lines, each line placed in a short resume.

A table (``data/*.txt``) names a term id on its own line, then indented lines ``+ s: text`` (the
term is held on that line) or ``- s: text`` (it is not), where ``s`` says which section of a short
resume the line sits in; ``  # open: reason`` marks a line still read wrongly (a strict xfail, so a
fix shows as an XPASS). Used by the seventeenth session's skill-forms table and the eighteenth
session's everyday-words table.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

_HEAD = "Jane Doe\nSummary\nHealthcare professional with eight years of experience.\n"
_COORDINATOR = "Experience\nCoordinator, Acme Clinic, 2019 - 2023\n"
_NURSE = "Experience\nStaff Nurse, Mercy Hospital, 2016 - 2023\n"
_AIDE = "Experience\nCertified Nursing Assistant, Sunrise Care Center, 2017 - 2023\n"
_OFFICE = "Experience\nMedical Office Specialist, Valley Family Practice, 2015 - 2023\n"
_DEGREE = "Education\nBachelor of Arts : History , 2012\n"

SECTIONS = {
    "s": f"{_HEAD}Skills\n{{line}}\n{_COORDINATOR}{_DEGREE}",
    "c": f"{_HEAD}Skills\n{{line}}\n{_NURSE}{_DEGREE}",
    "e": f"{_HEAD}{_NURSE}{{line}}\n{_DEGREE}",
    "a": f"{_HEAD}{_AIDE}{{line}}\n{_DEGREE}",
    "m": f"{_HEAD}{_OFFICE}{{line}}\n{_DEGREE}",
    "d": f"{_HEAD}{_COORDINATOR}Education\n{{line}}\n",
    "l": f"{_HEAD}{_COORDINATOR}Licenses and Certifications\n{{line}}\n",
}
"""Where a resume would write a line: skills (a coordinator's or a nurse's resume), a nurse's,
an aide's or a medical office specialist's experience, education, licences."""


class Row(NamedTuple):
    term_id: str
    is_held: bool
    section: str
    line: str
    reason: str


def resume_with(row: Row) -> str:
    """A short resume holding the row's line where a resume would write it."""
    return SECTIONS[row.section].format(line=row.line)


def read_rows(table: Path) -> list[Row]:
    rows: list[Row] = []
    term_id = ""
    for raw in table.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if not raw.startswith(" "):
            term_id = raw.strip()
            continue
        body, _, note = raw.strip().partition("  # open: ")
        section, _, line = body[2:].partition(": ")
        rows.append(Row(term_id, body[0] == "+", section, line, note))
    return rows


def cases(rows: list[Row]) -> list[object]:
    """One test case a row, a strict xfail where the row is marked open."""
    out: list[object] = []
    for row in rows:
        marks = [pytest.mark.xfail(strict=True, reason=row.reason)] if row.reason else []
        sign = "+" if row.is_held else "-"
        out.append(pytest.param(row, marks=marks, id=f"{row.term_id}{sign}{row.line[:40]}"))
    return out
