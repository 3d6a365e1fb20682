"""Near-miss spellings: found with method "fuzzy", never for abbreviations or real words."""

from __future__ import annotations

import pytest
import spacy
from conftest import MINI_VOCAB

from resumematch import find_terms, load_vocabulary
from resumematch.english import english_words
from resumematch.match.fuzzy import FuzzyMatcher, candidate_flag, max_edits


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


def _every_pair(matcher: FuzzyMatcher, words: list[str]) -> list[tuple[int, str, float]]:
    """The unblocked reference: every query against every form, as before blocking existed."""
    from rapidfuzz.distance import OSA

    found = []
    for position, word in enumerate(words):
        if len(word) < 4 or not word.isalpha() or word in matcher.known_words or word in matcher.forms:
            continue
        best: tuple[int, int] | None = None
        for column, form in enumerate(matcher.forms):
            distance = OSA.distance(word, form)
            if form[0] == word[0] and distance <= max_edits(len(form)) and (best is None or distance < best[0]):
                best = (distance, column)
        if best is not None:
            distance, column = best
            confidence = 1.0 - distance / max(len(word), len(matcher.forms[column]))
            found.append((position, matcher.term_ids[column], round(min(confidence, 0.9), 3)))
    return found


def test_blocking_by_letter_and_length_finds_what_every_pair_finds() -> None:
    """Comparing only same-letter forms of a possible length loses nothing (seeded random words)."""
    import random

    rng = random.Random(3)
    letters = "abcdeklmnoprst"
    forms = {"".join(rng.choice(letters) for _ in range(rng.randint(5, 12))): f"t{i}" for i in range(2000)}
    matcher = FuzzyMatcher(forms, known_words=frozenset())
    words = []
    for form in rng.sample(sorted(forms), 300):
        chars = list(form)
        for _ in range(rng.randint(0, 3)):
            i = rng.randrange(len(chars))
            chars[i] = rng.choice(letters)
        words.append("".join(chars))
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(3, 14))) for _ in range(300)]
    expected = _every_pair(matcher, words)
    assert len(expected) > 100  # the corpus really exercises near-misses
    assert list(matcher.find_words(list(range(len(words))), words)) == expected


def test_remembered_answers_are_the_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words are compared once and their answers remembered: the same results, whatever the memo holds."""
    import random

    import resumematch.match.fuzzy as fuzzy

    rng = random.Random(5)
    letters = "abcdeklmnoprst"
    forms = {"".join(rng.choice(letters) for _ in range(rng.randint(5, 10))): f"t{i}" for i in range(500)}
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 11))) for _ in range(400)]
    words += [form[:-1] + "z" for form in list(forms)[:100]]  # near-misses, one edit away
    rng.shuffle(words)
    expected = _every_pair(FuzzyMatcher(forms, known_words=frozenset()), words)
    assert len(expected) >= 100
    monkeypatch.setattr(fuzzy, "REMEMBERED_WORDS", 150)  # the memo fills and starts again many times
    matcher = FuzzyMatcher(forms, known_words=frozenset())
    for _ in range(2):  # first pass compares, second reads (part of) the memo
        for chunk in range(0, len(words), 50):
            part = words[chunk : chunk + 50]
            got = [(p + chunk, t, c) for p, t, c in matcher.find_words(list(range(len(part))), part)]
            assert got == [e for e in expected if chunk <= e[0] < chunk + 50]
        assert 0 < len(matcher._answers) <= 150


def test_stop_words_are_real_words_never_near_misses() -> None:
    # The lookup table lists only words that inflect, so "with" and "than" were queried.
    matcher = FuzzyMatcher({"withe": "withe-term", "thane": "thane-term"}, known_words=frozenset())
    assert list(matcher.find_words([0, 1, 2], ["with", "than", "thanee"])) == [(2, "thane-term", 0.833)]


def test_uninflected_english_words_are_never_near_misses() -> None:
    """WordNet's lemmas fill the lemma table's gap: "compliant" is a word, not a misspelt "compliance"."""
    from resumematch.english import known_words

    words = known_words()
    assert {"clinical", "surgical", "compliant", "cardiac", "coursework"} <= words - english_words()
    assert not {"meditec", "phlebotamy", "hippa", "excell"} & words  # the misspellings stay queryable
    _, mentions = find_terms("Audited charts for HIPAA-compliant documentation on the surgical unit.")
    assert [m for m in mentions if m.method == "fuzzy"] == []
