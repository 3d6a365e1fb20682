"""Token patterns in vocabularies: the format's validation, the matcher, and what they find."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy

from resumematch import VocabError, find_terms, load_vocabulary
from resumematch.matcher import SPANS_KEY, span_details
from resumematch.patterns import pattern_problems

GAP = {"LOWER": {"NOT_IN": ["by", "as", "on", "in", "and"]}, "IS_PUNCT": False, "IS_SPACE": False, "OP": "{0,3}"}
STAFF = {"LOWER": {"IN": ["staff", "team", "employees", "nurses"]}}
TERMS: list[dict[str, Any]] = [
    {
        "id": "staff-training",
        "name": "Train new staff",
        "category": "duty",
        "aliases": ["staff training"],
        "patterns": [[{"LEMMA": {"IN": ["train", "educate"]}}, GAP, STAFF]],
    },
    {
        "id": "staff-hiring",
        "name": "Hire new staff",
        "category": "duty",
        "patterns": [[{"LEMMA": "hire"}, {"LOWER": {"IN": ["and", ",", "trained"]}, "OP": "{0,2}"}, GAP, STAFF]],
    },
    {
        "id": "chart-review",
        "name": "Review patient charts",
        "category": "duty",
        "patterns": [[{"LEMMA": "review"}, GAP, {"LOWER": {"IN": ["charts", "records"]}}]],
    },
    {"id": "medical-records", "name": "Medical records", "category": "duty"},
    {
        "id": "organizational-skills",
        "name": "Organizational skills",
        "category": "soft_skill",
        "patterns": [
            [{"LOWER": {"IN": ["highly", "very"]}}, {"ORTH": "-", "OP": "?"}, {"LOWER": "organized"}],
            [{"LOWER": "organized"}, {"IS_SPACE": True}],
        ],
    },
    {
        "id": "critical-thinking",
        "name": "Critical thinking",
        "category": "soft_skill",
        "patterns": [[{"LOWER": "critical"}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["thinker", "thinkers"]}}]],
    },
]


def write_vocab(tmp_path: Path, terms: list[dict[str, Any]], name: str = "vocab.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"schema": 1, "role": "Test", "terms": terms}), "utf-8")
    return path


def found(text: str, vocab: Path | str) -> list[tuple[str, str, str, str]]:
    _, mentions = find_terms(text, vocab=vocab)
    return [(m.term_id, m.text, m.method, m.status) for m in mentions]


@pytest.fixture
def vocab(tmp_path: Path) -> Path:
    return write_vocab(tmp_path, TERMS)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Trained incoming staff on Epic.", "Trained incoming staff"),
        ("Trains all new nurses.", "Trains all new nurses"),
        ("Training new employees", "Training new employees"),
        ("educated the nursing team", "educated the nursing team"),
    ],
)
def test_a_pattern_finds_a_duty_across_inflections_and_a_gap(vocab: Path, text: str, span: str) -> None:
    assert found(text, vocab) == [("staff-training", span, "pattern", "affirmed")]


@pytest.mark.parametrize(
    "text",
    [
        "Was trained by senior staff.",  # the candidate was trained: "by" is not in the gap
        "Trained as a staff nurse.",
        "Trained on staff scheduling software.",
        "Trained nurses aides\n",  # fine: a hit, checked below; the gap never crosses a line
        "Trained\nstaff",
        "Trained, staff",
        "Trained the whole incoming class of new staff",  # four words between: too far
    ],
)
def test_a_pattern_does_not_reach_past_its_gap(vocab: Path, text: str) -> None:
    terms = found(text, vocab)
    if text.startswith("Trained nurses"):
        assert terms == [("staff-training", "Trained nurses", "pattern", "affirmed")]
    else:
        assert terms == []


def test_a_phrase_and_a_pattern_of_the_same_term_make_one_mention(vocab: Path) -> None:
    # "staff training" is an alias, and "Trained staff" its reordered, inflected variant;
    # the pattern train + staff matches the same words: one mention, the phrase's method.
    assert found("Led staff training.", vocab) == [("staff-training", "staff training", "phrase", "affirmed")]
    assert found("Trained staff.", vocab) == [("staff-training", "Trained staff", "variant", "affirmed")]


def test_two_patterns_on_the_same_words_are_two_statements(vocab: Path) -> None:
    assert found("Hired and trained 12 employees.", vocab) == [
        ("staff-hiring", "Hired and trained 12 employees", "pattern", "affirmed"),
        ("staff-training", "trained 12 employees", "pattern", "affirmed"),
    ]


def test_a_phrase_inside_a_pattern_match_stays(vocab: Path) -> None:
    assert found("Reviewed medical records daily.", vocab) == [
        ("chart-review", "Reviewed medical records", "pattern", "affirmed"),
        ("medical-records", "medical records", "phrase", "affirmed"),
    ]


def test_soft_skills_from_adjectives_and_nouns(vocab: Path) -> None:
    assert found("Highly-organized critical thinker", vocab) == [
        ("organizational-skills", "Highly-organized", "pattern", "affirmed"),
        ("critical-thinking", "critical thinker", "pattern", "affirmed"),
    ]
    # "Organized" alone on a line is the adjective; the line break is context, not the mention.
    assert found("Skills\nOrganized\nBilingual", vocab) == [
        ("organizational-skills", "Organized", "pattern", "affirmed")
    ]
    assert found("Organized the annual fundraiser", vocab) == []


def test_pattern_mentions_go_through_assertion(vocab: Path) -> None:
    assert found("No experience training incoming staff.", vocab) == [
        ("staff-training", "training incoming staff", "pattern", "negated")
    ]


# --- validation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("patterns", "message"),
    [
        ([[{"POS": "VERB"}]], "unknown token attribute(s) POS"),
        ([[{"LEMMA": "train"}, {"OP": "+"}]], "unbounded"),
        ([[{"LEMMA": "train"}, {"IS_PUNCT": False, "OP": "{0,9}"}]], "1 to 3 times"),
        ([[{"LEMMA": "train"}, {"IS_PUNCT": False, "OP": "{2,}"}]], "no upper bound"),
        ([[{"LOWER": "train", "OP": "?"}, {"LOWER": "staff"}]], "must start with a required word"),
        ([[{"IS_PUNCT": True}, {"LOWER": "staff"}]], "must start with a required word"),
        ([[{"LOWER": "Staff"}]], "must be lowercase"),
        ([[{"LOWER": "follow-up"}]], "the tokenizer splits"),
        ([[{"LOWER": "train staff"}]], "holds a space"),
        ([[{"LOWER": {"IN": []}}]], "non-empty list"),
        ([[{"IS_DIGIT": "yes"}]], "must be true or false"),
        ([], "non-empty list of patterns"),
        ([{"LOWER": "staff"}], "non-empty list of token objects"),
        ([[{"LEMMA": "x"}, *[{"LOWER": "y", "OP": "{1,3}"}] * 4]], "at most 12"),
    ],
)
def test_a_bad_pattern_is_reported_with_file_and_term(tmp_path: Path, patterns: Any, message: str) -> None:
    path = write_vocab(tmp_path, [{"id": "staff-training", "name": "Train staff", "category": "duty", "patterns": patterns}])
    with pytest.raises(VocabError) as caught:
        load_vocabulary(path)
    text = str(caught.value)
    assert message in text
    assert str(path) in text and "'staff-training'" in text


def test_every_problem_of_every_pattern_is_reported_at_once() -> None:
    problems = pattern_problems([[{"POS": "VERB"}], [{"LOWER": "a"}, {"OP": "*"}]])
    assert len(problems) == 2
    assert problems[0].startswith("pattern #1 token #1") and problems[1].startswith("pattern #2 token #2")


# --- serialization ---------------------------------------------------------------


def test_to_disk_and_spacy_load_keep_the_patterns(tmp_path: Path, vocab: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("resumematch_terms", config={"vocab_sources": [str(vocab)]})
    text = "Trained incoming staff.\nHighly organized."
    doc = nlp(text)
    before = [(s.text, s.id_, span_details(s)["method"]) for s in doc.spans[SPANS_KEY]]
    assert ("Trained incoming staff", "staff-training", "pattern") in before
    nlp.to_disk(tmp_path / "model")
    vocab.unlink()  # the saved pipeline must not need the file
    loaded = spacy.load(tmp_path / "model")
    again = loaded(text)
    assert [(s.text, s.id_, span_details(s)["method"]) for s in again.spans[SPANS_KEY]] == before


def test_a_vocabulary_without_patterns_matches_as_before(tmp_path: Path) -> None:
    plain = [{k: v for k, v in t.items() if k != "patterns"} for t in TERMS]
    assert found("Trained incoming staff; staff training.", write_vocab(tmp_path, plain)) == [
        ("staff-training", "staff training", "phrase", "affirmed")
    ]
