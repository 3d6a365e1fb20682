"""Near-miss spellings: found with method "fuzzy", never for abbreviations or real words."""

from __future__ import annotations

import pytest
import spacy
from conftest import MINI_VOCAB

from resumematch import find_terms, load_vocabulary
from resumematch.fuzzy import FuzzyMatcher, candidate_flag, max_edits
from resumematch.variants import english_words


@pytest.fixture(scope="module")
def vocab():  # type: ignore[no-untyped-def]
    return load_vocabulary(MINI_VOCAB)


@pytest.mark.parametrize(
    ("text", "term_id"), [("Phlebotamy", "phlebotomy"), ("HIPPA compliance", "hipaa"), ("Meditec", "meditech")]
)
def test_misspellings_are_found(text: str, term_id: str, vocab) -> None:  # type: ignore[no-untyped-def]
    (mention,) = find_terms(text, vocab=vocab)[1]
    assert (mention.term_id, mention.method) == (term_id, "fuzzy")
    assert 0.5 < mention.confidence <= 0.9


@pytest.mark.parametrize(
    "text", ["BSL", "ACSL", "RM", "excellent communicator", "schedule", "patients", "Meditation", "Phlebitis"]
)
def test_no_fuzzy_for_abbreviations_real_words_or_far_words(text: str, vocab) -> None:  # type: ignore[no-untyped-def]
    assert [m for m in find_terms(text, vocab=vocab)[1] if m.method == "fuzzy"] == []


def test_flagged_and_unflagged_paths_agree(vocab) -> None:  # type: ignore[no-untyped-def]
    nlp = spacy.blank("en")
    matcher = FuzzyMatcher.from_vocabulary(vocab, known_words=english_words())
    flag = candidate_flag(nlp.vocab, english_words())
    assert candidate_flag(nlp.vocab, english_words()) == flag  # added once per vocab
    doc = nlp("Phlebotamy, HIPPA and Meditec at St. Vincent; excellent patients.")
    assert list(matcher.find(doc, set(), flag=flag)) == list(matcher.find(doc, set()))
    assert [t for _, t, _ in matcher.find(doc, set(), flag=flag)] == ["phlebotomy", "hipaa", "meditech"]


def test_edit_budget_grows_with_length() -> None:
    assert max_edits(5) == 1 and max_edits(10) == 2
