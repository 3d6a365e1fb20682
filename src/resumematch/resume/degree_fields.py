"""The field of a degree: "Bachelor of Science : Nursing", "Nursing, Associate of ...".

Kept apart from ``degree_grammar`` (which reads the heads and decides what is a degree)
because where a field starts and stops is its own question: words up to a date, a month,
the next degree, an institution's word or punctuation, and never the school's name
before "University" ("Healthcare Management Letourneau University": healthcare management).
"""

from __future__ import annotations

import re

from .degree_lexicon import (
    ABBREVIATION_AT,
    AMBIGUOUS,
    FIELD_BEFORE,
    FIELD_OF_STUDY_WORDS,
    FIELD_WORD,
    FIELD_WORDS_MAX,
    HEAD_PREFIXES,
    KINDS,
    MONTH_PREFIXES,
    MONTHS,
    NOT_A_FIELD,
    SCHOOL_AFTER,
    WORD_HEAD,
    abbreviation_key,
)
from .degree_status import line_start

__all__ = ["field_at", "field_before", "head_is_degree", "split_kind"]

_LICENCE_QUALIFIER = re.compile(r"^(?:registered|professional)\s+(?=nursing\b)")
"""A nursing licence's word before the field ("Associate of Science : Registered Nursing",
"AAS in Professional Nursing"): the field is nursing; the licence is read on its own."""


def field_at(text: str, position: int, limit: int) -> tuple[str, int] | None:
    """The field of study that starts at ``position``: words up to a stop, and where it ends."""
    words: list[str] = []
    ends: list[int] = []
    end = position
    while len(words) < FIELD_WORDS_MAX:
        match = FIELD_WORD.match(text, end, limit)
        if match is None:
            break
        word = match.group("word").rstrip(".")
        lowered = word.lower()
        if lowered in NOT_A_FIELD:
            break
        if lowered[:3] in MONTH_PREFIXES and MONTHS.match(text, match.start("word"), limit):
            break  # "Sept 2014"
        if (lowered[:4] in HEAD_PREFIXES or word[1:] != word[1:].lower()) and head_is_degree(text, match.start("word")):
            break  # "B.S., M.P.H.": the next degree, not a field
        join = match.group("join").strip()
        words.append(f"{join} {word}" if words and join else word)
        end = match.start("word") + len(word)
        ends.append(end)
    if not words:
        return None
    if len(words) > 1 and SCHOOL_AFTER.match(text, end, limit):
        # "Healthcare Management Letourneau University": the school's name ends the field.
        kept = 0
        while kept < len(words) and words[kept].split()[-1].lower() in FIELD_OF_STUDY_WORDS:
            kept += 1
        if kept:
            words, end = words[:kept], ends[kept - 1]
    field = " ".join(words).replace("  ", " ").lower()
    field = re.sub(r"\s*([/&])\s*", r" \1 ", field).strip(" /&")
    if field.endswith(" and"):
        field = field[:-4]
    field = _LICENCE_QUALIFIER.sub("", field)
    return (field, end) if field and field not in NOT_A_FIELD else None


def head_is_degree(text: str, position: int) -> bool:
    """Whether a degree that needs no evidence starts at ``position`` (where a field stops)."""
    match = WORD_HEAD.match(text, position)
    if match is not None:
        return match.group("word") is not None or match.group("hs") is not None
    match = ABBREVIATION_AT.match(text, position)
    if match is None:
        return False
    key = abbreviation_key(match.group(0))
    return key is not None and (key not in AMBIGUOUS or "." in match.group(0).rstrip("."))


def split_kind(phrase: str) -> tuple[str | None, str]:
    """("science", "health care administration") from "science health care administration"."""
    lowered = phrase.lower()
    for kind in KINDS:
        if lowered == kind or lowered.startswith(kind + " "):
            return kind, lowered[len(kind) :].strip()
    return None, lowered


def field_before(text: str, start: int) -> str | None:
    """The field written before a degree's head on its line ("Nursing, Associate of ..."), if any."""
    first = line_start(text, start)
    match = FIELD_BEFORE.fullmatch(text, first, start)
    if match is None:
        return None
    found = field_at(text, match.start("field"), match.end("field"))
    return found[0] if found is not None and found[1] == match.end("field") else None
