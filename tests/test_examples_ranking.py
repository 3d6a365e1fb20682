"""The bundled examples score in the order a recruiter would put them."""

from __future__ import annotations

import io

import pytest
from conftest import EXAMPLES

from resumematch.cli import main

JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"
ORDER = [
    "strong-fit-rn.pdf",
    "partial-fit-medical-assistant.docx",
    "career-changer-operations.pdf",
    "unrelated-software-engineer.docx",
]


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    import json

    result = {}
    for name in ORDER:
        out = io.StringIO()
        code = main(
            ["check", str(EXAMPLES / "resumes" / name), "--job", str(JOB), "-f", "json"],
            stdout=out,
            stderr=io.StringIO(),
        )
        assert code == 0, name
        result[name] = json.loads(out.getvalue())["score"]
    return result


def test_examples_are_ordered_sensibly(scores: dict[str, float]) -> None:
    ranked = sorted(scores, key=lambda name: -scores[name])
    assert ranked == ORDER, scores
    assert scores["strong-fit-rn.pdf"] >= 60
    assert scores["unrelated-software-engineer.docx"] <= 10


def test_text_and_pdf_versions_find_the_same_resume_terms() -> None:
    import resumematch

    pdf_terms = {m.term_id for m in resumematch.find_terms(EXAMPLES / "resumes" / "strong-fit-rn.pdf")[1]}
    txt_terms = {m.term_id for m in resumematch.find_terms(EXAMPLES / "resumes" / "strong-fit-rn.txt")[1]}
    assert pdf_terms == txt_terms, pdf_terms ^ txt_terms
