"""Assertion status of each mention, ConText-style: affirmed, negated, in progress, expired, hedged.

After medspaCy's ConText (Harkema et al., 2009): a *trigger* phrase ("no experience
with", "pursuing", "expired", "familiar with") modifies the mentions in its *scope*,
which runs forwards or backwards from the trigger and ends at a terminator ("but", ";",
".", a bullet, the end of a line), at one of the rule's own ``stops`` ("resulted in fewer
falls *through* patient care rounding": words that end only that rule's scope, and a mention
that begins with one: "admitted patients from the ED and *verified* insurance") or after
``max_scope`` tokens. The rules are data
(``data/assertion.json``), so a user can read and extend them; :meth:`AssertionRules.from_dict`
rejects unknown keys and names the allowed ones.

Cost: triggers are found with one set look-up over the Doc's ``LOWER`` array (the
hashes of the triggers' first words, a :class:`~resumematch.match.wordsets.HashSet`),
terminators with another; the Python work that follows only looks at the few positions
where a trigger starts, and nothing at all runs when a document has no mention or no
trigger.
"""

from __future__ import annotations

import bisect
import json
import operator
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, NamedTuple, cast

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..errors import VocabError
from ..models import CATEGORIES, Status
from .assertion_families import expand_families, expand_pseudo_families
from .assertion_overlap import BULLETS, SHARED_HEAD, reaches, shared_verb_words, shares_head
from .json_files import read_json_file
from .trie import longest_first, new_record
from .wordsets import HashSet, pair_key, possible_starts

__all__ = [
    "AssertionDetector",
    "AssertionRule",
    "AssertionRules",
    "default_rules",
    "load_rules",
    "packaged_rules",
    "read_rules_file",
]

Direction = Literal["forward", "backward", "bidirectional"]
_STATUSES = ("negated", "in_progress", "expired", "hedged", "other_person")
_DIRECTIONS = ("forward", "backward", "bidirectional")
_RULE_KEYS = {"literal", "status", "direction", "max_scope", "max_targets", "categories", "stops"}
_TOP_KEYS = {"schema", "description", "terminators", "rules", "pseudo", "families"}
_DEFAULT_SCOPE = 8


@dataclass(frozen=True)
class AssertionRule:
    """One trigger: its literal, the status it gives, which way it looks and how far."""

    literal: str
    status: Status
    direction: Direction = "forward"
    max_scope: int = _DEFAULT_SCOPE
    max_targets: int | None = None
    categories: frozenset[str] | None = None
    """Only mentions of these categories are modified ("to complete" a degree); None: all."""
    stops: frozenset[str] = frozenset()
    """Words that end this rule's scope besides the shared terminators ('resulted in fewer falls
    *through* patient care rounding': the candidate's own means after an outcome)."""

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any], *, where: str = "assertion rule") -> AssertionRule:
        """Validate one rule; unknown keys are an error that lists the allowed ones."""
        if not isinstance(raw, dict):
            raise VocabError(f"{where}: a rule must be an object, got {type(raw).__name__}")
        problems = []
        unknown = sorted(set(raw) - _RULE_KEYS)
        if unknown:
            problems.append(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_RULE_KEYS))}")
        literal = raw.get("literal")
        if not isinstance(literal, str) or not literal.strip():
            problems.append("'literal' must be a non-empty string")
        if raw.get("status") not in _STATUSES:
            problems.append(f"'status' must be one of {', '.join(_STATUSES)}, got {raw.get('status')!r}")
        if raw.get("direction", "forward") not in _DIRECTIONS:
            problems.append(f"'direction' must be one of {', '.join(_DIRECTIONS)}")
        for key, least in (("max_scope", 0), ("max_targets", 1)):  # scope 0: the adjacent word only
            value = raw.get(key)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < least):
                problems.append(f"'{key}' must be {'0 or ' if least == 0 else ''}a positive integer")
        categories = raw.get("categories")
        if categories is not None and (
            not isinstance(categories, list) or not categories or any(c not in CATEGORIES for c in categories)
        ):
            problems.append(f"'categories' must be a non-empty list of {', '.join(CATEGORIES)}")
        stops = raw.get("stops", [])
        if not isinstance(stops, list) or any(not isinstance(w, str) or len(w.split()) != 1 for w in stops):
            problems.append("'stops' must be a list of single words")
        if problems:
            raise VocabError(f"{where}: " + "; ".join(problems), problems)
        return cls(
            categories=frozenset(categories) if categories else None,
            literal=str(literal).strip(),
            status=cast(Status, raw["status"]),
            direction=cast(Direction, raw.get("direction", "forward")),
            max_scope=int(raw.get("max_scope", _DEFAULT_SCOPE)),
            max_targets=raw.get("max_targets"),
            stops=frozenset(w.lower() for w in stops),
        )

    def to_dict(self) -> dict[str, Any]:
        """The rule as :meth:`from_dict` reads it (defaults left out)."""
        out: dict[str, Any] = {"literal": self.literal, "status": self.status}
        if self.direction != "forward":
            out["direction"] = self.direction
        if self.max_scope != _DEFAULT_SCOPE:
            out["max_scope"] = self.max_scope
        if self.max_targets is not None:
            out["max_targets"] = self.max_targets
        if self.categories is not None:
            out["categories"] = sorted(self.categories)
        if self.stops:
            out["stops"] = sorted(self.stops)
        return out


@dataclass(frozen=True)
class AssertionRules:
    """A rule set: triggers, pseudo-triggers that cancel them, and scope terminators."""

    rules: tuple[AssertionRule, ...]
    terminators: frozenset[str]
    pseudo: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any], *, where: str = "assertion rules") -> AssertionRules:
        unknown = sorted(set(raw) - _TOP_KEYS)
        if unknown:
            raise VocabError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_TOP_KEYS))}")
        for key in ("rules", "terminators", "pseudo"):
            if not isinstance(raw.get(key, []), list):
                raise VocabError(f"{where}: '{key}' must be a list")
        written = raw.get("rules", [])
        # A family (``families``: words x forms) writes the literal rules of one cue class.
        written = [*written, *expand_families(raw.get("families", []), written, where)]
        rules = tuple(AssertionRule.from_dict(rule, where=f"{where}: rule #{i + 1}") for i, rule in enumerate(written))
        pseudo = [*raw.get("pseudo", []), *expand_pseudo_families(raw.get("families", []), where)]
        return cls(
            rules=rules,
            terminators=frozenset(str(t).lower() for t in raw.get("terminators", [])),
            pseudo=tuple(str(p) for p in pseudo),
        )

    def to_dict(self) -> dict[str, Any]:
        """The rule set as :meth:`from_dict` reads it (how a saved spaCy pipeline keeps it)."""
        return {
            "terminators": sorted(self.terminators),
            "rules": [rule.to_dict() for rule in self.rules],
            "pseudo": list(self.pseudo),
        }


def read_rules_file(path: str | os.PathLike[str], what: str) -> dict[str, Any]:
    """The JSON object in a rules file; a missing, unreadable, oversized or malformed file
    (NaN, endless numbers, deep nesting: :mod:`.json_files`) is a VocabError naming it."""
    raw = read_json_file(path, what)
    if not isinstance(raw, dict):
        raise VocabError(f"{path}: {what} must be a JSON object")
    return raw


def packaged_rules(name: str) -> dict[str, Any]:
    """The JSON object of a rules file shipped in ``resumematch/data``."""
    return json.loads(resources.files("resumematch.data").joinpath(name).read_text("utf-8"))  # type: ignore[no-any-return]


def load_rules(path: str | os.PathLike[str]) -> AssertionRules:
    """A user's assertion rules file (the format of ``data/assertion.json``), validated.

    The file is the whole rule set (it replaces the packaged rules, as medspaCy's ConText
    ``rules=`` does): copy ``data/assertion.json`` to extend it. Any problem is a
    :class:`~resumematch.errors.VocabError` whose message starts with the file's name.
    """
    return AssertionRules.from_dict(read_rules_file(path, "assertion rules"), where=str(path))


@lru_cache(maxsize=1)
def default_rules() -> AssertionRules:
    """The rules shipped in ``resumematch/data/assertion.json``."""
    return AssertionRules.from_dict(packaged_rules("assertion.json"), where="resumematch/data/assertion.json")


class _Trigger(NamedTuple):
    start: int
    end: int
    rule: AssertionRule


class AssertionDetector:
    """Give each (start, end) token range of a Doc its assertion status.

    Triggers are matched on the Doc's ``LOWER`` array: the one-word cues' words and the
    first two words of longer cues (as pair keys) go in two
    :class:`~resumematch.match.wordsets.HashSet`, whose look-ups find the few positions
    where a trigger may start, and only those are compared with the trigger's remaining
    words (:meth:`triggers_in_reference` tries every position whose word begins a cue).
    Scope terminators are one boolean array, so "is the scope open" is a slice ``any``.
    """

    def __init__(self, vocab: Vocab, make_doc: Callable[[str], Doc], rules: AssertionRules | None = None) -> None:
        self.rules = rules or default_rules()
        self._patterns: dict[int, list[tuple[tuple[int, ...], AssertionRule | None]]] = {}
        phrases: list[tuple[str, AssertionRule | None]] = [(r.literal, r) for r in self.rules.rules]
        phrases += [(p, None) for p in self.rules.pseudo]
        for literal, rule in phrases:
            hashes = tuple(int(h) for h in make_doc(literal.lower()).to_array([LOWER]).reshape(-1))
            if hashes:
                self._patterns.setdefault(hashes[0], []).append((hashes, rule))
        for group in self._patterns.values():
            group.sort(key=lambda item: -len(item[0]))
        self._first = HashSet(self._patterns)
        # The same cues looked up by their first two words, and the one-word cues by their
        # word: a common first word ("-", "(", "to", "in") starts many cues, and one dict
        # look-up of the pair rules out the rest of them at once. Each list keeps the order
        # of its ``_patterns`` group (longest first, then as written), so the matches come
        # out in the same order (:meth:`triggers_in_reference`).
        self._by_pair: dict[tuple[int, int], list[tuple[tuple[int, ...], AssertionRule | None]]] = {}
        self._one_word: dict[int, list[AssertionRule | None]] = {}
        for group in self._patterns.values():
            for hashes, rule in group:
                if len(hashes) == 1:
                    self._one_word.setdefault(hashes[0], []).append(rule)
                else:
                    self._by_pair.setdefault((hashes[0], hashes[1]), []).append((hashes, rule))
        # Where a cue can start at all: its word is a one-word cue, or it and the next word
        # begin a longer one (two array look-ups; most words that begin some cue, "to",
        # "-", "with", begin none there).
        self._one_word_set = HashSet(self._one_word)
        self._pair_set = HashSet(pair_key(first, second) for first, second in self._by_pair)
        self._terminators = self.rules.terminators
        self._terminator_hashes = HashSet(vocab.strings.add(t) for t in self._terminators)
        self._bullets = frozenset(vocab.strings.add(t) for t in BULLETS)
        verbs = shared_verb_words((r.literal, r.direction) for r in self.rules.rules)
        self._shared_verbs = frozenset(vocab.strings.add(w) for w in verbs)
        self._stop_hashes = {
            rule.stops: HashSet(vocab.strings.add(w) for w in rule.stops) for rule in self.rules.rules if rule.stops
        }

    def triggers_in(
        self, lower: np.ndarray, words: Sequence[int] | None = None, breaks: np.ndarray | None = None
    ) -> list[_Trigger]:
        """Non-overlapping triggers in a ``LOWER`` array (longest first wins; pseudo-triggers dropped).

        ``breaks`` (the line-break mask): a line's bullet dash begins no cue, so "- Observed wound
        care" reads "observed", not the disclaimer "- observed" ("Wound care - observed").

        ``words``, the same hashes as a list if the caller has it, makes comparing a
        several-word cue a slice of a list, not of an array turned into a list (five
        times cheaper, and a resume tries dozens).
        """
        starts = possible_starts(self._one_word_set, self._pair_set, lower).nonzero()[0]
        if not len(starts):
            return []
        if words is None:
            words = lower.tolist()
        n = len(words)
        by_pair, one_word, bullets = self._by_pair, self._one_word, self._bullets
        matches: list[tuple[int, int, AssertionRule | None]] = []
        for start in starts.tolist():
            first = words[start]
            if first in bullets and breaks is not None and (start == 0 or breaks[start - 1]):
                continue
            if start + 1 < n:
                for hashes, rule in by_pair.get((first, words[start + 1]), ()):
                    end = start + len(hashes)
                    if end <= n and (end == start + 2 or tuple(words[start:end]) == hashes):
                        matches.append((start, end, rule))
            for rule in one_word.get(first, ()):
                matches.append((start, start + 1, rule))
        return [
            new_record(_Trigger, (start, end, rule)) for start, end, rule in longest_first(matches) if rule is not None
        ]

    def triggers_in_reference(self, lower: np.ndarray) -> list[_Trigger]:
        """:meth:`triggers_in` the plain way, every cue of a first word compared in full (for the
        tests that check the two agree)."""
        n = len(lower)
        matches: list[tuple[int, int, AssertionRule | None]] = []
        for start in self._first.member(lower).nonzero()[0].tolist():
            for hashes, rule in self._patterns[int(lower[start])]:
                end = start + len(hashes)
                if end <= n and tuple(lower[start:end].tolist()) == hashes:
                    matches.append((start, end, rule))
        return [_Trigger(start, end, rule) for start, end, rule in longest_first(matches) if rule is not None]

    def statuses_from_arrays(
        self,
        lower: np.ndarray,
        newline: np.ndarray,
        ranges: Sequence[tuple[int, int]],
        words: Sequence[int] | None = None,
        *,
        categories: Sequence[str] | None = None,
    ) -> list[Status]:
        """:meth:`statuses` on the Doc's ``LOWER`` array and its line-break mask (``words``:
        see :meth:`triggers_in`)."""
        result: list[Status] = ["affirmed"] * len(ranges)
        triggers = self.triggers_in(lower, words, newline) if ranges else []
        if not triggers:
            return result
        ends = self._terminator_hashes.member(lower) | newline
        shared_stops: list[int] = np.concatenate(([0], ends.cumsum())).tolist()
        rule_stops: dict[frozenset[str], list[int]] = {}  # a rule's own stops, counted once per Doc

        def stops_for(rule: AssertionRule) -> list[int]:
            if not rule.stops:
                return shared_stops
            counted = rule_stops.get(rule.stops)
            if counted is None:
                own = ends | self._stop_hashes[rule.stops].member(lower)
                counted = rule_stops[rule.stops] = np.concatenate(([0], own.cumsum())).tolist()
            return counted

        verbs = self._shared_verbs
        best: dict[int, tuple[int, Status]] = {}
        range_starts = [start for start, _ in ranges]
        order = sorted(range(len(ranges)), key=range_starts.__getitem__)  # a C key: no call per range
        starts = [range_starts[i] for i in order]
        longest = max(map(operator.sub, [end for _, end in ranges], range_starts))
        for trigger in triggers:
            rule = trigger.rule
            stops = stops_for(rule)  # scope open from a to b: no stop in tokens a..b-1, stops[b] == stops[a]
            # A mention that begins with one of the rule's own stops is the candidate's next act
            # ("admitted patients from the ED and verified insurance"): its first word counts too.
            first = 1 if rule.stops else 0
            # Only the ranges that start within reach of the trigger (bisection).
            lo = bisect.bisect_left(starts, trigger.start - rule.max_scope - longest)
            hi = bisect.bisect_right(starts, trigger.end + rule.max_scope)
            nearby = [(order[k], ranges[order[k]]) for k in range(lo, hi)]
            # A forward trigger whose first words end a mention that began before it is no
            # part of that term's name: a duty's pattern that ran on to the subject
            # ("Scheduled home visits where nurses" | "nurses provided wound care"). A mention
            # that crosses the trigger's end ("Partnered with vendors") still cancels it, unless it
            # begins at the trigger's last word, a verb form: the people's verb ("the nurses
            # administered" | "administered medications"; match/assertion_overlap.py).
            # A backward trigger whose first words end a credential's mention is said of that
            # credential, the words shared ("BLS certification" | "certification pending"); a
            # skill's ("patient safety" | "safety events") is part of its name, as above.
            backward, kinds, last = rule.direction == "backward", rule.categories, trigger.end - 1
            verb_at = last if not backward and last > trigger.start and int(lower[last]) in verbs else -1
            if any(
                start < trigger.end
                and trigger.start < end
                and not (
                    start < trigger.start < end < trigger.end
                    and (not backward or (categories is not None and categories[index] in SHARED_HEAD))
                )
                and not start == verb_at < end - 1
                and reaches(kinds, categories, index)
                for index, (start, end) in nearby
            ):
                # Part of a term's own name ("Machine learning"), not a modifier; a rule for
                # some categories asks only their terms ("BSN students" inside the duty
                # "Mentored BSN students" still names the students' degree; "Referred patients
                # to" still modifies the settings a rule for hard skills reaches).
                continue
            candidates: list[tuple[int, int]] = []
            for index, (start, end) in nearby:
                if start < trigger.end and trigger.start < end:
                    if backward and start < trigger.start < end < trigger.end and shares_head(kinds, categories, index):
                        candidates.append((0, index))  # "BLS certification" | "certification pending"
                    elif start == verb_at < end - 1 and reaches(kinds, categories, index):
                        candidates.append((0, index))  # "the nurses administered" | "administered medications"
                    continue
                if not reaches(kinds, categories, index):
                    continue
                if not backward and start >= trigger.end:
                    gap = start - trigger.end
                    if gap <= rule.max_scope and stops[start + first] == stops[trigger.end]:
                        candidates.append((gap, index))
                if rule.direction != "forward" and end <= trigger.start:
                    gap = trigger.start - end
                    if gap <= rule.max_scope and stops[trigger.start] == stops[end]:
                        candidates.append((gap, index))
            candidates.sort()
            for gap, index in candidates[: rule.max_targets]:
                if index not in best or gap < best[index][0]:
                    best[index] = (gap, rule.status)
        for index, (_, status) in best.items():
            result[index] = status
        return result
