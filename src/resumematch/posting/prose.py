"""A paragraph of a posting's prose cut into statements: its sentences, and the clauses a
sentence lists between semicolons or joins with a second verb of having, each with the
kind a requirements label ("Requirements: ...", "Nice to have: ...") gives it.

Kept apart from ``lines.py`` (which lines are headings, bullets and paragraphs) and
``layout.py`` (which statements are requirements) because these rules read the
punctuation and words inside one paragraph: a recruiter screens on each clause of
"4+ years of Python; deep knowledge of asyncio", so each is one requirement with the
terms it names and no others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..models import RequirementKind
from .asks import is_a_duty_or_lead_in
from .headings import PREFERRED_HEADING, REQUIRED_HEADING

__all__ = [
    "HONORIFICS",
    "SENTENCE_SPLIT",
    "LabelKind",
    "ProseStatement",
    "is_sentence",
    "label_kind",
    "prose_statements",
]

# A line of prose this long is a sentence, which must address the candidate to be a
# requirement; a shorter one is an item of a list that lost its bullets.
_SENTENCE_WORDS = 10
# Sentences end at . ! ?; semicolons cut clauses (prose_statements), which a label and a
# qualifying clause reach across.
# Pasted text loses the space after a question ("... looking for Band 6 position?We are
# looking for ..."); after a full stop that is an abbreviation's ("e.g.", "U.S.") or a
# person's honorific ("our nurse practitioner, Dr. Elena Vasquez, DNP": the sentence goes
# on, and so does the cue "work with" that makes her letters hers, not the hire's).
HONORIFICS = ("Dr", "Mr", "Ms", "Mrs", "Prof")
"""Titles before a name whose full stop ends no sentence (also read by ``others``)."""
SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?])"
    + "".join(rf"(?<!\b{title}\.)" for title in HONORIFICS)
    # "Complaints handling training (e.g. Parliamentary ... courses)": an example goes on
    + r"(?<!\b[eE]\.g\.)(?<!\b[iI]\.e\.)"
    + r"\s+(?=[A-Z0-9])|(?<=[a-z][?!])(?=[A-Z][a-z])"
)
_LABEL = re.compile(r"[^\W\d][^:\n.;]{0,38}:\s+")
# A clause that only qualifies the one before it stays with it: "3+ years of nursing
# experience; hospital experience preferred" is one requirement with a preferred setting.
_QUALIFYING_CLAUSE = re.compile(
    r"\s*(?:preferabl|ideally)|[^;]{0,60}?\b(?:preferred|desired|a plus|nice to have)\W*$", re.IGNORECASE
)
# "..., you will understand safeguarding policy and practice and have the ability to assess
# risk": a second verb of what the candidate has or is starts a second requirement.
# "You should be educated to 1st level RGN, have excellent verbal and written communication
# skills ...": so does a comma before such a verb.
_SECOND_REQUIREMENT = re.compile(
    r"(?<=\w)(?:\s+and|,)\s+(?=(?:have|be|hold|possess|demonstrate|understand|show)\s+(?:an?|the|good|excellent|strong|"
    r"proven|(?:\w+\s+){1,2}(?:skills|experience|knowledge|qualified|registered))\b)",
    re.IGNORECASE,
)
# "The post holder will oversee the ward and therefore leadership qualities, skills and
# attributes would be essential": a duty, then what it takes, which is a requirement.
_CONSEQUENT_ASK = re.compile(
    r",?\s+(?:and\s+)?(?:therefore|so|thus|hence)\s+(?=[^.;]{0,100}?\b(?:would|will|is|are)\s+(?:be\s+)?"
    r"(?:essential|required|necessary|desirable|a\s+must)\b)",
    re.IGNORECASE,
)

# "an NVQ Level 3 ... is essential, and experience in a healthcare setting ... is desirable":
# a sentence that says one thing is essential and another desirable asks two things, each
# of its own kind (read whole, the wish word made the essential NVQ preferred too).
_MIXED_KINDS = re.compile(
    r"(?:(?<=\bessential)|(?<=\brequired)|(?<=\bmandatory))\s*,\s*(?:and|but|while|whilst)\s+"
    r"(?=[^.;]*\b(?:desirable|preferred|advantageous|an?\s+advantage|a\s+plus)\b)"
    r"|(?:(?<=\bdesirable)|(?<=\bpreferred)|(?<=\badvantageous))\s*,\s*(?:and|but|while|whilst)\s+"
    r"(?=[^.;]*\b(?:essential|required|mandatory)\b)",
    re.IGNORECASE,
)


class LabelKind(NamedTuple):
    """Where a sentence's text starts after its requirements label, and the kind the label
    gives; ``(0, None)`` without one."""

    text_start: int
    kind: RequirementKind | None


class ProseStatement(NamedTuple):
    """One statement of a prose paragraph: its offset in the paragraph, its text, and the
    kind a requirements label in its sentence gives it (``None`` without one)."""

    offset: int
    text: str
    label: RequirementKind | None


def is_sentence(statement: str) -> bool:
    """A line of prose that reads as a sentence (long, ending in a full stop), not an item
    of a list that lost its bullets ("Bachelor's degree in nursing from an accredited program")."""
    return len(statement.split()) >= _SENTENCE_WORDS and statement.rstrip("\"'”’)").endswith((".", "!", "?"))


def label_kind(sentence: str) -> LabelKind:
    """Where a sentence's text starts after a requirements label ("Requirements: ...",
    "Nice to have: ..."), and the kind the label gives; ``(0, None)`` without one."""
    label = _LABEL.match(sentence)
    if label is None:
        return LabelKind(0, None)
    name = label.group(0).rstrip().rstrip(":")
    if PREFERRED_HEADING.match(name):
        return LabelKind(label.end(), "preferred")
    if REQUIRED_HEADING.match(name):
        return LabelKind(label.end(), "required")
    return LabelKind(0, None)


def prose_statements(paragraph: str) -> Iterator[ProseStatement]:
    """Each statement of a prose paragraph.

    A paragraph is split into sentences, and a sentence into the clauses it lists
    between semicolons ("Requirements: 4+ years of Python; deep knowledge of asyncio;
    ..."): each clause is one requirement, with the terms it names and no others. A
    clause that qualifies the one before ("...; hospital experience preferred") stays
    with it. A sentence that opens with a requirements label makes each of its clauses
    a requirement, of the label's kind.
    """
    position = 0
    for sentence in SENTENCE_SPLIT.split(paragraph):
        index = paragraph.find(sentence, position)
        position = index + len(sentence)
        if not sentence.strip():
            continue
        start, kind = label_kind(sentence) if ":" in sentence else (0, None)
        clauses: list[list[int]] = []
        for clause_start, clause_end in _clause_bounds(sentence, start):
            if clauses and _QUALIFYING_CLAUSE.match(sentence, clause_start, clause_end):
                clauses[-1][1] = clause_end
            else:
                clauses.append([clause_start, clause_end])
        for clause_start, clause_end in clauses:
            text = sentence[clause_start:clause_end]
            if text.strip():
                yield ProseStatement(index + clause_start, text, kind)


def _clause_bounds(sentence: str, start: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each clause of ``sentence`` from ``start``, cut at semicolons,
    before a second requirement's verb ("... and have the ability to ...") and before
    what a duty makes essential ("... and therefore leadership skills would be essential"),
    and between what a sentence calls essential and what it calls desirable."""
    cuts = [(m.start(), m.end()) for m in re.finditer(";", sentence)]
    if (" and " in sentence or ", " in sentence) and not is_a_duty_or_lead_in(sentence):
        cuts = sorted(cuts + [(m.start(), m.end()) for m in _SECOND_REQUIREMENT.finditer(sentence)])
    if ", " in sentence and any(word in sentence for word in ("essential", "required", "mandatory")):
        cuts = sorted(cuts + [(m.start(), m.end()) for m in _MIXED_KINDS.finditer(sentence)])
    if any(word in sentence for word in ("therefore", "so ", "thus", "hence")):
        cuts = sorted(cuts + [(m.start(), m.end()) for m in _CONSEQUENT_ASK.finditer(sentence)])
    for cut, resume in cuts:
        if cut >= start:
            yield start, cut
            start = resume
    yield start, len(sentence)
