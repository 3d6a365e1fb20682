"""The not-held tables' shared reading: a line placed in the section of a short resume a resume
would write it in, and one test case a row (strict xfail where the row is still read wrongly).

Used by the seventeenth session's table of titles and credentials not held, the eighteenth
session's table of skills, acts, duties, tools and degrees not done, and the twentieth and
twenty-first sessions' not-held and false-hit tables (rows with a class: ``resume_for``, ``kind_cases``).
"""

from __future__ import annotations

from typing import Literal, cast

import pytest

Section = Literal["sig", "sum", "obj", "role", "exp", "lic", "edu", "skill", "ref"]
Row = tuple[Section, str, str, bool]
"""(section, line, term id, whether the candidate holds the term on that line)"""

_HEAD = "Summary\nHealthcare support professional with eight years of experience.\n"
_JOB = "Experience\nUnit Secretary, Mercy Hospital, 2016 - 2023\n- Answered phones and greeted visitors\n"
_DEGREE = "Education\nHigh School Diploma, 2012\n"


_SECTIONS: dict[str, str] = {
    "sig": f"{{line}}\njane.doe@example.com | (555) 123-4567\n{_HEAD}{_JOB}{_DEGREE}",
    "sum": f"Jane Doe\nSummary\n{{line}}\n{_JOB}{_DEGREE}",
    "obj": f"Jane Doe\nObjective\n{{line}}\n{_JOB}{_DEGREE}",
    "role": f"Jane Doe\n{_HEAD}Experience\n{{line}}\n- Answered phones and greeted visitors\n{_DEGREE}",
    "exp": f"Jane Doe\n{_HEAD}{_JOB}- {{line}}\n{_DEGREE}",
    "lic": f"Jane Doe\n{_HEAD}{_JOB}{_DEGREE}Licenses and Certifications\n{{line}}\n",
    "edu": f"Jane Doe\n{_HEAD}{_JOB}Education\n{{line}}\n",
    "ref": f"Jane Doe\n{_HEAD}{_JOB}{_DEGREE}References\n{{line}}\n",
    "skill": f"Jane Doe\n{_HEAD}Skills\n{{line}}\n{_JOB}{_DEGREE}",
}
"""Where a resume would write a line: its signature, summary, objective, role line, a role's
bullet, licences, education, references or skills."""


def resume_with(section: Section, line: str) -> str:
    """A short resume holding ``line`` in the section a resume would write it in."""
    return _SECTIONS[section].format(line=line)


def cases(rows: list[Row], still_open: dict[tuple[str, str], str]) -> list[object]:
    """One case a row; a row whose (line, term) is open is a strict xfail with its reason."""
    out: list[object] = []
    for section, line, term_id, is_held in rows:
        reason = still_open.get((line, term_id))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        label = f"{'held' if is_held else 'not'}:{term_id}:{line[:40]}"
        out.append(pytest.param(section, line, term_id, is_held, marks=marks, id=label))
    return out


OFFICE = (
    "Jane Doe\nSummary\nOffice and IT coordinator with eight years in logistics and retail.\n"
    "Experience\nOperations Coordinator, Acme Freight, 2016 - 2023\n- {line}\n"
    "Education\nHigh School Diploma, 2012\n"
)
"""An office worker's resume: where a word's everyday sense is read (section ``gen``)."""


def resume_for(section: str, line: str) -> str:
    """A short resume holding ``line``: an office worker's for an everyday sense (``gen``), else
    a healthcare support worker's with the line in its section."""
    if section == "gen":
        return OFFICE.format(line=line)
    return resume_with(cast(Section, section), line)


def kind_cases(rows: list[tuple[str, str, str, str]], still_open: dict[tuple[str, str], str]) -> list[object]:
    """One case a (section, line, term, kind) row, kind ``+`` when held; an open row is a strict xfail."""
    out: list[object] = []
    for section, line, term_id, kind in rows:
        reason = still_open.get((line, term_id))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(section, line, term_id, kind, marks=marks, id=f"{kind}:{term_id}:{line[:40]}"))
    return out


def open_rows(still_open: str) -> set[tuple[str, str]]:
    """The ``term | line`` rows of a table's still-open list."""
    return {
        (term.strip(), line.strip()) for term, line in (raw.split(" | ", 1) for raw in still_open.strip().splitlines())
    }


def open_reasons(
    rows: list[tuple[str, str, str, str]], still_open: set[tuple[str, str]], reasons: dict[str, str]
) -> dict[tuple[str, str], str]:
    """(line, term) -> the reason of its class, for the (section, line, term, class) rows still open."""
    return {(line, term): reasons[kind] for _, line, term, kind in rows if (term, line) in still_open}


def class_rows(table: str) -> list[tuple[str, str, str, str]]:
    """(section, line, term id, class) for each ``term | section | class | line`` row of a table."""
    out = []
    for raw in table.strip().splitlines():
        if raw.startswith("#"):
            continue
        term_id, section, kind, line = (part.strip() for part in raw.split(" | ", 3))
        out.append((section, line, term_id, kind))
    return out
