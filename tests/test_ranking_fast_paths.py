"""The shortcuts a ranking takes per row give what the plain rules give.

``batch.rows.changed_row`` copies a row as ``dataclasses.replace`` would (its timings,
its pool weights and its rank are set on copies); the plain ``replace`` is compared with
it here, and ``pool_weighted`` and ``ranked`` with their plain rules written out.

``scoring.candidate_fit`` compacts each title once for its look-ups (``squeezed``) and,
for a resume without the NHS pattern's literal words, skips the NHS title look-up
(``fit_data.not_nhs``); both against the plain look-ups on every example and real title.
``batch.file_scoring._RowTerms`` keeps, per posting, each term's part and weight and the
whole :class:`RowTerm` of a missing term (it names no evidence, so every row that misses
the term shows the same one); the plain rule, written out here, builds them for each row.
The rows are compared field by field, the fields that ``==`` leaves out (part, weight,
credit) included.
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import pytest
from conftest import EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from resumematch import analyze, default_vocabulary, rank
from resumematch.batch.file_scoring import RankContext, _credit, _row_from_report
from resumematch.batch.pool_weights import POOL_PARTS, pool_idf, pool_weighted
from resumematch.batch.rows import RankRow, RowError, RowTerm, changed_row, ranked, row_key
from resumematch.match.pipeline import find_mentions, read_document
from resumematch.models import Report
from resumematch.resume.roles import find_roles
from resumematch.scoring import candidate_fit as candidate_fit_module
from resumematch.scoring.candidate_fit import headline, role_titles
from resumematch.scoring.fit_data import family_votes, fit_data, not_nhs
from resumematch.scoring.part_worth import PART_NAMES, term_part_weight
from resumematch.scoring.score import score_resume
from resumematch.scoring.title_phrases import compact

JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"
REAL_WORLD = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real-world"


def _plain_terms(report: Report) -> tuple[tuple[RowTerm, ...], tuple[RowTerm, ...]]:
    """The row's matched and missing terms as each row built them before they were kept."""
    document = report.resume
    partial = {m.term_id for m in report.missing}
    matched = tuple(
        RowTerm(
            m.term_id,
            m.name,
            m.kind,
            document.line_at(m.evidence[0].start)[:160] if m.evidence else "",
            *term_part_weight(m.category, m.kind, m.weight),
            credit=_credit(m) if m.term_id in partial else 1.0,
        )
        for m in report.matched
    )
    missing = tuple(
        RowTerm(m.term_id, m.name, m.kind, None, *term_part_weight(m.category, m.kind, m.weight))
        for m in report.missing
    )
    return matched, missing


def _fields(terms: tuple[RowTerm, ...]) -> list[tuple[object, ...]]:
    return [dataclasses.astuple(term) for term in terms]


def _pairs() -> list[tuple[Path, Path]]:
    resumes = sorted((EXAMPLES / "resumes").glob("*"))
    postings = [JOB]
    if REAL_WORLD.is_dir():
        resumes += sorted((REAL_WORLD / "resumes").glob("*/*.pdf"))[::5]
        postings += sorted((REAL_WORLD / "postings").glob("*"))[::4]
    return [(resume, posting) for resume in resumes for posting in postings if posting.suffix in {".txt", ".md"}]


@pytest.mark.parametrize("blind", [False, True])
def test_kept_row_terms_are_the_plain_ones(blind: bool) -> None:
    vocabulary = default_vocabulary()
    profiles = {}
    for resume, posting in _pairs():
        profile = profiles.setdefault(posting, analyze(posting))
        document = read_document(resume)
        report = score_resume(document, find_mentions(document, vocabulary), profile, vocabulary, readiness=False)
        context = RankContext(profile, vocabulary, blind, "salt", None, None, "pypdfium2", None)
        # Twice: the second row reads what the first one kept.
        for row in (_row_from_report(str(resume), report, context), _row_from_report(str(resume), report, context)):
            assert isinstance(row, RankRow)
            matched, missing = _plain_terms(report)
            assert _fields(row.missing) == _fields(missing), (resume.name, posting.name)
            if not blind:
                assert _fields(row.matched) == _fields(matched), (resume.name, posting.name)
            else:
                strip = [dataclasses.replace(term, evidence=None) for term in row.matched]
                assert _fields(tuple(strip)) == _fields(tuple(dataclasses.replace(t, evidence=None) for t in matched))


def _all_fields(row: RankRow) -> list[object]:
    return [getattr(row, f.name) for f in dataclasses.fields(row)]


def test_a_changed_row_is_what_replace_gives() -> None:
    rows = list(rank(JOB, sorted(str(p) for p in (EXAMPLES / "resumes").glob("*")), workers=0))
    rows.append(RankRow(file="missing.pdf", error=RowError("InputError", "no such file")))
    changes: list[dict[str, object]] = [{"rank": 3}, {"rank": None}, {"score": 1.5, "parts": ()}, {"seconds": {}}, {}]
    for row in rows:
        for change in changes:
            fast, plain = changed_row(row, **change), dataclasses.replace(row, **change)  # type: ignore[arg-type]
            assert type(fast) is type(plain)
            assert _all_fields(fast) == _all_fields(plain)
            assert fast == plain and fast is not row
            with pytest.raises(dataclasses.FrozenInstanceError):
                fast.score = 2.0  # type: ignore[misc]
    with pytest.raises(TypeError, match="no field colour"):
        changed_row(rows[0], colour="red")


def test_ranked_and_pool_weighted_rows_are_the_plain_ones() -> None:
    """The order, ranks and re-weighed parts, against ``dataclasses.replace`` written out."""
    rows = list(rank(JOB, sorted(str(p) for p in (EXAMPLES / "resumes").glob("*")), workers=0))
    weights = pool_idf(rows)
    plain = []
    for row in rows:
        plain.append(_plain_reweighed(row, weights))
    assert [_all_fields(r) for r in pool_weighted(rows)] == [_all_fields(r) for r in plain]
    order = sorted(plain, key=row_key)
    expected = [dataclasses.replace(r, rank=i + 1 if r.score is not None else None) for i, r in enumerate(order)]
    assert [_all_fields(r) for r in ranked(pool_weighted(rows))] == [_all_fields(r) for r in expected]


def _plain_reweighed(row: RankRow, weights: dict[str, float]) -> RankRow:
    """``pool_weights._reweighed`` as written before its rows were copied by ``changed_row``."""
    if row.score is None:
        return row
    terms = {t.term_id: t for t in (*row.missing, *row.matched)}
    by_part: dict[str, list[RowTerm]] = {}
    for term in terms.values():
        if term.part in POOL_PARTS:
            by_part.setdefault(PART_NAMES[term.part], []).append(term)
    parts = []
    for name, worth, points in row.parts:
        found = by_part.get(name)
        if found and points > 0:
            plain = sum(t.weight * t.credit for t in found) / sum(t.weight for t in found)
            if plain > 0:
                rare = sum(t.weight * weights[t.term_id] * t.credit for t in found) / sum(
                    t.weight * weights[t.term_id] for t in found
                )
                points = points * rare / plain
        parts.append((name, worth, points))
    score = round(min(100.0, max(0.0, sum(p for _n, _w, p in parts))), 1)
    return dataclasses.replace(row, score=score, parts=tuple(parts))


NHS_PIECES = st.sampled_from(["NHS", "NMC", "Band ", "Band 6", "Band 9", "band 7", "nhs", "Clinical Nurse Specialist"])
NHS_PIECES |= st.sampled_from([" ", "\n", "-", "RN", "Staff Nurse", "ANHS", "NHSX", "(", "7", "Practice Manager"])


@settings(max_examples=300, deadline=None)
@given(text=st.lists(NHS_PIECES, max_size=12).map("".join))
def test_a_text_without_the_nhs_words_is_never_an_nhs_resume(text: str) -> None:
    """``candidate_fit`` answers ``in_nhs`` without the pattern when none of its literal words is there."""
    if not any(word in text for word in candidate_fit_module._NHS_WORDS):
        assert candidate_fit_module._NHS_RESUME.search(text) is None


@functools.cache
def _titles() -> list[tuple[str, str]]:
    """(resume text, title) of every title ``candidate_fit`` reads in the example and real resumes."""
    paths = sorted((EXAMPLES / "resumes").glob("*"))
    paths += sorted((REAL_WORLD / "resumes").glob("*/*.pdf")) if REAL_WORLD.is_dir() else []
    found = []
    for path in paths:
        document = read_document(path)
        text = document.text
        found += [(text, title) for title in [headline(text), *role_titles(document, find_roles(document))]]
        # The same titles in an NHS resume, where the NHS look-up runs.
        found += [
            ("NHS Band 6\n" + text, title) for title in [headline(text), *role_titles(document, find_roles(document))]
        ]
    return found


@pytest.mark.parametrize("extra", ["", "Clinical Nurse Specialist - ", "CNS / ", "STAFFNURSE "])
def test_title_look_ups_with_the_title_read_once_are_the_plain_ones(extra: str) -> None:
    """Levels and family votes with ``squeezed`` (and ``not_nhs`` for a text without the
    NHS words) against the plain look-ups: each list compacts the title itself and
    ``in_nhs`` is the pattern."""
    data = fit_data()
    for text, title in _titles():
        title = extra + title
        plain_nhs = functools.cache(lambda text=text: candidate_fit_module._NHS_RESUME.search(text) is not None)
        fast_nhs = plain_nhs if any(w in text for w in candidate_fit_module._NHS_WORDS) else not_nhs
        plain = data.title_levels(title, plain_nhs)
        fast = data.title_levels(title, fast_nhs, squeezed=compact(title))
        assert fast == plain, title
        assert family_votes(title, fast, squeezed=compact(title)) == family_votes(title, plain)
        assert family_votes(title, squeezed=compact(title)) == family_votes(title)
