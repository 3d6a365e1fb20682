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

import bisect
import hashlib
import marshal
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from .._runtime.cache import read_cached, write_cached
from .trie import Found, Tokens, longest_first
from .wordsets import HashSet

__all__ = [
    "ALLOWED_ATTRIBUTES",
    "MAX_REPEAT",
    "MAX_TOKENS",
    "Pattern",
    "PatternMatcher",
    "cached_lemma_forms",
    "lemma_values",
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

_FLAGS_REMEMBERED = 100_000
_Test = tuple[
    frozenset[int] | None, frozenset[int] | None, frozenset[str] | None, frozenset[str] | None, tuple[tuple[str, bool], ...]
]
"""One token's test: LOWER hashes in / not in, ORTH strings in / not in, (flag, wanted) pairs."""
_Step = tuple[_Test, bool, int, int]
"""A test, whether it is negated (``OP: "!"``), and the least and most tokens it matches."""
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


def _kind_and_values(value: Any) -> tuple[str, Any]:
    """``("IN" | "NOT_IN", values)`` of a word attribute's value (not checked)."""
    if isinstance(value, str):
        return "IN", [value]
    if isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN"):
        return next(iter(value.items()))  # type: ignore[no-any-return]
    return "", None


def _word_values(attribute: str, value: Any) -> tuple[str, tuple[str, ...]] | str:
    """``("IN" | "NOT_IN", values)`` for a word attribute's value, or the problem with it."""
    kind, values = _kind_and_values(value)
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
        if "OP" in first or not words or any(_kind_and_values(first[a])[0] != "IN" for a in words):
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
                kind, values = _kind_and_values(value)  # validated when the vocabulary was loaded
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
        bounds = _op_bounds(token.get("OP"))
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
                    found.extend((start, end, term_id, METHOD, CONFIDENCE) for end in sorted(ends))
        return found


def _may_end_in_space_or_punctuation(token: Mapping[str, Any]) -> bool:
    """Whether a pattern's last token dict can match a line break or punctuation."""
    words = [a for a in WORD_ATTRIBUTES if a in token]
    if not words or token.get("OP") in ("?", "!") or str(token.get("OP", "")).startswith("{"):
        return True
    kind, values = _kind_and_values(token[words[0]])
    return kind != "IN" or any(not any(c.isalnum() for c in v) for v in values)


def _anchor(steps: Sequence[_Step]) -> tuple[tuple[frozenset[int], ...], int]:
    """The word sets that some token after the first must be in (each required word test
    after the first, last first: the object is the rarest), and how many tokens the
    pattern can span."""
    reach = sum(step[3] for step in steps)
    return tuple(t[0] for t, negated, low, _ in reversed(steps[1:]) if low >= 1 and not negated and t[0]), reach


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
            # Crossing the edge, or the very same words (two readings of them): longest wins.
            crossing = [
                i for i in hit if kept[i][0] < start or end < kept[i][1] or (kept[i][0], kept[i][1]) == (start, end)
            ]
            if any(kept[i][1] - kept[i][0] >= end - start for i in crossing):
                continue
            removed.update(crossing)
        added.append(match)
    result = [f for i, f in enumerate(kept) if i not in removed] if removed else list(kept)
    result += added
    result.sort(key=lambda f: f[0])
    return result


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

    Expanding needs the lookup table and its inverse (about 70 ms to read and build),
    which a cold start with a cached phrase table otherwise never loads. ``digest`` names
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
