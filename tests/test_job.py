"""Job description analysis: requirement statements, their kind, years, degree level and title."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES, FIXTURES, SEEDS, need
from hypothesis import given, settings
from hypothesis import strategies as st

import resumematch
from resumematch import analyze
from resumematch.api import resolve_vocabulary
from resumematch.posting.asks import states_no_need
from resumematch.posting.statements import (
    _CREDENTIAL,
    _PREFERRED,
    _QUALIFIER,
    _YEARS,
    main_clause_end,
    read_statement,
    statement_kind,
)
from resumematch.resume.degrees import levels_in
from resumematch.scoring.score import score_resume


def test_sample_posting_requirements_exactly(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    """Every line of the seed's "Requirements and Qualifications" list, and the qualities its
    introduction gives the hire ("We are seeking a dedicated and caring ...", #19)."""
    posting = need(SEEDS / "clinical-coordinator-job-description.txt")
    profile = analyze(posting, vocab=mini_vocab)
    got = [(r.text, r.kind, r.aspect, r.years, r.level, r.subject, r.setting) for r in profile.requirements]
    assert got == [
        ("a dedicated and caring Clinical Coordinator", "required", "other", None, None, None, None),
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
    assert profile.requirements[4].term_ids == ("bls", "acls")
    assert profile.title == "Clinical Coordinator"


def test_requirements_in_json_contract(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    posting = need(SEEDS / "clinical-coordinator-job-description.txt")
    data = analyze(posting, vocab=mini_vocab).to_dict()
    first = data["requirements"][2]
    assert first["kind"] == "required" and first["years"] == 3.0 and first["subject"] == "nursing"
    assert data["requirements"][1]["level"] == "associate"
    assert data["requirements"][4]["term_ids"] == ["bls", "acls"]


@pytest.mark.parametrize(
    ("statement", "kind", "years", "subject", "level", "field"),
    [
        ("Minimum of two years of clinical experience required", "required", 2.0, "clinical", None, None),
        ("2-4 years of experience in a medical office", "required", 2.0, "medical office", None, None),  # the setting
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


_PROSE_POSTING = (
    "We are hiring a Patient Care Coordinator to join our busy clinic. The role schedules patients "
    "and keeps electronic medical records current in Epic and Meditech.\n\n"
    "Requirements: 3+ years of phlebotomy experience; hospital experience preferred; current BLS "
    "certification from the American Heart Association; working knowledge of HIPAA and of patient "
    "scheduling in a high-volume outpatient clinic; a bachelor's degree in health administration, "
    "or an associate degree with two more years of experience. ACLS would be a plus. We offer "
    "great benefits and a follow-up review after ninety days."
)


def _requirement_facts(text: str, vocab) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    profile = analyze(text, vocab=vocab)
    return [(r.text, r.kind, r.years, r.level, r.aspect, r.term_ids) for r in profile.requirements]


@pytest.mark.parametrize("width", range(40, 121, 4))
def test_a_hard_wrapped_prose_posting_reads_as_if_written_on_one_line(mini_vocab, width: int) -> None:  # type: ignore[no-untyped-def]
    """E-mailed and plain-text postings wrap their paragraphs at a fixed width: a sentence
    is read whole, whatever the width (textwrap also breaks at hyphens: "follow-" / "up")."""
    import textwrap

    one_line = _requirement_facts(_PROSE_POSTING, mini_vocab)
    wrapped = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in _PROSE_POSTING.split("\n\n"))
    assert "\n" in wrapped.split("\n\n")[1]
    assert _requirement_facts(wrapped, mini_vocab) == one_line


def test_a_labelled_sentence_of_semicolon_clauses_is_a_list_of_requirements(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    facts = _requirement_facts(_PROSE_POSTING, mini_vocab)
    assert [f[0] for f in facts] == [
        "3+ years of phlebotomy experience; hospital experience preferred",  # the qualifier stays with it
        "current BLS certification from the American Heart Association",
        "working knowledge of HIPAA and of patient scheduling in a high-volume outpatient clinic",
        "a bachelor's degree in health administration, or an associate degree with two more years of experience.",
        "ACLS would be a plus.",
    ]
    years, bls, hipaa, degree, acls = facts
    assert (years[2], years[4], years[5]) == (3.0, "experience", ("phlebotomy",))
    assert (bls[1], bls[4], bls[5]) == ("required", "credential", ("bls",))
    assert hipaa[5] == ("hipaa", "schedule-patients")  # each clause names its own terms, and no others
    assert (degree[3], degree[4]) == ("associate", "education")
    assert acls[1] == "preferred"
    requirement = read_statement("3+ years of phlebotomy experience; hospital experience preferred")
    assert requirement.setting == "hospital"


def test_a_label_and_a_qualifier_reach_across_capitalised_clauses(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Requirements: 2+ years of phlebotomy; Epic charting; 3+ years of nursing experience; "
        "Hospital experience preferred."
    )
    facts = _requirement_facts(text, mini_vocab)
    assert [f[0] for f in facts] == [
        "2+ years of phlebotomy",
        "Epic charting",  # a requirement by the label, though it names no cue word
        "3+ years of nursing experience; Hospital experience preferred.",
    ]


def test_a_bare_list_keeps_one_item_per_line(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    """Lists pasted from a web page lose their bullets: long capitalised lines without a
    full stop are items, not a wrapped paragraph."""
    text = (
        "Unit Clerk\n\nRequirements\n"
        "Bachelor's degree in Nursing or a related field from an accredited program\n"
        "Current BLS certification from the American Heart Association required\n"
        "3+ years of phlebotomy experience in a busy outpatient clinic\n"
    )
    assert [f[0] for f in _requirement_facts(text, mini_vocab)] == [
        "Bachelor's degree in Nursing or a related field from an accredited program",
        "Current BLS certification from the American Heart Association required",
        "3+ years of phlebotomy experience in a busy outpatient clinic",
    ]


@pytest.mark.parametrize(
    ("statement", "level"),
    [
        ("hands-on experience with WCAG 2.1 AA accessibility compliance", None),  # a conformance level
        ("Proficient in MS Office and MS Excel", None),  # a product
        ("Certified MA with 2 years of clinic experience", None),  # a medical assistant
        ("MS Office required", None),
        ("BS preferred", "bachelor"),
        ("MS is a plus", "master"),
        ("AA in Nursing", "associate"),
        ("BA/BS required", "bachelor"),
        ("BS or MS in Computer Science", "bachelor"),
        ("AS, AA, or BS from an accredited school", "associate"),
        ("B.S. in Biology", "bachelor"),
        ("BSN required", "bachelor"),
    ],
)
def test_a_bare_two_letter_degree_needs_a_word_about_degrees(statement: str, level: str | None) -> None:
    assert read_statement(statement).level == level


def test_a_wrapped_fixture_posting_lists_its_requirements(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    from resumematch import load_vocabulary

    path = need(FIXTURES / "resume-matcher" / "job_descriptions" / "backend-eng.txt")
    profile = analyze(path, vocab=load_vocabulary("software-engineer"))
    by_text = {r.text: r for r in profile.requirements}
    assert list(by_text) == [
        "4+ years of professional Python experience",
        "deep knowledge of async programming with asyncio",
        "experience with containerization via Docker and orchestration with Kubernetes or ECS",
        "strong grasp of SQL query optimization, indexing strategies, and Redis caching patterns",
        "familiarity with CI/CD pipelines (GitHub Actions or CircleCI) and observability tooling "
        "(Datadog, OpenTelemetry).",
    ]
    python = by_text["4+ years of professional Python experience"]
    assert (python.years, python.subject, python.term_ids) == (4.0, "python", ("python",))


def test_a_line_read_as_a_heading_still_names_its_terms(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    """In a list that lost its bullets, "Experience with Epic EHR" reads like a heading
    (short, capitalised, starting with "Experience"): its terms still count."""
    text = (
        "Unit Clerk\n\nQualifications\nBLS certification required\nExperience with Epic EHR\n"
        "Phlebotomy experience preferred\n"
    )
    kinds = {t.term_id: t.kind for t in analyze(text, vocab=mini_vocab).terms}
    assert kinds["epic"] == "required" and kinds["bls"] == "required"
    assert kinds["phlebotomy"] == "preferred"


def test_a_title_wrapped_over_two_lines_is_one_line(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    text = "We're currently seeking a Senior Full Stack\nEngineer to join our dynamic team.\n\nMust hold BLS.\n"
    assert analyze(text, vocab=mini_vocab).title == "Senior Full Stack Engineer"


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
    if states_no_need(statement):
        # "No degree required", "certification not required": nothing asked, no facts
        assert read_statement(statement).aspect == "other"
        return
    years = _YEARS.search(statement)
    assert (read_statement(statement).years is None) is (years is None)
    if years is None and not levels_in(statement[:main_end]):
        assert (read_statement(statement).aspect == "credential") is (_CREDENTIAL.search(statement) is not None)


_POSTING_LINES = [
    "", "", "Requirements", "Preferred Qualifications:", "About Us", "- BLS certification", "• 3+ years of nursing",
    "1. Epic EHR charting", "Requirements: 4+ years of Python; deep knowledge of asyncio; Docker or",
    "Kubernetes experience; hospital experience preferred.", "with asyncio and", "(Feast or Tecton), and",
    "We are hiring a Unit Clerk to join our", "team. You will schedule patients; verify insurance",
    "follow-", "up with families", "Nice to have: ACLS; PALS", "  indented continuation of a bullet",
    "Experience with Epic EHR", "BS or MS in Computer Science", "WCAG 2.1 AA compliance", "ŝpecial ünicode line;",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.sampled_from(_POSTING_LINES), max_size=25), crlf=st.booleans())
def test_statements_point_at_their_own_text(lines: list[str], crlf: bool) -> None:
    """However lines are joined into paragraphs and cut into clauses, a statement's offsets
    hold its text: mentions are given to statements by offset."""
    import re

    from resumematch.posting.analysis import _statements

    text = ("\r\n" if crlf else "\n").join(lines)
    previous_end = 0
    for start, end, statement, _kind, _is_requirement in _statements(text):
        assert previous_end <= start <= end <= len(text)  # in text order, never overlapping
        previous_end = end
        held = re.sub(r"[\W_]+", "", text[start:end])
        words = re.sub(r"[\W_]+", "", statement)
        assert words and words in held, (statement, text[start:end])


def test_a_statement_with_alternatives_is_one_requirement_met_by_any() -> None:
    job = (
        "Medical Assistant\nRequirements\n"
        "- CMA or CCMA certification, or an active LVN/LPN license\n"
        "- BLS and ACLS certification\n"
    )
    profile = resumematch.analyze(job)
    alternatives = {t.term_id: set(t.alternatives) for t in profile.terms}
    assert alternatives["cma"] == {"ccma", "licensed-practical-nurse"}
    assert alternatives["bls"] == set() and alternatives["acls"] == set()  # "and": each on its own
    held = resumematch.check("Jane Doe, CCMA. BLS and ACLS certified.", job=profile)
    assert {m.term_id for m in held.missing if m.category != "title"} == set()
    assert held.parts[4].points == pytest.approx(held.parts[4].weight)  # credentials part full
    none = resumematch.check("Jane Doe. BLS and ACLS certified.", job=profile)
    gains = {m.term_id: m.gain for m in none.missing if m.category != "title"}
    # the three alternatives together weigh one certification, as much as BLS does: showing
    # one of them adds a third to the credentials part's two of three (BLS and ACLS)
    assert set(gains) == {"cma", "ccma", "licensed-practical-nurse"}
    # (a ranking row counts each missing term's own row only: together, half of BLS and ACLS's two)
    document, mentions = resumematch.find_terms("Jane Doe. BLS and ACLS certified.")
    row = score_resume(document, mentions, profile, resolve_vocabulary(None), readiness=False)
    own = {m.term_id: m.gain for m in row.missing if m.category != "title"}
    assert sum(own.values()) == pytest.approx(none.parts[4].points / 2)
    # each one's gain counts every row it meets (the honest gain: scoring/gains.py), so they are equal
    assert gains["cma"] == pytest.approx(gains["ccma"])
