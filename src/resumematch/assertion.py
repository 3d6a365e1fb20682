"""Assertion status of each mention, ConText-style: affirmed, negated, in progress, expired, hedged.

After medspaCy's ConText (Harkema et al., 2009): a *trigger* phrase ("no experience
with", "pursuing", "expired", "familiar with") modifies the mentions in its *scope*,
which runs forwards or backwards from the trigger and ends at a terminator ("but", ";",
".", a bullet, the end of a line) or after ``max_scope`` tokens. The rules are data
(``data/assertion.json``), so a user can read and extend them; :meth:`AssertionRules.from_dict`
rejects unknown keys and names the allowed ones.

Cost: the triggers go into one ``PhraseMatcher`` (one C pass over the tokens); the Python
work that follows only looks at the few tokens between a trigger and a nearby mention,
and nothing at all runs when a document has no trigger.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, cast

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .errors import VocabError
from .models import Status

__all__ = ["AssertionRule", "AssertionRules", "AssertionDetector", "default_rules"]

Direction = Literal["forward", "backward", "bidirectional"]
_STATUSES = ("negated", "in_progress", "expired", "hedged")
_DIRECTIONS = ("forward", "backward", "bidirectional")
_RULE_KEYS = {"literal", "status", "direction", "max_scope", "max_targets"}
_TOP_KEYS = {"schema", "description", "terminators", "rules", "pseudo"}
_DEFAULT_SCOPE = 8
_PSEUDO = "pseudo"


@dataclass(frozen=True)
class AssertionRule:
    """One trigger: its literal, the status it gives, which way it looks and how far."""

    literal: str
    status: Status
    direction: Direction = "forward"
    max_scope: int = _DEFAULT_SCOPE
    max_targets: int | None = None

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any], *, where: str = "assertion rule") -> AssertionRule:
        """Validate one rule; unknown keys are an error that lists the allowed ones."""
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
        for key in ("max_scope", "max_targets"):
            value = raw.get(key)
            if value is not None and (not isinstance(value, int) or value < 1):
                problems.append(f"'{key}' must be a positive integer")
        if problems:
            raise VocabError(f"{where}: " + "; ".join(problems), problems)
        return cls(
            literal=str(literal).strip(),
            status=cast(Status, raw["status"]),
            direction=cast(Direction, raw.get("direction", "forward")),
            max_scope=int(raw.get("max_scope", _DEFAULT_SCOPE)),
            max_targets=raw.get("max_targets"),
        )


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
        rules = tuple(
            AssertionRule.from_dict(rule, where=f"{where}: rule #{i + 1}") for i, rule in enumerate(raw.get("rules", []))
        )
        return cls(
            rules=rules,
            terminators=frozenset(str(t).lower() for t in raw.get("terminators", [])),
            pseudo=tuple(str(p) for p in raw.get("pseudo", [])),
        )


@lru_cache(maxsize=1)
def default_rules() -> AssertionRules:
    """The rules shipped in ``resumematch/data/assertion.json``."""
    text = resources.files("resumematch.data").joinpath("assertion.json").read_text("utf-8")
    return AssertionRules.from_dict(json.loads(text), where="resumematch/data/assertion.json")


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    rule: AssertionRule


class AssertionDetector:
    """Give each (start, end) token range of a Doc its assertion status."""

    def __init__(self, vocab: Vocab, make_doc: Callable[[str], Doc], rules: AssertionRules | None = None) -> None:
        self.rules = rules or default_rules()
        self._matcher = PhraseMatcher(vocab, attr="LOWER")
        self._by_key: dict[int, AssertionRule | None] = {}
        for index, rule in enumerate(self.rules.rules):
            key = f"resumematch_assertion_{index}"
            self._matcher.add(key, [make_doc(rule.literal.lower())])
            self._by_key[vocab.strings[key]] = rule
        if self.rules.pseudo:
            self._matcher.add(_PSEUDO, [make_doc(p.lower()) for p in self.rules.pseudo])
            self._by_key[vocab.strings[_PSEUDO]] = None
        self._terminators = self.rules.terminators

    def triggers(self, doc: Doc) -> list[_Trigger]:
        """Non-overlapping trigger matches (longest first wins; pseudo-triggers are dropped)."""
        matches = self._matcher(doc)
        if not matches:
            return []
        matches = sorted(matches, key=lambda m: (m[1] - m[2], m[1]))
        taken: set[int] = set()
        triggers = []
        for key, start, end in matches:
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            rule = self._by_key[key]
            if rule is not None:
                triggers.append(_Trigger(start, end, rule))
        return triggers

    def _open(self, doc: Doc, start: int, end: int) -> bool:
        """True when no terminator lies in tokens ``start``..``end`` (exclusive)."""
        for token in doc[start:end]:
            if token.lower_ in self._terminators or (token.is_space and "\n" in token.text):
                return False
        return True

    def statuses(self, doc: Doc, ranges: Sequence[tuple[int, int]]) -> list[Status]:
        """The status of each token range, ``"affirmed"`` unless a trigger's scope covers it."""
        result: list[Status] = ["affirmed"] * len(ranges)
        triggers = self.triggers(doc)
        if not triggers or not ranges:
            return result
        best: dict[int, tuple[int, Status]] = {}
        inside_terms = {i for start, end in ranges for i in range(start, end)}
        for trigger in triggers:
            if any(i in inside_terms for i in range(trigger.start, trigger.end)):
                continue  # part of a term's own name ("Machine learning"), not a modifier
            rule = trigger.rule
            candidates: list[tuple[int, int]] = []
            for index, (start, end) in enumerate(ranges):
                if start < trigger.end and trigger.start < end:
                    continue
                if rule.direction != "backward" and start >= trigger.end:
                    gap = start - trigger.end
                    if gap <= rule.max_scope and self._open(doc, trigger.end, start):
                        candidates.append((gap, index))
                if rule.direction != "forward" and end <= trigger.start:
                    gap = trigger.start - end
                    if gap <= rule.max_scope and self._open(doc, end, trigger.start):
                        candidates.append((gap, index))
            candidates.sort()
            for gap, index in candidates[: rule.max_targets]:
                if index not in best or gap < best[index][0]:
                    best[index] = (gap, rule.status)
        for index, (_, status) in best.items():
            result[index] = status
        return result
