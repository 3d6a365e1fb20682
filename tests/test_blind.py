"""Blind review: anonymous ids, personal details gone from every shown text, same score."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import EXAMPLES
from makers import make_docx, make_pdf

import resumematch
from resumematch import rank, ranked
from resumematch.batch.blind import Redactor, anonymous_id, redact

JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"

TEMPLATE = """{name}, RN
{street}, {city}
{email} | {phone} | {url}
Summary
Registered nurse, age {age}, born {born}. Charge nurse; {last} led the unit's staff scheduling.
Experience
Registered Nurse (RN), {employer} 2015 - 2023: discharge planning, patient assignments, Epic EHR.
Certifications
BLS, ACLS (American Heart Association)
Education
BSN, State University, {grad}"""

PEOPLE = [
    dict(
        name="Maria Gonzalez",
        last="Gonzalez",
        street="12 Oak Street",
        city="Austin, TX 78701",
        email="maria.gonzalez@example.com",
        phone="(512) 555-0187",
        url="linkedin.com/in/mgonzalez",
        age="52",
        born="1971",
        employer="St. Mary's",
        grad="1994",
    ),
    dict(
        name="Tom Baker",
        last="Baker",
        street="4401 Elm Avenue",
        city="Leeds, WY 82001",
        email="tbaker@mail.org",
        phone="+1 307 555 0123",
        url="https://github.com/tombaker",
        age="29",
        born="1995",
        employer="St. Mary's",
        grad="2017",
    ),
]

PII = [value for person in PEOPLE for key, value in person.items() if key not in ("employer", "last")]


def _resume(person: dict[str, str]) -> str:
    return TEMPLATE.format(**person)


def test_redactor_removes_each_kind_of_detail() -> None:
    text = _resume(PEOPLE[0])
    shown = Redactor.for_text(text).redact(text)
    for value in PII[: len(PEOPLE[0]) - 2]:
        assert value not in shown, value
    assert "Gonzalez" not in shown and "Maria" not in shown
    for kept in ("Registered Nurse (RN)", "BLS, ACLS", "discharge planning", "Epic EHR", "BSN"):
        assert kept in shown
    assert redact("Call 555-123-4567 or visit www.x.org", names=()) == "Call [phone] or visit [url]"
    assert redact("Dates: 2005-2009; ICD-10 coding") == "Dates: [year]-[year]; ICD-10 coding"


def test_anonymous_id_is_stable_salted_and_nameless() -> None:
    content = b"same bytes"
    assert anonymous_id(content, salt="r1") == anonymous_id(b"same bytes", salt="r1")
    assert anonymous_id(content, salt="r1") != anonymous_id(content, salt="round-2")
    assert anonymous_id(content, salt="r1") != anonymous_id(b"other bytes", salt="r1")
    assert anonymous_id(content, salt="").startswith("cand-")


@pytest.mark.parametrize("kind", ["txt", "pdf", "docx"])
def test_personal_details_never_change_the_score(tmp_path: Path, kind: str) -> None:
    profile = resumematch.analyze(JOB)
    paths = []
    for number, person in enumerate(PEOPLE):
        text = _resume(person)
        path = tmp_path / f"{person['name'].replace(' ', '_')}-{number}.{kind}"
        if kind == "txt":
            path.write_text(text, "utf-8")
        elif kind == "pdf":
            path.write_bytes(make_pdf([text]))
        else:
            path.write_bytes(make_docx(text.splitlines()))
        paths.append(path)

    plain = ranked(rank(profile, paths, workers=0))
    assert plain[0].score == plain[1].score and plain[0].score is not None and plain[0].score > 30
    assert plain[0].parts == plain[1].parts

    blind = ranked(rank(profile, paths, workers=0, blind=True))
    first, second = (row.to_dict() for row in blind)
    assert "file" not in first and first["id"] != second["id"]
    # Blind rows of the same resume under two identities are identical but for the id.
    assert {**first, "id": None, "rank": None} == {**second, "id": None, "rank": None}
    shown = json.dumps([first, second], ensure_ascii=False)
    for value in PII:  # as a whole token: "29" may be part of a score such as 25.29
        assert not re.search(rf"(?<![\w.]){re.escape(value)}(?![\w.])", shown), value
    for person in PEOPLE:
        assert person["last"] not in shown
    assert tmp_path.name not in shown


def test_blind_error_rows_hide_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "Jane_Doe_resume.pdf"
    path.write_bytes(b"%PDF-1.7 broken")
    (row,) = rank(JOB, [path], workers=0, blind=True, salt="round-1")
    data = row.to_dict()
    assert data["error"]["type"] == "CorruptFileError"
    assert "Jane_Doe" not in json.dumps(data) and data["id"] == anonymous_id(path.read_bytes(), salt="round-1")
