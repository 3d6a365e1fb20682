"""Looking for a posting's unknown phrases ("LOINC", "cardiology") in a resume, as written.

resumematch has no term, aliases or assertion rules for these phrases, so the search is
plain and says so: an acronym by its exact letters; other phrases by their words in
order, each by a crude stem ("orthopaedic surgeries" shows "orthopaedic surgery"), then,
for a phrase of eight letters or more, by a close fuzzy match on one line (rapidfuzz),
which forgives a typo. A phrase earns what :data:`PHRASE_WEIGHT` gives it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..models import Document, Evidence, JobProfile, PostingPhrase

__all__ = ["NOT_KNOWN", "PHRASE_WEIGHT", "PhraseFinding", "find_phrases", "phrase_note"]

NOT_KNOWN = "resumematch does not know this term"
"""Said of every phrase searched as written, in every output format."""

PHRASE_WEIGHT = 0.0
"""A phrase's weight in its part of the score: none yet. The phrases are found, listed
and searched in every report, but on the ranking benchmark (same run) a weight of 0.5
took NDCG@10 from 0.807 to 0.806 and 0.25 (with the hire's qualities read) to 0.804:
the plain patterns still pick up the employer's own acronyms ("CUH", "JFICU"), which
score needs to tell apart before phrases may count (docs/scoring.md)."""
_FUZZY_CUTOFF = 90.0
_WORD = re.compile(r"[a-z0-9]+")
_ANY_CASE_WORD = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True)
class PhraseFinding:
    """One unknown phrase of the posting, and where the resume shows it as written (if it does)."""

    phrase: PostingPhrase
    evidence: Evidence | None


def _stem(word: str) -> str:
    for suffix in ("ies", "ing", "es", "ed", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _same(a: str, b: str) -> bool:
    return a == b or (len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)))


def _line_evidence(document: Document, text: str, start: int) -> Evidence:
    return Evidence(
        text=text,
        line=document.line_at(start),
        section=document.section_of(start),
        page=document.page_of(start),
        start=start,
    )


@functools.lru_cache(maxsize=256)
def _wanted(key: str) -> tuple[str, ...]:
    """A phrase's words as stems: a posting's, asked of every resume of a ranking."""
    return tuple(_stem(w) for w in _WORD.findall(key.lower()))


def _needle(stem: str) -> str:
    """What a word that :func:`_same` accepts for ``stem`` must contain: its first four
    letters (a prefix either way shares them), or the whole of a shorter stem."""
    return stem[:4] if len(stem) >= 4 else stem


class _ResumeWords:
    """The resume's words as ``(stem, start, end)``, made when a phrase first needs them,
    each distinct word stemmed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = text.lower()
        self._words: list[tuple[str, int, int]] | None = None

    def words(self) -> list[tuple[str, int, int]]:
        if self._words is None:
            stems: dict[str, str] = {}
            words = []
            # Offsets into the text itself (lower-casing may change a text's length).
            for m in _ANY_CASE_WORD.finditer(self.text):
                word = m.group(0).lower()
                stem = stems.get(word)
                if stem is None:
                    stem = stems[word] = _stem(word)
                words.append((stem, m.start(), m.end()))
            self._words = words
        return self._words


def _words_at(wanted: Sequence[str], words: Sequence[tuple[str, int, int]]) -> int | None:
    """The first index where the resume's words run as the stems ``wanted`` (the plain
    reference of :func:`_first_run`)."""
    for i in range(len(words) - len(wanted) + 1):
        if all(_same(words[i + j][0], stem) for j, stem in enumerate(wanted)):
            return i
    return None


def _first_run(wanted: Sequence[str], resume: _ResumeWords) -> tuple[int, int] | None:
    """Where the resume's words first run as the stems ``wanted`` (the span of the words
    :func:`_words_at` finds), without reading the resume word by word where it cannot
    match: an ASCII word's lower case stands in the lower-cased text as it is, so a stem
    whose :func:`_needle` the lower-cased text lacks is not there, and in an ASCII text a
    run starts only at a word that begins with the first stem's needle."""
    if not all(_needle(stem) in resume.lowered for stem in wanted):
        return None
    if resume.text.isascii():
        return _run_at_needles(wanted, resume.text, resume.lowered)
    words = resume.words()
    i = _words_at(wanted, words)
    return None if i is None else (words[i][1], words[i + len(wanted) - 1][2])


_ALPHANUMERIC = re.compile(r"[A-Za-z0-9]")


def _run_at_needles(wanted: Sequence[str], text: str, lowered: str) -> tuple[int, int] | None:
    """:func:`_first_run` in an ASCII text: the words read are only those from each word
    start where the first stem's needle stands (a word :func:`_same` accepts for a stem
    begins with its needle)."""
    needle = _needle(wanted[0])
    at = lowered.find(needle)
    while at != -1:
        if not (at and _ALPHANUMERIC.match(lowered, at - 1)):
            run = list(itertools.islice(_ANY_CASE_WORD.finditer(text, at), len(wanted)))
            if len(run) == len(wanted) and all(
                _same(_stem(m.group(0).lower()), stem) for m, stem in zip(run, wanted, strict=True)
            ):
                return run[0].start(), run[-1].end()
        at = lowered.find(needle, at + 1)
    return None


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _standalone(key: str, text: str) -> int | None:
    """Where ``key`` first stands in ``text`` with no word character or hyphen either side
    (what the pattern ``(?<![\\w-])KEY(?![\\w-])`` finds, from each occurrence of the key
    rather than tried at every character of the resume)."""
    at = text.find(key)
    while at != -1:
        if not (at and _WORD_OR_HYPHEN.match(text, at - 1)) and not _WORD_OR_HYPHEN.match(text, at + len(key)):
            return at
        at = text.find(key, at + 1)
    return None


def _find(phrase: PostingPhrase, document: Document, resume: _ResumeWords) -> Evidence | None:
    text = document.text
    key = phrase.key
    if key.isupper():
        at = _standalone(key, text)
        return _line_evidence(document, key, at) if at is not None else None
    wanted = _wanted(key)
    if not wanted:
        return None
    span = _first_run(wanted, resume)
    if span is not None:
        start, end = span
        return _line_evidence(document, text[start:end], start)
    if len(key.replace(" ", "")) >= 8:
        offset = 0
        for line in text.splitlines(keepends=True):
            if fuzz.partial_ratio(key, line.lower(), score_cutoff=_FUZZY_CUTOFF):
                return _line_evidence(document, line.strip(), offset)
            offset += len(line)
    return None


def find_phrases(job: JobProfile, document: Document) -> list[PhraseFinding]:
    """Each of the posting's unknown phrases, with the resume line that shows it (or None)."""
    if not job.unknown_terms:
        return []
    resume = _ResumeWords(document.text)
    return [PhraseFinding(phrase, _find(phrase, document, resume)) for phrase in job.unknown_terms]


def phrase_note(finding: PhraseFinding) -> str:
    """How the report says what was found: plainly a search as written, not a judgement."""
    where = "found as written" if finding.evidence is not None else "not found as written"
    return f"'{finding.phrase.text}': {NOT_KNOWN}; {where}"
