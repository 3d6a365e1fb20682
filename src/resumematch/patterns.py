"""Token patterns of vocabulary terms: spaCy ``Matcher`` patterns, on a small bounded subset.

A term may carry ``patterns`` (``docs/vocabulary.md``): lists of token dicts in spaCy's
``Matcher`` format, for what a phrase cannot say: a duty as verb + object in any
inflection with a few words between ("Supervised a team of nine CNAs"), a soft skill
from its adjective or agent noun ("problem solver", "highly organized").

Why not spaCy's ``Matcher`` at run time: it tries every pattern at every token, and an
``IN`` set is a Python call per token and pattern; 176 verb + gap + object patterns took
22 ms on a one-page resume, thirty times the whole matcher. The subset allowed here is
what keeps the work small, as for phrases, by paying at build time:

* ``LEMMA`` is expanded once into the lowercase forms spacy-lookups-data's English table
  gives that lemma (the table spaCy's lookup lemmatizer reads); the blank pipeline has
  no lemmatizer, and none runs. So every word test is a set look-up of a ``LOWER`` or
  ``ORTH`` string.
* A pattern starts with a required word (``LOWER``, ``LEMMA`` or ``ORTH``, a value or an
  ``IN`` list), so one :class:`~resumematch.hashset.HashSet` look-up of the Doc's
  ``LOWER`` array finds the few tokens where a pattern can start, and patterns are only
  tried there.
* Repetition is bounded: ``OP`` is ``?``, ``!``, ``{n}``, ``{n,m}`` or ``{,m}`` with at most
  :data:`MAX_REPEAT` tokens, and a pattern spans at most :data:`MAX_TOKENS` tokens.

Within that subset the matches are spaCy's ``Matcher``'s, with ``LEMMA`` read as above
(tested on the real resumes against a ``Matcher`` given the expanded ``LOWER`` sets),
except that trailing line breaks and punctuation are left out of the mention: a pattern
may require them ("Organized" alone on a line) without underlining them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from .hashset import HashSet
from .phrases import Found, Tokens, longest_first

__all__ = [
    "ALLOWED_ATTRIBUTES",
    "MAX_REPEAT",
    "MAX_TOKENS",
    "Pattern",
    "PatternMatcher",
    "merge_pattern_matches",
    "pattern_problems",
]

Pattern = tuple[dict[str, Any], ...]
"""One spaCy ``Matcher`` pattern: a sequence of token dicts."""

WORD_ATTRIBUTES = ("ORTH", "TEXT", "LOWER", "LEMMA")
"""String attributes: a value, or ``{"IN": [...]}`` / ``{"NOT_IN": [...]}``."""
FLAG_ATTRIBUTES = ("IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "IS_SPACE", "LIKE_NUM")
"""Boolean lexical attributes (the same on every pipeline: no model needed)."""
ALLOWED_ATTRIBUTES = (*WORD_ATTRIBUTES, *FLAG_ATTRIBUTES, "OP")
MAX_REPEAT = 3
"""The most tokens one dict may match (``{"OP": "{0,3}"}``): a gap is a few words, not a sentence."""
MAX_TOKENS = 12
"""The most tokens a whole pattern may match."""
METHOD = "pattern"
CONFIDENCE = 0.9
"""Below a literal phrase (1.0) and an inflection (0.95): a pattern reads a looser form."""

_SPLIT = re.compile(r"\w-\w|\w['’](s|t|re|ve|ll|d|m)$", re.IGNORECASE)
"""Where spaCy's English tokenizer splits a word ("follow-up", "nurse's", "don't")."""
_RANGE = re.compile(r"^\{(\d*)(,?)(\d*)\}$")


def _op_bounds(op: Any) -> tuple[int, int] | str:
    """``(min, max)`` tokens for an ``OP`` value, or the problem with it."""
    if op is None:
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "!":
        return 1, 1
    if isinstance(op, str) and (m := _RANGE.match(op)):
        low, comma, high = m.groups()
        if comma and high:
            lo, hi = int(low or 0), int(high)
        elif not comma and low:
            lo = hi = int(low)
        else:
            return f"OP {op!r} has no upper bound; write '{{n,m}}' with m <= {MAX_REPEAT}"
        if lo > hi:
            return f"OP {op!r}: the minimum is above the maximum"
        if hi > MAX_REPEAT or hi == 0:
            return f"OP {op!r}: a token may repeat 1 to {MAX_REPEAT} times at most (a gap is a few words)"
        return lo, hi
    if op in ("*", "+"):
        return f"OP {op!r} is unbounded; use '?' or '{{0,{MAX_REPEAT}}}' so a match stays a few words long"
    return f"OP {op!r} is not one of '?', '!', '{{n}}', '{{n,m}}', '{{,m}}'"


def _word_values(attribute: str, value: Any) -> tuple[str, tuple[str, ...]] | str:
    """``("IN" | "NOT_IN", values)`` for a word attribute's value, or the problem with it."""
    if isinstance(value, str):
        values: Any = [value]
        kind = "IN"
    elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN"):
        kind, values = next(iter(value.items()))
    else:
        return f"{attribute} must be a string or {{'IN': [...]}} / {{'NOT_IN': [...]}}, got {value!r}"
    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
        return f"{attribute} {kind} must be a non-empty list of non-empty strings"
    if attribute in ("LOWER", "LEMMA") and any(v != v.lower() for v in values):
        return f"{attribute} values must be lowercase (a token's {attribute.lower()} is), got {values!r}"
    if any(any(c.isspace() for c in v) for v in values):
        return f"{attribute} values are single tokens; {values!r} holds a space (use one dict per token)"
    split = [v for v in values if _SPLIT.search(v)]
    if split:
        return (
            f"{attribute} values are single tokens, and the tokenizer splits {split!r} "
            "(a hyphen between letters, a possessive or contraction): use one dict per token"
        )
    return kind, tuple(values)


def _token_problems(token: Any) -> list[str]:
    if not isinstance(token, dict) or not token:
        return [f"each token must be a non-empty object of attributes, got {token!r}"]
    problems = []
    unknown = sorted(set(token) - set(ALLOWED_ATTRIBUTES))
    if unknown:
        problems.append(f"unknown token attribute(s) {', '.join(unknown)}; allowed: {', '.join(ALLOWED_ATTRIBUTES)}")
    for attribute, value in token.items():
        if attribute in WORD_ATTRIBUTES:
            checked = _word_values(attribute, value)
            if isinstance(checked, str):
                problems.append(checked)
        elif attribute in FLAG_ATTRIBUTES and not isinstance(value, bool):
            problems.append(f"{attribute} must be true or false, got {value!r}")
    bounds = _op_bounds(token.get("OP"))
    if isinstance(bounds, str):
        problems.append(bounds)
    if "ORTH" in token and "TEXT" in token:
        problems.append("ORTH and TEXT are the same attribute; give one")
    return problems


def pattern_problems(patterns: Any) -> list[str]:
    """What is wrong with a term's ``patterns`` value (empty when it compiles).

    Checked: the shape (a list of non-empty lists of token dicts), the attributes and
    their values, the ``OP`` bounds, a first token that is a required word, and the
    pattern's greatest length.
    """
    if not isinstance(patterns, list) or not patterns:
        return ["'patterns' must be a non-empty list of patterns (each a list of token objects)"]
    problems = []
    for number, pattern in enumerate(patterns, 1):
        where = f"pattern #{number}"
        if not isinstance(pattern, list) or not pattern:
            problems.append(f"{where} must be a non-empty list of token objects")
            continue
        token_problems = [f"{where} token #{i}: {p}" for i, t in enumerate(pattern, 1) for p in _token_problems(t)]
        problems += token_problems
        if token_problems:
            continue
        first = pattern[0]
        words = [a for a in ("ORTH", "TEXT", "LOWER", "LEMMA") if a in first]
        if "OP" in first or not words or any(_word_values(a, first[a])[0] != "IN" for a in words):  # type: ignore[index]
            problems.append(
                f"{where} must start with a required word (LOWER, LEMMA, ORTH or TEXT as a value or an IN list, "
                "no OP): patterns are only tried where their first word is"
            )
        longest = sum(b[1] for b in (_op_bounds(t.get("OP")) for t in pattern) if isinstance(b, tuple))
        if longest > MAX_TOKENS:
            problems.append(f"{where} can match {longest} tokens; at most {MAX_TOKENS} are allowed")
    return problems


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
        self._compiled: list[tuple[str, tuple[tuple[Mapping[str, Any], bool, int, int], ...]]] = []
        by_first: dict[int, list[int]] = {}
        for term_id, pattern in patterns:
            steps = tuple(self._compile_token(token) for token in pattern)
            index = len(self._compiled)
            self._compiled.append((term_id, steps))
            first = steps[0][0]
            for h in first["lower_in"] if "lower_in" in first else first["orth_lower"]:
                by_first.setdefault(h, []).append(index)
        self._by_first = {h: tuple(indexes) for h, indexes in by_first.items()}
        self._starts = HashSet(self._by_first)

    def __len__(self) -> int:
        return len(self._compiled)

    def _compile_token(self, token: Mapping[str, Any]) -> tuple[Mapping[str, Any], bool, int, int]:
        """A token dict as ``(tests, negated, min, max)``; tests hold hash sets and flags."""
        tests: dict[str, Any] = {}
        lower_in: set[int] | None = None
        lower_not: set[int] = set()
        for attribute, value in token.items():
            if attribute in WORD_ATTRIBUTES:
                kind, values = _word_values(attribute, value)  # type: ignore[misc]
                if attribute == "LEMMA":
                    words = {form for v in values for form in self._lemma_forms(v)}
                elif attribute == "LOWER":
                    words = set(values)
                else:
                    if kind == "IN":
                        tests["orth_in"] = frozenset(values) & tests.get("orth_in", frozenset(values))
                        tests["orth_lower"] = {self._hash(v.lower()) for v in tests["orth_in"]}
                    else:
                        tests["orth_not"] = frozenset(values)
                    continue
                hashes = {self._hash(w) for w in words}
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
        bounds = _op_bounds(token.get("OP"))
        assert isinstance(bounds, tuple)
        return tests, token.get("OP") == "!", bounds[0], bounds[1]

    def matches(self, lower: np.ndarray, tokens: Tokens) -> list[Found]:
        """``(start, end, term id, "pattern", confidence)`` of every match, as spaCy's Matcher
        reports them (each possible end of each start); overlaps are resolved by the caller."""
        starts = self._starts.member(lower).nonzero()[0].tolist()
        if not starts:
            return []
        n = len(tokens.lower)
        flags: dict[tuple[int, str], bool] = {}

        def passes(tests: Mapping[str, Any], i: int) -> bool:
            if "lower_in" in tests and tokens.lower[i] not in tests["lower_in"]:
                return False
            if "lower_not" in tests and tokens.lower[i] in tests["lower_not"]:
                return False
            if "orth_in" in tests and tokens.word(i) not in tests["orth_in"]:
                return False
            if "orth_not" in tests and tokens.word(i) in tests["orth_not"]:
                return False
            for name, wanted in tests.get("flags", ()):
                value = flags.get((i, name))
                if value is None:
                    value = flags[(i, name)] = bool(getattr(self._lexeme(tokens.word(i)), name))
                if value != wanted:
                    return False
            return True

        def trim(start: int, end: int) -> int:
            # A line break or punctuation a pattern ends with is context ("Organized" then a
            # new line), not part of the mention.
            while end - 1 > start:
                lexeme = self._lexeme(tokens.word(end - 1))
                if not (lexeme.is_space or lexeme.is_punct):
                    break
                end -= 1
            return end

        found: list[Found] = []
        compiled = self._compiled
        for start in starts:
            for index in self._by_first.get(tokens.lower[start], ()):
                term_id, steps = compiled[index]
                positions = {start}
                for tests, negated, low, high in steps:
                    for repeat in range(high):
                        moved = {p + 1 for p in positions if p < n and passes(tests, p) != negated}
                        positions = moved if repeat < low else positions | moved
                        if not positions:
                            break
                    if not positions:
                        break
                ends = {trim(start, end) for end in positions if end > start}
                found.extend((start, end, term_id, METHOD, CONFIDENCE) for end in sorted(ends))
        return found


def merge_pattern_matches(kept: list[Found], patterns: list[Found]) -> list[Found]:
    """Pattern matches added to the phrase matches ``kept`` (non-overlapping, in text order).

    Same term: one mention; a phrase match overlapping the pattern match is kept (its
    method says more). Another term's phrase match inside the pattern match: both stay,
    the phrase names a thing the pattern's statement is about ("Reviewed medical
    records": chart review, and medical records). Another term's phrase match that
    crosses the pattern match's edge, or covers the same words: the longer one wins,
    the phrase on a tie
    (``longest_first``'s rule). Another term's pattern match: both stay, since two
    patterns sharing words are two statements ("Hired and trained staff" hires staff
    and trains staff), not two readings of the same words.
    """
    by_term: dict[str, list[Found]] = {}
    for match in patterns:
        by_term.setdefault(match[2], []).append(match)
    candidates = sorted(
        (match for group in by_term.values() for match in longest_first(group)), key=lambda f: (f[0] - f[1], f[0])
    )
    result = list(kept)
    for match in candidates:
        start, end, term_id = match[0], match[1], match[2]
        overlapping = [f for f in result if f[0] < end and start < f[1] and f[3] != METHOD]
        if any(f[2] == term_id for f in overlapping):
            continue
        # Crossing the edge, or the very same words (two readings of them): longest wins.
        overlapping = [f for f in overlapping if f[0] < start or end < f[1] or (f[0], f[1]) == (start, end)]
        if any(f[1] - f[0] >= end - start for f in overlapping):
            continue
        if overlapping:
            result = [f for f in result if not any(f is o for o in overlapping)]
        result.append(match)
    result.sort(key=lambda f: f[0])
    return result


def term_patterns(terms: Iterable[Any]) -> list[tuple[str, Pattern]]:
    """``(term id, pattern)`` for every pattern of every term, in vocabulary order."""
    return [(term.id, pattern) for term in terms for pattern in term.patterns]


def as_patterns(raw: Sequence[Sequence[Mapping[str, Any]]]) -> tuple[Pattern, ...]:
    """Validated JSON patterns as the tuple a :class:`~resumematch.models.Term` keeps."""
    return tuple(tuple(dict(token) for token in pattern) for pattern in raw)
