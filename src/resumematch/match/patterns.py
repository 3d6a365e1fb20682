"""Token patterns of vocabulary terms: spaCy ``Matcher`` patterns, on a small bounded subset.

A term may carry ``patterns`` (``docs/vocabulary.md``): lists of token dicts in spaCy's
``Matcher`` format, for what a phrase cannot say: a duty as verb + object in any
inflection with a few words between ("Supervised a team of nine CNAs"), a soft skill
from its adjective or agent noun ("problem solver", "highly organized").

Why not spaCy's ``Matcher`` at run time: it tries every pattern at every token, and an
``IN`` set is a Python call per token and pattern; the vocabulary's verb + gap + object
patterns took thirty times the whole matcher on a one-page resume (docs/matching.md). The subset allowed here is
what keeps the work small, as for phrases, by paying at build time:

* ``LEMMA`` is expanded once into the lowercase forms spacy-lookups-data's English table
  gives that lemma (the table spaCy's lookup lemmatizer reads); the blank pipeline has
  no lemmatizer, and none runs. So every word test is a set look-up of a ``LOWER`` or
  ``ORTH`` string.
* A pattern starts with a required word (``LOWER``, ``LEMMA`` or ``ORTH``, a value or an
  ``IN`` list), so one :class:`~resumematch.match.wordsets.HashSet` look-up of the Doc's
  ``LOWER`` array finds the few tokens where a pattern can start, and patterns are only
  tried there.
* Repetition is bounded: ``OP`` is ``?``, ``!``, ``{n}``, ``{n,m}`` or ``{,m}`` with at most
  :data:`MAX_REPEAT` tokens, and a pattern spans at most :data:`MAX_TOKENS` tokens.

Within that subset the matches are spaCy's ``Matcher``'s, with ``LEMMA`` read as above
(tested on the real resumes against a ``Matcher`` given the expanded ``LOWER`` sets),
except that trailing line breaks and punctuation are left out of the mention: a pattern
may require them ("Organized" alone on a line) without underlining them; so is a list
separator a pattern starts with (", organized," is a list item, "Organized, filed" a verb).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from .pattern_spec import (
    ALLOWED_ATTRIBUTES,
    FLAG_ATTRIBUTES,
    MAX_REPEAT,
    MAX_TOKENS,
    WORD_ATTRIBUTES,
    Pattern,
    as_patterns,
    cached_lemma_forms,
    kind_and_values,
    lemma_values,
    op_bounds,
    pattern_problems,
    term_patterns,
)
from .trie import Found, Tokens, longest_first
from .wordsets import HashSet

__all__ = [
    "ALLOWED_ATTRIBUTES",
    "MAX_REPEAT",
    "MAX_TOKENS",
    "Pattern",
    "PatternMatcher",
    "as_patterns",
    "cached_lemma_forms",
    "lemma_values",
    "merge_pattern_matches",
    "pattern_problems",
    "term_patterns",
]
METHOD = "pattern"
CONFIDENCE = 0.9
"""Below a literal phrase (1.0) and an inflection (0.95): a pattern reads a looser form."""

_FLAGS_REMEMBERED = 100_000
_Test = tuple[
    frozenset[int] | None,
    frozenset[int] | None,
    frozenset[str] | None,
    frozenset[str] | None,
    tuple[tuple[str, bool], ...],
]
"""One token's test: LOWER hashes in / not in, ORTH strings in / not in, (flag, wanted) pairs."""
_Step = tuple[_Test, bool, int, int]
"""A test, whether it is negated (``OP: "!"``), and the least and most tokens it matches."""


class PatternMatcher:
    """Every term's patterns, compiled for one spaCy vocab; :meth:`matches` runs them on a Doc's arrays.

    ``lemma_forms(word)`` gives the lowercase forms of a word's lemma (including the
    word), ``hash_string`` spaCy's string hash, ``lexeme`` a word's ``Lexeme`` (for the
    ``IS_*`` and ``LIKE_NUM`` flags).
    """

    def __init__(
        self,
        patterns: Iterable[tuple[str, Pattern]],
        *,
        lemma_forms: Callable[[str], Iterable[str]],
        hash_string: Callable[[str], int],
        lexeme: Callable[[str], Any],
    ) -> None:
        self._lemma_forms = lemma_forms
        self._hash = hash_string
        self._lexeme = lexeme
        self._hashed: dict[frozenset[str], frozenset[int]] = {}
        self._may_trim: list[bool] = []
        self._compiled: list[tuple[str, tuple[_Step, ...]]] = []
        by_first: dict[int, list[int]] = {}
        for term_id, pattern in patterns:
            steps = tuple(self._compile_token(token) for token in pattern)
            self._may_trim.append(_may_end_in_space_or_punctuation(pattern[-1]))
            index = len(self._compiled)
            self._compiled.append((term_id, steps))
            lower_in, _, orth_in, _, _ = steps[0][0]
            for h in lower_in if lower_in is not None else {self._hash(w.lower()) for w in orth_in or ()}:
                by_first.setdefault(h, []).append(index)
        self._by_first = {h: tuple(indexes) for h, indexes in by_first.items()}
        self._anchors = [_anchor(steps) for _, steps in self._compiled]
        # The same for all the patterns that start with one word ("managed" starts ten):
        # one look at the next words can rule them all out.
        self._groups: dict[int, tuple[frozenset[int] | None, int, tuple[int, ...]]] = {}
        for h, indexes in self._by_first.items():
            anchors = [self._anchors[i] for i in indexes]
            union = frozenset().union(*(a[0] for a, _ in anchors)) if all(a for a, _ in anchors) else None
            self._groups[h] = (union, max(r for _, r in anchors), indexes)
        self._flags: dict[str, dict[int, bool]] = {name.lower(): {} for name in FLAG_ATTRIBUTES}
        self._starts = HashSet(self._by_first)

    def __len__(self) -> int:
        return len(self._compiled)

    def _hashes(self, words: frozenset[str]) -> set[int]:
        """The words' string hashes (each word list once: a gap's list recurs in many patterns)."""
        known = self._hashed.get(words)
        if known is None:
            known = self._hashed[words] = frozenset(self._hash(w) for w in words)
        return set(known)

    def _compile_token(self, token: Mapping[str, Any]) -> _Step:
        """A token dict as ``(test, negated, min, max)``; a test holds hash sets, strings and flags."""
        tests: dict[str, Any] = {}
        lower_in: set[int] | None = None
        lower_not: set[int] = set()
        for attribute, value in token.items():
            if attribute in WORD_ATTRIBUTES:
                kind, values = kind_and_values(value)  # validated when the vocabulary was loaded
                if attribute == "LEMMA":
                    words = {form for v in values for form in self._lemma_forms(v)}
                elif attribute == "LOWER":
                    words = set(values)
                else:
                    if kind == "IN":
                        tests["orth_in"] = frozenset(values)
                    else:
                        tests["orth_not"] = frozenset(values)
                    continue
                hashes = self._hashes(frozenset(words))
                if kind == "IN":
                    lower_in = hashes if lower_in is None else lower_in & hashes
                else:
                    lower_not |= hashes
            elif attribute in FLAG_ATTRIBUTES:
                tests.setdefault("flags", []).append((attribute.lower(), value))
        if lower_in is not None:
            tests["lower_in"] = frozenset(lower_in - lower_not)
        elif lower_not:
            tests["lower_not"] = frozenset(lower_not)
        bounds = op_bounds(token.get("OP"))
        assert isinstance(bounds, tuple)
        test: _Test = (
            tests.get("lower_in"),
            tests.get("lower_not"),
            tests.get("orth_in"),
            tests.get("orth_not"),
            tuple(tests.get("flags", ())),
        )
        return test, token.get("OP") == "!", bounds[0], bounds[1]

    def _flag(self, tokens: Tokens, i: int, name: str) -> bool:
        """A lexical flag of token ``i``, remembered by the token's lowercase form (the
        flags allowed do not depend on case) across documents."""
        known = self._flags[name]
        value = known.get(tokens.lower[i])
        if value is None:
            if len(known) > _FLAGS_REMEMBERED:
                known.clear()
            value = known[tokens.lower[i]] = bool(getattr(self._lexeme(tokens.word(i)), name))
        return value

    def matches(self, lower: np.ndarray, tokens: Tokens) -> list[Found]:
        """``(start, end, term id, "pattern", confidence)`` of every match, as spaCy's Matcher
        reports them (each possible end of each start); overlaps are resolved by the caller."""
        starts = self._starts.member(lower).nonzero()[0].tolist()
        if not starts:
            return []
        hashes = tokens.lower
        n = len(hashes)
        flag = self._flag

        known_flags = self._flags

        def passes(test: _Test, i: int) -> bool:
            lower_in, lower_not, orth_in, orth_not, flags = test
            h = hashes[i]
            if (lower_in is not None and h not in lower_in) or (lower_not is not None and h in lower_not):
                return False
            if orth_in is not None or orth_not is not None:
                word = tokens.word(i)
                if (orth_in is not None and word not in orth_in) or (orth_not is not None and word in orth_not):
                    return False
            for name, wanted in flags:
                value = known_flags[name].get(h)
                if (value if value is not None else flag(tokens, i, name)) != wanted:
                    return False
            return True

        def trim(start: int, end: int) -> int:
            # A line break or punctuation a pattern ends with is context ("Organized" then a
            # new line), not part of the mention.
            while end - 1 > start and (flag(tokens, end - 1, "is_space") or flag(tokens, end - 1, "is_punct")):
                end -= 1
            return end

        found: list[Found] = []
        compiled = self._compiled
        groups = self._groups
        for start in starts:
            union, reach, indexes = groups[hashes[start]]
            if union is not None and union.isdisjoint(hashes[start + 1 : start + reach]):
                continue
            for index in indexes:
                term_id, steps = compiled[index]
                anchors, reach = self._anchors[index]
                if anchors:
                    window = hashes[start + 1 : start + reach]
                    missing = False
                    for anchor in anchors:
                        if anchor.isdisjoint(window):
                            missing = True  # a word the pattern needs further on is not there
                            break
                    if missing:  # most tries end here
                        continue
                positions = [start]
                for test, negated, low, high in steps:
                    # Positions after low..high tokens that pass the test: a frontier moves
                    # one token per repeat; from the low-th on, every frontier is kept.
                    frontier = positions
                    positions = positions if low == 0 else []
                    for repeat in range(high):
                        frontier = [p + 1 for p in frontier if p < n and passes(test, p) != negated]
                        if not frontier:
                            break
                        positions = frontier if repeat + 1 == low else positions + frontier
                    if len(positions) > 1:
                        positions = list(dict.fromkeys(positions))  # two paths to one position
                    elif not positions:
                        break
                if positions:
                    if self._may_trim[index]:  # the last token may be a line break or punctuation
                        ends = {trim(start, end) for end in positions if end > start}
                    else:
                        ends = {end for end in positions if end > start}
                    first = start + 1 if start + 1 < n and flag(tokens, start, "is_punct") else start
                    found.extend(Found(first, end, term_id, METHOD, CONFIDENCE) for end in sorted(ends) if end > first)
        return found


def _may_end_in_space_or_punctuation(token: Mapping[str, Any]) -> bool:
    """Whether a pattern's last token dict can match a line break or punctuation."""
    words = [a for a in WORD_ATTRIBUTES if a in token]
    if not words or token.get("OP") in ("?", "!") or str(token.get("OP", "")).startswith("{"):
        return True
    kind, values = kind_and_values(token[words[0]])
    return kind != "IN" or any(not any(c.isalnum() for c in v) for v in values)


def _anchor(steps: Sequence[_Step]) -> tuple[tuple[frozenset[int], ...], int]:
    """The word sets that some token after the first must be in (each required word test
    after the first, last first: the object is the rarest), and how many tokens the
    pattern can span."""
    reach = sum(step[3] for step in steps)
    return tuple(t[0] for t, negated, low, _ in reversed(steps[1:]) if low >= 1 and not negated and t[0]), reach


def merge_pattern_matches(
    kept: list[Found], patterns: list[Found], adjectives: frozenset[str] = frozenset()
) -> list[Found]:
    """Pattern matches added to the phrase matches ``kept`` (non-overlapping, in text order).

    Same term: one mention; a phrase match overlapping the pattern match is kept (its
    method says more). Another term's phrase match:

    * inside the pattern match: both stay, the phrase names a thing the pattern's
      statement is about ("Reviewed medical records": chart review, and medical records);
    * crossing the pattern match's END edge (a partial overlap on the pattern's last
      words, its object): both stay, the object noun also begins another term's phrase
      ("Bathed, fed and dressed patients at home": ADL care, and home health on
      "patients at home");
    * crossing its START edge, or covering all its words: the longer one wins, the
      phrase on a tie (``longest_first``'s rule). A pattern's first word is its verb or
      cue; when it also ends another term's phrase, the two are rival readings of that
      word ("strategic plan, budget": a noun, not "plan, budget" as duties).

    Another term's pattern match: both stay, since two patterns sharing words are two
    statements ("Hired and trained staff" hires staff and trains staff), not two
    readings of the same words.

    ``adjectives``: terms (the soft skills) whose words are adjectives of one list; a phrase
    of one of them on the first word of another's pattern is no rival reading but the list's
    previous item, and both stay ("Highly organized, analytical": organised, and analytical).
    """
    by_term: dict[str, list[Found]] = {}
    for match in patterns:
        by_term.setdefault(match[2], []).append(match)
    candidates = [m for group in by_term.values() for m in (longest_first(group) if len(group) > 1 else group)]
    candidates.sort(key=lambda f: (f[0] - f[1], f[0]))
    ends = [f[1] for f in kept]  # kept matches do not overlap: sorted by start, they are by end too
    removed: set[int] = set()
    added: list[Found] = []
    for match in candidates:
        start, end, term_id = match[0], match[1], match[2]
        hit = []
        i = bisect.bisect_right(ends, start)
        while i < len(kept) and kept[i][0] < end:
            if i not in removed:
                hit.append(i)
            i += 1
        if hit:
            if any(kept[i][2] == term_id for i in hit):
                continue
            # Rivals: the phrases that hold the pattern's first word (those inside the
            # pattern match, or crossing only its end edge, are not).
            rivals = [i for i in hit if kept[i][0] < start or (kept[i][0] == start and end <= kept[i][1])]
            if term_id in adjectives:
                rivals = [i for i in rivals if kept[i][2] not in adjectives]
            if any(kept[i][1] - kept[i][0] >= end - start for i in rivals):
                continue
            removed.update(rivals)
        added.append(match)
    result = [f for i, f in enumerate(kept) if i not in removed] if removed else list(kept)
    result += added
    result.sort(key=lambda f: f[0])
    return result
