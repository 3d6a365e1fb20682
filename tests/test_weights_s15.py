"""The default part weights chosen by cross-validation (fifteenth session, issue #20):
the licence level weighs 135, the languages part 1 (kept above 0 so that the report still
shows it and its gate); the docs state them, ``check`` and ``rank`` score with them alike,
and a required language still gates every part."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resumematch import ScoreWeights, analyze, check, rank
from resumematch.render.text import report_text
from resumematch.scoring import score as score_module
from resumematch.scoring.parts import SCORE_PARTS
from resumematch.scoring.signals import LANGUAGE_GATE

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DEFAULTS = {part.label: part.default_weight for part in SCORE_PARTS}

SPANISH_POST = """Bilingual Medical Assistant

Requirements:
- Fluency in Spanish is required.
- Medical assistant certification (CMA) required.
- Experience taking vital signs and rooming patients.
"""

RESUME = """Maria Lopez
Medical Assistant

Experience
Medical Assistant, Lakeside Family Clinic, 2019 - Present
- Took vital signs and roomed patients for three providers.
- Scheduled appointments and verified insurance.

Certifications
Certified Medical Assistant (CMA), AAMA
"""


def test_the_new_defaults() -> None:
    weights = ScoreWeights()
    assert weights.licence == 135.0 and weights.languages == 1.0
    assert weights.role_fit == 40.0 and weights.required == 40.0  # the others as they were


def test_docs_scoring_table_states_every_default_weight() -> None:
    text = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    table = text.split("## The parts and their default weights", 1)[1].split("\n\n", 2)[1]
    stated = {m.group(1): float(m.group(2)) for m in re.finditer(r"^\| ([^|]+?) \| (\d+) \|", table, re.M)}
    assert stated == DEFAULTS


def test_score_module_table_states_every_default_weight() -> None:
    doc = score_module.__doc__ or ""
    rows = re.findall(r"^(\S.*?\S)\s{2,}(\d+)\s{2,}", doc, re.M)
    assert {label: float(weight) for label, weight in rows} == DEFAULTS


def test_a_named_language_earns_a_point_at_most_and_is_shown() -> None:
    with_spanish = check(RESUME + "\nLanguages\nSpanish (fluent)\n", job=SPANISH_POST)
    languages = next(p for p in with_spanish.parts if p.name == "languages")
    assert 0.0 < languages.weight < 1.0 and languages.points == pytest.approx(languages.weight)
    assert languages.detail == "spanish asked; 1 named"
    assert "languages" in report_text(with_spanish)  # a part worth something is listed, with its gate


def test_the_report_lists_the_language_gate() -> None:
    without = report_text(check(RESUME, job=SPANISH_POST))
    line = next(line for line in without.splitlines() if line.strip().startswith("languages"))
    assert "spanish is required: every part counts 60%" in line


def test_a_required_language_missing_still_gates_every_part() -> None:
    fluent = check(RESUME + "\nLanguages\nSpanish (fluent)\n", job=SPANISH_POST)
    without = check(RESUME, job=SPANISH_POST)
    languages = next(p for p in without.parts if p.name == "languages")
    assert "spanish is required: every part counts 60%" in languages.detail
    title = next(p for p in without.parts if p.name == "title")  # read by no posting words: gate only
    assert title.points == pytest.approx(LANGUAGE_GATE * next(p for p in fluent.parts if p.name == "title").points)
    assert without.score < fluent.score * LANGUAGE_GATE + 0.1


def test_check_and_rank_score_with_the_same_default_weights() -> None:
    job = analyze(EXAMPLES / "jobs" / "clinical-coordinator.txt")
    resumes = sorted((EXAMPLES / "resumes").glob("*.*"))
    rows = {Path(row.file).name: row.score for row in rank(job, [str(p) for p in resumes], workers=0)}
    for path in resumes:
        assert rows[path.name] == round(check(path, job=job).score, 1), path.name


def test_the_strong_fit_rn_leads_the_bundled_examples_by_its_licence() -> None:
    job = analyze(EXAMPLES / "jobs" / "clinical-coordinator.txt")
    strong = check(EXAMPLES / "resumes" / "strong-fit-rn.pdf", job=job)
    licence = next(p for p in strong.parts if p.name == "licence level")
    assert licence.points == pytest.approx(licence.weight) and licence.weight > 40  # the largest part here
    assert strong.score >= 90
    others = [check(p, job=job).score for p in sorted((EXAMPLES / "resumes").glob("*.*")) if "strong" not in p.name]
    assert max(others) < 10  # none holds the RN the posting requires
