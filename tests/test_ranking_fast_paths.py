"""The shortcuts a ranking takes per row give what the plain rules give.

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

from resumematch import analyze, default_vocabulary
from resumematch.batch.file_scoring import RankContext, _credit, _row_from_report
from resumematch.batch.rows import RankRow, RowTerm
from resumematch.match.pipeline import find_mentions, read_document
from resumematch.models import Report
from resumematch.scoring.part_worth import term_part_weight
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
