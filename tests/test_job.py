"""Job description analysis: requirement statements, their kind, years, degree level and title."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES, SEEDS, need
from hypothesis import given, settings
from hypothesis import strategies as st

from resumematch import analyze
from resumematch.education import levels_in
from resumematch.requirements import (
    _CREDENTIAL,
    _PREFERRED,
    _QUALIFIER,
    _YEARS,
    main_clause_end,
    read_statement,
    statement_kind,
)


def test_sample_posting_requirements_exactly(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    """Every line of the seed's "Requirements and Qualifications" list, and nothing else."""
    posting = need(SEEDS / "clinical-coordinator-job-description.txt")
    profile = analyze(posting, vocab=mini_vocab)
    got = [(r.text, r.kind, r.aspect, r.years, r.level, r.subject, r.setting) for r in profile.requirements]
    assert got == [
        ("Associate or bachelor's degree in nursing", "required", "education", None, "associate", "nursing", None),
        (
            "3+ years of professional nursing experience, preferably in a hospital setting",
            "required",
            "experience",
            3.0,
            None,
            "nursing",
            "hospital",
        ),
        ("1+ years of leadership roles a plus", "preferred", "experience", 1.0, None, "leadership", None),
        ("BLS and ACLS certification", "required", "credential", None, None, None, None),
        ("Flexible schedule", "required", "other", None, None, None, None),
    ]
    assert profile.requirements[3].term_ids == ("bls", "acls")
    assert profile.title == "Clinical Coordinator"


def test_requirements_in_json_contract(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    posting = need(SEEDS / "clinical-coordinator-job-description.txt")
    data = analyze(posting, vocab=mini_vocab).to_dict()
    first = data["requirements"][1]
    assert first["kind"] == "required" and first["years"] == 3.0 and first["subject"] == "nursing"
    assert data["requirements"][0]["level"] == "associate"
    assert data["requirements"][3]["term_ids"] == ["bls", "acls"]


@pytest.mark.parametrize(
    ("statement", "kind", "years", "subject", "level", "field"),
    [
        ("Minimum of two years of clinical experience required", "required", 2.0, "clinical", None, None),
        ("2-4 years of experience in a medical office", "required", 2.0, None, None, None),
        (
            "At least 3 years of professional nursing experience; hospital experience preferred.",
            "required",
            3.0,
            "nursing",
            None,
            None,
        ),
        (
            "Leadership experience (charge nurse, preceptor or team lead) of 1 year or more is a plus.",
            "preferred",
            1.0,
            "leadership",
            None,
            None,
        ),
        ("Master's degree in public health preferred", "preferred", None, None, "master", "public health"),
        ("Bachelor of Science in Nursing (BSN) required", "required", None, None, "bachelor", "nursing"),
        (
            "A bachelor’s degree in nursing, health administration, or a related field.",
            "required",
            None,
            None,
            "bachelor",
            "nursing or health administration",
        ),
        ("Must have a high school diploma or GED", "required", None, None, "high_school", None),
        ("Ideally, you have worked with Epic", "preferred", None, None, None, None),
        ("Spanish is nice to have", "preferred", None, None, None, None),
        ("Five years of case management experience", "required", 5.0, "case management", None, None),
    ],
)
def test_read_statement(
    statement: str, kind: str, years: float | None, subject: str | None, level: str | None, field: str | None
) -> None:
    facts = read_statement(statement)
    assert (facts.kind, facts.years, facts.subject, facts.level, facts.field) == (kind, years, subject, level, field)


def test_trailing_preference_softens_only_its_clause() -> None:
    statement = "3+ years of professional nursing experience, preferably in a hospital setting"
    assert statement_kind(statement) == "required"
    assert read_statement(statement).setting == "hospital"
    assert statement_kind("Epic experience, preferred") == "preferred"
    assert statement_kind("Epic experience preferred") == "preferred"


def test_preferred_heading_makes_its_lines_preferred(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Unit Clerk\n\nRequirements:\n- BLS certification\n- Phlebotomy\n\n"
        "Preferred Qualifications\n- Epic EHR charting\n- ACLS\n"
    )
    profile = analyze(text, vocab=mini_vocab)
    kinds = {r.text: r.kind for r in profile.requirements}
    assert kinds == {
        "BLS certification": "required",
        "Phlebotomy": "required",
        "Epic EHR charting": "preferred",
        "ACLS": "preferred",
    }
    terms = {t.term_id: t.kind for t in profile.terms}
    assert terms["bls"] == "required" and terms["acls"] == "preferred"


def test_one_paragraph_prose_posting(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    text = (
        "We are hiring a Patient Care Coordinator to join our busy clinic. The role schedules patients "
        "and keeps electronic medical records current. You must hold BLS certification and have at least "
        "2 years of phlebotomy experience. A bachelor's degree in health administration is preferred, and "
        "ACLS would be a plus. We offer great benefits."
    )
    profile = analyze(text, vocab=mini_vocab)
    assert profile.title == "Patient Care Coordinator"
    reqs = {r.text: r for r in profile.requirements}
    must = reqs["You must hold BLS certification and have at least 2 years of phlebotomy experience."]
    assert (must.kind, must.years, must.subject) == ("required", 2.0, "phlebotomy")
    degree = reqs["A bachelor's degree in health administration is preferred, and ACLS would be a plus."]
    assert (degree.kind, degree.level, degree.subject) == ("preferred", "bachelor", "health administration")
    assert "We offer great benefits." not in reqs
    kinds = {t.term_id: t.kind for t in profile.terms}
    assert kinds["bls"] == "required" and kinds["acls"] == "preferred"


def test_bundled_posting(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    profile = analyze(need(EXAMPLES / "jobs" / "clinical-coordinator.txt"), vocab=mini_vocab)
    assert profile.title == "Clinical Coordinator"
    by_aspect = {}
    for requirement in profile.requirements:
        by_aspect.setdefault(requirement.aspect, []).append(requirement)
    assert [r.years for r in by_aspect["experience"]] == [3.0, 1.0]
    assert [r.kind for r in by_aspect["experience"]] == ["required", "preferred"]
    assert by_aspect["education"][0].level == "associate"
    assert not any("offer" in r.text.lower() for r in profile.requirements)


# ------------------------------------------- keyword pre-checks never hide a match

_STATEMENT_WORDS = [
    "3+", "years", "YEARS", "year's", "of", "nursing", "experience", ",", ";", "(", " - ", "preferably", "Preferred",
    "preferred", "ideally", "a", "plus", "bonus", "nice-to-have", "desired", "helpful", "not", "required",
    "optional", "certification", "Licensed", "registered", "Registration", "in", "hospital", "setting",
    "ſ", "pluſ", "ıdeally", "yeaRſ", "lıcensed", "–", "degree",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.sampled_from(_STATEMENT_WORDS), max_size=20))
def test_pre_checks_agree_with_the_patterns(words: list[str]) -> None:
    """ASCII keyword tests stand in for the slow patterns; non-ASCII text (where
    IGNORECASE folds "ſ" to "s") always runs them."""
    statement = " ".join(words)
    qualifier = _QUALIFIER.search(statement)
    main_end = qualifier.start() if qualifier else len(statement)
    assert main_clause_end(statement) == main_end
    preferred = _PREFERRED.search(statement[:main_end]) is not None
    assert statement_kind(statement, "required") == ("preferred" if preferred else "required")
    years = _YEARS.search(statement)
    assert (read_statement(statement).years is None) is (years is None)
    if years is None and not levels_in(statement[:main_end]):
        assert (read_statement(statement).aspect == "credential") is (_CREDENTIAL.search(statement) is not None)
