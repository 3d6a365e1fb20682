"""Issue #18, skill blocks and keyword lists: a block holds what its items hold one by one.

The table (``tests/data/blocks18_s18.json``) is a fixed sample of ``benchmarks/blocks18.py``
(seeded), written from the vocabulary itself: each term's plain name or alias among 4-12
neighbours (other terms' plain forms and plain non-terms), under a SKILLS heading, in one of
the layouts resumes use for lists (comma blocks, run-on lists, pipes, bullets, dashes, slashes,
semicolons, wide gaps, tabs, columns read across, lists wrapped mid-phrase, first and last items,
capitals, Title Case, glued headers, single adjectives, "and"/"&" pairs, bracketed notes). A
block must hold every placed term and nothing a neighbour's words make across a separator. Rows
the library did not read right when the table was written are strict xfails with their layout.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resumematch import find_terms
from resumematch.extract.glued_headings import split_glued_headings

_TABLE = json.loads((Path(__file__).parent / "data" / "blocks18_s18.json").read_text("utf-8"))


def _rows() -> list[object]:
    rows: list[object] = []
    for i, row in enumerate(_TABLE):
        reason = f"{row['layout']}: the block does not hold exactly its items' terms"
        marks = () if row["passes"] else (pytest.mark.xfail(reason=reason, strict=True),)
        rows.append(pytest.param(row["text"], frozenset(row["terms"]), id=f"{row['layout']}-{i}", marks=marks))
    return rows


@pytest.mark.parametrize(("text", "terms"), _rows())
def test_block_holds_its_items_terms(text: str, terms: frozenset[str]) -> None:
    assert frozenset(m.term_id for m in find_terms(text)[1] if m.status == "affirmed") == terms


def test_every_layout_is_sampled() -> None:
    layouts: dict[str, int] = {}
    for row in _TABLE:
        layouts[str(row["layout"])] = layouts.get(str(row["layout"]), 0) + 1
    assert len(layouts) == 21 and min(layouts.values()) >= 30


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("Core CompetenciesPatient Care, Phlebotomy", "Core Competencies\nPatient Care, Phlebotomy"),
        ("SKILLSPhlebotomy | Epic", "SKILLS\nPhlebotomy | Epic"),
        ("Summary\nSKILLSphlebotomy, billing", "Summary\nSKILLS\nphlebotomy, billing"),
        ("Core Competenciesbilling, coding", "Core Competencies\nbilling, coding"),
        ("  Technical SkillsEpic, Cerner", "  Technical Skills\nEpic, Cerner"),
        ("Skillset: Epic", "Skillset: Epic"),
        ("SKILLSET", "SKILLSET"),
        ("Skills: Epic, Cerner", "Skills: Epic, Cerner"),
        ("Experienced nurse", "Experienced nurse"),
        ("Educational outreach", "Educational outreach"),
        ("Biostatistician", "Biostatistician"),
        ("Worked with Core CompetenciesPatient", "Worked with Core CompetenciesPatient"),  # not a line start
    ],
)
def test_a_heading_glued_to_its_first_item_gets_its_own_line(text: str, split: str) -> None:
    assert split_glued_headings(text) == split


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Core CompetenciesPhlebotomy, Patient Intake", "phlebotomy"),
        ("KEY SKILLSInsurance Verification \u2022 Scheduling", "insurance-verification"),
        ("Areas of ExpertiseMedical Terminology, HIPAA", "medical-terminology"),
    ],
)
def test_a_glued_heading_loses_no_first_item(text: str, term: str) -> None:
    assert term in {m.term_id for m in find_terms(text)[1] if m.status == "affirmed"}


@pytest.mark.parametrize(
    ("text", "term", "held"),
    [
        ("SKILLS\nEpic \u25aa Reliable \u25aa Cerner", "reliability", True),
        ("Education\nAnalytical, organic and physical chemistry coursework.", "analytical-skills", False),
        ("SKILLS\nEpic \uf0b7 Reliable \uf0b7 Cerner", "reliability", True),
        ("SKILLS\nOrganized - Reliable - Punctual", "reliability", True),
        ("SKILLS\nEpic / Flexible / Cerner", "flexibility", True),
        ("Need a reliable\ncar to drive to clients", "reliability", False),
    ],
)
def test_a_soft_skill_alone_as_an_item_is_read_whatever_separates_the_items(text: str, term: str, held: bool) -> None:
    assert (term in {m.term_id for m in find_terms(text)[1] if m.status == "affirmed"}) is held


def test_an_item_edge_is_no_part_of_the_mention() -> None:
    mentions = [m for m in find_terms("SKILLS\nEpic \uf0b7 Reliable \uf0b7 Cerner")[1] if m.term_id == "reliability"]
    assert [m.text for m in mentions] == ["Reliable"]
