"""Cue families: one assertion rule written for a class of words, not for each string.

A writer nobody has read words a disclaimer, a plan or a lapse in their own way ("Phlebotomy
(shadowed only)", "BLS - planning to renew", "ACLS, never lapsed"). A family names the class
once, its ``words`` (the inflections and synonyms of one cue) and its ``forms`` (where the
words stand around the term: "{} only", "- {}", "({}"), and expands into the literal rules
:class:`~resumematch.match.assertion.AssertionRules` already reads, so matching costs nothing
more. A pseudo family ("not {}" x "expired", "lapsed") lists look-alikes that cancel a trigger
("Certified, not expired" is held).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import VocabError

__all__ = ["expand_families", "expand_pseudo_families"]

_FAMILY_KEYS = {"name", "words", "forms", "rule", "pseudo"}


def _strings(value: object) -> list[str] | None:
    if not isinstance(value, list) or not value or any(not isinstance(v, str) or not v.strip() for v in value):
        return None
    return [str(v) for v in value]


def _check(raw: object, where: str) -> tuple[list[str], list[str], Mapping[str, Any] | None]:
    """A family's words, forms and rule template; every problem in one error."""
    if not isinstance(raw, dict):
        raise VocabError(f"{where}: a family must be an object, got {type(raw).__name__}")
    problems = []
    unknown = sorted(set(raw) - _FAMILY_KEYS)
    if unknown:
        problems.append(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_FAMILY_KEYS))}")
    words, forms = _strings(raw.get("words")), _strings(raw.get("forms"))
    if words is None:
        problems.append("'words' must be a non-empty list of strings")
    if forms is None or any(form.count("{}") != 1 for form in forms):
        problems.append("'forms' must be a non-empty list of strings with one '{}' each")
    rule = raw.get("rule")
    if raw.get("pseudo") is True:
        if rule is not None:
            problems.append("a pseudo family has no 'rule'")
    elif not isinstance(rule, dict) or "literal" in rule:
        problems.append("'rule' must be an object without 'literal' (the family writes it), or 'pseudo': true")
    if problems:
        raise VocabError(f"{where}: " + "; ".join(problems), problems)
    return words or [], forms or [], rule if isinstance(rule, dict) else None


def _literals(words: Sequence[str], forms: Sequence[str]) -> list[str]:
    return [form.replace("{}", word.strip()) for form in forms for word in words]


def expand_families(families: object, written: Sequence[Mapping[str, Any]], where: str) -> list[dict[str, Any]]:
    """The rules the non-pseudo families write, less a literal already written as a rule (a
    literal the file tunes by hand keeps its own scope)."""
    if not isinstance(families, list):
        raise VocabError(f"{where}: 'families' must be a list")
    seen = {str(rule.get("literal", "")).strip().lower() for rule in written if isinstance(rule, dict)}
    out: list[dict[str, Any]] = []
    for i, raw in enumerate(families):
        words, forms, rule = _check(raw, f"{where}: family #{i + 1}")
        if rule is None:
            continue
        for literal in _literals(words, forms):
            if literal.lower() not in seen:
                seen.add(literal.lower())
                out.append({"literal": literal, **rule})
    return out


def expand_pseudo_families(families: object, where: str) -> list[str]:
    """The pseudo literals the pseudo families write ("not expired", "never lapsed")."""
    if not isinstance(families, list):
        raise VocabError(f"{where}: 'families' must be a list")
    out: list[str] = []
    for i, raw in enumerate(families):
        words, forms, rule = _check(raw, f"{where}: family #{i + 1}")
        if rule is None:
            out += _literals(words, forms)
    return out
