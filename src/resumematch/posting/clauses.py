"""Firmness by clause: a statement that calls one thing required and another a wish.

"BLS required, ACLS a plus", "RN license required; BSN preferred", "A current BLS
certificate is essential and ACLS is desirable", a person specification flattened into one
line ("Qualifications: Essential: NVQ Level 3. Desirable: Degree", "Experience of phlebotomy
(E) Experience of ECGs (D)"): read whole, the one wish word made every term of the statement
a wish. A recruiter reads each cue over its own clause only: a cue written after what it
qualifies ("required", "a plus", "(D)") closes the clause that runs back to the previous
cue; a cue written before it ("Essential:", "Desirable -") opens one that runs to the next.

Kept apart from ``statements.py`` (the facts of a statement read whole) because this reads
only statements holding cues of both kinds; one of a single kind is read as before.
"""

from __future__ import annotations

import re

from ..models import RequirementKind

__all__ = ["clause_kinds"]

# What a cue of each kind is, as a word class: a participle or adjective of need or of wish,
# a noun phrase of gain ("a plus", "an asset", "an advantage"), a person specification's
# column letter. Not a negated one ("not essential", "not required": a wish, read elsewhere),
# nor "required to"/"essential for" (a duty or a reason, no firmness).
_FIRM = r"(?<!not\s)\b(?:required|essential|mandatory|a\s+must)\b(?!\s+(?:to|for|that|duties)\b)"
_SOFT = (
    r"\b(?:preferred|preferable|desirable|desired|advantageous|beneficial|helpful|"
    r"an?\s+(?:(?:big|huge|strong|definite|added|real|great|major|distinct)\s+)?(?:plus|bonus|advantage|asset)|"
    r"nice[- ]to[- ]have)\b"
)
_CUE = re.compile(
    rf"(?P<firm>{_FIRM}|\((?:e|essential)\))|(?P<soft>{_SOFT}|\((?:d|desirable)\))",
    re.IGNORECASE,
)
# A cue that opens what follows: a label ("Essential:", "Desirable -"), or a column's name
# written before its item in capitals ("Essential Registered Nurse Desirable BSc Nursing").
_OPENS = re.compile(r"\s*(?:[:–—]|-\s)|\s+(?=[A-Z])")
# Where a clause may end before a cue that closes the next one.
_BOUNDARY = re.compile(r"[,;.]\s*|\s+(?:and|but|while|whilst)\s+", re.IGNORECASE)


def clause_kinds(statement: str) -> list[tuple[int, int, RequirementKind]]:
    """``(start, end, kind)`` of each clause of ``statement`` that a cue of its own makes
    required or preferred, when the statement holds cues of both kinds; else ``[]``."""
    cues: list[tuple[int, int, RequirementKind, bool]] = [
        (found.start(), found.end(), "required" if found.group("firm") else "preferred", _opens(statement, found))
        for found in _CUE.finditer(statement)
    ]
    if len({kind for _, _, kind, _ in cues}) < 2:
        return []
    spans: list[tuple[int, int, RequirementKind]] = []
    position = 0
    for index, (_, end, kind, opens) in enumerate(cues):
        if opens:
            following = cues[index + 1] if index + 1 < len(cues) else None
            if following is None:
                stop = len(statement)
            elif following[3]:
                stop = following[0]
            else:
                stop = _last_boundary(statement, end, following[0])
            spans.append((end, stop, kind))
            position = stop
        else:
            spans.append((position, end, kind))
            position = end
    return spans


def _opens(statement: str, found: re.Match[str]) -> bool:
    if found.group(0).startswith("("):
        return False
    after = _OPENS.match(statement, found.end())
    if after is None:
        return False
    # only a capitalised column name opens a capitalised item ("Essential Registered Nurse")
    return not after.group(0).isspace() or found.group(0)[0].isupper()


def _last_boundary(statement: str, start: int, end: int) -> int:
    """The end of the last clause boundary between ``start`` and ``end`` (``end`` if none):
    where the clause that a following closing cue qualifies begins."""
    last = end
    for found in _BOUNDARY.finditer(statement, start, end):
        last = found.end()
    return last
