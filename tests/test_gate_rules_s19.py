"""The nineteenth session's gate rules on fresh texts (issue #20 item 4): people a duty line or
an unlicensed hire's work names are not who the candidate or the hire is."""

from __future__ import annotations

from pathlib import Path

import pytest

import resumematch
from resumematch import default_vocabulary
from resumematch.match.pipeline import find_mentions, read_document
from resumematch.resume.roles import duty_line, find_roles, plain_title_line
from resumematch.scoring.candidate_fit import candidate_fit
from resumematch.scoring.posting_fit import posting_fit


@pytest.mark.parametrize(
    ("line", "duty"),
    [
        ("- Call on nurses, pharmacists and physicians in 12 hospitals", True),
        ("• Answer call lights and phones for the nurses", True),
        ("* Recruit registered nurses for nursing homes", True),
        ("Supported the charge nurse with admissions and discharges.", True),
        ("Staff Nurse, Medical-Surgical Unit", False),
        ("RN - OR, Company, City", False),
        ("Company Name - City , State", False),
        ("Staffing Coordinator Contractor on Assignment at Baxter Healthcare Company Name - City , State", False),
    ],
)
def test_a_duty_line_is_no_title(line: str, duty: bool) -> None:
    assert duty_line(line) is duty
    if duty:
        assert not plain_title_line(line)


def _levels(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "resume.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    fit = candidate_fit(document, find_roles(document), find_mentions(document, default_vocabulary()))
    return {ladder: level.name for ladder, level in fit.levels.items()}


@pytest.mark.parametrize(
    ("role", "bullet"),
    [
        ("Hospital Sales Specialist - Merck, 2015 - present", "- Call on nurses and physicians on surgical units"),
        ("Administrative Assistant, Surgical Unit - Mercy, 2017 - present", "- Answer phones for the nurses"),
        ("Medical Scribe - ScribeAmerica, 2023 - present", "- Document visits for physicians and nurse practitioners"),
        ("HR Generalist - Dignity Health, 2016 - present", "• Recruit registered nurses and patient care staff"),
    ],
)
def test_people_a_duty_bullet_names_are_not_the_candidate(tmp_path: Path, role: str, bullet: str) -> None:
    text = f"Jordan Blake\nProfessional\nExperience\n{role}\n{bullet}\nEducation: BA, 2012\n"
    assert _levels(tmp_path, text) == {}


def test_a_title_under_the_dates_is_still_read(tmp_path: Path) -> None:
    text = "Jordan Blake\nSummary\nExperience\n03/2016 to 08/2019\nStaff Nurse, Surgical Unit\n- Wound care\n"
    assert _levels(tmp_path, text) == {"nursing": "RN"}


def _reading(tmp_path: Path, title: str, body: str) -> tuple[str | None, str | None, bool]:
    path = tmp_path / "posting.txt"
    path.write_text(f"{title}\nAcme Health\n\n{body}\n", encoding="utf-8")
    fit = posting_fit(resumematch.analyze(path))
    return fit.family, fit.level.name if fit.level else None, fit.level_required


_RECRUITING = (
    "Recruit registered nurses and allied staff: source, screen and interview candidates.\n\n"
    "Requirements: 2 years of full-cycle recruiting; ATS experience."
)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Healthcare Recruiter - Nursing", _RECRUITING, ("hr", None, False)),
        ("Talent Acquisition Specialist", _RECRUITING, ("hr", None, False)),
        ("Nurse Recruiter", "Requirements: source and place travel nurses (RN) with hospitals.", ("hr", None, False)),
        (
            "Medical Device Sales Representative",
            "Requirements: call on surgeons and OR nurses in 20 hospitals; 3 years of B2B sales.",
            ("sales", None, False),
        ),
        # the hire who is a nurse is still asked the licence, whatever the body names
        ("Registered Nurse - Medical/Surgical", _RECRUITING, ("clinical", "RN", True)),
        ("Staff Nurse", "Requirements: current RN license; BLS.", ("clinical", "RN", True)),
    ],
)
def test_an_unlicensed_hires_people_are_asked_of_nobody(
    tmp_path: Path, title: str, body: str, expected: tuple[str | None, str | None, bool]
) -> None:
    assert _reading(tmp_path, title, body) == expected
