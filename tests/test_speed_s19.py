"""Cuts of the term search's cost (issues #18 item 5 and #23 item 5, nineteenth session), each
beside its plain reading and compared with it here:

- ``FieldTitles.names_no_field``: a title's line whose lower-cased words hold no field word's first
  word is read as naming no field without the case-blind pattern (ASCII lines only).

Each is compared on every text the project holds that tests may read (the bundled examples, the
probe resumes and postings but the measurement-only sets, the real-world fixtures), as written,
in capitals and in lower case, and on Hypothesis texts made of the words that would make the two
differ if anything does.
"""

from __future__ import annotations

import functools

from conftest import example_texts, probe_texts, real_world_texts
from hypothesis import given, settings
from hypothesis import strategies as st

import resumematch
from resumematch.match.credentials import date_expressions
from resumematch.match.doc_tokens import read_tokens
from resumematch.match.field_titles import FieldTitles
from resumematch.match.handled import mark_handled
from resumematch.match.pipeline import build_pipeline
from resumematch.match.term_search import TermSearch
from resumematch.models import Status


@functools.cache
def compiled_search() -> TermSearch:
    nlp = build_pipeline(resumematch.default_vocabulary())
    search: TermSearch = nlp.get_pipe("resumematch_terms").search  # compiled on first use
    return search


@functools.cache
def _texts() -> tuple[str, ...]:
    texts = example_texts() + probe_texts() + real_world_texts()  # probe_texts skips the measured-only sets
    return tuple(t for t in texts + [t.upper() for t in texts] + [t.lower() for t in texts] if t.strip())


def _fields() -> FieldTitles:
    people = compiled_search()._people
    assert people is not None
    return people._fields


def _agrees(fields: FieldTitles, line: str) -> bool:
    """``names_no_field`` says no field only where the pattern finds none."""
    assert fields._either is not None
    return not fields.names_no_field(line) or fields._either.search(line) is None


def test_a_line_read_as_naming_no_field_is_one_the_pattern_finds_no_field_in() -> None:
    fields = _fields()
    lines = {line for text in _texts() for line in text.splitlines()}
    skipped = [line for line in lines if fields.names_no_field(line)]
    assert len(skipped) > 0.9 * len(lines)  # the gate decides most lines
    assert all(_agrees(fields, line) for line in lines)


def test_titles_on_field_lines_get_the_same_statuses_either_way() -> None:
    """Whole documents: the statuses ``FieldTitles.apply`` gives with and without the gate."""
    people = compiled_search()._people
    assert people is not None
    fields = FieldTitles(["registered-nurse"], people.rules)  # every token read as a title
    nlp = build_pipeline(resumematch.default_vocabulary())
    changed = 0
    for text in [*_texts()[:400], "Practice Manager, Smith & Jones Law Firm\nVeterinary Nurse, Animal Clinic"]:
        doc = nlp.make_doc(text)
        spans = [(t.idx, t.idx + len(t)) for t in doc]
        found = [(i, i + 1, "registered-nurse") for i in range(len(doc))]
        fast: list[Status] = ["affirmed"] * len(found)
        plain: list[Status] = ["affirmed"] * len(found)
        fields.apply(text, found, spans, fast)
        fields.apply(text, found, spans, plain, reference=True)
        assert fast == plain, text[:80]
        changed += plain.count("other_person")
    assert changed > 0


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("Law", "law", "LAW", "lawyer", "flaw", "legal", "Paralegal", "vet", "Vet", "tech", "techs"),
                *("animal", "hospital", "clinic", "prosecutor", "'s", "real", "estate", "nurse", "RN"),
                *(" ", "  ", "-", "_", "/", ",", "'", "é", "İ", "ſ", "K", "1"),
            ]
        ),
        max_size=20,
    )
)
def test_the_gate_agrees_with_the_pattern_on_lines_of_field_words(parts: list[str]) -> None:
    assert _agrees(_fields(), "".join(parts))


def _handled_agrees(text: str) -> int:
    """Every one- and two-token stretch of ``text`` read as a hard skill, a duty and an education
    mention: the statuses ``mark_handled`` gives with and without its hash gates; how many it marks."""
    nlp = build_pipeline(resumematch.default_vocabulary())
    _, _, tokens = read_tokens(nlp.make_doc(text), text)
    n = len(tokens.idx)
    spans = [(i, i + size, "term") for size in (1, 2) for i in range(n - size + 1)]
    marked = 0
    for category in ("hard_skill", "duty", "education"):
        categories = [category] * len(spans)
        fast: list[Status] = ["affirmed"] * len(spans)
        plain: list[Status] = ["affirmed"] * len(spans)
        mark_handled(tokens, spans, fast, categories)
        mark_handled(tokens, spans, plain, categories, reference=True)
        assert fast == plain, text[:80]
        marked += plain.count("other_person")
    return marked


def test_handled_papers_and_goods_read_by_hashes_as_by_words() -> None:
    marked = sum(_handled_agrees(text) for text in _texts()[::5] if text.strip())
    assert marked > 50


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("Tracked", "filed", "care", "plans", "PLAN", "Forms", "notes", "wrote", "due", "dates"),
                *("Restocked", "wound", "supplies", "EKG", "Machines", "pumps", "operated", "CNA", "programs"),
                *(" ", "\n", ",", ".", "and", "é", "İ"),
            ]
        ),
        min_size=1,
        max_size=20,
    )
)
def test_handled_gates_agree_on_lines_of_their_words(parts: list[str]) -> None:
    text = " ".join(parts)
    if text.strip():
        _handled_agrees(text)


def test_date_expressions_read_around_the_years_are_the_whole_texts() -> None:
    found = 0
    for text in _texts():
        dates = date_expressions(text)
        assert dates == date_expressions(text, reference=True), text[:80]
        found += len(dates)
    assert found > 1000


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("2019", "2021", "19", "20", "1999", "12345", "06/", "/2026", "-03", "2020-2022", "0"),
                *("exp.", "Expires", "expiration date", "valid through", "renewal due", "est", "earned"),
                *("May", "Sept.", "jan", "present", "to", "Current", "expected", "Spring"),
                *(" ", "  ", "\n", "\t", "\x1c", ":", ".", "-", "/", ",", "|", "(", "–", "é"),
            ]
        ),
        max_size=25,
    )
)
def test_date_expressions_agree_on_texts_of_date_pieces(parts: list[str]) -> None:
    text = "".join(parts)
    assert date_expressions(text) == date_expressions(text, reference=True)
