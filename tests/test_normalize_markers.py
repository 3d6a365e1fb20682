"""Text is cleaned only where it is dirty: ftfy runs on a line only if it holds a mojibake
marker, with the same output as when every line with a non-ASCII letter went to ftfy."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import ftfy
import pytest
from conftest import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st

from resumematch.extract import extract
from resumematch.extract.normalize import (
    _FTFY_MAY_CHANGE,
    _FTFY_MAY_CHANGE_BEFORE,
    _LONE_A_CIRCUMFLEX,
    _SPLIT_LETTER,
    _repair_mojibake,
    normalize_text,
)

MOJIBAKE = "Ã©Ã¨â€™â€œâ€\x9dÂ Ã Ã¯Â»Â¿Ã±Ã¼Â°Â½"
LETTERS = "éèñüçàôöøåÅÉ°½©®™·×µ§¶ßæœ€£¥–—•’“”…\u00a0\u2028\u200b\ufeff"


def same(text: str) -> None:
    """normalize_text's NFKC follows the repair: equal here, normalize_text's output is equal."""
    now = unicodedata.normalize("NFKC", _repair_mojibake(text))
    assert now == unicodedata.normalize("NFKC", _repair_mojibake(text, may_change=_FTFY_MAY_CHANGE_BEFORE))


@pytest.mark.slow
def test_every_character_ftfy_changes_alone_is_a_marker() -> None:
    for code in range(0x80, 0x10000):
        char = chr(code)
        for text in (f"a{char}b", f" {char} ", f"1{char}\n"):
            if ftfy.fix_text(text, normalization="NFKC", uncurl_quotes=False) != unicodedata.normalize("NFKC", text):
                assert _FTFY_MAY_CHANGE.search(text), f"U+{code:04X} is changed by ftfy but is no marker"
                break


def _fixture_texts(suffixes: tuple[str, ...]) -> list[Path]:
    if not FIXTURES.exists():
        pytest.skip(f"{FIXTURES} is absent")
    return sorted(p for p in FIXTURES.rglob("*") if p.suffix in suffixes)


def test_the_same_output_on_every_fixture_text_file() -> None:
    paths = _fixture_texts((".txt", ".md"))
    assert paths
    for path in paths:
        same(path.read_text("utf-8", errors="replace"))


@pytest.mark.slow
def test_the_same_output_on_every_fixture_document() -> None:
    for path in _fixture_texts((".pdf", ".docx")):
        try:
            text = extract(path).text
        except Exception:  # hostile fixtures refuse to open: nothing to compare
            continue
        same(text)
        same(text.encode("utf-8").decode("cp1252", errors="replace"))  # as a wrong codec reads it


@given(
    st.lists(
        st.sampled_from([*MOJIBAKE, *LETTERS, "a", " ", "\n", "&amp;", "&#39;", "& ", "&", "#", "<b>", "RN", "x"]),
        max_size=40,
    )
)
@settings(max_examples=300)
def test_the_same_output_on_mixed_text(pieces: list[str]) -> None:
    same("".join(pieces))


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("Nurseâ€™s aide", "Nurse's aide"),
        ("CafÃ© staff", "Café staff"),
        ("José Núñez, RN", "José Núñez, RN"),
    ],
)
def test_mojibake_is_still_repaired_and_clean_text_kept(dirty: str, clean: str) -> None:
    assert normalize_text(dirty) == clean


def test_a_clean_non_ascii_line_is_not_a_marker() -> None:
    assert not _FTFY_MAY_CHANGE.search("José Nuñez, RN — 5 years at 37.5 °C; ½ time")


_SPLIT_LETTER_BEFORE = re.compile(r"(?<![\w'&/.-])([A-Za-z]) ([a-z]{2,})(?=[\s,.;:)-]|$)")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZbé_1'&/.- \n,;:)x", max_size=40))
def test_split_letter_finds_what_its_look_behind_first_form_found(text: str) -> None:
    """The word boundary in front of the look behind is the same rule, faster."""
    assert [m.span() + m.groups() for m in _SPLIT_LETTER.finditer(text)] == [
        m.span() + m.groups() for m in _SPLIT_LETTER_BEFORE.finditer(text)
    ]


_LONE_A_CIRCUMFLEX_BEFORE = re.compile(r"(?<=\s)\u00c2 +|\u00c2(?=\s|$)")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="\u00c2 \n\t\u00a0ax", max_size=30))
def test_lone_a_circumflex_is_found_as_before(text: str) -> None:
    """Searching for "Â" first, then looking back at the space before it: the same matches."""
    assert _LONE_A_CIRCUMFLEX.sub("", text) == _LONE_A_CIRCUMFLEX_BEFORE.sub("", text)
