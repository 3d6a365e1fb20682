"""Titles and licences a posting names as someone else: the people the hire works with.

"The phlebotomist is accountable to the registered nurses in the team", "under the direct
supervision of a qualified nurse", "supporting the Nurse in charge", "Reporting to our
Director of Clinical Services": the posting names a nurse or a director, but does not ask
the candidate to be one, and an applicant told "Add 'Registered Nurse' (required)" would be
misled. A title or licence is someone else's when, in its own clause, it follows a
preposition or a verb of working with someone and a determiner ("to the", "of a", "with
our", "support the", "alongside the"), with at most a few words between. Without such a
cue it is the hire ("seeking Registered Nurses", "The post holder will be a nurse holding
...", "an experienced RMN").

Kept apart from ``match/people.py``, which reads resumes: there a plural or a possessive
already names other people ("assisted registered nurses"), while a posting names the hire
in the plural ("We are currently seeking Staff Nurses").
"""

from __future__ import annotations

import re

__all__ = ["names_someone_else"]

PERSON_CATEGORIES = frozenset({"title", "license", "certification"})
# A certification names a person only as a role ("healthcare assistants"), not as a
# credential ("with a BLS certification").
_PERSON_WORD = re.compile(
    r"(?:assistant|aide|nurse|technician|technologist|practitioner|worker|manager|coordinator|physician|doctor|"
    r"therapist|director)s?$",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"\b(?:to|of|with|alongside|supporting|support|supports|assist|assisting|assists|supervise|supervising|under|by|behind)\s+"
    r"(?:all\s+)?(?:the|a|an|our|your|their|its)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?()\n]|,\s")
_WINDOW = 80


def names_someone_else(text: str, start: int, end: int, category: str) -> bool:
    """Whether the title or licence at ``start:end`` of the posting's ``text`` names
    someone the hire works with, not the hire."""
    if category not in PERSON_CATEGORIES or (category == "certification" and not _PERSON_WORD.search(text[start:end])):
        return False
    before = text[max(0, start - _WINDOW) : start]
    clause = _CLAUSE_END.split(before)[-1]
    return _CUE.search(clause) is not None
