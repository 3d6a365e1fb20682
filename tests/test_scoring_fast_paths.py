"""The shortcuts scoring takes for ranking speed give what the plain rules give.

Each fast path (``scoring/phrase_checks``: the posting's phrases looked for word by word
only when their letters are in the text, in an ASCII text only from the words that begin
with the first stem's letters, and an acronym from each occurrence; ``scoring/stuffing``:
lines without a separator skipped, lines with too few separator characters for a list
skipped, the separator patterns opened by a character class; ``scoring/title_phrases``:
a phrase's pattern searched only when the text holds the phrase, and found from each
place ``str.find`` gives;
``term_credits._best_credit``: the first mention earning 1 ends the search;
``score``: each posting term's part and weight made once per posting, each set of judged
parts' worth once) is checked against the plain rule it replaces, written out here.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from conftest import EXAMPLES
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from resumematch import analyze, find_terms
from resumematch.match.pipeline import read_document
from resumematch.models import CREDENTIAL_CATEGORIES, Document, Mention
from resumematch.models.inputs import Text
from resumematch.scoring import posting_terms, score, stuffing
from resumematch.scoring.fit_data import fit_data
from resumematch.scoring.part_worth import PART_NAMES, ScoreWeights, part_worth, term_part_weight
from resumematch.scoring.per_posting import per_posting
from resumematch.scoring.phrase_checks import _first_run, _ResumeWords, _standalone, _stem, _wanted, _words_at
from resumematch.scoring.stuffing import ListedLines, listed_lines
from resumematch.scoring.term_credits import STATUS_CREDIT, _best_credit
from resumematch.scoring.title_phrases import WORDS as TITLE_WORDS
from resumematch.scoring.title_phrases import PhraseLookup, standalone_in

JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"
REAL_WORLD = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real-world"

WORDS = ["nurse", "nursing", "care", "cares", "patient", "patients", "HEDIS", "ortho", "orthopaedic", "surgeries"]
WORDS += ["surgery", "american", "heart", "association", "ed", "es", "İstanbul", "straße", "ΣΊΣΥΦΟΣ", "amer"]
ACRONYM_PIECES = ["HEDIS", "CUH", "HEDISX", "BLS CPR", "-", "_", "a", "é", " ", "\n", "1", "CU"]
PIECES = st.sampled_from([*WORDS, " ", ", ", "; ", " - ", "\n", ":", "KEYWORDS: ", "Skills: ", "-", "|", "•"])


def _plain_words(text: str) -> list[tuple[str, int, int]]:
    """The resume's words as ``find_phrases`` first read them: every word stemmed."""
    return [(_stem(m.group(0).lower()), m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9]+", text)]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(PIECES, max_size=40).map("".join), phrase=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3))
def test_a_phrase_is_found_where_the_plain_word_scan_finds_it(text: str, phrase: list[str]) -> None:
    wanted = _wanted(" ".join(phrase).lower())
    assume(wanted)  # a phrase without a word of [a-z0-9] is never looked for (``_find``)
    words = _plain_words(text)
    i = _words_at(wanted, words)
    plain = None if i is None else (words[i][1], words[i + len(wanted) - 1][2])
    assert _first_run(wanted, _ResumeWords(text)) == plain
    assert _ResumeWords(text).words() == _plain_words(text)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(ACRONYM_PIECES), max_size=20).map("".join),
    key=st.sampled_from(["HEDIS", "CUH", "CU", "H", "BLS CPR"]),
)
def test_an_acronym_is_found_where_the_plain_pattern_finds_it(text: str, key: str) -> None:
    match = re.search(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", text)
    assert _standalone(key, text) == (match.start() if match else None)


_PLAIN_ITEM_SPLIT = re.compile(r"\s*(?:[,;|•·▪]|\s-\s)\s*")
_PLAIN_SEPARATOR = re.compile(r"[,;|•·▪]|\s-\s")
SEPARATOR_PIECES = st.sampled_from(
    [" ", "\t", "\n", "\xa0", "\u2003", "-", "--", ",", ";", "|", "•", "·", "▪", "a", "b1", "é"]
)


@settings(max_examples=500, deadline=None)
@given(text=st.lists(SEPARATOR_PIECES, max_size=24).map("".join))
def test_the_separator_patterns_split_and_find_as_the_plain_ones(text: str) -> None:
    assert stuffing._ITEM_SPLIT.split(text) == _PLAIN_ITEM_SPLIT.split(text)
    assert (stuffing._SEPARATOR.search(text) is None) == (_PLAIN_SEPARATOR.search(text) is None)


def _plain_items(line: str) -> list[str]:
    return [item for item in _PLAIN_ITEM_SPLIT.split(line) if item.strip()]


def _plain_listed_lines(document: Document, posting_text: str) -> ListedLines:
    """``listed_lines`` as first written: every non-empty line split into items."""
    posting = " ".join(stuffing._WORD.findall(posting_text.lower()))
    keyword, skills = [], []
    offset = 0
    for line in document.text.splitlines(keepends=True):
        start, end = offset, offset + len(line.rstrip("\r\n"))
        offset += len(line)
        body = line.strip()
        if not body:
            continue
        label = stuffing._LABEL.match(body)
        items = _plain_items(body[label.end() :] if label else body)
        if stuffing._KEYWORD_LABEL.match(body) and len(items) >= 2:
            keyword.append((start, end))
            continue
        if len(items) < stuffing._MIN_ITEMS or any(
            len(stuffing._WORD.findall(i)) > stuffing._MAX_ITEM_WORDS for i in items
        ):
            continue
        if document.section_of(start) in stuffing._STATED_SECTIONS or document.section_of(start) is None:
            continue
        distinct = {" ".join(stuffing._WORD.findall(i.lower())) for i in items}
        copied = [i for i in distinct if i and f" {i} " in f" {posting} "]
        if len(distinct) >= stuffing.COPIED_ITEMS and len(copied) >= stuffing._COPIED_SHARE * len(distinct):
            keyword.append((start, end))
        else:
            skills.append((start, end))
    return ListedLines(tuple(keyword), tuple(skills))


@pytest.fixture(scope="module")
def posting_text() -> str:
    return analyze(JOB).text


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.lists(PIECES, max_size=14).map("".join), min_size=1, max_size=8))
def test_bare_lists_are_the_plain_rules(posting_text: str, lines: list[str]) -> None:
    document = read_document(Text("Jane Doe\nExperience\n" + "\n".join(lines) + "\nSkills\n" + "\n".join(lines)))
    assert listed_lines(document, posting_text) == _plain_listed_lines(document, posting_text)


def test_bare_lists_of_real_resumes_are_the_plain_rules(posting_text: str) -> None:
    paths = sorted((EXAMPLES / "resumes").glob("*"))
    paths += sorted((REAL_WORLD / "resumes").glob("*/*.pdf"))[:20] if REAL_WORLD.is_dir() else []
    checked = 0
    for path in paths:
        document = read_document(path)
        assert listed_lines(document, posting_text) == _plain_listed_lines(document, posting_text), path.name
        checked += 1
    assert checked >= 3


def test_phrases_of_real_postings_are_found_in_real_resumes_as_the_plain_scan_finds_them() -> None:
    postings = [JOB, *(sorted((REAL_WORLD / "postings").glob("*")) if REAL_WORLD.is_dir() else [])]
    phrases = {p.key for posting in postings for p in analyze(posting).unknown_terms if not p.key.isupper()}
    phrases |= {"patient care", "registered nurse", "nursing", "care"}  # common words: many candidate runs
    paths = sorted((EXAMPLES / "resumes").glob("*"))
    paths += sorted((REAL_WORLD / "resumes").glob("*/*.pdf"))[:20] if REAL_WORLD.is_dir() else []
    found = 0
    for path in paths:
        text = read_document(path).text
        words = _plain_words(text)
        for key in phrases:
            wanted = _wanted(key)
            i = _words_at(wanted, words)
            plain = None if i is None else (words[i][1], words[i + len(wanted) - 1][2])
            assert _first_run(wanted, _ResumeWords(text)) == plain, (path.name, key)
            found += plain is not None
    assert found >= 5


def test_a_terms_best_credit_is_the_plain_maximum(posting_text: str) -> None:
    paths = sorted((EXAMPLES / "resumes").glob("*"))
    paths += sorted((REAL_WORLD / "resumes").glob("*/*.pdf"))[:20] if REAL_WORLD.is_dir() else []
    compared = 0
    for path in paths:
        document, mentions = find_terms(path)
        listed = listed_lines(document, posting_text)
        by_term: dict[str, list[Mention]] = {}
        for mention in mentions:
            by_term.setdefault(mention.term_id, []).append(mention)
        for found in by_term.values():
            plain = max([STATUS_CREDIT.get(m.status, 0.0) * listed.factor(m) for m in found], default=0.0)
            assert _best_credit(found, listed) == plain, path.name
            compared += bool(listed.keyword or listed.skills)
    assert compared >= 10  # resumes with bare lists, where the rule differs from an affirmed mention's 1


def _plain_labels_in(lookup: PhraseLookup, lowered: str, words: frozenset[str]) -> set[object]:
    """``labels_in`` as first written: every candidate phrase's pattern searched."""
    found: set[object] = set()
    for first in words & lookup._first_words.keys():
        for label, parts, phrase, as_written in lookup._first_words[first]:
            pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
            if label not in found and all(w in words for w in parts) and (not as_written or pattern.search(lowered)):
                found.add(label)
    return found


SPECIALTY_WORDS = ["emergency", "department", "clinical", "trials", "nursing", "home", "patient", "education", "care"]


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from([*SPECIALTY_WORDS, " ", "-", "/", "\n", ", "]), max_size=30).map("".join))
def test_specialties_and_languages_are_the_plain_search(text: str) -> None:
    data = fit_data()
    lowered = text.lower()
    words = frozenset(TITLE_WORDS.findall(lowered))
    for lookup in (data.specialties, data.languages, data.families):
        assert lookup.labels_in(lowered, words) == _plain_labels_in(lookup, lowered, words)


def test_posting_terms_and_part_worth_are_the_plain_ones_and_kept_per_posting_object() -> None:
    postings = [JOB, *(sorted((REAL_WORLD / "postings").glob("*"))[:8] if REAL_WORLD.is_dir() else [])]
    for posting in postings:
        job = analyze(posting)
        plain = []
        for term in job.terms:
            part, weight = term_part_weight(term.category, term.kind, term.weight)
            plain.append((term, part, weight / (1 + len(term.alternatives)), term.category in CREDENTIAL_CATEGORIES))
        assert [tuple(row) for row in posting_terms.posting_terms(job)] == plain, posting.name
        assert posting_terms.posting_terms(job) is posting_terms.posting_terms(job)  # kept for the same object
        other = dataclasses.replace(job, terms=job.terms[:1])  # another object: its own rows
        assert len(posting_terms.posting_terms(other)) == len(other.terms)
    weights = ScoreWeights()
    for judged in ({"required", "title"}, set(PART_NAMES), {"preferred"}, {"text", "role_fit", "education"}):
        assert score._part_worth(weights, frozenset(judged)) == part_worth(weights, judged)


def test_per_posting_values_are_made_once_per_posting_object() -> None:
    job = analyze(JOB)
    made: list[int] = []
    for _ in range(3):
        per_posting("test", job, lambda j: made.append(1) or len(made))
    assert made == [1]  # once per posting object
    assert per_posting("test", dataclasses.replace(job), lambda j: 7) == 7  # an equal copy is another object


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(st.sampled_from(["home", " ", "-", "_", "é", "1", "care", "home care", "\n", "/"]), max_size=12),
    phrase=st.sampled_from(["home care", "home", "e c", "-care", "care/", "home-care", "é"]),
)
def test_a_standalone_phrase_is_found_where_the_plain_pattern_finds_it(text: list[str], phrase: str) -> None:
    joined = "".join(text)
    plain = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", joined) is not None
    assert standalone_in(phrase, joined) == plain


def test_specialties_of_real_resumes_are_the_plain_search() -> None:
    paths = sorted((EXAMPLES / "resumes").glob("*"))
    paths += sorted((REAL_WORLD / "resumes").glob("*/*.pdf")) if REAL_WORLD.is_dir() else []
    data = fit_data()
    found = 0
    for path in paths:
        lowered = read_document(path).text.lower()
        words = frozenset(TITLE_WORDS.findall(lowered))
        for lookup in (data.specialties, data.languages, data.families):
            labels = lookup.labels_in(lowered, words)
            assert labels == _plain_labels_in(lookup, lowered, words), path.name
            found += len(labels)
    assert found >= 10
