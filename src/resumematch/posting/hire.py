"""Descriptions of the hire in a posting's prose: "We are looking for a friendly, organised ...".

Recruiters screen on the qualities a posting gives its ideal hire even when they stand in
an introduction, before the first heading, rather than under "Requirements": "an
experienced and enthusiastic nurse", "who are self-motivated, excellent communicators
and team players", "Are you a self-motivated, forward thinking, flexible Band 5 Theatre
Nurse", and a hook put as a question without its verb ("A driven and dynamic Nurse?").
Only "we" look for someone this way: "The Health Board is seeking to recruit ..."
introduces the post and its employer. The clause that describes the person (not the
whole sentence, which also tells of the team and the ward) becomes a requirement, but
only when it names at least two qualities of a person: "We are looking for acute nurses"
names a role, "an enthusiastic Radiographer" decorates one. A person described by a list
of adjectives stays one requirement; a sentence listing qualities as phrases after "will
have" or "demonstrate" is cut into them by ``qualities.py``.
"""

from __future__ import annotations

import re

from .asks import PERSON_VALUED

__all__ = ["hire_description"]

_OPENERS = re.compile(
    r"\bwe(?:\s+are|'re|’re)?\s+(?:looking\s+(?:for|to\s+recruit)|seeking(?:\s+to\s+recruit)?|wish\s+to\s+recruit|"
    r"want\s+to\s+recruit)\s+"
    r"|\bwho\s+(?:are|is)\s+"
    r"|^\W*are\s+you\s+"
    r"|^\W*(?=an?\s[^?]{0,120}\?\s*$)"
    r"|\b(?:ideal|successful)\s+(?:candidate|applicant|person|individual)s?\s+(?:will|must|should|is|are)\s+(?:be\s+)?"
    r"|\b(?:they|you)\s+(?:must|will\s+need\s+to|should)\s+(?:be|have|demonstrate)\s+"
    rf"|\bwe\s+value\s+(?={PERSON_VALUED})",
    re.IGNORECASE,
)
# Where the description ends: what the hire will do, join or be offered.
_END = re.compile(
    r"[.;!?]|\s+(?:to\s+(?!recruit\b)[a-z]+|looking\s+for|"
    r"who\s+(?:will|would|wants?|might|wish)|for\s+(?:a|an|our|the)|with\s+(?:the|a)\s+ability)\b",
    re.IGNORECASE,
)
_QUALITIES = re.compile(
    r"\b(?:experienced|enthusiastic|motivated|self[- ]motivated|driven|dynamic|friendly|organi[sz]ed|professional|"
    r"confident|ambitious|compassionate|caring|flexible|proactive|passionate|committed|reliable|forward[- ]thinking|"
    r"hard[- ]working|innovative|productive|dedicated|kind(?:ness)?|compassion|warmth|team\s+players?|"
    r"communicators?|adaptab(?:le|ility)|resilient|energetic|approachable|qualities|attributes|adept|"
    r"problem[- ]solving|organi[sz]ational\s+skills|communication)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 18
_MIN_QUALITIES = 2
"""One adjective on a role's name ("an enthusiastic Radiographer", "motivated individuals")
is the employer's wording; a list of qualities is an ask."""


def hire_description(sentence: str) -> tuple[int, int] | None:
    """``(start, end)`` of the clause of ``sentence`` that describes the person to hire by
    their qualities, or None."""
    for opener in _OPENERS.finditer(sentence):
        end_match = _END.search(sentence, opener.end())
        end = end_match.start() if end_match else len(sentence.rstrip())
        clause = sentence[opener.end() : end]
        qualities = {m.group(0).lower() for m in _QUALITIES.finditer(clause)}
        if len(qualities) >= _MIN_QUALITIES and len(clause.split()) <= _MAX_WORDS:
            return opener.end(), end
    return None
