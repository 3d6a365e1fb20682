"""Our pipeline's tokenizer fixes (spaCy#13950) change nothing but period abbreviations,
a slash at a word's edge and a hyphen that opens a word (a bullet without its space).

Without the whitespace special cases tokens are identical to ``spacy.blank("en")``'s;
without the period-abbreviation special cases ("St.", "Dr.", "e.g."), the only change
allowed is that such a token is split further; a slash that closes or opens a word
("Management/", "/Home") is a token of its own; and so is a hyphen that opens one ("-BLS").
"""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from resumematch import find_terms
from resumematch.match.pipeline import _resume_english, without_whitespace_special_cases
from resumematch.match.tokenizer import is_period_abbreviation

SAMPLES = [
    "Jane Doe, RN\nSKILLS\n\tPhlebotomy,  Epic EHR\n\n- BLS/ACLS\xa0certified (AHA), exp. 2027.",
    "Don't stop: e-mail me at jane@example.com; U.S.-based, 3+ yrs.\r\n  Mr. Smith's team  \n",
    " \n \t\xa0\u2028leading and trailing whitespace \n\n",
]

_blank = spacy.blank("en")
_fixed = _resume_english()
_patched = without_whitespace_special_cases(spacy.blank("en"))


def _tokens(nlp: spacy.language.Language, text: str) -> list[tuple[str, str, bool]]:
    return [(t.text, t.whitespace_, t.is_space) for t in nlp(text)]


def _only_abbreviations_split(text: str) -> None:
    """Every token boundary of the stock tokenizer is ours and ours are its, but inside a
    period abbreviation our tokenizer splits, and in a stock token a slash opens or closes:
    that slash is a token of its own and the rest is split as if it stood alone ("RN./" is
    "RN", ".", "/"; spaCy's emoticon special cases may join the slash to the punctuation
    before it: ":/")."""
    stock = _blank(text)
    regions = [
        (t.idx, t.idx + len(t))
        for t in stock
        if is_period_abbreviation(t.text) or t.text[:1] == "/" or t.text[-1:] == "/"
    ]

    def boundaries(doc: spacy.tokens.Doc) -> set[int]:
        return {t.idx for t in doc} | {t.idx + len(t) for t in doc}

    for at in boundaries(stock) ^ boundaries(_fixed(text)):
        by_slash = "/" in text[max(0, at - 1) : at + 1]
        # "-BLS": a hyphen (or two) opening a word is split off; the rest reads as it stands alone
        by_hyphen = "-" in text[max(0, at - 2) : at + 1]
        inside = any(start < at < end for start, end in regions)
        assert by_slash or by_hyphen or inside, f"a token boundary moved at {at} in {text!r}"


def test_known_samples_tokenize_identically() -> None:
    for text in SAMPLES:
        assert _tokens(_patched, text) == _tokens(_blank, text)
        _only_abbreviations_split(text)
    assert [t.text for t in _fixed("Main St. 5")] == ["Main", "St", ".", "5"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab RN.,-'/()\n\t\xa0:;")), max_size=80))
def test_random_texts_tokenize_identically(text: str) -> None:
    assert _tokens(_patched, text) == _tokens(_blank, text)
    _only_abbreviations_split(text)


def test_fix_removes_only_whitespace_and_period_abbreviation_rules() -> None:
    removed = set(_blank.tokenizer.rules) - set(_fixed.tokenizer.rules)
    assert removed and all(not key.strip() or is_period_abbreviation(key) for key in removed)
    assert "don't" in _fixed.tokenizer.rules  # contractions stay: negation rules read "n't"


def test_a_text_over_spacys_million_characters_is_matched_not_refused() -> None:
    """spaCy refuses texts over ``nlp.max_length`` (1,000,000) for its parser's sake; ours
    has no parser, and files up to ExtractLimits.max_chars (2,000,000) must match."""
    from resumematch import ExtractLimits

    text = "filler words here\n" * 70_000 + "Current BLS certification."
    assert 1_000_000 < len(text) < ExtractLimits().max_chars
    _document, mentions = find_terms(text)
    assert [m.term_id for m in mentions] == ["bls"] and mentions[0].start == text.index("BLS")
