"""Where an assertion cue and a mention share words, and where a cue may not start.

A cue's literal and a term's name can overlap: "BLS certification" | "certification pending"
share the credential's last word, "the nurses administered" | "administered medications" share
the act's verb. Whether the cue then reads the mention, or is part of the term's name and is
dropped, depends on the kind of mention and the kind of word shared; these helpers say which
(issue #18, seventeenth and eighteenth sessions). A line's bullet dash begins no cue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["BULLETS", "reaches", "shared_verb_words", "shares_head"]

SHARED_HEAD = frozenset({"certification", "license", "education"})
"""The kinds whose last word a backward trigger may share ("BLS certification pending")."""

BULLETS = ("-", "\u2013", "\u2014", "*")
"""A line's first token that marks a list item: it begins no cue."""

_IRREGULAR_PAST = frozenset({"drew", "took", "gave", "ran", "did", "led", "made", "kept", "held", "wrote"})
"""Past forms without "-ed" a cue may end with and share with the act after it ("the phlebotomist drew")."""


def reaches(rule_categories: frozenset[str] | None, categories: Sequence[str] | None, index: int) -> bool:
    """Whether a rule of ``rule_categories`` reaches the mention at ``index``."""
    return rule_categories is None or (categories is not None and categories[index] in rule_categories)


def shares_head(rule_categories: frozenset[str] | None, categories: Sequence[str] | None, index: int) -> bool:
    """Whether the mention at ``index`` is of a kind whose last word a backward trigger may
    share (:data:`SHARED_HEAD`) and of a kind the rule modifies."""
    if categories is None:
        return False
    kind = categories[index]
    return kind in SHARED_HEAD and (rule_categories is None or kind in rule_categories)


def shared_verb_words(cues: Iterable[tuple[str, str]]) -> set[str]:
    """The last words of the forward several-word cues (``(literal, direction)``) that are a
    verb's past or -ing form: a mention that begins at that word shares the people's verb
    ("the nurses administered" | "administered medications"); a noun ("the staff" | "staff
    schedule") is the term's own name."""
    words = set()
    for literal, direction in cues:
        if direction != "forward" or " " not in literal:
            continue
        last = literal.lower().rsplit(" ", 1)[1]
        if last.endswith(("ed", "ing")) or last in _IRREGULAR_PAST:
            words.add(last)
    return words
