"""The clause duties' rules file (``data/duty_clauses.json``): read, checked, and its words inflected.

Kept apart from the reading (``clause_duties``): what the file may hold, and every form a word
of it takes, are one concern; how a resume's clause is read with them is another.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import VocabError

__all__ = ["RULE_KEYS", "clause_words", "inflections", "load_clause_data"]

RULE_KEYS = frozenset({"verbs", "objects", "through", "not_after", "context", "not", "title_verbs"})
"""A file rule's keys. The rules ``clause_aliases`` builds from a vocabulary's aliases also hold
"between" (the alias's words, in order, before its object) and "gap" (its word limit)."""
_TOP_KEYS = ("schema", "description", "classes", "nominals", "terms", "anchored")
_ANCHOR_KEYS = ("objects", "modified", "unless", "why")


def load_clause_data(path: Path | None = None) -> dict[str, Any]:
    """The rules file at ``path`` (None: the packaged ``data/duty_clauses.json``), checked:
    a ``VocabError`` names the file and every unknown key or class, and every nominal whose
    verb no rule has."""
    path = path or Path(str(resources.files("resumematch.data").joinpath("duty_clauses.json")))
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    problems = [f"unknown top-level key {key!r}" for key in data if key not in _TOP_KEYS]
    classes = data.get("classes", {})
    for term_id, rules in data.get("terms", {}).items():
        for n, rule in enumerate(rules, 1):
            problems += [f"{term_id} rule #{n}: unknown key {k!r}" for k in rule if k not in RULE_KEYS]
            problems += [f"{term_id} rule #{n}: no {k!r}" for k in ("verbs", "objects") if not rule.get(k)]
            problems += [
                f"{term_id} rule #{n}: unknown class {w!r}"
                for k in ("objects", "context", "not")
                for w in rule.get(k, ())
                if w.startswith("@") and not w.startswith("@suffix:") and w[1:] not in classes
            ]
    for term_id, entry in data.get("anchored", {}).items():
        problems += [f"anchored {term_id}: unknown key {k!r}" for k in entry if k not in _ANCHOR_KEYS]
        if not entry.get("why"):
            problems.append(f"anchored {term_id}: no 'why' (the reason its object is distinctive or not)")
    verbs = {verb for rules in data.get("terms", {}).values() for rule in rules for verb in rule.get("verbs", ())}
    problems += [f"nominals: {verb!r} is no rule's verb" for verb in data.get("nominals", {}) if verb not in verbs]
    if problems:
        raise VocabError(f"{path}: " + "; ".join(problems))
    return data


def clause_words(data: Mapping[str, Any]) -> set[str]:
    """Every word the rules inflect ("v:" verbs, "n:" nouns), for one cached expansion."""
    classes: Mapping[str, Sequence[str]] = data.get("classes", {})
    words: set[str] = set()
    for rules in data.get("terms", {}).values():
        for rule in rules:
            words.update(f"v:{w}" for w in rule["verbs"])
            for key in ("objects", "through", "context", "not", "between", "modifiers", "nominals"):
                for w in rule.get(key, ()):
                    if w.startswith("@suffix:"):
                        continue
                    words.update(f"n:{x}" for x in (classes[w[1:]] if w.startswith("@") else [w]))
    words.update(f"n:{noun}" for nouns in data.get("nominals", {}).values() for noun in nouns)
    for entry in data.get("anchored", {}).values():
        modified: Mapping[str, Sequence[str]] = entry.get("modified", {})
        nouns = [*entry.get("objects", ()), *entry.get("family", ()), *entry.get("unless", ()), *modified]
        nouns += [w for ws in modified.values() for w in ws]
        words.update(f"n:{noun}" for noun in nouns)
    return words


def inflections(key: str, lemma_forms: Callable[..., Iterable[str]], words: frozenset[str]) -> frozenset[str]:
    """The forms of a ``clause_words`` key: a verb's inflections, a noun's plural; the
    lookup table's, and the regular ones English has ("developed" is missing from it)."""
    kind, word = key.split(":", 1)
    if kind == "n":
        return frozenset({word, word + "s", *lemma_forms(word, plural_only=True)} | ({word + "es"} & words))
    stem = word[:-1] if word.endswith("e") else word
    regular = {word + "s", word + "es", word + "d", word + "ed", stem + "ing", stem + "ed"}
    if word.endswith("y"):
        regular |= {word[:-1] + "ies", word[:-1] + "ied"}
    return frozenset({word, *lemma_forms(word)} | (regular & words))
