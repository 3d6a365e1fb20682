"""Titles in another field's sense: "Veterinary Nurse", "Practice Manager, Smith & Jones Law Firm".

A title word is shared by fields: a veterinary practice has a practice manager and nurses, a law
firm a practice manager. A healthcare title whose own line names an animal field
(``people.json`` ``animal_field_words``: "veterinary", "animal hospital") is that field's, not the
healthcare title; one whose line names another field (``other_field_words``: "law", "legal",
"court") is too, unless the rest of the line is clinical (``clinical_words``: "Legal Nurse
Consultant, Mercy Hospital" keeps its nurse).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..models import Status
from .people_rules import PeopleRules

__all__ = ["FieldTitles"]

_OTHER_PERSON: Status = "other_person"
_WORD_RUN = re.compile(r"\w+")


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE) if alternatives else None


def _first_words(words: Iterable[str]) -> frozenset[str] | None:
    """The lower-cased first word (run of word characters) of each field word, or ``None`` when
    some field word opens with another character (then no word of a line need stand whole)."""
    firsts = set()
    for word in words:
        runs = _WORD_RUN.findall(word.lower())
        if not runs or not word.lower().startswith(runs[0]):
            return None
        firsts.add(runs[0])
    return frozenset(firsts)


class FieldTitles:
    """Marks the titles a line sets in another field (see the module docstring)."""

    def __init__(self, title_ids: Iterable[str], rules: PeopleRules) -> None:
        self._titles = frozenset(title_ids)
        self._animal = _pattern(rules.animal_field_words)
        self._field = _pattern(rules.other_field_words)
        self._either = _pattern([*rules.animal_field_words, *rules.other_field_words])
        self._clinical = _pattern(rules.clinical_words)
        self._firsts = _first_words([*rules.animal_field_words, *rules.other_field_words])

    def names_no_field(self, line: str) -> bool:
        """Whether ``line`` surely names no field (``_either`` cannot match), read in C: a field
        word's match starts a whole word of the line, so on ASCII text (where lower-casing is
        exactly what ``re.IGNORECASE`` folds) its first word stands among the line's lower-cased
        words. A line with one of them, or other text, is left to the pattern."""
        return self._firsts is not None and line.isascii() and self._firsts.isdisjoint(_WORD_RUN.findall(line.lower()))

    def apply(
        self,
        text: str,
        found: Sequence[tuple[int, int, str]],
        spans: Sequence[tuple[int, int]],
        statuses: list[Status],
        *,
        reference: bool = False,
    ) -> None:
        """Set ``other_person`` on the affirmed titles (``found`` term ids, character ``spans``)
        whose line names another field; ``statuses`` is changed in place. ``reference``: every
        line read by the pattern alone, without :meth:`names_no_field` (the plain reading)."""
        if self._either is None:
            return
        plain: set[int] = set()  # the lines already read and found to name no other field
        for index, ((_, _, term_id), (start, end)) in enumerate(zip(found, spans, strict=True)):
            if statuses[index] != "affirmed" or term_id not in self._titles:
                continue
            first = text.rfind("\n", 0, start) + 1
            if first in plain:
                continue
            last = text.find("\n", end)
            line = text[first : last if last >= 0 else len(text)]
            if (not reference and self.names_no_field(line)) or not self._either.search(line):
                plain.add(first)
            elif self._animal is not None and self._animal.search(line):
                statuses[index] = _OTHER_PERSON
            elif self._field is not None and self._field.search(line):
                rest = line[: start - first] + " " + line[end - first :]
                if self._clinical is None or not self._clinical.search(rest):
                    statuses[index] = _OTHER_PERSON
