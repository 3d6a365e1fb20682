"""The ATS readiness scans (``scoring/readiness.py``) find what the plain patterns find.

The e-mail check looks from each "@" instead of at every character, and the phone,
season and apostrophe-year patterns open with a character class (their look-behind comes
after the first character) so the regex engine can skip to candidates; the plain
patterns they replace are written out here, and each scan must agree with its pattern on
the example and real-world resumes and on generated strings.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from resumematch.match.pipeline import read_document
from resumematch.scoring import readiness

PLAIN_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PLAIN_PHONE = re.compile(r"(?<![\w/])\+?\(?\d[\d ().\-]{6,22}\d(?![\w/])")
PLAIN_SEASON = re.compile(r"\b(?:spring|summer|fall|autumn|winter)\s+(?:'\d{2}|(?:19|20)\d{2})\b", re.IGNORECASE)
PLAIN_APOSTROPHE_YEAR = re.compile(r"(?<![\w'])['’]\d{2}\b")
REAL_WORLD = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real-world" / "resumes"

CHARACTERS = [*"aZ_ſé019 \n()+-./@'’,", "2019"]
CONTACT_AND_DATE_PIECES = [
    "Summer",
    "fall",
    "SPRING",
    "Winter ",
    "autumn",
    "jo.doe",
    "@mail.com",
    "555",
    "(555) 123-4567",
    "'21",
]
PIECES = st.sampled_from([*CHARACTERS, *CONTACT_AND_DATE_PIECES])


def _plain_phone_found(text: str) -> bool:
    for match in PLAIN_PHONE.finditer(text):
        groups = re.findall(r"\d+", match.group(0))
        digits = sum(len(g) for g in groups)
        if 9 <= digits <= 15 and not all(len(g) == 4 and 1940 <= int(g) <= 2049 for g in groups):
            return True
    return False


def _assert_same_as_plain(text: str) -> None:
    assert readiness._email_found(text) == (PLAIN_EMAIL.search(text) is not None)
    assert [m.group(0) for m in readiness._PHONE.finditer(text)] == [m.group(0) for m in PLAIN_PHONE.finditer(text)]
    assert readiness._phone_found(text) == _plain_phone_found(text)
    assert readiness._seasons(text) == [m.group(0) for m in PLAIN_SEASON.finditer(text)]
    assert [m.group(0) for m in readiness._APOSTROPHE_YEAR.finditer(text)] == [
        m.group(0) for m in PLAIN_APOSTROPHE_YEAR.finditer(text)
    ]


@settings(max_examples=600, deadline=None)
@given(text=st.lists(PIECES, max_size=30).map("".join))
def test_the_scans_find_what_the_plain_patterns_find(text: str) -> None:
    _assert_same_as_plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "jane@example.com",
        "@example.com",
        "jane@",
        "x@y.z (555) 123-4567",
        "+44 (20) 7946 0958",
        "/555 123 4567",
        "2019 2020 2021",
        "Summer 2019, ſpring 2020, fall '21",
        "class of '19; rock'n'roll '20s",
    ],
)
def test_the_scans_agree_on_written_cases(text: str) -> None:
    _assert_same_as_plain(text)


def _resumes() -> list[Path]:
    paths = sorted(p for p in EXAMPLES.joinpath("resumes").iterdir() if p.suffix in {".pdf", ".docx", ".txt"})
    return paths + (sorted(REAL_WORLD.rglob("*.pdf")) if REAL_WORLD.is_dir() else [])


@pytest.mark.parametrize("path", _resumes(), ids=lambda p: p.name)
def test_the_scans_agree_on_real_resumes(path: Path) -> None:
    _assert_same_as_plain(read_document(path).text)
