"""A duty's own verb-and-object aliases, read by clause like the rules file's duties.

An alias "register patients" or "answer patient questions" is a phrase: a resume that writes
"Greeted and registered walk-in patients" or "Answered new and returning patients' billing
questions" puts words between its verb and its object. Each duty alias that begins with one
of the vocabulary's own duty verbs (the lemmas its patterns begin with) becomes a clause
rule: that verb, the alias's last word as the object, and its content words between, in
order, with a few more words allowed than the alias has. A first word that ends some duty
alias ("staff training", "care transitions"; so "review", which ends "chart review") is taken
for a noun and never read as a verb ("review charts" keeps only its phrase); a light verb
("make assignments") is left to its phrase. A noun right before the object names another kind
of it ("Booked sales appointments"), so the word there must be a function word, a number, a
word of the term's own aliases or an adjective's form (``plain_modifier``); a business word
between ("Book service appointments" at a car dealer) ends the reading, as in the provider rules.
A compound alias whose head is a noun of action or a duty verb, and whose first word is none
("patient registration", "chart review"; not "train staff"), is read turned round too, as that
noun with its modifier after "of", "for", "to" or "with" ("Registration of new patients").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from ..models import Term
from . import clause_lexicon as lex

__all__ = ["EXTRA_WORDS", "alias_rules", "plain_modifier"]

EXTRA_WORDS = 3
"""Words a resume may add between an alias's words (modifiers, a number, a coordinated word)."""
_LINKS = frozenset(lex.NOMINAL_LINKS)
"""Stop words an alias keeps between its verb and object ("reconciliation of accounts")."""
_NOT_AFTER = ["by", "as", "under"]
_LIGHT_VERBS = frozenset({"make", "take", "do", "have", "get", "give"})
"""Verbs whose object carries the meaning ("make assignments"): with words between, any object
("make section assignments" for a restaurant's servers) reads as the duty."""


def alias_rules(terms: Iterable[Term], english: frozenset[str]) -> dict[str, list[dict[str, Any]]]:
    """Clause rules (the rules file's format) from the verb-first aliases of the duty ``terms``."""
    duties = [term for term in terms if term.category == "duty"]
    verbs = {lemma for term in duties for pattern in term.patterns for lemma in _first_lemmas(pattern)}
    objects = {_singular(alias.lower().split()[-1], english) for term in duties for alias in term.aliases}
    rules: dict[str, list[dict[str, Any]]] = {}
    merged: dict[tuple[str, str, tuple[str, ...], int], dict[str, Any]] = {}
    for term in duties:
        family = {_singular(w, english) for alias in term.aliases for w in alias.lower().split() if w.isalpha()}
        for alias in term.aliases:
            words = alias.lower().split()
            if len(words) < 2 or not all(w.isalpha() for w in words):
                continue
            if words[0] not in verbs or words[0] in objects or words[0] in _LIGHT_VERBS:
                continue
            between = tuple(_singular(w, english) for w in words[1:-1] if w in _LINKS or w not in STOP_WORDS)
            key = (term.id, words[0], between, len(words) + EXTRA_WORDS)
            if key not in merged:  # one rule per verb and words between: one reading of the clause
                merged[key] = {"verbs": [words[0]], "objects": [], "between": list(between), "gap": key[3]}
                merged[key]["modifiers"] = sorted(family)
                merged[key].update({"not_after": _NOT_AFTER, "not": ["@businesses"]})
                rules.setdefault(term.id, []).append(merged[key])
            merged[key]["objects"].append(_singular(words[-1], english))
        for alias in term.aliases:
            words = alias.lower().split()
            compound = 2 <= len(words) <= 3 and all(w.isalpha() and w not in STOP_WORDS for w in words)
            compound = compound and (words[0] not in verbs or words[0] in objects)  # not "train staff"
            if compound and (words[-1].endswith(lex.ACTION_ENDINGS) or words[-1] in verbs):
                rules.setdefault(term.id, []).append(_turned(words, family, english))
    return rules


def _turned(words: list[str], family: set[str], english: frozenset[str]) -> dict[str, Any]:
    """The rule of a compound alias whose head is a noun of action, read turned round:
    "patient registration" as "registration of new patients", "chart review" as "review of
    charts"."""
    return {
        "verbs": [],
        "nominals": [words[-1]],
        "objects": [_singular(words[-2], english)],
        "between": [],
        "gap": EXTRA_WORDS + 1,
        "modifiers": sorted(family),
        "not": ["@businesses"],
    }


def plain_modifier(word: str, h: int, modifiers: frozenset[int] | None) -> bool:
    """Whether ``word``, right before an alias rule's object, leaves the object the alias's
    ("Scheduled new and returning patients"), not another trade's ("Booked sales appointments"):
    a function word, a number, a word of the term's own aliases (``modifiers``, hashed), or an
    adjective's form."""
    if modifiers is None:  # a rules file's rule: its classes say what the object is
        return True
    lower = word.lower()
    if not lower.isalpha() or lower in STOP_WORDS or lower in lex.PLAIN_ADJECTIVES:
        return True
    return h in (modifiers or ()) or lower.endswith(lex.ADJECTIVE_ENDINGS)


def _first_lemmas(pattern: Iterable[dict[str, Any]]) -> list[str]:
    """The lemmas a pattern's first token takes ([] when it does not test a lemma)."""
    first = next(iter(pattern), {})
    lemma = first.get("LEMMA")
    if isinstance(lemma, str):
        return [lemma]
    return list(lemma.get("IN", ())) if isinstance(lemma, dict) else []


def _singular(word: str, english: frozenset[str]) -> str:
    """The singular of a regular plural English has ("appointments", "charts"), else ``word``."""
    for suffix in ("s", "es"):
        if word.endswith(suffix) and word[: -len(suffix)] in english:
            return word[: -len(suffix)]
    return word
