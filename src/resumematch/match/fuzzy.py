"""Near-miss spellings ("Meditec", "Phlebotamy", "HIPPA") with rapidfuzz.

Fuzzy matching is where keyword tools get both slow and wrong, so it is fenced in:

* only single-word forms of at least :data:`MIN_LENGTH` letters are candidates, and
  never curated abbreviations ("RN" must not become "RT");
* only tokens that no exact rule matched, that are alphabetic and at least as long,
  and that are *not real English words* are queried: "excel" is a word, "meditec" is
  not. The dictionary (:func:`resumematch.english.known_words`) is spacy-lookups-data's
  lemma table plus WordNet's lemma index, which has the words that do not inflect
  ("clinical", "compliant"), and spaCy's English stop words ("with", "than", "into");
* the first letter must agree and the optimal-string-alignment distance (a swap of
  two neighbours costs one edit) must be at most 1 for words under 8 letters, 2 above;
* the distinct unmatched words of a document (a town named five times is one query)
  go to rapidfuzz in one ``cdist`` call per first letter, against only the forms that
  start with that letter and whose length is within two of the shortest and longest
  query (no pair outside that block can be within the allowed edits, so the result is
  the same as comparing every pair). A 20,000-term vocabulary costs about what a
  200-term one does, not a hundred times more;
* "is this token a candidate at all" (alphabetic, long enough, not an English word) is
  a lexeme flag (``Vocab.add_flag``): computed once per distinct word for the life of
  the pipeline, read for a whole document with one ``Doc.to_array`` call. So a
  document without near-misses costs a few microseconds, whatever its length;
* each candidate word's answer (its nearest form, or none) is remembered, up to
  :data:`REMEMBERED_WORDS` words: the same unknown words come back resume after resume
  (employers, towns, product names; a third of the distinct words queried on the
  fixture resumes had been queried for an earlier one), and only new words reach
  ``cdist``.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterator
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..english import english_lemmas
from .vocabulary import Vocabulary

__all__ = ["MIN_LENGTH", "REMEMBERED_WORDS", "FuzzyMatcher", "candidate_flag", "max_edits"]

MIN_LENGTH = 5
REMEMBERED_WORDS = 100_000
"""Distinct query words whose answers a :class:`FuzzyMatcher` keeps (about 10 MB at most)."""
_UNKNOWN = (-1, -1)
"""The memo's answer for a word it does not hold (no real answer has a negative distance)."""
_flags: dict[int, tuple[Vocab, int]] = {}


def candidate_flag(vocab: Vocab, known_words: Collection[str]) -> int:
    """The id of the lexeme flag "may be a misspelling" in ``vocab`` (added once per vocab)."""
    cached = _flags.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]

    def is_candidate(text: str) -> bool:
        return len(text) >= MIN_LENGTH - 1 and text.isalpha() and not _is_english(text.lower(), known_words)

    flag = int(vocab.add_flag(is_candidate))
    _flags[id(vocab)] = (vocab, flag)
    return flag


_VERB_ENDINGS = ("ing", "ed")


def _is_english(word: str, known_words: Collection[str]) -> bool:
    """A real English word, never a near-miss: in the dictionary, or a stop word (which it lacks),
    or a known word of five letters or more with "-ing"/"-ed" that the lemma table lacks
    ("cohorting" is "cohort", not a misspelt "charting")."""
    if word in known_words or word in STOP_WORDS:
        return True
    for suffix in _VERB_ENDINGS:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if len(stem) >= 5 and (stem in known_words or stem + "e" in known_words):
                return True
    return False


_COMPOUND_PART = 5
"""Letters each word of a compound needs before :func:`_other_compound` reads it as one
("power", "plant", "point"; not "ting" of "chartting", "pint" of "Powerpint", "shin" of "leadershin")."""


def _other_compound(query: str, form: str, known_words: Collection[str]) -> bool:
    """Whether ``query`` is ``form`` with one of its words swapped for another English word:
    another compound, not a misspelling ("Powerplant" is not "PowerPoint": power + plant,
    not power + point). Asked only of a near-miss found, so it costs nothing per token."""
    shortest = min(len(query), len(form))
    for cut in range(_COMPOUND_PART, shortest - _COMPOUND_PART + 1):
        # the same first word and two different second words, or the other way round
        head, tail = query[:cut], query[-cut:]
        if head == form[:cut] and head in known_words and _is_part(query[cut:], form[cut:], known_words):
            return True
        if tail == form[-cut:] and tail in known_words and _is_part(query[:-cut], form[:-cut], known_words):
            return True
    return False


def _is_part(ours: str, theirs: str, known_words: Collection[str]) -> bool:
    """Two different words of a compound: English, long enough, two edits apart (a misspelt
    word is one edit from the right one: "heath" in "Athenaheath", "shooing" in
    "Troubleshooing") and not two forms of one word ("Powerpoints")."""
    if min(len(ours), len(theirs)) < _COMPOUND_PART or ours not in known_words or theirs not in known_words:
        return False
    lemmas = english_lemmas()
    return lemmas.get(ours, ours) != lemmas.get(theirs, theirs) and OSA.distance(ours, theirs) >= 2


def max_edits(length: int) -> int:
    """Edits allowed for a word of ``length`` letters (the Elasticsearch 'AUTO' rule, shifted)."""
    return 1 if length < 8 else 2


class FuzzyMatcher:
    """Single-word near-miss lookup against a vocabulary's case-insensitive forms."""

    def __init__(self, forms: dict[str, str], *, known_words: Collection[str]) -> None:
        """``forms`` maps a lowercase word to its term id; ``known_words`` is the dictionary."""
        self.forms = tuple(forms)
        self.term_ids = tuple(forms.values())
        self._form_set = frozenset(forms)
        self.known_words = known_words
        self._answers: dict[str, tuple[int, int] | None] = {}
        # Forms grouped by first letter and sorted by length: a query is compared with
        # one letter's forms of a possible length only (the first letter must agree and
        # at most two edits are allowed, so no other form can qualify).
        groups: dict[str, list[int]] = {}
        for index, form in enumerate(self.forms):
            groups.setdefault(form[0], []).append(index)
        self._blocks: dict[str, _Block] = {}
        for letter, indices in groups.items():
            indices.sort(key=lambda i: (len(self.forms[i]), i))
            self._blocks[letter] = _Block(
                forms=[self.forms[i] for i in indices],
                indices=np.array(indices, dtype=np.int64),
                lengths=[len(self.forms[i]) for i in indices],
                allowed=np.array([max_edits(len(self.forms[i])) for i in indices], dtype=np.int32),
            )

    @classmethod
    def from_vocabulary(cls, vocabulary: Vocabulary, *, known_words: Collection[str]) -> FuzzyMatcher:
        forms: dict[str, str] = {}
        for term in vocabulary:
            phrases = [term.name] if term.name not in term.abbreviations else []
            for phrase in [*phrases, *term.aliases]:
                word = phrase.lower()
                if word.isalpha() and len(word) >= MIN_LENGTH:
                    forms.setdefault(word, term.id)
        return cls(forms, known_words=known_words)

    def find(self, doc: Doc, covered: set[int], *, flag: int | None = None) -> Iterator[tuple[int, str, float]]:
        """Yield ``(token index, term id, confidence)`` for near-miss tokens of ``doc``.

        ``flag`` is the :func:`candidate_flag` of the doc's vocab; without it each token
        is checked in Python (same result, slower).
        """
        if not self.forms:
            return
        if flag is not None:
            indices = np.flatnonzero(doc.to_array([flag])).tolist() if len(doc) else []
        else:
            indices = list(range(len(doc)))
        positions = [i for i in indices if i not in covered]
        yield from self.find_words(positions, [doc[i].lower_ for i in positions])

    def find_words(self, positions: list[int], words: list[str]) -> Iterator[tuple[int, str, float]]:
        """:meth:`find` on lowercase words already read from the Doc (``positions[i]`` is ``words[i]``'s token)."""
        where: dict[str, list[int]] = {}  # each distinct query word -> its positions (a town named 5 times)
        for i, lower in zip(positions, words, strict=True):
            at = where.get(lower)
            if at is None:
                where[lower] = [i]
            else:
                at.append(i)
        if not where or not self.forms:
            return
        answers = self._answers
        hits: list[tuple[str, tuple[int, int]]] = []
        new: list[str] = []
        for query in where:
            # One look-up: a memo another thread clears between two would raise KeyError.
            answer = answers.get(query, _UNKNOWN)
            if answer is _UNKNOWN:
                new.append(query)
            elif answer is not None:
                hits.append((query, answer))
        if new:
            hits.extend((query, answer) for query, answer in self._compare(new).items() if answer is not None)
        results: list[tuple[int, str, float]] = []
        for query, (distance, column) in hits:
            form = self.forms[column]
            confidence = round(min(1.0 - distance / max(len(query), len(form)), 0.9), 3)
            results.extend((position, self.term_ids[column], confidence) for position in where[query])
        yield from sorted(results)

    def _compare(self, words: list[str]) -> dict[str, tuple[int, int] | None]:
        """Each word's nearest form as ``(distance, form index)``, or ``None``; remembered.

        A word's answer depends on nothing else, and the same unknown words come back
        document after document (employers, towns, product names), so each distinct
        word is compared once: the memo holds up to :data:`REMEMBERED_WORDS` answers and
        starts again when full.
        """
        answers: dict[str, tuple[int, int] | None] = dict.fromkeys(words)
        queries = [
            word
            for word in words
            if len(word) >= MIN_LENGTH - 1
            and word.isalpha()
            and not _is_english(word, self.known_words)
            and word not in self._form_set
        ]
        by_letter: dict[str, list[str]] = {}
        for query in queries:
            by_letter.setdefault(query[0], []).append(query)
        for letter, batch in by_letter.items():
            block = self._blocks.get(letter)
            if block is None:
                continue
            sizes = [len(query) for query in batch]
            lo = bisect.bisect_left(block.lengths, min(sizes) - 2)
            hi = bisect.bisect_right(block.lengths, max(sizes) + 2)
            if lo >= hi:
                continue
            distances = cdist(batch, block.forms[lo:hi], scorer=OSA.distance, score_cutoff=2, dtype=np.int32, workers=1)
            hit_rows, hit_columns = (distances <= block.allowed[lo:hi]).nonzero()
            # Per query: fewest edits first, then the form listed first in the vocabulary.
            for i, c in zip(hit_rows.tolist(), hit_columns.tolist(), strict=True):
                if _other_compound(batch[i], block.forms[lo + c], self.known_words):
                    continue
                candidate = (int(distances[i, c]), int(block.indices[lo + c]))
                best = answers[batch[i]]
                if best is None or candidate < best:
                    answers[batch[i]] = candidate
        if len(self._answers) + len(answers) > REMEMBERED_WORDS:
            self._answers.clear()
        self._answers.update(answers)
        return answers


@dataclass(frozen=True)
class _Block:
    """The forms that start with one letter, sorted by length, with their limits as arrays."""

    forms: list[str]
    indices: np.ndarray
    lengths: list[int]
    allowed: np.ndarray
