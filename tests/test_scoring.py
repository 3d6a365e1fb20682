"""The score: named parts that add up, requirement checks, suggestions, and invariants."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from conftest import EXAMPLES, need
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resumematch
from resumematch import ScoreWeights, analyze, check, find_terms
from resumematch.models import Mention
from resumematch.scoring.score import score_resume
from resumematch.scoring.term_credits import TermCredits, term_credit

TODAY = dt.date(2024, 6, 15)
JOB = """Unit Coordinator

Requirements:
- Associate or bachelor's degree in nursing
- 3+ years of professional nursing experience, preferably in a hospital setting
- BLS and ACLS certification
- Phlebotomy and patient scheduling
- Flexible schedule

Preferred:
- Epic EHR charting
- HIPAA knowledge
"""
RESUME = """Sam Lee
Unit Coordinator

Experience
Staff Nurse, Mercy Hospital | Jan 2019 – Present
- Nursing care on a 30-bed unit; charting in Epic
- Phlebotomy for morning labs

Education
Bachelor of Science in Nursing, State University, 2018

Certifications
BLS
"""


@pytest.fixture(scope="module")
def job(mini_vocab):  # type: ignore[no-untyped-def]
    return analyze(JOB, vocab=mini_vocab)


def _score(text: str, job, vocab, **kwargs):  # type: ignore[no-untyped-def]
    document, mentions = find_terms(text, vocab=vocab)
    return score_resume(document, mentions, job, vocab, today=TODAY, **kwargs)


def test_parts_add_up_to_the_score(job, mini_vocab) -> None:  # type: ignore[no-untyped-def]
    report = _score(RESUME, job, mini_vocab)
    names = [p.name for p in report.parts]
    assert names == [
        "required terms",
        "preferred terms",
        "experience",
        "education",
        "certifications/licenses",
        "title",
        "role fit",
        "licence level",
        "specialty and setting",
        "experience level",
        "languages",
        "healthcare work",
        "executive level",
        "the role's usual duties",
        "text similarity",
    ]
    assert sum(p.weight for p in report.parts) == pytest.approx(100.0)
    assert sum(p.points for p in report.parts) == pytest.approx(report.score)
    parts = {p.name: p for p in report.parts}
    assert parts["experience"].points == pytest.approx(parts["experience"].weight)  # 5.4 years of nursing
    assert parts["education"].points == pytest.approx(parts["education"].weight)
    assert parts["title"].points == pytest.approx(parts["title"].weight)
    # BLS shown, ACLS not: half the credential weight
    assert parts["certifications/licenses"].points == pytest.approx(parts["certifications/licenses"].weight / 2)


def test_a_ranking_row_scores_the_same_without_what_only_a_reader_uses(job, mini_vocab) -> None:  # type: ignore[no-untyped-def]
    full = _score(RESUME, job, mini_vocab)
    row = _score(RESUME, job, mini_vocab, readiness=False)
    assert full.suggestions and full.ats is not None
    assert row.suggestions == () and row.ats is None
    assert (row.score, row.parts, row.matched) == (full.score, full.parts, full.matched)
    # The same missing terms; a row's gains count each term's own row only (at what its part
    # counts now), a reader's the whole move of showing it (scoring/gains.py).
    assert {m.term_id for m in row.missing} == {m.term_id for m in full.missing}
    # A row judges only the requirements that count in a part (experience, education), alike.
    scored = [c for c in full.requirements if c.requirement.aspect in ("experience", "education")]
    assert scored and len(scored) < len(full.requirements)
    assert [(c.requirement, c.met) for c in row.requirements] == [(c.requirement, c.met) for c in scored]


def test_requirement_checks(job, mini_vocab) -> None:  # type: ignore[no-untyped-def]
    report = _score(RESUME, job, mini_vocab)
    met = {c.requirement.text: c for c in report.requirements}
    assert met["Associate or bachelor's degree in nursing"].met == "met"
    experience = met["3+ years of professional nursing experience, preferably in a hospital setting"]
    assert experience.met == "met"
    assert "hospital setting (preferred): shown" in experience.note
    credentials = met["BLS and ACLS certification"]
    assert credentials.met == "partly"
    assert credentials.missing == ("Advanced Cardiovascular Life Support",)
    assert credentials.evidence[0].line == "BLS" and credentials.evidence[0].section == "certifications"
    assert met["Flexible schedule"].met == "unknown"
    data = report.to_dict()
    assert data["requirements"][1]["years"] == 3.0 and data["requirements"][1]["met"] == "met"
    assert data["experience"]["roles"][0]["title"] == "Staff Nurse, Mercy Hospital"
    assert data["degree"]["level"] == "bachelor"


def test_short_experience_is_partly_met(job, mini_vocab) -> None:  # type: ignore[no-untyped-def]
    report = _score(RESUME.replace("Jan 2019 – Present", "Jun 2022 – Present"), job, mini_vocab)
    check_ = next(c for c in report.requirements if c.requirement.aspect == "experience")
    assert check_.met == "partly"
    assert "show 2.0" in check_.missing[0]


def test_suggestions_ordered_by_points(job, mini_vocab) -> None:  # type: ignore[no-untyped-def]
    report = _score(RESUME, job, mini_vocab)
    acls = next(m for m in report.missing if m.term_id == "acls")
    assert (
        "If you hold 'Advanced Cardiovascular Life Support' (required), name it on your resume: "
        f"+{acls.gain:.1f} points" in report.suggestions
    )
    # Two tiers, each by points: what editing can show, then what only holding it makes true
    # (licences, certificates, degrees, titles, years of experience: "If you hold ...").
    held_only = ("If you hold ", "If you have earned ", "If you have held the role ", "The posting asks for")
    with_points = [s for s in report.suggestions if "points" in s]
    tiers = [any(phrase in s for phrase in held_only) for s in with_points]
    assert tiers == sorted(tiers)  # False (editable) before True (held only)
    for tier in (False, True):
        gains = [float(s.rsplit("+", 1)[1].split()[0]) for s, t in zip(with_points, tiers, strict=True) if t == tier]
        assert gains == sorted(gains, reverse=True)


def test_abbreviation_suggestions(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    job = analyze("Nurse\n\nRequirements:\n- ACLS\n- Basic Life Support\n", vocab=mini_vocab)
    report = _score("Certifications\nAdvanced Cardiovascular Life Support\nBLS\n", job, mini_vocab)
    assert any(
        "writes 'ACLS'" in s and "'Advanced Cardiovascular Life Support (ACLS)'" in s for s in report.suggestions
    )
    assert any("'Basic Life Support' in full" in s and "'Basic Life Support (BLS)'" in s for s in report.suggestions)


def test_keyword_stuffing_gains_nothing(job, mini_vocab) -> None:  # type: ignore[no-untyped-def]
    once = _score(RESUME + "\nSkills\nHIPAA\n", job, mini_vocab)
    stuffed = _score(RESUME + "\nSkills\n" + "HIPAA, " * 50 + "HIPAA\n", job, mini_vocab)
    assert stuffed.score == pytest.approx(once.score)


def test_parts_without_anything_to_judge_give_their_weight(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    job = analyze("Requirements:\n- Phlebotomy\n- HIPAA\n", vocab=mini_vocab)
    report = _score("Skills\nPhlebotomy, HIPAA\n", job, mini_vocab)
    weights = {p.name: p.weight for p in report.parts}
    assert weights["required terms"] == pytest.approx(100.0)
    assert report.score == pytest.approx(100.0)


def test_weights_are_configurable(job, mini_vocab) -> None:  # type: ignore[no-untyped-def]
    terms_only = ScoreWeights(
        required=80,
        preferred=20,
        experience=0,
        education=0,
        credentials=0,
        title=0,
        role_fit=0,
        licence=0,
        specialty=0,
        seniority=0,
        languages=0,
        healthcare=0,
        executive=0,
        duties=0,
        text=0,
    )
    report = _score(RESUME, job, mini_vocab, weights=terms_only)
    assert {p.name: p.weight for p in report.parts if p.weight} == {"required terms": 80.0, "preferred terms": 20.0}
    with pytest.raises(ValueError, match="non-negative"):
        ScoreWeights(required=-1)


def test_bundled_examples_rank_sensibly() -> None:
    job = need(EXAMPLES / "jobs" / "clinical-coordinator.txt")
    strong = check(need(EXAMPLES / "resumes" / "strong-fit-rn.pdf"), job=job)
    partial = check(need(EXAMPLES / "resumes" / "partial-fit-medical-assistant.docx"), job=job)
    unrelated = check(need(EXAMPLES / "resumes" / "unrelated-software-engineer.docx"), job=job)
    assert strong.score > partial.score > unrelated.score
    assert all(r.met in ("met", "partly", "not_met", "unknown") for r in strong.requirements)
    assert any(s.startswith("Add ") and s.endswith("points") for s in partial.suggestions)


_EXTRA = st.text(alphabet=st.characters(codec="ascii", categories=("L", "N", "Zs")), max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(extra=_EXTRA, term=st.sampled_from(["ACLS", "Phlebotomy", "patient scheduling", "BLS", "HIPAA"]))
def test_score_in_range_and_adding_a_missing_term_never_lowers_it(job, mini_vocab, extra: str, term: str) -> None:  # type: ignore[no-untyped-def]
    base_text = RESUME.replace("- Phlebotomy for morning labs\n", "") + extra
    base = _score(base_text, job, mini_vocab)
    assert 0.0 <= base.score <= 100.0
    added = _score(base_text + f"\n{term}\n", job, mini_vocab)
    assert 0.0 <= added.score <= 100.0
    assert added.score >= base.score - 1e-9


def test_experience_term_is_shown_by_a_met_experience_requirement() -> None:
    """'3+ years of nursing experience' is shown by dated nursing roles, not only by the phrase."""
    import datetime as dt

    import resumematch

    job = "Clinical Coordinator\nRequirements\n- 3+ years of professional nursing experience\n- BLS certification"
    resume = "EXPERIENCE\nStaff Nurse (RN), City Hospital\nJan 2015 - Dec 2020\nCERTIFICATIONS\nBLS"
    report = resumematch.check(resume, job=job, today=dt.date(2025, 1, 1))
    assert "nursing-experience" in {t.term_id for t in report.job.terms}
    assert "nursing-experience" in {m.term_id for m in report.matched}
    assert "nursing-experience" not in {m.term_id for m in report.missing}


def _reference_term_credit(term_id, by_term, vocabulary):  # type: ignore[no-untyped-def]
    """term_credit as first written: every mentioned term's ancestors walked per question."""
    credit_of = {"affirmed": 1.0, "hedged": 0.5}
    own = by_term.get(term_id, [])
    best = (max((credit_of.get(m.status, 0.0) for m in own), default=0.0), own, None)
    if best[0] >= 1.0:
        return best
    for other, found in by_term.items():
        if other != term_id and other in vocabulary and term_id in vocabulary.ancestors(other):
            credit = max((credit_of.get(m.status, 0.0) for m in found), default=0.0)
            if credit > best[0]:
                best = (credit, found, other)
    return best


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_term_credits_index_gives_the_plain_answers(data) -> None:  # type: ignore[no-untyped-def]
    """TermCredits (narrower terms indexed once) answers as the per-question walk does,
    whatever subset of the resume's mentions is kept and whatever their status."""
    _document, mentions = find_terms(RESUME + "Familiar with Meditech; no Cerner; pursuing CCRN.\n")
    vocabulary = resumematch.default_vocabulary()
    kept = data.draw(st.lists(st.sampled_from(mentions), max_size=len(mentions)))
    statuses = data.draw(
        st.lists(st.sampled_from(["affirmed", "hedged", "negated", "expired"]), min_size=len(kept), max_size=len(kept))
    )
    by_term: dict[str, list[Mention]] = {}
    for mention, status in zip(kept, statuses, strict=True):
        by_term.setdefault(mention.term_id, []).append(dataclasses.replace(mention, status=status))
    credits = TermCredits(by_term, vocabulary)
    for term in vocabulary:
        expected = _reference_term_credit(term.id, by_term, vocabulary)
        assert credits(term.id) == expected
        assert term_credit(term.id, by_term, vocabulary) == expected


def test_the_first_lines_are_those_splitlines_gives() -> None:
    """``_first_lines`` cuts at the 6th newline before splitting; any line separator mix."""
    import random

    from resumematch.scoring.title_check import _first_lines

    rng = random.Random(2)
    for _ in range(5_000):
        text = "".join(rng.choice("ab \n\r\x0b\x0c\x1c\x85\u2028") for _ in range(rng.randint(0, 30)))
        assert _first_lines(text, 6) == text.splitlines()[:6], repr(text)


def test_abbreviation_tips_follow_the_posting_order_once_per_term() -> None:
    import resumematch

    job = resumematch.analyze(
        "Clinical Coordinator\nACLS required.\nBasic Life Support (BLS) required.\nAdvanced Cardiac Life Support.\n"
        "Registered Nurse license required.\nBLS again."
    )
    report = resumematch.check("Registered Nurse (RN)\nAdvanced Cardiovascular Life Support; BLS", job=job)
    tips = [s for s in report.suggestions if s.startswith("The posting writes")]
    # ACLS: the resume writes it only in full, the posting first as "ACLS"; BLS: the
    # resume writes only "BLS", the posting first in full. Posting order, once each.
    assert [t.split("'")[1] for t in tips] == ["ACLS", "Basic Life Support"]


def test_score_weights_follow_the_part_registry() -> None:
    from resumematch.models import CATEGORY_TABLE
    from resumematch.scoring.part_worth import PART_NAMES
    from resumematch.scoring.parts import SCORE_PARTS

    fields = dataclasses.fields(ScoreWeights)
    assert [f.name for f in fields] == [p.name for p in SCORE_PARTS] == list(PART_NAMES)
    assert ScoreWeights().as_dict() == {p.name: p.default_weight for p in SCORE_PARTS}
    by_name = {p.name: p for p in SCORE_PARTS}
    term_parts = {row.score_part for row in CATEGORY_TABLE.values() if row.score_part} | {"required", "preferred"}
    assert term_parts == {p.name for p in SCORE_PARTS if p.terms}
    assert all(by_name[name].terms for name in term_parts)
    for part in SCORE_PARTS:  # each part is judged some way
        assert part.terms or part.requirements or part.credit is not None, part.name


def test_an_nhs_pay_band_is_no_word_of_the_title() -> None:
    # "Band 4" grades the post: a pharmacy technician names every word of its title.
    job = analyze("Pharmacy Technician - Band 4\n\nJoin our ward pharmacy team.\n")
    report = check("Jane Doe\nPharmacy Technician\n\nExperience\nPharmacy Technician, Boots, 2019 - 2024\n", job=job)
    title = next(p for p in report.parts if p.name == "title")
    assert title.weight > 0 and title.points == pytest.approx(title.weight / 2), title.detail
