"""Credentials written after another person's name: "Preceptor: John Brown, MSN, RN", "worked for Dr. Amy Chen, FNP".

A resume names people besides its writer by name, and a name carries its owner's letters:
"my supervisor, Linda Park, LPN", "Direct supervisor - Ann Lee, Nurse Manager". A title or
licence right after "<name>," (and after the name's other letters, "DNP, FNP-BC") is that
person's when a word that names a person or a relation comes just before the name
(``people.json`` ``name_labels``: supervisor, preceptor, mentor, under, by, for, ...) or the
name is a doctor's ("Dr. Amy Chen, FNP"). The candidate's own signature ("Jane Doe, RN, BSN")
sits above the first section and has no such word before it, so it stays held; a name that is
an employer's or a title ("for Mercy Health, RN", "to Charge Nurse, RN") is not a person's name
(one of its words is an institution's, or a mention of the vocabulary covers it). Every title and
licence in a References section is a referee's ("Mary Smith, RN, Nurse Manager, Mercy Hospital").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..models import Status

__all__ = ["NamedPeople"]

_OTHER_PERSON: Status = "other_person"
_REACH = 100
"""Characters read back from a mention: a label, a name and its letters fit in far fewer."""
_NAME = r"(?:(?:Dr|Mrs?|Ms|Prof)\.?\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)"
"""A personal name: a capitalised first name, an initial, a surname; or a title and a surname
("Dr. Chen"). One word alone is a title's ("Nurse Educator, RN"), not a name."""
_LETTERS = r"(?:[A-Z][A-Za-z]*(?:[-/][A-Za-z]+)*,\s*)*"
"""The name's other letters before the mention ("DNP, ", "MSN, ")."""
_NAME_END = re.compile(rf"[A-Z\-'][a-z]+,\s*{_LETTERS}$")
"""What both readings below need at the end: a name's last word ("Chen", "Smith-Jones") and its
comma, then only letters; one cheap search that most list items ("care coordination, ") fail."""
_DOCTOR = re.compile(rf"\b(?:Dr|Doctor)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*{_LETTERS}$")
_INSTITUTION_WORDS = frozenset(
    "health healthcare hospital hospitals medical center centre clinic clinics care services service university "
    "college school home homes nursing group associates partners inc llc ltd corp company agency department "
    "unit floor network system systems institute foundation society board county state city general memorial "
    "regional community senior living rehab rehabilitation pharmacy practice office staffing solutions "
    "the a an this that these those all each every our my their his her its".split()
)
"""Words of an employer's or a place's name, never of a personal name ("Mercy Health"), and
the determiners a product's name may begin with ("Get With The Guidelines, Midas")."""


class NamedPeople:
    """Marks the titles and licences written after another person's name (see the module docstring)."""

    def __init__(self, labels: Iterable[str]) -> None:
        words = "|".join(sorted((re.escape(w) for w in labels), key=len, reverse=True))
        self._labelled = (
            re.compile(rf"(?i:\b(?:{words}))(?:\s*[:,\-–]\s*|\s+)({_NAME}),\s*{_LETTERS}$") if words else None
        )

    def apply(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        statuses: list[Status],
        sections: Sequence[tuple[int, int, str]] | None,
    ) -> None:
        """Set ``other_person`` on the affirmed mentions (character ``spans``) written after
        another person's name; ``statuses`` is changed in place."""
        if self._labelled is None or not sections:
            return
        top = min(s for s, _, _ in sections)
        references = [(s, e) for s, e, kind in sections if kind == "references"]
        for index, (start, _) in enumerate(spans):
            if statuses[index] != "affirmed" or start < top:
                continue
            if references and any(s <= start < e for s, e in references):
                statuses[index] = _OTHER_PERSON  # a references section lists other people
                continue
            if text.rfind(",", start - 3, start) < 0:
                continue  # no name and comma right before: most mentions stop here
            line_start = max(text.rfind("\n", 0, start) + 1, start - _REACH)
            before = text[line_start:start]
            if not before.rstrip().endswith(",") or _NAME_END.search(before) is None:
                continue
            found = self._labelled.search(before)
            if found is not None:
                name_start, name_end = line_start + found.start(1), line_start + found.end(1)
                name = found.group(1)
                if _INSTITUTION_WORDS.intersection(name.lower().replace(".", " ").split()) or any(
                    s < name_end and name_start < e for s, e in spans
                ):
                    continue
            elif _DOCTOR.search(before) is None:
                continue
            statuses[index] = _OTHER_PERSON
