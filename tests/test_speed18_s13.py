"""Token patterns indexed by their first and rarest words (issue #18 item 5, thirteenth session).

``PatternMatcher.matches`` walks a pattern only where :class:`PairIndex` says its first word
and its key (the rarest required word after the first) stand at a distance the pattern
allows. Each test here compares it with the plain reading (``reference=True``: every pattern
from every start where its first word stands, every step through one test function):

- on every text the project holds: the bundled examples, the shared fixtures (real-world
  resumes and postings), the in-sample probe resumes and postings, each also in capitals;
- on random patterns of the allowed subset over random texts (Hypothesis), so that the
  index is right for any vocabulary, not only today's;

and checks how a key is chosen (the rarest step by English word frequency; the fewest
words without frequencies) and what :func:`word_frequencies` reads.
"""

from __future__ import annotations

import functools
from typing import Any

import spacy
from conftest import example_texts, probe_texts, real_world_texts
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.strings import hash_string

import resumematch
from resumematch.english import word_frequencies
from resumematch.match.doc_tokens import read_tokens
from resumematch.match.pattern_index import KeyStep, PairIndex
from resumematch.match.patterns import PatternMatcher
from resumematch.match.pipeline import build_pipeline


@functools.cache
def _pipeline() -> tuple[spacy.language.Language, PatternMatcher]:
    nlp = build_pipeline(resumematch.default_vocabulary())
    patterns = nlp.get_pipe("resumematch_terms").search._patterns  # compiled on first use
    assert patterns is not None
    return nlp, patterns


def _same_matches(texts: list[str]) -> int:
    """Assert the indexed and the plain reading agree on each text and its capitals; the matches."""
    nlp, patterns = _pipeline()
    found = 0
    for text in texts + [text.upper() for text in texts]:
        if not text.strip():
            continue
        lower, _, tokens = read_tokens(nlp.make_doc(text), text)
        fast = patterns.matches(lower, tokens)
        assert fast == patterns.matches(lower, tokens, reference=True), text[:80]
        found += len(fast)
    return found


def test_the_indexed_walk_finds_what_the_plain_walk_finds_on_the_examples() -> None:
    texts = example_texts()
    assert len(texts) >= 6
    assert _same_matches(texts) > 50


def test_the_indexed_walk_finds_what_the_plain_walk_finds_on_the_probe_sets() -> None:
    texts = probe_texts()
    assert len(texts) > 200, "the probe resumes and postings"
    assert _same_matches(texts) > 2000


def test_the_indexed_walk_finds_what_the_plain_walk_finds_on_the_shared_fixtures() -> None:
    assert _same_matches(real_world_texts()) > 1000


# --- any vocabulary: random patterns of the allowed subset --------------------------------

_WORDS = ["managed", "led", "a", "team", "of", "nine", "cnas", "staff", ",", "and", "the", "budget", "\n", "."]
_word = st.sampled_from(_WORDS)
_values = st.lists(_word, min_size=1, max_size=3, unique=True)


@st.composite
def _token(draw: st.DrawFn, *, first: bool) -> dict[str, Any]:
    kind = draw(st.sampled_from(["LOWER", "ORTH"] if first else ["LOWER", "ORTH", "NOT_IN", "FLAG"]))
    token: dict[str, Any]
    if kind == "NOT_IN":
        token = {"LOWER": {"NOT_IN": draw(_values)}}
    elif kind == "FLAG":
        token = {draw(st.sampled_from(["IS_PUNCT", "IS_SPACE", "IS_ALPHA"])): draw(st.booleans())}
    else:
        values = draw(_values)
        token = {kind: {"IN": [v.capitalize() for v in values] if kind == "ORTH" else values}}
    if not first:
        op = draw(st.sampled_from([None, "?", "!", "{0,2}", "{1,2}", "{2}", "{,3}"]))
        if op is not None:
            token["OP"] = op
    return token


@st.composite
def _pattern(draw: st.DrawFn) -> list[dict[str, Any]]:
    rest = draw(st.lists(_token(first=False), max_size=3))
    return [draw(_token(first=True)), *rest]


_NLP = spacy.blank("en")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_pattern(), min_size=1, max_size=6),
    st.lists(st.sampled_from([*_WORDS, "Managed", "CNAs", "Team"]), max_size=40),
    st.booleans(),
)
def test_random_patterns_match_the_same_with_the_index(
    patterns: list[list[dict[str, Any]]], words: list[str], with_frequencies: bool
) -> None:
    """Any patterns of the subset, keyed with or without word frequencies, give the plain
    walk's matches on any text (the index holds only necessary conditions)."""
    matcher = PatternMatcher(
        [(f"t{i}", tuple(p)) for i, p in enumerate(patterns)],
        lemma_forms=lambda word: (word,),
        hash_string=hash_string,
        lexeme=_NLP.vocab.__getitem__,
        frequencies=(lambda ws: {w: 1.0 / (1 + len(w)) for w in ws}) if with_frequencies else None,
    )
    text = " ".join(words) or "x"
    lower, _, tokens = read_tokens(_NLP.make_doc(text), text)
    assert matcher.matches(lower, tokens) == matcher.matches(lower, tokens, reference=True)


# --- how a key is chosen -----------------------------------------------------------------


def _key_of(pattern: list[dict[str, Any]], frequencies: Any) -> KeyStep | None:
    matcher = PatternMatcher(
        [("t", tuple(pattern))],
        lemma_forms=lambda word: (word,),
        hash_string=hash_string,
        lexeme=_NLP.vocab.__getitem__,
        frequencies=frequencies,
    )
    index: PairIndex = matcher._index
    return index.key_of(0)


def test_a_verb_gap_object_pattern_is_keyed_on_its_object() -> None:
    gap = {"LOWER": {"NOT_IN": ["by"]}, "OP": "{0,3}"}
    pattern = [{"LOWER": {"IN": ["managed", "supervised"]}}, gap, {"LOWER": "a"}, {"LOWER": {"IN": ["cnas", "aides"]}}]
    key = _key_of(pattern, word_frequencies)
    assert key is not None
    assert key.words == frozenset({hash_string("cnas"), hash_string("aides")})
    assert (key.low, key.high) == (2, 5)  # after the verb, up to three gap words, then "a"
    # Without frequencies: the step of fewest words ("a").
    key = _key_of(pattern, None)
    assert key is not None and key.words == frozenset({hash_string("a")}) and (key.low, key.high) == (1, 4)


def test_a_pattern_with_no_required_word_after_its_first_has_no_key() -> None:
    assert _key_of([{"LOWER": "organized"}, {"IS_SPACE": True}], word_frequencies) is None
    assert _key_of([{"LOWER": "organized"}, {"LOWER": "and", "OP": "?"}], word_frequencies) is None
    assert _key_of([{"LOWER": "organized"}, {"LOWER": "and", "OP": "!"}], word_frequencies) is None


def test_word_frequencies_rank_common_words_above_rare_ones() -> None:
    words = ["the", "managed", "cnas", "zzqxjv"]
    shares = word_frequencies(words)
    assert shares["the"] > shares["managed"] > shares["cnas"] >= shares["zzqxjv"] > 0
    assert word_frequencies(reversed(words)) == shares


# --- clinical titles on a business resume, read lower-cased ------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("Physician", "assistant", "AIDE", "aides", "aided", "caregiver", "Care", "giver", "LCSW"),
                *("emts", "msw", "therapist", "s", "x", "_", "-", " ", "\n", ",", "é", "İ", "K"),
            ]
        ),
        max_size=30,
    )
)
def test_clinical_titles_read_lower_cased_on_any_text(words: list[str]) -> None:
    text = "".join(words)
    business = _pipeline()[0].get_pipe("resumematch_terms").search._settings
    assert business is not None
    # The same reading on the project's texts: tests/test_speed18_s14.py.
    assert business.clinical_title_starts(text) == business.clinical_title_starts(text, reference=True)
