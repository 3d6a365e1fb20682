"""The shortcuts a ranking takes per row give what the plain rules give.

``batch.rows.changed_row`` copies a row as ``dataclasses.replace`` would (its timings,
its pool weights and its rank are set on copies); the plain ``replace`` is compared with
it here, and ``pool_weighted`` and ``ranked`` with their plain rules written out.
``batch.file_scoring._RowTerms`` keeps, per posting, each term's part and weight and the
whole :class:`RowTerm` of a missing term (it names no evidence, so every row that misses
the term shows the same one); the plain rule, written out here, builds them for each row.
The rows are compared field by field, the fields that ``==`` leaves out (part, weight,
credit) included.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import EXAMPLES

from resumematch import analyze, default_vocabulary, rank
from resumematch.batch.file_scoring import RankContext, _credit, _row_from_report
from resumematch.batch.pool_weights import POOL_PARTS, pool_idf, pool_weighted
from resumematch.batch.rows import RankRow, RowError, RowTerm, changed_row, ranked, row_key
from resumematch.match.pipeline import find_mentions, read_document
from resumematch.models import Report
from resumematch.scoring.part_worth import PART_NAMES, term_part_weight
from resumematch.scoring.score import score_resume

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
