"""The token-pattern language of vocabulary terms: what a pattern may say, how it is checked,
and the build-time reading of its ``LEMMA`` words.

Split from :mod:`resumematch.match.patterns` (which runs the patterns) so that loading and
validating a vocabulary does not need the matcher, and each module keeps to one concern.
The subset and why it is bounded: :mod:`resumematch.match.patterns` and ``docs/vocabulary.md``.
"""

from __future__ import annotations

import hashlib
import marshal
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from .._runtime.cache import read_cached, write_cached

__all__ = [
    "ALLOWED_ATTRIBUTES",
    "FLAG_ATTRIBUTES",
    "MAX_REPEAT",
    "MAX_TOKENS",
    "WORD_ATTRIBUTES",
    "Pattern",
    "as_patterns",
    "cached_lemma_forms",
    "kind_and_values",
    "lemma_values",
    "op_bounds",
    "pattern_problems",
    "term_patterns",
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
_SPLIT = re.compile(r"\w-[^\W\d_]|\w['’](s|t|re|ve|ll|d|m)$", re.IGNORECASE)
"""Where spaCy's English tokenizer splits a word ("follow-up", "nurse's", "don't"): its
hyphen infix needs a letter after the hyphen, so "icd-10" and "covid-19" stay one token."""
_RANGE = re.compile(r"^\{(\d*)(,?)(\d*)\}$")


def op_bounds(op: Any) -> tuple[int, int] | str:
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


def kind_and_values(value: Any) -> tuple[str, Any]:
    """``("IN" | "NOT_IN", values)`` of a word attribute's value (not checked)."""
    if isinstance(value, str):
        return "IN", [value]
    if isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN"):
        return next(iter(value.items()))
    return "", None


def _word_values(attribute: str, value: Any) -> tuple[str, tuple[str, ...]] | str:
    """``("IN" | "NOT_IN", values)`` for a word attribute's value, or the problem with it."""
    kind, values = kind_and_values(value)
    if not kind:
        return f"{attribute} must be a string or {{'IN': [...]}} / {{'NOT_IN': [...]}}, got {value!r}"
    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
        return f"{attribute} {kind} must be a non-empty list of non-empty strings"
    problem = _values_problem(attribute, tuple(values))
    return problem if problem else (kind, tuple(values))


@lru_cache(maxsize=1024)
def _values_problem(attribute: str, values: tuple[str, ...]) -> str:
    """What is wrong with these strings as one attribute's values ("" if nothing); a
    vocabulary repeats its gap's word list in many patterns, so each list is checked once."""
    if attribute in ("LOWER", "LEMMA") and any(v != v.lower() for v in values):
        return f"{attribute} values must be lowercase (a token's {attribute.lower()} is), got {list(values)!r}"
    if any(v.split() != [v] for v in values):
        return f"{attribute} values are single tokens; {list(values)!r} holds a space (use one dict per token)"
    split = [v for v in values if ("-" in v or "'" in v or "’" in v) and _SPLIT.search(v)]
    if split:
        return (
            f"{attribute} values are single tokens, and the tokenizer splits {split!r} "
            "(a hyphen between letters, a possessive or contraction): use one dict per token"
        )
    return ""


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
    bounds = op_bounds(token.get("OP"))
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
        if "OP" in first or not words or any(kind_and_values(first[a])[0] != "IN" for a in words):
            problems.append(
                f"{where} must start with a required word (LOWER, LEMMA, ORTH or TEXT as a value or an IN list, "
                "no OP): patterns are only tried where their first word is"
            )
        longest = sum(b[1] for b in (op_bounds(t.get("OP")) for t in pattern) if isinstance(b, tuple))
        if longest > MAX_TOKENS:
            problems.append(f"{where} can match {longest} tokens; at most {MAX_TOKENS} are allowed")
    return problems


def lemma_values(patterns: Iterable[tuple[str, Pattern]]) -> set[str]:
    """Every word given as a ``LEMMA`` (value, ``IN`` or ``NOT_IN``) in these patterns."""
    words: set[str] = set()
    for _, pattern in patterns:
        for token in pattern:
            value = token.get("LEMMA")
            if isinstance(value, str):
                words.add(value)
            elif isinstance(value, dict):
                words.update(*value.values())
    return words


def cached_lemma_forms(
    words: Iterable[str], expand: Callable[[str], Iterable[str]], *, digest: str | None
) -> dict[str, tuple[str, ...]]:
    """``expand`` of each word, from the cache folder when these words were expanded before.

    Expanding needs the lookup table and its inverse (slow to read and build:
    docs/performance.md), which a cold start with a cached phrase table otherwise never loads. ``digest`` names
    the lookup data and the code that expands (``None``: no caching).
    """
    ordered = sorted(set(words))
    name = None
    if digest is not None:
        key = hashlib.sha256(repr((digest, ordered)).encode()).hexdigest()[:32]
        name = f"lemma-forms-{key}.marshal"
        data = read_cached(name)
        if data is not None:
            try:
                stored = marshal.loads(data)
            except (ValueError, EOFError, TypeError):
                stored = None
            if isinstance(stored, dict) and set(stored) == set(ordered):
                return {word: tuple(forms) for word, forms in stored.items()}
    table = {word: tuple(sorted(expand(word))) for word in ordered}
    if name is not None:
        write_cached(name, marshal.dumps(table))
    return table


def term_patterns(terms: Iterable[Any]) -> list[tuple[str, Pattern]]:
    """``(term id, pattern)`` for every pattern of every term, in vocabulary order."""
    return [(term.id, pattern) for term in terms for pattern in term.patterns]


def as_patterns(raw: Sequence[Sequence[Mapping[str, Any]]]) -> tuple[Pattern, ...]:
    """Validated JSON patterns as the tuple a :class:`~resumematch.models.Term` keeps."""
    return tuple(tuple(dict(token) for token in pattern) for pattern in raw)
