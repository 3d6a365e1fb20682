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
  ``IN`` list), and is indexed by that word paired with its rarest required word further on
  (:mod:`resumematch.match.pattern_index`): one look-up of the Doc's word pairs finds the
  few places where a pattern can match, and patterns are only tried there.
* Repetition is bounded: ``OP`` is ``?``, ``!``, ``{n}``, ``{n,m}`` or ``{,m}`` with at most
  :data:`MAX_REPEAT` tokens, and a pattern spans at most :data:`MAX_TOKENS` tokens.

Within that subset the matches are spaCy's ``Matcher``'s, with ``LEMMA`` read as above
(tested on the real resumes against a ``Matcher`` given the expanded ``LOWER`` sets),
except that trailing line breaks and punctuation are left out of the mention: a pattern
may require them ("Organized" alone on a line) without underlining them; so is a list
separator a pattern starts with (", organized," is a list item, "Organized, filed" a verb).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

import numpy as np

from .list_items import is_item_edge, item_edges
from .pattern_index import KeyStep, PairIndex
from .pattern_merge import merge_pattern_matches
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
from .pattern_steps import (
    FastStep,
    Step,
    Test,
    Verdicts,
    fast_walk,
    may_end_in_space_or_punctuation,
    walk,
)
from .trie import Found, Tokens, new_record
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


class PatternMatcher:
    """Every term's patterns, compiled for one spaCy vocab; :meth:`matches` runs them on a Doc's arrays.

    ``lemma_forms(word)`` gives the lowercase forms of a word's lemma (including the
    word), ``hash_string`` spaCy's string hash, ``lexeme`` the ``Lexeme`` of a string hash (for
    the ``IS_*`` and ``LIKE_NUM`` flags), ``frequencies`` each of a set of lowercase words'
    share of English text (:func:`resumematch.english.word_frequencies`), by which each
    pattern's rarest word is chosen for :class:`PairIndex` (None: the step with fewest words).
    """

    def __init__(
        self,
        patterns: Iterable[tuple[str, Pattern]],
        *,
        lemma_forms: Callable[[str], Iterable[str]],
        hash_string: Callable[[str], int],
        lexeme: Callable[[int], Any],
        frequencies: Callable[[Collection[str]], Mapping[str, float]] | None = None,
    ) -> None:
        self._lemma_forms = lemma_forms
        self._hash = hash_string
        self._lexeme = lexeme
        self._hashed: dict[frozenset[str], frozenset[int]] = {}
        self._word_of: dict[int, str] = {}
        self._may_trim: list[bool] = []
        self._compiled: list[tuple[str, tuple[Step, ...]]] = []
        by_first: dict[int, list[int]] = {}
        for term_id, pattern in patterns:
            steps = tuple(self._compile_token(token) for token in pattern)
            self._may_trim.append(may_end_in_space_or_punctuation(pattern[-1]))
            index = len(self._compiled)
            self._compiled.append((term_id, steps))
            for h in self._necessary_words(steps[0][0]) or ():
                by_first.setdefault(h, []).append(index)
        self._by_first = {h: tuple(indexes) for h, indexes in by_first.items()}
        self._flags: dict[str, dict[int, bool]] = {name.lower(): {} for name in FLAG_ATTRIBUTES}
        self._starts = HashSet(self._by_first)
        # Per pattern: the words it needs after its first besides its key, and its reach.
        self._others: list[tuple[tuple[frozenset[int], ...], int]] = []
        self._index = self._pair_index(frequencies)
        self._word_of.clear()
        verdicts: dict[tuple[Test, bool], Verdicts] = {}
        self._walks = [self._fast_steps(steps, verdicts) for _, steps in self._compiled]

    def _necessary_words(self, test: Test) -> frozenset[int] | None:
        """The ``LOWER`` hashes one of which a token passing ``test`` must have (None: any word)."""
        lower_in, _, orth_in, _, _ = test
        if lower_in is not None:
            return lower_in
        if orth_in is not None:
            return frozenset(self._hash(w.lower()) for w in orth_in)
        return None

    def _pair_index(self, frequencies: Callable[[Collection[str]], Mapping[str, float]] | None) -> PairIndex:
        """Each pattern's first words and its key: of the required steps after the first, the
        one whose words are rarest in English (the object of a verb + gap + object pattern);
        the other required steps go to ``_others``, rarest first."""
        shares = frequencies(set(self._word_of.values())) if frequencies is not None else None

        def rarity(words: frozenset[int]) -> float:
            if shares is None:
                return float(len(words))
            return sum(shares.get(self._word_of.get(h, ""), 0.0) for h in words)

        firsts: list[frozenset[int]] = []
        keys: list[KeyStep | None] = []
        for _, steps in self._compiled:
            first = self._necessary_words(steps[0][0])
            assert first is not None  # validated: a pattern starts with a required word
            candidates: list[KeyStep] = []
            low, high = steps[0][2], steps[0][3]
            for test, negated, least, most in steps[1:]:
                words = self._necessary_words(test) if least >= 1 and not negated else None
                if words:
                    candidates.append(KeyStep(words, low, high))
                low, high = low + least, high + most
            candidates.sort(key=lambda key: rarity(key.words))
            firsts.append(first)
            keys.append(candidates[0] if candidates else None)
            # The other words the pattern needs after its first, rarest first, and how far it reaches.
            self._others.append((tuple(key.words for key in candidates[1:]), sum(step[3] for step in steps)))
        return PairIndex(firsts, keys)

    def _fast_steps(
        self, steps: tuple[Step, ...], verdicts: dict[tuple[Test, bool], Verdicts]
    ) -> tuple[int, tuple[FastStep, ...]]:
        """How many first steps the fast walk skips (1 when the first word is a plain ``LOWER``
        set: the start was found by that very set) and the steps it walks (see :data:`FastStep`)."""
        fast: list[FastStep] = []
        for k, (test, negated, low, high) in enumerate(steps):
            lower_in, lower_not, orth_in, orth_not, flags = test
            plain = lower_in is not None and lower_not is None and not flags and not negated
            if plain and orth_in is None and orth_not is None:
                if k == 0 and low == high == 1:
                    continue  # the first word: every start passes it
                fast.append((test, negated, low, high, lower_in, None))
            elif orth_in is None and orth_not is None:
                key = (test, negated)
                if key not in verdicts:
                    verdicts[key] = Verdicts(test, negated, self._flag_of)
                fast.append((test, negated, low, high, None, verdicts[key]))
            else:
                fast.append((test, negated, low, high, None, None))
        return len(steps) - len(fast), tuple(fast)

    def __len__(self) -> int:
        return len(self._compiled)

    def _hashes(self, words: frozenset[str]) -> set[int]:
        """The words' string hashes (each word list once: a gap's list recurs in many patterns)."""
        known = self._hashed.get(words)
        if known is None:
            hashed = {self._hash(w): w for w in words}
            self._word_of.update(hashed)
            known = self._hashed[words] = frozenset(hashed)
        return set(known)

    def _compile_token(self, token: Mapping[str, Any]) -> Step:
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
                        values = item_edges(frozenset(values))  # "\n", "\t", "\uf0b7" end an item too
                    self._word_of.update((self._hash(v.lower()), v.lower()) for v in values)
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
        test: Test = (
            tests.get("lower_in"),
            tests.get("lower_not"),
            tests.get("orth_in"),
            tests.get("orth_not"),
            tuple(tests.get("flags", ())),
        )
        return test, token.get("OP") == "!", bounds[0], bounds[1]

    def _flag(self, tokens: Tokens, i: int, name: str) -> bool:
        """A lexical flag of token ``i``: :meth:`_flag_of` its ``LOWER`` hash."""
        return self._flag_of(tokens.lower[i], name)

    def _flag_of(self, h: int, name: str) -> bool:
        """A lexical flag of the word whose lowercase form hashes to ``h`` (the flags allowed
        do not depend on case), remembered across documents."""
        known = self._flags[name]
        value = known.get(h)
        if value is None:
            if len(known) > _FLAGS_REMEMBERED:
                known.clear()
            value = known[h] = bool(getattr(self._lexeme(h), name))
        return value

    def matches(self, lower: np.ndarray, tokens: Tokens, *, reference: bool = False) -> list[Found]:
        """``(start, end, term id, "pattern", confidence)`` of every match, as spaCy's Matcher
        reports them (each possible end of each start); overlaps are resolved by the caller.

        The fast path walks a pattern only from the starts :class:`PairIndex` gives (its first
        word there and its rarest later word at a distance it can stand); the walk skips a
        first word the start was found by and tests a plain word list as a set look-up, any
        other test that reads no case as one :class:`Verdicts` look-up. ``reference`` is the
        plain reading: every pattern from every start where its first word stands, every step
        through ``passes`` (``tests/test_fast_paths.py`` and ``tests/test_speed18_s13.py`` compare the two)."""
        hashes = tokens.lower
        n = len(hashes)
        if reference:
            by_first = self._by_first
            tries = [(s, i) for s in self._starts.member(lower).nonzero()[0].tolist() for i in by_first[hashes[s]]]
        else:
            tries = self._index.starts(lower, hashes)
        if not tries:
            return []
        flag = self._flag
        flag_of = self._flag_of

        def passes(test: Test, i: int) -> bool:
            lower_in, lower_not, orth_in, orth_not, flags = test
            h = hashes[i]
            if (lower_in is not None and h not in lower_in) or (lower_not is not None and h in lower_not):
                return False
            if orth_in is not None or orth_not is not None:
                word = tokens.word(i)
                if (orth_in is not None and word not in orth_in) or (orth_not is not None and word in orth_not):
                    return False
            return all(flag_of(h, name) == wanted for name, wanted in flags)

        def edge(i: int) -> bool:
            return flag(tokens, i, "is_space") or flag(tokens, i, "is_punct") or is_item_edge(tokens.word(i))

        def trim(start: int, end: int) -> int:
            # A line break or punctuation a pattern ends with is context ("Organized" then a
            # new line), not part of the mention.
            while end - 1 > start and edge(end - 1):
                end -= 1
            return end

        found: list[Found] = []
        compiled = self._compiled
        walks = self._walks
        others_of = self._others
        for start, index in tries:
            if not reference:
                others, reach = others_of[index]
                if others:  # a word the pattern needs besides its key is not within reach: most end here
                    window = hashes[start + 1 : start + reach]
                    missing = False
                    for words in others:
                        if words.isdisjoint(window):
                            missing = True
                            break
                    if missing:
                        continue
            if reference:
                positions = walk(compiled[index][1], start, n, passes)
            else:
                skipped, steps = walks[index]
                positions = fast_walk(steps, start + skipped, n, hashes, passes)
            if positions:
                term_id = compiled[index][0]
                if self._may_trim[index]:  # the last token may be a line break or punctuation
                    ends = {trim(start, end) for end in positions if end > start}
                else:
                    ends = {end for end in positions if end > start}
                first = start + 1 if start + 1 < n and edge(start) else start
                found.extend(
                    new_record(Found, (first, e, term_id, METHOD, CONFIDENCE)) for e in sorted(ends) if e > first
                )
        return found
