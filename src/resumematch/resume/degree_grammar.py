"""The degree grammar: every degree a text names, read as a recruiter reads it.

One grammar serves both the mentions (a degree is credited to the vocabulary terms that
carry a ``degree`` key: its level term and, where one exists, the specific term, e.g.
"Bachelor of Science : Nursing" → ``bachelors-degree`` and ``bsn``) and the scoring's
:func:`resumematch.resume.degrees.find_degrees`.

A degree is a *head* and an optional *field*:

* heads written out: "Bachelor/Master/Associate/Doctor of <field>", "Bachelor's degree",
  "Associates", "MASTER OF BUSINESS ADMINISTRATION", "Doctorate", "High School Diploma",
  "GED", "Certificate in <field>";
* abbreviations, case-sensitive, with or without dots and spaces (BS, B.S., BSc, BA,
  A.A.S., MBA, M.P.H., Ph.D., M.Ed., ...); some imply a field (BSN: nursing);
* the field after "of", "in", ":" or "," ("Bachelor of Arts : Communications",
  "AS : Biology"), up to a date, an institution's name or punctuation.

Two-letter abbreviations that are also other things ("MS Office", "Boston, MA",
"Certified MA", "AS" in capitals) count only with evidence: a field after a separator,
"degree", or the start of a line in an education section. A school's name ("College of
Nursing") is never a head. A degree with a cue that it is not held yet ("expected",
"pursuing", "to complete", "Present" as its date, on its line or on the date line next
to it) is ``in_progress``; "did not receive" one is ``negated``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .degree_fields import field_at, field_before, split_kind
from .degree_lexicon import (
    ABBREVIATION_CANDIDATE,
    ABBREVIATIONS,
    AFTER_LICENCE,
    AMBIGUOUS,
    CERTIFIED_BEFORE,
    COLON_OR_IN,
    CONDITION_BEFORE,
    DASHES,
    DEGREE_COMMA_BEFORE,
    DEGREE_WORD,
    FIELD_OF_STUDY_WORDS,
    GED,
    LEVEL_OF_WORD,
    LICENCE_AFTER,
    MICROSOFT,
    NAME_BEFORE,
    NEXT_WORD,
    OF,
    OF_IN,
    PARENTHETICAL,
    PRACTICE_NAME_BEFORE,
    SCHOOL_AFTER,
    SEPARATOR,
    WORD_COMMA_BEFORE,
    WORD_CUES,
    WORD_HEAD,
    abbreviation_key,
)
from .degree_status import DegreeStatus, degree_status, line_end, line_start

__all__ = ["DEGREE_LEVELS", "DegreeMatch", "DegreeStatus", "read_degrees"]

DEGREE_LEVELS: tuple[str, ...] = ("high_school", "certificate", "associate", "bachelor", "master", "doctorate")
"""Degree levels from lowest to highest; a requirement's level is a minimum."""


class DegreeMatch(NamedTuple):
    """One degree in a text: where it is, its level, its field, and whether it is held.

    ``start:head_end`` is the head ("Bachelor of Science", "MBA"), ``start:end`` the
    whole degree with its field. ``field`` is the field as read (lower case): the one the
    degree itself names (MPH, "Master of Public Health"), else the one after it.
    ``fields`` are the fields that decide a specific term: the one the degree names, or,
    for a generic degree ("Bachelor of Science", "BS"), the one written after it; a
    concentration after a named field ("MPH, Health Care Administration") is not one: it is
    ``concentration``, which credits only the field terms of no level (an "MBA : Healthcare
    Management" is study in healthcare administration, not a Master of Health Administration).
    """

    start: int
    head_end: int
    end: int
    level: str
    field: str | None
    fields: tuple[str, ...]
    status: DegreeStatus
    concentration: str | None = None


# --- reading --------------------------------------------------------------------------


def _spelled_by_words_before(before: str, written: str) -> bool:
    """Whether the capitalised words ending ``before`` spell ``written`` ("Mental Health America" → MHA)."""
    letters = written.replace(".", "").upper()
    words = before.split()[-len(letters) :]
    return len(words) == len(letters) and "".join(word[0] for word in words) == letters


def _restates_a_degree(parenthetical: str) -> bool:
    """Whether "(MS)", "(B.Eng)" after a degree is its abbreviation (part of the head)."""
    inner = parenthetical.strip()[1:-1].strip()
    return abbreviation_key(inner) is not None or WORD_HEAD.match(inner) is not None


def _in_spans(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _at_line_start(text: str, position: int) -> bool:
    before = text[line_start(text, position) : position]
    return not before.strip(" \t•·▪●*-–—>")


class _Parsed(NamedTuple):
    start: int
    head_end: int
    end: int
    level: str
    field: str | None
    fields: tuple[str, ...]
    concentration: str | None = None


def _parse_words(text: str, match: re.Match[str], limit: int, education: bool) -> _Parsed | None:
    """A written-out head ("Bachelor of Science in Nursing", "Master's : Health Education")."""
    word = match.group("word").lower()
    plural = bool(match.group("plural"))
    start, position = match.start(), match.end()
    if CERTIFIED_BEFORE.search(text[max(0, start - 40) : start]):
        return None  # "Certified Associate in Project Management" (CAPM): a certification's name
    degree_word = DEGREE_WORD.match(text, position, limit)
    if degree_word:
        position = degree_word.end()
    named: str | None = None
    after: str | None = None
    head_end = position
    of = OF_IN.match(text, position, limit)
    phrase = field_at(text, of.end(), limit) if of else None
    if phrase is None:
        of = None  # "Master of Ceremonies", "master of the schedule"
    else:
        kind, rest = split_kind(phrase[0])
        if kind is None and FIELD_OF_STUDY_WORDS.isdisjoint(rest.split()):
            if word.rstrip(".") == "assoc":
                return None  # "Assoc. of Flight Attendants": an association, not a degree
            if (
                plural
                and word == "associate"
                and of is not None
                and of.group(0).strip().lower() == "of"
                and PRACTICE_NAME_BEFORE.search(text[line_start(text, start) : start])
            ):
                return None  # "Pediatric Associates of Dallas": a practice's name and its city
        if kind is None:
            named = rest
        elif rest:
            after = rest
        head_end = position = phrase[1]
    if word.startswith("doctor"):
        level = "doctorate"
        if word == "doctor" and (plural or not of or of.group(0).strip().lower() != "of"):
            return None  # "Doctor" alone is a physician ("doctors in organization of data"), not a degree
        if word == "doctoral" and not (of or degree_word):
            return None  # "doctoral students"
    else:
        level = LEVEL_OF_WORD[word]
    parenthetical = PARENTHETICAL.match(text, position, limit)
    if parenthetical and _restates_a_degree(parenthetical.group(0)):
        position = head_end = parenthetical.end()
    elif parenthetical and of and not named:
        # "Bachelor of Science (Nursing)": the field in brackets after a generic degree
        inside = field_at(text, text.index("(", position) + 1, parenthetical.end() - 1)
        if inside is not None and inside[1] == parenthetical.end() - 1:
            after, position = inside[0], parenthetical.end()
    loose = level == "bachelor" or plural or of or degree_word  # "Associate of Arts , Social Sciences"
    separator = (SEPARATOR if loose else COLON_OR_IN).match(text, position, limit)
    field_end = position
    found = field_at(text, separator.end(), limit) if separator else None
    if found is not None:
        after = after or found[0]
        field_end = found[1]
    elif separator and (separator.group(0).strip() != ":" or not education):
        separator = None  # "the only sales associate in the branch": no field, no degree
    if separator and not (of or degree_word or plural) and level in {"master", "associate"}:
        if not (education and _at_line_start(text, start)):
            return None  # "Sales Associate: opened accounts", "Scrum Master: ran sprints": a title
    elif plural and education and not (of or degree_word) and text[position : position + 1] in " \t":
        found = field_at(text, position + 1, limit)  # "Masters Business Administration"
        if found is not None and text[position + 1 : position + 2].isupper():
            after, field_end = found[0], found[1]
    evidence = bool(degree_word or of or separator or word in {"doctorate", "baccalaureate"})
    if not evidence and not (plural and (level == "bachelor" or education)):
        return None  # "Scrum Master", "Sales Associate", "bachelor party"
    bare = of is None and separator is None and after is None and not degree_word and level != "bachelor"
    if bare and not (education or word == "doctorate"):
        return None
    if bare and plural and level == "associate" and NAME_BEFORE.search(text[line_start(text, start) : start]):
        return None  # "Greene Internal Medicine Associates", "Smith & Associates": a practice's name
    end = max(field_end, head_end)
    if not named and education and (after is None or SCHOOL_AFTER.match(text, field_end, limit)):
        # "Nursing , 2012 Bachelor of Science Wright State University": the field is the
        # one written first; the words after the head are then the school's name.
        after = field_before(text, start) or after
    field = named or after
    fields = (named,) if named else ((after,) if after else ())
    return _Parsed(start, head_end, end, level, field, fields, after if named else None)


def _parse_abbreviation(text: str, start: int, position: int, limit: int, education: bool) -> _Parsed | None:
    """An abbreviation head at ``start:position`` ("BSN", "B.S.", "MBA : Finance", "AS : Biology")."""
    written = text[start:position]
    key = abbreviation_key(written)
    if key is None:
        return None
    level, implied = ABBREVIATIONS[key]
    dotted = "." in written.rstrip(".")
    ambiguous = key in AMBIGUOUS and not dotted
    next_char = text[position : position + 1]
    if ambiguous and next_char in {"-", "/"} and not LICENCE_AFTER.match(text, position + 1, limit):
        return None  # "MS-DOS", "MA/CNA"; but "ASN-RN" is the degree and the licence
    following = NEXT_WORD.match(text, position, limit)
    next_word = following.group("word") if following else ""
    if key == "MS" and next_word.lower() in MICROSOFT:
        return None  # "MS Office", "MS Word", "MS DOS"
    before = text[max(0, start - 40) : start]
    if before.rstrip().endswith("(") and _spelled_by_words_before(before.rstrip()[:-1], written):
        return None  # "Mental Health America (MHA)": the short form of the words before it
    if ambiguous:
        if before.rstrip().endswith("(") or CERTIFIED_BEFORE.search(before):
            return None  # "Medicare Advantage (MA)", "Certified MA"
        if CONDITION_BEFORE.search(before):
            return None  # "a client with MS": multiple sclerosis
        if WORD_COMMA_BEFORE.search(before) and not DEGREE_COMMA_BEFORE.search(before):
            return None  # "Boston, MA": a state, not a degree
    degree_word = DEGREE_WORD.match(text, position, limit)
    if degree_word:
        position = degree_word.end()
    head_end = position
    parenthetical = PARENTHETICAL.match(text, position, limit)
    if parenthetical and _restates_a_degree(parenthetical.group(0)):
        position = parenthetical.end()
    separator = SEPARATOR.match(text, position, limit) or OF.match(text, position, limit)
    if separator and ambiguous and not education and separator.group(0).strip() in DASHES:
        separator = None  # "MA - Family Practice Clinic" in a job's heading: a medical assistant
    after: str | None = None
    field_end = position
    if separator and (found := field_at(text, separator.end(), limit)) is not None:
        after, field_end = found
    elif text[position : position + 1] in {" ", "\t"} and text[position + 1 : position + 2].isupper():
        found = field_at(text, position + 1, limit)  # "MS Computer Science", "MBA International Business"
        if found is not None and (not ambiguous or education):
            after, field_end = found
    if ambiguous and not (after or degree_word):
        if not (education and _at_line_start(text, start)):
            return None
        if next_word.isupper() and len(next_word) > 3:
            return None  # a line of capitals: "AS PART OF ..."
        if next_word.islower():
            return None  # prose: "MA plans and members"
    end = max(field_end, head_end)
    field = implied or after
    fields = (implied,) if implied else ((after,) if after else ())
    return _Parsed(start, head_end, end, level, field, fields, after if implied else None)


def _parse_other(text: str, match: re.Match[str], limit: int) -> _Parsed | None:
    """High school diploma, certificate in a field."""
    start, position = match.start(), match.end()
    if match.group("hs"):
        return _Parsed(start, position, position, "high_school", None, ())
    found = field_at(text, position, limit)
    if found is None:
        return None  # "Certificate of Completion", "Certificate of Appreciation"
    return _Parsed(start, position, found[1], "certificate", found[0], (found[0],))


def read_degrees(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    education: Sequence[tuple[int, int]] = (),
) -> list[DegreeMatch]:
    """Every degree in ``text[start:end]``, in order, with its status.

    ``education`` are the ``(start, end)`` offsets of the education sections: there, a
    two-letter abbreviation at the start of a line ("BA", "MS") is a degree without
    further evidence.

    >>> [(d.level, d.field, d.status) for d in read_degrees("Bachelor of Science : Nursing, May 2014")]
    [('bachelor', 'nursing', 'affirmed')]
    """
    limit = len(text) if end is None else end
    heads: list[tuple[int, int, re.Match[str] | None]] = []
    # Written-out heads: found with str.find on the lower-cased text (C speed), then read
    # with the regex on the few lines that hold one, rather than a regex over the whole
    # text (docs/performance.md, "Measurements behind the code").
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: read every line
        lines = [(start, limit)]
    else:
        lines = []
        for cue in WORD_CUES:
            at = lowered.find(cue, start, limit)
            while at != -1:
                lines.append((max(start, line_start(text, at)), min(limit, line_end(text, at))))
                at = lowered.find(cue, at + len(cue), limit)
    merged: list[tuple[int, int]] = []
    for low, high in sorted(lines):  # overlapping windows of one long line, read once
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    for low, high in merged:
        for written in WORD_HEAD.finditer(text, low, high):
            heads.append((written.start(), 0, written))
    # Abbreviations: at a word's start, the first letters of a known one, then a capital
    # or a dot within a few letters (the look-behind and look-ahead run in C).
    for candidate in ABBREVIATION_CANDIDATE.finditer(text, start, limit):
        if abbreviation_key(candidate.group(0)) is not None or candidate.group(0) in GED:
            heads.append((candidate.start(), candidate.end(), None))
    if "N-" in text or "N/" in text:  # the search below only where a licence can end so
        for candidate in AFTER_LICENCE.finditer(text, start, limit):  # "RN-BSN", "LPN/ADN", "RN-to-BSN"
            if abbreviation_key(candidate.group("degree")) is not None:
                heads.append((candidate.start("degree"), candidate.end("degree"), None))
    heads.sort(key=lambda head: head[0])
    parsed: list[_Parsed] = []
    position = start
    seen = -1
    for at, written_end, match in heads:
        if at < position or at == seen:
            continue
        seen = at
        in_education = _in_spans(at, education)
        if match is None:
            if text[at:written_end] in GED:
                found: _Parsed | None = _Parsed(at, written_end, written_end, "high_school", None, ())
            else:
                found = _parse_abbreviation(text, at, written_end, limit, in_education)
        elif match.group("word"):
            found = _parse_words(text, match, limit, in_education)
        else:
            found = _parse_other(text, match, limit)
        if found is None:
            continue
        parsed.append(found)
        position = found.end
    degrees = []
    for i, found in enumerate(parsed):
        first, last = line_start(text, found.start), line_end(text, found.end)
        before = max(first, parsed[i - 1].end) if i else first
        after = min(last, parsed[i + 1].start) if i + 1 < len(parsed) else last
        status = degree_status(text, found.start, found.end, before, after)
        degrees.append(DegreeMatch(*found[:6], status, found.concentration))
    return _share_restated_status(text, degrees)


def _share_restated_status(text: str, degrees: list[DegreeMatch]) -> list[DegreeMatch]:
    """A degree restated on its own line takes the status of its restatement.

    "Bachelor of Science in Nursing - RN to BSN (online), Chamberlain University - currently
    enrolled" is one degree written twice: the cue after the second ("BSN") is the whole
    entry's, so the first is not held either. Only the same level and the same named field,
    so "BSN 2015; MSN expected 2027" and "B.S. Biology 2012, B.S. Nursing expected" keep
    their own statuses.
    """
    for i in range(len(degrees) - 1):
        first, second = degrees[i], degrees[i + 1]
        if first.status == second.status or not first.fields or first.fields != second.fields:
            continue
        if first.level != second.level or line_start(text, first.start) != line_start(text, second.start):
            continue
        if first.status == "affirmed":
            degrees[i] = first._replace(status=second.status)
        elif second.status == "affirmed":
            degrees[i + 1] = second._replace(status=first.status)
    return degrees
