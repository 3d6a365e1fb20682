"""The fast paths give the answers of the faithful ones (issue 7): no speed without it.

- the fast PDF engine (pypdfium2) finds the same terms as the layout-aware one
  (pdfplumber) on real resumes: the bundled examples and ../shared/fixtures;
- our tokenizer (without spaCy's whitespace and period-abbreviation special cases)
  finds the same mentions as a stock ``spacy.blank("en")`` running our component.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from conftest import EXAMPLES, FIXTURES

import resumematch
from resumematch.matcher import SPANS_KEY


def _resume_pdfs() -> list[Path]:
    found = sorted((EXAMPLES / "resumes").glob("*.pdf"))
    for folder in (
        "resume-matcher/resumes",
        "resume-matcher/templates",
        "template-resumes/rendercv",
        "template-resumes/deedy",
    ):
        if (FIXTURES / folder).exists():
            found += sorted((FIXTURES / folder).glob("*.pdf"))
    return found


def _vocab_for(path: Path) -> str:
    return "clinical-coordinator" if EXAMPLES in path.parents else "software-engineer"


@pytest.mark.parametrize("path", _resume_pdfs(), ids=lambda p: p.name)
def test_both_pdf_engines_find_the_same_terms(path: Path) -> None:
    vocab = _vocab_for(path)
    faithful = {m.term_id for m in resumematch.find_terms(path, vocab=vocab, engine="pdfplumber")[1]}
    fast = {m.term_id for m in resumematch.find_terms(path, vocab=vocab, engine="pypdfium2")[1]}
    assert faithful, "no terms at all: the comparison would say nothing"
    assert fast == faithful, f"only pdfplumber: {faithful - fast}; only pypdfium2: {fast - faithful}"


def _texts() -> list[Path]:
    texts = [EXAMPLES / "resumes" / "strong-fit-rn.txt", EXAMPLES / "jobs" / "clinical-coordinator.txt"]
    return texts + sorted((FIXTURES / "resume-matcher" / "job_descriptions").glob("*.txt"))


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.name)
def test_our_tokenizer_finds_what_the_stock_one_finds(path: Path) -> None:
    vocab = "clinical-coordinator" if EXAMPLES in path.parents else "software-engineer"
    text = path.read_text("utf-8")
    stock = spacy.blank("en")
    stock.add_pipe("resumematch_terms", config={"vocab_sources": [vocab]})
    doc = stock(text)
    expected = [(s.start_char, s.end_char, s.id_) for s in doc.spans[SPANS_KEY]]
    _, mentions = resumematch.find_terms(text, vocab=vocab)
    assert expected, "no terms at all: the comparison would say nothing"
    assert [(m.start, m.end, m.term_id) for m in mentions] == expected
