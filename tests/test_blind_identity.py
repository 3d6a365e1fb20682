"""Blind review holds: every kind of identity detail is removed, skills stay, and the
random default salt is kept with the id map and across ``--resume``."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from conftest import EXAMPLES
from makers import make_docx, make_pdf

from resumematch import extract, rank
from resumematch.batch.blind import Redactor, anonymous_id
from resumematch.batch.checkpoint import sidecar_path
from resumematch.batch.names import find_name
from resumematch.cli import main

JOB = str(EXAMPLES / "jobs" / "clinical-coordinator.txt")


def shown(text: str) -> str:
    return Redactor.for_text(text).redact(text)


def gone(value: str, text: str) -> bool:
    return not re.search(rf"(?<![\w/]){re.escape(value)}(?![\w/])", text, re.IGNORECASE)


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("Jane Q. Doe, RN, BSN\nSummary", ["Jane", "Doe"]),
        ("DOE, JANE\nSummary", ["DOE", "JANE"]),
        ("Núñez-García, José\nExperience", ["Núñez-García", "José"]),
        ("RESUME\n\nSiobhán O'Connor (she/her)\nExperience", ["Siobhán", "O'Connor"]),
        ("CURRICULUM VITAE\nMaría van der Berg\nSkills", ["María", "van", "der", "Berg"]),
        ("Résumé\nName: Kwame Mensah\nSkills", ["Kwame", "Mensah"]),
        ("Dr. Amara Osei\nSkills", ["Amara", "Osei"]),
        ("Jane Doe RN BSN\nSkills", ["Jane", "Doe"]),
        ("Registered Nurse\nAustin, TX\nSkills", []),
        ("PHARMACEUTICAL SALES REPRESENTATIVE\nTEAMLEADERSHIP REPORTING\nCompanyName City\nSkills", []),
    ],
)
def test_the_name_is_read_in_every_usual_form(top: str, expected: list[str]) -> None:
    assert find_name(top) == expected


def test_a_name_is_removed_in_every_spelling_later_in_the_text() -> None:
    text = (
        "José Núñez-García\nExperience\nNunez led the unit; NÚÑEZ-GARCÍA trained staff; Garcia's rota.\n"
        "Handles: josenunez, jnunez-garcia88"
    )
    result = shown(text)
    for value in ("José", "Jose", "Núñez", "Nunez", "García", "Garcia", "josenunez"):
        assert gone(value, result), (value, result)
    assert "led the unit" in result and "trained staff" in result


def test_name_words_that_are_english_words_stay_in_prose() -> None:
    result = shown("Grace Baker\nExperience\nBaker led the unit with grace; baker's dozen")
    assert "Baker led" not in result and "with grace" in result and "baker's dozen" in result


PLANTED = {
    "email": [
        "jane.doe@gmail.com",
        "jane at gmail dot com",
        "jane.doe [at] mailbox [dot] org",
        "jdoe(at)yahoo(dot)com",
        "jdoe at outlook.com",
    ],
    "phone": ["(512) 555-0187", "+44 20 7946 0958", "07700 900123", "+49 (0)30 1234567", "Tel: 555-0187"],
    "social": ["Skype: jane.doe88", "XING: Jane_Doe", "Twitter: @janed", "Instagram: @jd_rn", "xing.com/profile/J_D"],
    "address": ["12 Oak Street, Apt 4B", "PO Box 1234", "Flat 2, 10 Meadow Close", "Hauptstraße 5", "Leeds LS1 4AP"],
    "place": ["Austin, TX 78701", "Springfield, Illinois", "Berlin, Germany", "Lives in Denver", "10115 Berlin"],
    "age": ["34-year-old", "Age: 34", "aged 34", "34 years old", "34 y/o"],
    "birth": [
        "Date of Birth - 03.04.1990",
        "DOB: 03/04/1990",
        "Date of birth: 3 March 1990",
        "Born: March 3, 1990",
        "born on 3 May 1990 in Lagos",
    ],
    "pronoun": ["Pronouns: she/her", "(he/him)", "they/them", "She led the unit", "his team"],
    "gender": ["Gender: Female", "Sex: M", "mother of two", "Mrs. Doe", "male"],
    "marital": ["Marital status: Married", "married with two children", "Divorced", "Family status: Widowed"],
    "religion": ["Religion: Catholic", "First Baptist Church youth group", "Muslim", "Jewish community volunteer"],
    "nationality": [
        "Nationality: German",
        "US citizen",
        "Citizenship: Canadian",
        "British national",
        "citizen of Brazil",
    ],
    "photo": ["photo.jpg", "[Photo]", "Photo: jane_headshot.png", "(photo attached)", "IMG_0042.JPEG"],
}
SECRET = re.compile(
    r"jane|jdoe|doe|\d{3}|Oak|Box|Meadow|Hauptstra|LS1|Austin|Springfield|Berlin|Denver|34|1990|Lagos|she|he/him|"
    r"they/them|his|Female|Sex|mother|Mrs|male|Married|Divorced|Widowed|Catholic|Baptist|Church|Muslim|Jewish|"
    r"German|US citizen|Canadian|British|Brazil|photo\.jpg|Photo|headshot|IMG",
    re.IGNORECASE,
)


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_each_kind_of_identity_detail_is_removed(kind: str) -> None:
    for value in PLANTED[kind]:
        text = f"Jane Doe\nSummary\nCharge nurse; {value}; BLS and ACLS, Epic EHR."
        result = shown(text)
        assert not SECRET.search(result.replace("[photo]", "")), (value, result)
        assert "BLS and ACLS, Epic EHR" in result and "Charge nurse" in result


def test_what_a_recruiter_needs_is_kept() -> None:
    text = (
        "Kept Person\nExperience\nRegistered Nurse, St. Mary's Catholic Hospital: discharge planning, IV therapy\n"
        "Women's health nurse practitioner; fluent in Spanish; single point of contact for the unit\n"
        "Authorized to work in the US; no sponsorship required. Temple University Hospital, Baptist Health."
    )
    result = shown(text)
    for kept in (
        "Registered Nurse, St. Mary's Catholic Hospital",
        "Women's health nurse practitioner",
        "fluent in Spanish",
        "single point of contact",
        "Authorized to work in the US; no sponsorship required",
        "Temple University Hospital, Baptist Health",
    ):
        assert kept in result, (kept, result)


RESUME_LINES = [
    "LEFÈVRE, RENÉE",
    "12 Oak Street, Austin, TX 78701 | renee at gmail dot com | Skype: renee.lefevre",
    "Pronouns: she/her | Age: 41 | Marital status: Married | Nationality: French | photo.jpg",
    "Summary",
    "Lefèvre is a registered nurse; she is skilled in BLS, ACLS and discharge planning.",
]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_pdf_and_docx_resumes_lose_their_identity_in_blind_rows(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"resume.{kind}"
    path.write_bytes(make_pdf(["\n".join(RESUME_LINES)]) if kind == "pdf" else make_docx(RESUME_LINES))
    text = extract(path).text
    assert "Lefèvre" in text and "Skype" in text  # the details are in the file
    result = shown(text)
    for value in ("Renée", "Lefèvre", "Oak", "Austin", "renee", "41", "Married", "French", "photo.jpg", "she"):
        assert gone(value, result), (value, result)
    (row,) = rank(JOB, [path], workers=0, blind=True, salt="s")
    evidence = " ".join(t.evidence or "" for t in row.matched)
    assert "BLS" in evidence and "Lefèvre" not in evidence and " she " not in evidence


def test_library_blind_ids_use_a_random_salt_unless_one_is_given(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Registered Nurse with BLS", "utf-8")
    first, second = (next(rank(JOB, [path], workers=0, blind=True)).id for _ in range(2))
    assert first != second  # nobody holding the file can compute its id
    assert first != anonymous_id(path.read_bytes(), salt="")
    salted = next(rank(JOB, [path], workers=0, blind=True, salt="round-1")).id
    assert salted == anonymous_id(path.read_bytes(), salt="round-1")


def _run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), stdout=out, stderr=err), err.getvalue()


def _map(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))


def test_cli_random_salt_goes_to_the_id_map_and_survives_resume(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, body in (("a.txt", "RN with BLS"), ("b.txt", "ACLS and Epic EHR"), ("c.txt", "Excel")):
        (folder / name).write_text(body, "utf-8")
    rows, ids = tmp_path / "rows.jsonl", tmp_path / "ids.csv"
    args = ("rank", str(folder), "--job", JOB, "-f", "jsonl", "-o", str(rows), "--blind", "--workers", "0")
    assert _run(*args, "--id-map", str(ids))[0] == 0
    mapping = _map(ids)
    salts = {r["salt"] for r in mapping}
    assert len(salts) == 1 and len(salts.pop()) == 32  # one random 128-bit salt per run
    salt = mapping[0]["salt"]
    for record in mapping:
        assert record["id"] == anonymous_id(Path(record["file"]).read_bytes(), salt=salt)
    assert json.loads(Path(sidecar_path(str(rows))).read_text("utf-8"))["random_salt"] == salt
    assert salt not in rows.read_text("utf-8")  # the rows a reviewer sees do not hold it

    # An interrupted run: one row written; --resume ranks the rest with the same salt.
    first = rows.read_text("utf-8").splitlines()[0]
    rows.write_text(first + "\n", "utf-8")
    code, err = _run(*args, "--resume", "--id-map", str(ids))
    assert code == 0 and "1 already in" in err
    final = [json.loads(line) for line in rows.read_text("utf-8").splitlines()]
    expected = {anonymous_id(p.read_bytes(), salt=salt) for p in folder.iterdir()}
    assert {r["id"] for r in final} == expected
    assert {r["salt"] for r in _map(ids)} == {salt}

    # Another run without --resume draws a new salt; --resume with another --salt is refused.
    assert _run(*args)[0] == 0
    assert {r["id"] for r in map(json.loads, rows.read_text("utf-8").splitlines())}.isdisjoint(expected)
    code, err = _run(*args, "--resume", "--salt", "other")
    assert code == 1 and "another --salt" in err


def test_cli_salt_the_user_chose_is_never_written(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("RN with BLS", "utf-8")
    rows, ids = tmp_path / "rows.jsonl", tmp_path / "ids.csv"
    secret = "round-7-secret"
    args = ("rank", str(folder), "--job", JOB, "-f", "jsonl", "-o", str(rows), "--blind", "--workers", "0")
    assert _run(*args, "--salt", secret, "--id-map", str(ids))[0] == 0
    (record,) = _map(ids)
    assert record["salt"] == "" and record["id"] == anonymous_id((folder / "a.txt").read_bytes(), salt=secret)
    for written in tmp_path.rglob("*"):
        if written.is_file():
            assert secret not in written.read_text("utf-8", errors="replace")
