"""The README recipe gives the library's answers: on spaCy's stock tokenizer and on the
registered ``resumematch.Tokenizer.v1``, the component's spans are find_mentions' mentions."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from conftest import EXAMPLES, FIXTURES

import resumematch
from resumematch.match.component import SPANS_KEY, span_details
from resumematch.match.evidence import section_extension
from resumematch.match.tokenizer import TEXT_KEY, TOKENIZER_NAME, ResumeTokenizer

VOCAB = "clinical-coordinator"


def _texts() -> list[Path]:
    found = [EXAMPLES / "resumes" / "strong-fit-rn.txt", EXAMPLES / "jobs" / "clinical-coordinator.txt"]
    for folder in ("resume-matcher/job_descriptions", "template-resumes", "real-world"):
        if (FIXTURES / folder).exists():
            found += sorted((FIXTURES / folder).rglob("*.txt"))[:12]
    return found


def recipe(*, ours: bool) -> spacy.language.Language:
    config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}} if ours else {}
    nlp = spacy.blank("en", config=config)
    nlp.add_pipe("resumematch_terms", config={"vocab_sources": [VOCAB]})
    return nlp


_STOCK, _OURS = recipe(ours=False), recipe(ours=True)


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.name)
def test_the_recipe_on_either_tokenizer_finds_what_find_mentions_finds(path: Path) -> None:
    document = resumematch.extract_text(path.read_text("utf-8"))
    mentions = [
        (m.start, m.end, m.term_id, m.method, m.confidence, m.status, m.issuer, m.earned, m.expires)
        for m in resumematch.find_terms(document, vocab=VOCAB)[1]
    ]
    for nlp in (_STOCK, _OURS):
        doc = nlp.make_doc(document.text)
        doc._.set(section_extension(), tuple((s.start, s.end, s.kind) for s in document.sections) or None)
        doc = nlp.get_pipe("resumematch_terms")(doc)
        spans = [(s.start_char, s.end_char, s.id_, *span_details(s).values()) for s in doc.spans[SPANS_KEY]]
        assert spans == mentions


def test_the_registered_tokenizer_hands_over_the_text_and_survives_saving(tmp_path: Path) -> None:
    text = "Charge RN, BLS (AHA) exp. 06/2026.\nDr. Smith's St. Mary clinic: Epic charting."
    doc = _OURS(text)
    assert isinstance(_OURS.tokenizer, ResumeTokenizer)
    assert TEXT_KEY not in doc.user_data  # the component took it
    assert _OURS.make_doc(text).user_data[TEXT_KEY] == text
    expected = [(s.start_char, s.end_char, s.id_, span_details(s)["issuer"]) for s in doc.spans[SPANS_KEY]]
    stock = _STOCK(text)
    assert expected == [(s.start_char, s.end_char, s.id_, span_details(s)["issuer"]) for s in stock.spans[SPANS_KEY]]
    assert any(issuer == "AHA" for *_, issuer in expected)
    _OURS.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert isinstance(loaded.tokenizer, ResumeTokenizer)
    again = loaded(text)
    assert [(s.start_char, s.end_char, s.id_, span_details(s)["issuer"]) for s in again.spans[SPANS_KEY]] == expected
    # Whitespace and period abbreviations are not special cases: the tokenizer's cache stays on.
    assert not any(not key.strip() for key in loaded.tokenizer.rules)
    assert "St." not in loaded.tokenizer.rules and "don't" in loaded.tokenizer.rules
