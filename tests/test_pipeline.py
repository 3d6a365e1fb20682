"""Our pipeline's tokenizer fix (spaCy#13950) must not change a single token."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from resumematch.pipeline import _resume_english, without_whitespace_special_cases

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


def test_known_samples_tokenize_identically() -> None:
    for text in SAMPLES:
        assert _tokens(_fixed, text) == _tokens(_blank, text)
        assert _tokens(_patched, text) == _tokens(_blank, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab RN.,-'/()\n\t\xa0:;")), max_size=80))
def test_random_texts_tokenize_identically(text: str) -> None:
    assert _tokens(_fixed, text) == _tokens(_blank, text)


def test_fix_removes_only_whitespace_rules() -> None:
    removed = set(_blank.tokenizer.rules) - set(_fixed.tokenizer.rules)
    assert removed and all(not key.strip() for key in removed)
