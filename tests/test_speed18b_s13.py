"""Fast paths of the term search's path, second round (issue #18 item 5, thirteenth session).

Each cut keeps its plain reading beside it (``reference=True``), and each test compares the
two on every text the project holds (the bundled examples, the shared real-world fixtures, the
in-sample probe resumes and postings, each also in capitals and in lower case) and on random
texts (Hypothesis), so that the output cannot change:

- the runs of ``a``-``z`` of a text, read by a byte table and one ``split`` instead of a regex
  ``findall`` (the split-word repair's odd pieces);
- a letter the PDF split off its word ("p resentation"), found from the space after it;
- two pieces of a split word ("compas sionate"): only the odd pieces that make a word with a
  neighbouring run are searched for in the text.
"""

from __future__ import annotations

from conftest import EXAMPLES, probe_texts, real_world_texts
from hypothesis import given, settings
from hypothesis import strategies as st

import resumematch
from resumematch.extract.normalize import _join_split_letters, _join_split_words, _letter_runs, normalize_text


def _same(texts: list[str]) -> int:
    """Assert each fast path equals its reference on each text in three casings; the joins made."""
    joined = 0
    for text in texts + [text.upper() for text in texts] + [text.lower() for text in texts]:
        assert _letter_runs(text) == _letter_runs(text, reference=True), text[:80]
        fast = _join_split_letters(text)
        assert fast == _join_split_letters(text, reference=True), text[:80]
        joined += len(text) - len(fast)
        fast = _join_split_words(text)
        assert fast == _join_split_words(text, reference=True), text[:80]
        joined += len(text) - len(fast)
    return joined


def test_the_fast_paths_equal_their_references_on_the_examples() -> None:
    files = [p for p in sorted(EXAMPLES.rglob("*")) if p.suffix in (".txt", ".md")]
    texts = [p.read_text("utf-8") for p in files]
    texts += [resumematch.extract(p).text for p in sorted(EXAMPLES.rglob("*")) if p.suffix in (".pdf", ".docx")]
    assert len(texts) >= 6
    _same(texts)


def test_the_fast_paths_equal_their_references_on_the_probe_sets() -> None:
    texts = probe_texts()
    assert len(texts) > 200, "the probe resumes and postings"
    _same(texts)


def test_the_fast_paths_equal_their_references_on_the_shared_fixtures() -> None:
    _same(real_world_texts())


def test_a_split_letter_and_a_split_word_are_still_joined() -> None:
    assert normalize_text("Gave a p resentation to staff") == "Gave a presentation to staff"
    assert normalize_text("a team of nine") == "a team of nine"
    assert normalize_text("A compas sionate nurse; Accountin g") == "A compassionate nurse; Accounting"
    assert normalize_text("pro forma in formation") == "pro forma in formation"


_PIECES = ["compas", "sionate", "Compas", "accountin", "g", "in", "formation", "patient", "s", "docu", "men"]
_PIECES += ["tation", "pro", "forma", "xq", " ", " ", "  ", "\n", ",", ".", "-", "'", "é", "(", ")", "Tech", "Nicians"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_a_split_word_is_joined_where_searching_every_odd_piece_joins_it(text: str) -> None:
    assert _join_split_words(text) == _join_split_words(text, reference=True)


_ALPHABET = "aZpbé_1'&/.- \n\t,;:)xİ\u00a0•\ud800resntaio"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_the_letter_runs_are_the_regex_runs(text: str) -> None:
    assert _letter_runs(text) == _letter_runs(text, reference=True)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["p", "P", "resentation", "x", "a", "team", " ", "  ", "\n", ".", "-", "'", "é", ",", "q", "ab"]
        ),
        max_size=20,
    ).map("".join)
)
def test_a_split_letter_is_found_where_the_letter_first_form_finds_it(text: str) -> None:
    assert _join_split_letters(text) == _join_split_letters(text, reference=True)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_a_split_letter_is_found_alike_on_any_text(text: str) -> None:
    assert _join_split_letters(text) == _join_split_letters(text, reference=True)
