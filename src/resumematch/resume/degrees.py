"""Resume-side degrees: the level and field of each degree a resume names, and the highest.

Postings ask for a minimum level ("associate or bachelor's degree in nursing"); resumes
write degrees in full ("Bachelor of Science in Nursing") or as abbreviations (BSN,
A.D.N., MBA). A resume's degrees are read by the degree grammar (:mod:`.degree_grammar`), the
same one that credits degrees to vocabulary terms, so the score's education part and the
mentions agree; degrees marked as expected or in progress are not counted as held. The
level patterns below are job analysis's (``posting/statements.py``): a posting names a degree
as a requirement ("BS preferred", "associate or bachelor's").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Degree, Document
from .degree_grammar import DEGREE_LEVELS, read_degrees

__all__ = [
    "DEGREE_LEVELS",
    "DEGREE_LINE",
    "degree_field",
    "degree_level_at_least",
    "find_degrees",
    "highest_degree",
    "levels_in",
]

_LEVEL_SOURCES: tuple[tuple[str, str], ...] = (
    ("doctorate", r"\b(?:ph\.?\s?d|doctor(?:ate|al)?\s+(?:of|in|degree)|d\.?n\.?p|ed\.?d|psy\.?d)\b"),
    (
        "master",
        r"\b(?:master'?s?|m\.?s\.?n|m\.?b\.?a|m\.?p\.?h|m\.?h\.?a|m\.?s\.?c?|m\.?a|m\.?ed|m\.?\s?tech|m\.\s?eng|m\.e)\b",
    ),
    (
        "bachelor",
        r"\b(?:bachelor'?s?|baccalaureate|b\.?s\.?n|b\.?s\.?c?|b\.?a|b\.?b\.?a|b\.?\s?tech|b\.\s?eng|b\.e)\b",
    ),
    (
        "associate",
        r"\b(?:associate'?s?\s+(?:degree|of|in)|associate\s+or\b|a\.?d\.?n|a\.?a\.?s|a\.?s\.?n|a\.?a|a\.?s)\b",
    ),
    ("certificate", r"\b(?:certificate|diploma)\s+(?:program\s+)?(?:in|of)\b"),
    ("high_school", r"\b(?:high\s+school(?:\s+diploma)?|ged)\b"),
)


def _after_a_non_word_character(source: str) -> str:
    """A level source (``\\b`` before a letter) as: one non-word character, then the degree.

    A pattern that starts with ``\\b`` makes ``re`` try it at every character; one that
    starts with a character class (``\\W``) lets it skip in C to the next space or
    punctuation mark. The searched text gets a space in front, so a degree at its very
    start still has a character before it; the degree itself is group "degree".
    """
    if not source.startswith(r"\b"):
        raise ValueError(f"a degree level pattern must start with \\b: {source!r}")
    return rf"\W(?P<degree>{source[2:]})"


_LEVEL_PATTERNS = tuple(
    (level, re.compile(_after_a_non_word_character(source), re.IGNORECASE)) for level, source in _LEVEL_SOURCES
)
# Matches wherever one of the level patterns would: one search rules out the six.
_ANY_LEVEL = re.compile(r"\W(?:" + "|".join(f"(?:{source[2:]})" for _, source in _LEVEL_SOURCES) + ")", re.IGNORECASE)
# The same, case-sensitive, for lower-cased ASCII text (the sources are lower case):
# the same matches, twice as fast as re.IGNORECASE, and job analysis asks every statement.
# There \W is [^a-z0-9_], which re tests without a Unicode look-up per character.
_LEVEL_PATTERNS_LOWER = tuple(
    (level, re.compile(pattern.pattern.replace(r"\W(?P<degree>", "[^a-z0-9_](?P<degree>", 1)))
    for level, pattern in _LEVEL_PATTERNS
)
_ANY_LEVEL_LOWER = re.compile(_ANY_LEVEL.pattern.replace(r"\W(?:", "[^a-z0-9_](?:", 1))
_ABBR_FIELDS = {
    "bsn": "nursing", "adn": "nursing", "asn": "nursing", "msn": "nursing", "dnp": "nursing",
    "mph": "public health", "mha": "health administration", "mba": "business administration",
}  # fmt: skip
# A field ends at punctuation, a dash, "from"/"at"/..., a number, or a month and a year
# ("BS in Computer Engineering Sept 2014 - June 2018").
_FIELD = re.compile(
    r"\b(?:in|of)\s+(?i:science\s+in\s+|arts\s+in\s+|applied\s+science\s+in\s+)?"
    r"(?P<field>[A-Za-z][A-Za-z&/ -]{2,60}?)(?=\s*(?:[,.;:()\n|–—]|\s-\s|\s+(?:from|at|with|or\s+(?:a\s+)?related|preferred|required|\d)|$)"  # noqa: E501
    r"|\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
)
DEGREE_LINE = re.compile(
    r"\b(?:degree|bachelor|master|associate of|associate'?s|diploma|b\.?s\.?n|ph\.?d|university|college)\b",
    re.IGNORECASE,
)


_LEADING_THE = re.compile(r"^(?:the\s+)?")
_NON_WORD = re.compile(r"\W")


def levels_in(text: str) -> list[tuple[str, int, int]]:
    """``(level, start, end)`` of each degree named in ``text``; short abbreviations need capitals."""
    found: list[tuple[str, int, int]] = []
    if text.isascii():
        searched, any_level, patterns = " " + text.lower(), _ANY_LEVEL_LOWER, _LEVEL_PATTERNS_LOWER
    else:
        searched, any_level, patterns = " " + text, _ANY_LEVEL, _LEVEL_PATTERNS
    first = any_level.search(searched)
    if first is None:
        return found
    for level, pattern in patterns:
        # Not finditer: a degree may end in a non-word character ("Bachelor'"), which is
        # then the character before the next one, so the next search starts on it. No
        # level matches before the first place one of them does.
        position = first.start()
        while (match := pattern.search(searched, position)) is not None:
            position = match.end("degree") - 1
            start, end = match.start("degree") - 1, position  # offsets in text, without the leading space
            word = text[start:end]
            if len(word.replace(".", "")) <= 3 and not word.replace(".", "").isupper():
                continue  # "as", "ma", "ms" in lower case are words, not degrees
            found.append((level, start, end))
    return sorted(found, key=lambda item: item[1])


def degree_field(text: str, at: int = 0) -> str | None:
    """The field of study written after a degree ("... in Nursing" → "nursing")."""
    match = _FIELD.search(text, at)
    if match and match.start() - at <= 40:
        field = match.group("field").strip().lower()
        field = _LEADING_THE.sub("", field)
        if field and field not in {"progress", "the", "a"}:
            return field
    abbreviation = _NON_WORD.sub("", text[at : at + 6].split(" ")[0]).lower()
    return _ABBR_FIELDS.get(abbreviation)


def find_degrees(document: Document) -> tuple[Degree, ...]:
    r"""Degrees a resume says are held, from its education section (or the whole text).

    >>> from resumematch import extract_text
    >>> [(d.level, d.field) for d in find_degrees(extract_text("Education\nBSN, 2019\nMBA, expected 2027"))]
    [('bachelor', 'nursing')]
    """
    text = document.text
    education = [(s.start, s.end) for s in document.sections if s.kind == "education"]
    spans = [(s.start, s.end) for s in document.sections if s.kind in {"education", "certifications"}]
    if not spans:
        spans = [(0, len(text))]
    degrees = []
    for start, end in spans:
        for degree in read_degrees(text, start, end, education=education):
            if degree.status == "affirmed":
                line = document.line_at(degree.start)
                degrees.append(Degree(level=degree.level, field=degree.field, text=line, offset=degree.start))
    return tuple(degrees)


def highest_degree(degrees: Sequence[Degree]) -> Degree | None:
    """The degree of the highest level (the first written, among equals)."""
    best: Degree | None = None
    for degree in degrees:
        if best is None or DEGREE_LEVELS.index(degree.level) > DEGREE_LEVELS.index(best.level):
            best = degree
    return best


def degree_level_at_least(level: str, minimum: str) -> bool:
    """Whether ``level`` meets a minimum ``minimum`` (a bachelor's meets "associate or higher")."""
    return DEGREE_LEVELS.index(level) >= DEGREE_LEVELS.index(minimum)
