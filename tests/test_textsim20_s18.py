"""The text similarity part weighs each word by what it tells (eighteenth session, issue #20).

A word every resume has ("patient", "team", "support") separates no one; a rare one
("phlebotomy", "venipuncture", "payroll") does. The weights come from a background table
shipped with the package, so ``check`` and a pool-independent ``rank`` row agree.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from conftest import EXAMPLES

import resumematch
from resumematch import extract
from resumematch.errors import VocabError
from resumematch.scoring.text_similarity import (
    Background,
    ResumeWords,
    background,
    content_words,
    similarity_gain,
    text_cosine,
    text_similarity,
)

PHLEBOTOMY_POST = (
    "Phlebotomist - Outpatient Laboratory\n\n"
    "Our outpatient laboratory draws blood for clinics across the county. The phlebotomist performs "
    "venipuncture and capillary collection on adults and children, labels and centrifuges specimens, "
    "checks requisitions against orders, keeps the draw station stocked and clean, and sends specimens "
    "to the reference laboratory with chain-of-custody forms. You will reassure anxious patients, follow "
    "infection prevention rules, record every collection in the laboratory information system and help "
    "the team meet turnaround targets.\n\n"
    "Requirements:\n- Phlebotomy certification (CPT or PBT)\n- Six months of venipuncture experience\n"
    "- Customer service and communication skills\n"
)

RARE = (
    "Phlebotomy Technician\n"
    "Experience\nLab Assistant, Quest Diagnostics, 2019 - 2024\n"
    "Venipuncture and capillary collection; centrifuges and aliquots specimens; requisitions checked;"
    " chain-of-custody forms for drug screens.\n"
)
COMMON = (
    "Patient Services Assistant\n"
    "Experience\nFront Desk Assistant, City Clinic, 2019 - 2024\n"
    "Supports patients and the team; customer service; communication with patients; follows rules;"
    " keeps the station clean and stocked.\n"
)


def _cosine(text: str) -> float:
    found = text_cosine(PHLEBOTOMY_POST, text)
    assert found is not None
    return found


def test_the_shipped_background_table_loads_offline_and_is_valid() -> None:
    table = background()
    assert table.documents > 500
    assert 100 < table.resume_length < 1000
    # Words every resume has weigh less than the words of one trade.
    for common, rare in [("patient", "phlebotomy"), ("care", "venipuncture"), ("support", "payroll")]:
        assert table.idf(common) < table.idf(rare) / 2, (common, rare)
    # A word no background text holds weighs as much as one held once, never more.
    assert table.idf("zyxwvut") == table.idf("zyxwvut-other") > table.idf("phlebotomy")


def test_the_table_names_only_sets_the_project_may_read() -> None:
    raw = json.loads(resources.files("resumematch.data").joinpath("text_background.json").read_text("utf-8"))
    sources = {name for names in raw["sources"].values() for name in names}
    valid_or_clean = {f"fresh{n}" for n in range(17, 34)} | {f"postings{n}" for n in range(18, 35)}
    assert sources and not sources & valid_or_clean


def test_a_broken_table_names_every_problem() -> None:
    raw = {"schema": 2, "documents": 1, "resume_length": 0, "frequencies": {"Nurse": 3, "care": 1}, "extra": 1}
    with pytest.raises(VocabError) as caught:
        Background.from_dict(raw, where="my table")
    problems = caught.value.problems
    assert len(problems) == 5, problems
    assert str(caught.value).startswith("my table: unknown key(s) extra")
    assert any("'Nurse'" in p and "'care'" in p for p in problems)


def test_rare_shared_words_outweigh_common_ones() -> None:
    posting = content_words(PHLEBOTOMY_POST)
    rare, common = content_words(RARE), content_words(COMMON)
    # Nine words shared each, the common resume a word shorter: the plain set cosine put it first.
    assert len(posting & rare) == len(posting & common) == 9 and len(common) < len(rare)
    assert _cosine(RARE) > 1.8 * _cosine(COMMON)


def test_a_line_of_the_trade_lifts_more_than_a_line_every_resume_has() -> None:
    text = extract(EXAMPLES / "resumes" / "partial-fit-medical-assistant.docx").text
    gain = similarity_gain(PHLEBOTOMY_POST, text)
    assert gain is not None
    rare = gain("Venipuncture; capillary collection; centrifuge")
    common = gain("Patient care; customer service; communication")
    assert rare > 0 and rare > 2 * common


def test_repeating_a_word_saturates() -> None:
    once = _cosine(COMMON + "Venipuncture.\n")
    many = _cosine(COMMON + "Venipuncture. " * 30 + "\n")
    varied = _cosine(COMMON + "Venipuncture; capillary collection; specimens; requisitions.\n")
    assert once < many < varied


def test_the_resume_words_are_read_once_and_give_the_same_cosine() -> None:
    words = ResumeWords(RARE)
    assert text_similarity(PHLEBOTOMY_POST, RARE, resume_words=words) == text_similarity(PHLEBOTOMY_POST, RARE)
    assert words.counts["venipuncture"] == 1 and "the" not in words.counts


def test_a_short_posting_compares_no_text() -> None:
    assert text_similarity("Phlebotomist wanted. Venipuncture, CPT.", RARE) is None
    assert similarity_gain("Phlebotomist wanted. Venipuncture, CPT.", RARE) is None


def test_check_reports_the_weighted_part() -> None:
    report = resumematch.check(RARE, job=resumematch.analyze(PHLEBOTOMY_POST))
    part = next(p for p in report.parts if p.name == "text similarity")
    assert "weighed by its rarity" in part.detail and part.points > 0


def test_check_equals_a_pool_independent_rank_row(tmp_path: Path) -> None:
    job = resumematch.analyze(PHLEBOTOMY_POST)
    for name, text in {"rare.txt": RARE, "common.txt": COMMON}.items():
        (tmp_path / name).write_text(text, "utf-8")
    rows = {Path(row.file).name: row.score for row in resumematch.rank(job, [str(tmp_path)], workers=0)}
    assert rows == {name: round(resumematch.check(tmp_path / name, job=job).score, 1) for name in rows}
    assert rows["rare.txt"] > rows["common.txt"]
