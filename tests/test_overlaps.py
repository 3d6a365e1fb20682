"""Two terms whose matches overlap (issue #18, branch s6-overlaps).

Probe rounds lost a term where a token pattern's match and another term's phrase match
share words: the longer span won and the other term was gone ("Bathed, fed and dressed
patients at home" lost home health to the ADL pattern ending on "patients"). The rule
(docs/matching.md, "Token patterns"; patterns.merge_pattern_matches): a phrase inside a
pattern match, or crossing only its END edge (the pattern's object word begins the
phrase), stays with it; a phrase crossing its START edge (the pattern's verb or cue word
ends the phrase) or covering all its words is a rival reading, and the longer one wins.
Every line here was written for this test, not taken from a development or probe
document. Figures: benchmarks/README.md, "Partial overlaps".
"""

from __future__ import annotations

import pytest
from conftest import held

from resumematch.match.patterns import METHOD, merge_pattern_matches
from resumematch.match.trie import Found

BOTH = [
    ("Bathed, fed and dressed patients at home", ("adl-assistance", "home-health")),
    ("Triaged patients at home", ("triage", "home-health")),
    ("Entered orders in Cerner FirstNet", ("data-entry", "cerner")),
    ("Assigned ICD-10 codes", ("medical-coding", "icd-10")),
    ("Assigned ICD-10 and CPT codes", ("medical-coding", "icd-10", "cpt-codes")),
    ("Validated ICD-10-CM codes for claims", ("medical-coding", "icd-10")),
    ("Registered Nurse Case Manager", ("registered-nurse", "case-management")),
]


@pytest.mark.parametrize(("text", "term_ids"), BOTH)
def test_every_term_of_overlapping_matches_is_credited(text: str, term_ids: tuple[str, ...]) -> None:
    for term_id in term_ids:
        assert held(text, term_id), (text, term_id)


def _phrase(start: int, end: int, term_id: str) -> Found:
    return Found(start, end, term_id, "phrase", 1.0)


def _pattern(start: int, end: int, term_id: str) -> Found:
    return Found(start, end, term_id, METHOD, 0.9)


# The pattern match is tokens 2-6 of term "p"; the phrase is another term's, "q".
GEOMETRY = [
    ("inside", _phrase(3, 5, "q"), {"p", "q"}),
    ("ends on the pattern's last word (partial, end edge)", _phrase(5, 8, "q"), {"p", "q"}),
    ("shorter, ends on the pattern's first word (start edge): the longer wins", _phrase(0, 3, "q"), {"p"}),
    ("covers the same words", _phrase(2, 6, "q"), {"q"}),
    ("covers more words", _phrase(1, 7, "q"), {"q"}),
    ("starts with it and runs on", _phrase(2, 8, "q"), {"q"}),
    ("same term, crossing", _phrase(5, 8, "p"), {"p"}),
]


@pytest.mark.parametrize(("case", "phrase", "terms"), GEOMETRY, ids=[g[0] for g in GEOMETRY])
def test_which_overlaps_keep_both_terms(case: str, phrase: Found, terms: set[str]) -> None:
    merged = merge_pattern_matches([phrase], [_pattern(2, 6, "p")])
    assert {f.term_id for f in merged} == terms, case
    assert [f.start for f in merged] == sorted(f.start for f in merged)


def test_a_longer_phrase_on_the_pattern_s_first_word_wins() -> None:
    """A start-edge rival: the longer reading wins, as ``longest_first`` resolves phrases."""
    merged = merge_pattern_matches([_phrase(0, 3, "q")], [_pattern(2, 4, "p")])
    assert [f.term_id for f in merged] == ["q"]
    merged = merge_pattern_matches([_phrase(1, 3, "q")], [_pattern(2, 6, "p")])
    assert [f.term_id for f in merged] == ["p"]
