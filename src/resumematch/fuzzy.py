"""Near-miss spellings ("Meditec", "Phlebotamy", "HIPPA") with rapidfuzz.

Fuzzy matching is where keyword tools get both slow and wrong, so it is fenced in:

* only single-word forms of at least :data:`MIN_LENGTH` letters are candidates, and
  never curated abbreviations ("RN" must not become "RT");
* only tokens that no exact rule matched, that are alphabetic and at least as long,
  and that are *not real English words* (the lookup table of spacy-lookups-data is
  the dictionary) are queried: "excel" is a word, "meditec" is not;
* the first letter must agree and the optimal-string-alignment distance (a swap of
  two neighbours costs one edit) must be at most 1 for words under 8 letters, 2 above;
* all unmatched tokens of a document go to rapidfuzz in **one** ``cdist`` call, so
  the cost is one C loop per document, not a Python loop per token;
* "is this token a candidate at all" (alphabetic, long enough, not an English word) is
  a lexeme flag (``Vocab.add_flag``): computed once per distinct word for the life of
  the pipeline, read for a whole document with one ``Doc.to_array`` call. So a
  document without near-misses costs a few microseconds, whatever its length.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

import numpy as np
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .vocab import Vocabulary

__all__ = ["MIN_LENGTH", "FuzzyMatcher", "candidate_flag", "max_edits"]

MIN_LENGTH = 5
_flags: dict[int, tuple[Vocab, int]] = {}


def candidate_flag(vocab: Vocab, known_words: Collection[str]) -> int:
    """The id of the lexeme flag "may be a misspelling" in ``vocab`` (added once per vocab)."""
    cached = _flags.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]

    def is_candidate(text: str) -> bool:
        return len(text) >= MIN_LENGTH - 1 and text.isalpha() and text.lower() not in known_words

    flag = int(vocab.add_flag(is_candidate))
    _flags[id(vocab)] = (vocab, flag)
    return flag


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
        # Per-form limits as arrays, so one vectorised comparison checks every pair.
        self._allowed = np.array([max_edits(len(f)) for f in self.forms], dtype=np.int32)
        self._first_letters = np.array([ord(f[0]) for f in self.forms])

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
        queries: list[str] = []
        kept: list[int] = []
        for i, lower in zip(positions, words, strict=True):
            if len(lower) < MIN_LENGTH - 1 or not lower.isalpha():
                continue
            if lower in self.known_words or lower in self._form_set:
                continue
            queries.append(lower)
            kept.append(i)
        if not queries or not self.forms:
            return
        positions = kept
        distances = cdist(queries, self.forms, scorer=OSA.distance, score_cutoff=2, dtype=np.int32, workers=1)
        first_letters = np.array([ord(q[0]) for q in queries])
        allowed = (distances <= self._allowed[None, :]) & (first_letters[:, None] == self._first_letters[None, :])
        for row in np.flatnonzero(allowed.any(axis=1)):
            column = int(np.argmin(np.where(allowed[row], distances[row], np.iinfo(np.int32).max)))
            query, form = queries[row], self.forms[column]
            confidence = 1.0 - int(distances[row, column]) / max(len(query), len(form))
            yield positions[row], self.term_ids[column], round(min(confidence, 0.9), 3)
