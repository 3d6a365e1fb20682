"""Job description analysis: which vocabulary terms a posting asks for, and how firmly.

A posting mixes duties, hard requirements and wishes. Each term it names is
classified as **required** or **preferred** from the words of its own statement
("preferred", "a plus", "nice to have", "ideally", ...) and from the heading it
stands under ("Preferred Qualifications"). A term named both ways counts as required.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .models import Document, JobProfile, JobTerm, Mention, Requirement, RequirementKind
from .vocab import Vocabulary

__all__ = ["analyze_job", "statement_kind", "TERM_WEIGHTS"]

# How much a term weighs inside its part of the score, by category: credentials and
# tools are what screeners check first; soft skills are cheap to claim.
TERM_WEIGHTS: dict[str, float] = {
    "certification": 3.0,
    "license": 3.0,
    "education": 2.0,
    "tool": 2.0,
    "hard_skill": 2.0,
    "regulation": 1.5,
    "duty": 1.0,
    "title": 1.0,
    "soft_skill": 1.0,
}

_PREFERRED = re.compile(
    r"\b(prefer(?:red|ably|ence)?|a plus|is a plus|are a plus|plus\b|nice[- ]to[- ]have|ideally|ideal candidate"
    r"|bonus|desired|desirable|advantage(?:ous)?|helpful|would be great|not required|optional)\b",
    re.IGNORECASE,
)
_PREFERRED_HEADING = re.compile(
    r"^\W*(preferred|desired|bonus|nice[- ]to[- ]have|additional|plus)\b.*$", re.IGNORECASE
)
_REQUIRED_HEADING = re.compile(
    r"^\W*(requirements?|required|qualifications?|minimum qualifications|basic qualifications|"
    r"requirements and qualifications|what you need|must[- ]haves?|skills)\b.*$",
    re.IGNORECASE,
)
_HEADING_MAX_WORDS = 6
_SENTENCE_SPLIT = re.compile(r"(?<=[.;!?])\s+(?=[A-Z0-9])|\n")
_BULLET = re.compile(r"^\s*(?:[-*•●▪◦‣·o]|\d+[.)])\s+")


def statement_kind(statement: str, heading_kind: RequirementKind = "required") -> RequirementKind:
    """``"preferred"`` when the statement or its heading softens it, else ``"required"``."""
    if _PREFERRED.search(statement):
        return "preferred"
    return heading_kind


def _statements(text: str) -> Iterable[tuple[int, int, str, RequirementKind, bool]]:
    """Split a posting into statements: ``(start, end, text, heading kind, in_list)``.

    ``in_list`` is true for bullet points and lines under a requirements heading:
    those are requirement statements; prose sentences elsewhere are context.
    """
    heading: RequirementKind = "required"
    under_requirements = False
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        words = stripped.rstrip(":").split()
        is_heading = 0 < len(words) <= _HEADING_MAX_WORDS and not _BULLET.match(line) and (
            stripped.endswith(":") or stripped.istitle() or stripped.isupper()
        )
        if is_heading and _PREFERRED_HEADING.match(stripped):
            heading, under_requirements = "preferred", True
        elif is_heading and _REQUIRED_HEADING.match(stripped):
            heading, under_requirements = "required", True
        elif is_heading:
            heading, under_requirements = "required", False
        elif stripped:
            bullet = bool(_BULLET.match(line))
            position = 0
            for piece in _SENTENCE_SPLIT.split(line):
                index = line.find(piece, position)
                position = index + len(piece)
                if piece.strip():
                    start = offset + index
                    yield start, start + len(piece), piece.strip(), heading, bullet or under_requirements
        offset += len(line)


def analyze_job(document: Document, mentions: Iterable[Mention], vocabulary: Vocabulary) -> JobProfile:
    """Build a JobProfile from a posting's text and the mentions found in it."""
    mentions = tuple(mentions)
    text = document.text
    kinds: dict[str, RequirementKind] = {}
    first_text: dict[str, str] = {}
    requirements: list[Requirement] = []
    for start, end, statement, heading, in_list in _statements(text):
        inside = [m for m in mentions if start <= m.start < end]
        kind = statement_kind(statement, heading)
        for mention in inside:
            if kinds.get(mention.term_id) != "required":
                kinds[mention.term_id] = kind
            first_text.setdefault(mention.term_id, statement)
        if in_list and inside:
            term_ids = tuple(dict.fromkeys(m.term_id for m in inside))
            requirements.append(Requirement(text=statement, kind=kind, term_ids=term_ids))
    terms = tuple(
        JobTerm(
            term_id=term_id,
            name=vocabulary.get(term_id).name,
            category=vocabulary.get(term_id).category,
            kind=kind,
            weight=TERM_WEIGHTS.get(vocabulary.get(term_id).category, 1.0),
            text=first_text.get(term_id, ""),
        )
        for term_id, kind in kinds.items()
    )
    return JobProfile(
        source=document.source,
        text=text,
        title=_title(document, mentions),
        terms=terms,
        requirements=tuple(requirements),
        mentions=mentions,
    )


def _title(document: Document, mentions: tuple[Mention, ...]) -> str | None:
    """The posting's title: a ``title`` term on its first lines, else a short first line."""
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    head_end = document.text.find(lines[0]) + len(lines[0]) if lines else 0
    for mention in mentions:
        if mention.category == "title" and mention.start <= head_end + 200:
            return mention.name
    if lines and len(lines[0].split()) <= 8:
        return lines[0].rstrip(":")
    return None
