"""The degree grammar: every degree a text names, read as a recruiter reads it.

One grammar serves both the mentions (a degree is credited to the vocabulary terms that
carry a ``degree`` key: its level term and, where one exists, the specific term, e.g.
"Bachelor of Science : Nursing" → ``bachelors-degree`` and ``bsn``) and the scoring's
:func:`resumematch.education.find_degrees`.

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
from typing import Literal, NamedTuple

__all__ = ["DEGREE_LEVELS", "DegreeMatch", "DegreeStatus", "read_degrees"]

DEGREE_LEVELS: tuple[str, ...] = ("high_school", "certificate", "associate", "bachelor", "master", "doctorate")
"""Degree levels from lowest to highest; a requirement's level is a minimum."""

DegreeStatus = Literal["affirmed", "in_progress", "negated"]


class DegreeMatch(NamedTuple):
    """One degree in a text: where it is, its level, its field, and whether it is held.

    ``start:head_end`` is the head ("Bachelor of Science", "MBA"), ``start:end`` the
    whole degree with its field. ``field`` is the field as read (lower case): the one the
    degree itself names (MPH, "Master of Public Health"), else the one after it.
    ``fields`` are the fields that decide a specific term: the one the degree names, or,
    for a generic degree ("Bachelor of Science", "BS"), the one written after it; a
    concentration after a named field ("MPH, Health Care Administration") is not one.
    """

    start: int
    head_end: int
    end: int
    level: str
    field: str | None
    fields: tuple[str, ...]
    status: DegreeStatus


# --- abbreviations -----------------------------------------------------------------

_ABBREVIATIONS: dict[str, tuple[str, str | None]] = {
    "BS": ("bachelor", None), "BSc": ("bachelor", None), "BA": ("bachelor", None), "AB": ("bachelor", None),
    "BBA": ("bachelor", "business administration"), "BSN": ("bachelor", "nursing"), "BFA": ("bachelor", "fine arts"),
    "BSW": ("bachelor", "social work"), "BEng": ("bachelor", None), "BTech": ("bachelor", None),
    "BE": ("bachelor", None), "BDS": ("bachelor", "dental surgery"), "BAS": ("bachelor", None),
    "AA": ("associate", None), "AS": ("associate", None), "AAS": ("associate", None),
    "ADN": ("associate", "nursing"), "ASN": ("associate", "nursing"),
    "MS": ("master", None), "MSc": ("master", None), "MA": ("master", None),
    "MBA": ("master", "business administration"),
    "MHA": ("master", "health administration"), "MPH": ("master", "public health"), "MSN": ("master", "nursing"),
    "MEd": ("master", "education"), "MPA": ("master", "public administration"), "MSW": ("master", "social work"),
    "MFA": ("master", "fine arts"), "MEng": ("master", None), "MTech": ("master", None),
    "ME": ("master", None), "MHSA": ("master", "health services administration"),
    "PhD": ("doctorate", None), "DNP": ("doctorate", "nursing"), "MD": ("doctorate", "medicine"),
    "EdD": ("doctorate", "education"), "PsyD": ("doctorate", "psychology"), "DPT": ("doctorate", "physical therapy"),
    "PharmD": ("doctorate", "pharmacy"), "DrPH": ("doctorate", "public health"), "DDS": ("doctorate", "dental surgery"),
    "DMD": ("doctorate", "dental medicine"), "JD": ("doctorate", "law"),
}  # fmt: skip
_AMBIGUOUS = frozenset({"BS", "BA", "AB", "AA", "AS", "MS", "MA", "MD", "ASN", "JD", "ME", "BE", "BAS", "MPA"})
"""Undotted, these are also words, states, products or other credentials ("AS", "MA",
"MS Office", "JD Edwards"): they need evidence. Dotted (B.S., M.A.) they are degrees."""
_DOTS_ONLY = frozenset({"AB", "BE", "ME"})
"""Only dotted (A.B., B.E., M.E.): undotted they are English words."""
_NO_CAPITALS = frozenset({"MEd"})
"""No all-capitals spelling ("MED" is medical)."""


_BY_LETTERS = {key.upper(): key for key in _ABBREVIATIONS}

# --- written-out heads ----------------------------------------------------------------

_WORD_HEAD = re.compile(
    r"(?<![\w.&'’-])(?:"
    r"(?P<word>(?i:bachelor|baccalaureate|master|associate|doctor(?:ate|al)?))"
    r"(?P<plural>(?i:['’]s|s['’]?)?)(?![\w])"
    r"|(?P<hs>(?i:high[\s-]school\s+(?:diploma|graduate|equivalency)|h\.?s\.?\s+diploma"
    r"|secondary\s+school\s+diploma))(?!\w)"
    r"|(?P<cert>(?i:certificate|diploma)\s+(?i:program\s+)?(?i:in|of)\s)"
    r")"
)
_WORD_CUES = ("bachelor", "baccalaureate", "master", "associate", "doctor", "diploma", "school", "certificate")
"""Lower-case strings one of which every written-out head contains."""
_ABBREVIATION_CANDIDATE = re.compile(
    r"[ABDEGJMP](?=[A-Z.]|[a-z]{1,4}[A-Z.])[A-Za-z]{0,6}"
    r"(?:\.(?:\s?[A-Z](?![A-Za-z])|[A-Z][a-z]{0,4}(?![A-Za-z])))*\.?(?![\w&])"
)
"""What an abbreviation head looks like (two capitals, or a capital and a dot, within a
few letters); :func:`_abbreviation_key` decides. Starting with a character class, the
search skips in C to the next such capital."""
_NOT_BEFORE_HEAD = frozenset("_.&'’-")
_GED = frozenset({"GED", "G.E.D.", "G.E.D"})
_LEVEL_OF_WORD = {"bachelor": "bachelor", "baccalaureate": "bachelor", "master": "master", "associate": "associate"}
_DEGREE_WORD = re.compile(r"\s+(?i:degree|diploma)\b")
_OF_IN = re.compile(r"\s+(?i:of|in)\s+")
_PARENTHETICAL = re.compile(r"\s*\([^()\n]{1,15}\)")
_SEPARATOR = re.compile(r"[ \t]*(?::|,|[-–—](?=\s))[ \t]*|\s+(?i:in)\s+")
_OF = re.compile(r"\s+(?i:of)\s+")
_CERTIFIED_BEFORE = re.compile(r"(?i:certified|registered)\s*$")
_WORD_COMMA_BEFORE = re.compile(r"[A-Za-z]\s*,\s*$")
_DEGREE_COMMA_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.?){2,4},\s*$")
"""After "B.S.," an abbreviation is the next degree; after any other word and a comma, a state."""
_COLON_OR_IN = re.compile(r"[ \t]*:[ \t]*|\s+(?i:in)\s+")
_KINDS = (
    "applied sciences", "applied science", "applied arts", "fine arts", "liberal arts", "sciences", "science",
    "arts", "art", "philosophy", "engineering", "technology", "general studies",
)  # fmt: skip
"""What a degree is "of" when that is its kind, not its field ("Bachelor of Science : Nursing")."""
_NOT_A_FIELD = frozenset(
    "at from with for to the a an on or by of in degree diploma program programme university college school "
    "institute academy center centre gpa graduated graduate honors honours magna summa cum laude dean's dean’s "
    "minor concentration coursework expected anticipated present current currently candidate pursuing "
    "completed completion ceremonies certificate".split()
)
_MONTHS = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+['’]?\d|"
    r"(?i:spring|summer|fall|autumn|winter)\s+\d"
)
_FIELD_WORD = re.compile(r"(?P<join>[ \t]*(?:/|&|\band\b)?[ \t]*)(?P<word>[A-Za-z][A-Za-z'’.-]*)")
_FIELD_WORDS_MAX = 8
_MONTH_PREFIXES = frozenset("jan feb mar apr may jun jul aug sep oct nov dec spr sum fal aut win".split())
_HEAD_PREFIXES = frozenset("bach bacc mast asso doct high seco".split())
"""How a written-out head that needs no evidence begins (a field word that does not is not one)."""

_MICROSOFT = frozenset(
    "office word excel access dos outlook powerpoint power project visio sql windows teams publisher dynamics "
    "exchange sharepoint server navision works paint money frontpage onenote".split()
)

# --- status cues ------------------------------------------------------------------------

_IN_PROGRESS = re.compile(
    r"\b(?:expected|expect|anticipated|in[\s-]progress|pursuing|candidate|currently\s+enrolled|enrolled|"
    r"to\s+complete|completing|working\s+towards?|will\s+graduate|to\s+graduate)\b"
    r"|(?:[-–—,:(]|\bto\b|\buntil\b|\bthrough\b)\s*(?:current|currently|present|now)\b"
    r"|\b(?:current|present)\s*\)?\s*$",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:did\s+not|didn['’]t|never|not)\s+(?:receive|complete|finish|earn|obtain|graduate)|\bnot\s+completed\b",
    re.IGNORECASE,
)
_STATUS_CUES = (
    "expect", "anticipat", "progress", "pursu", "candidate", "enrol", "complet", "toward", "graduate", "current",
    "present", "now", "not", "never", "didn",
)  # fmt: skip
"""Lower-case strings one of which each cue of :data:`_IN_PROGRESS` and :data:`_NEGATED` contains."""
_DATE_LINE_WORDS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december spring summer fall autumn winter present current now to expected anticipated "
    "graduation graduated date since from until through class of".split()
)
_WORDS = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(r"[ \t]*(?P<word>[A-Za-z]+)")


def _is_date_line(line: str) -> bool:
    """A line that is only a date or a date range ("05/2016", "Present", "Expected May 2027")."""
    line = line.strip()
    if not line or len(line) > 40:
        return False
    words = _WORDS.findall(line)
    if not all(word.lower() in _DATE_LINE_WORDS for word in words):
        return False
    return any(c.isdigit() for c in line) or bool(words)


# --- reading --------------------------------------------------------------------------


def _field_at(text: str, position: int, limit: int) -> tuple[str, int] | None:
    """The field of study that starts at ``position``: words up to a stop, and where it ends."""
    words: list[str] = []
    end = position
    while len(words) < _FIELD_WORDS_MAX:
        match = _FIELD_WORD.match(text, end, limit)
        if match is None:
            break
        word = match.group("word").rstrip(".")
        lowered = word.lower()
        if lowered in _NOT_A_FIELD:
            break
        if lowered[:3] in _MONTH_PREFIXES and _MONTHS.match(text, match.start("word"), limit):
            break  # "Sept 2014"
        if (lowered[:4] in _HEAD_PREFIXES or word[1:] != word[1:].lower()) and _head_is_degree(
            text, match.start("word")
        ):
            break  # "B.S., M.P.H.": the next degree, not a field
        join = match.group("join").strip()
        words.append(f"{join} {word}" if words and join else word)
        end = match.start("word") + len(word)
    if not words:
        return None
    field = " ".join(words).replace("  ", " ").lower()
    field = re.sub(r"\s*([/&])\s*", r" \1 ", field).strip(" /&")
    if field.endswith(" and"):
        field = field[:-4]
    return (field, end) if field and field not in _NOT_A_FIELD else None


def _head_is_degree(text: str, position: int) -> bool:
    """Whether a degree that needs no evidence starts at ``position`` (where a field stops)."""
    match = _WORD_HEAD.match(text, position)
    if match is not None:
        return match.group("word") is not None or match.group("hs") is not None
    match = _ABBREVIATION_CANDIDATE.match(text, position)
    if match is None:
        return False
    key = _abbreviation_key(match.group(0))
    return key is not None and (key not in _AMBIGUOUS or "." in match.group(0).rstrip("."))


def _restates_a_degree(parenthetical: str) -> bool:
    """Whether "(MS)", "(B.Eng)" after a degree is its abbreviation (part of the head)."""
    inner = parenthetical.strip()[1:-1].strip()
    return _abbreviation_key(inner) is not None or _WORD_HEAD.match(inner) is not None


def _split_kind(phrase: str) -> tuple[str | None, str]:
    """("science", "health care administration") from "science health care administration"."""
    lowered = phrase.lower()
    for kind in _KINDS:
        if lowered == kind or lowered.startswith(kind + " "):
            return kind, lowered[len(kind) :].strip()
    return None, lowered


def _in_spans(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


_LINE_REACH = 2_000
"""How far either side of a degree its line is looked for (as :func:`resumematch.models.document.line_bounds`):
a document extracted as one long line must not make each degree read all of it."""


def _line_start(text: str, position: int) -> int:
    low = max(0, position - _LINE_REACH)
    return text.rfind("\n", low, position) + 1 or low


def _line_end(text: str, position: int) -> int:
    high = min(len(text), position + _LINE_REACH)
    end = text.find("\n", position, high)
    return high if end == -1 else end


def _at_line_start(text: str, position: int) -> bool:
    before = text[_line_start(text, position) : position]
    return not before.strip(" \t•·▪●*-–—>")


class _Parsed(NamedTuple):
    start: int
    head_end: int
    end: int
    level: str
    field: str | None
    fields: tuple[str, ...]


def _parse_words(text: str, match: re.Match[str], limit: int, education: bool) -> _Parsed | None:
    """A written-out head ("Bachelor of Science in Nursing", "Master's : Health Education")."""
    word = match.group("word").lower()
    plural = bool(match.group("plural"))
    start, position = match.start(), match.end()
    degree_word = _DEGREE_WORD.match(text, position, limit)
    if degree_word:
        position = degree_word.end()
    named: str | None = None
    after: str | None = None
    head_end = position
    of = _OF_IN.match(text, position, limit)
    phrase = _field_at(text, of.end(), limit) if of else None
    if phrase is None:
        of = None  # "Master of Ceremonies", "master of the schedule"
    else:
        kind, rest = _split_kind(phrase[0])
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
        level = _LEVEL_OF_WORD[word]
    parenthetical = _PARENTHETICAL.match(text, position, limit)
    if parenthetical and _restates_a_degree(parenthetical.group(0)):
        position = head_end = parenthetical.end()
    loose = level == "bachelor" or plural or of or degree_word  # "Associate of Arts , Social Sciences"
    separator = (_SEPARATOR if loose else _COLON_OR_IN).match(text, position, limit)
    field_end = position
    found = _field_at(text, separator.end(), limit) if separator else None
    if found is not None:
        after = after or found[0]
        field_end = found[1]
    elif separator and (separator.group(0).strip() != ":" or not education):
        separator = None  # "the only sales associate in the branch": no field, no degree
    if separator and not (of or degree_word or plural) and level in {"master", "associate"}:
        if not (education and _at_line_start(text, start)):
            return None  # "Sales Associate: opened accounts", "Scrum Master: ran sprints": a title
    elif plural and education and not (of or degree_word) and text[position : position + 1] in " \t":
        found = _field_at(text, position + 1, limit)  # "Masters Business Administration"
        if found is not None and text[position + 1 : position + 2].isupper():
            after, field_end = found[0], found[1]
    evidence = bool(degree_word or of or separator or word in {"doctorate", "baccalaureate"})
    if not evidence and not (plural and (level == "bachelor" or education)):
        return None  # "Scrum Master", "Sales Associate", "bachelor party"
    if of is None and separator is None and after is None and not degree_word and level != "bachelor":
        if not (education or word == "doctorate"):
            return None
    end = max(field_end, head_end)
    field = named or after
    fields = (named,) if named else ((after,) if after else ())
    return _Parsed(start, head_end, end, level, field, fields)


def _abbreviation_key(written: str) -> str | None:
    """The table's key for an abbreviation as written ("B.S." → "BS", "PHD" → "PhD"), if any."""
    letters = written.replace(".", "").replace(" ", "")
    if letters in _ABBREVIATIONS:
        key = letters
    else:
        key = _BY_LETTERS.get(letters) if letters.isupper() else None
        if key is None or key in _NO_CAPITALS or key.isupper():
            return None
    if key in _DOTS_ONLY and "." not in written:
        return None
    return key


def _parse_abbreviation(text: str, start: int, position: int, limit: int, education: bool) -> _Parsed | None:
    """An abbreviation head at ``start:position`` ("BSN", "B.S.", "MBA : Finance", "AS : Biology")."""
    written = text[start:position]
    key = _abbreviation_key(written)
    if key is None:
        return None
    level, implied = _ABBREVIATIONS[key]
    dotted = "." in written.rstrip(".")
    ambiguous = key in _AMBIGUOUS and not dotted
    next_char = text[position : position + 1]
    if ambiguous and next_char in {"-", "/"}:
        return None  # "MS-DOS", "MA/CNA"
    following = _NEXT_WORD.match(text, position, limit)
    next_word = following.group("word") if following else ""
    if key == "MS" and next_word.lower() in _MICROSOFT:
        return None  # "MS Office", "MS Word", "MS DOS"
    before = text[max(0, start - 40) : start]
    if ambiguous:
        if before.rstrip().endswith("(") or _CERTIFIED_BEFORE.search(before):
            return None  # "Medicare Advantage (MA)", "Certified MA"
        if _WORD_COMMA_BEFORE.search(before) and not _DEGREE_COMMA_BEFORE.search(before):
            return None  # "Boston, MA": a state, not a degree
    degree_word = _DEGREE_WORD.match(text, position, limit)
    if degree_word:
        position = degree_word.end()
    head_end = position
    parenthetical = _PARENTHETICAL.match(text, position, limit)
    if parenthetical and _restates_a_degree(parenthetical.group(0)):
        position = parenthetical.end()
    separator = _SEPARATOR.match(text, position, limit) or _OF.match(text, position, limit)
    after: str | None = None
    field_end = position
    if separator and (found := _field_at(text, separator.end(), limit)) is not None:
        after, field_end = found
    elif text[position : position + 1] in {" ", "\t"} and text[position + 1 : position + 2].isupper():
        found = _field_at(text, position + 1, limit)  # "MS Computer Science", "MBA International Business"
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
    return _Parsed(start, head_end, end, level, field, fields)


def _parse_other(text: str, match: re.Match[str], limit: int) -> _Parsed | None:
    """High school diploma, certificate in a field."""
    start, position = match.start(), match.end()
    if match.group("hs"):
        return _Parsed(start, position, position, "high_school", None, ())
    found = _field_at(text, position, limit)
    if found is None:
        return None  # "Certificate of Completion", "Certificate of Appreciation"
    return _Parsed(start, position, found[1], "certificate", found[0], (found[0],))


def _status(text: str, parsed: _Parsed, before: int, after: int) -> DegreeStatus:
    """Whether a degree is held, from its entry (``before:after``, within its line) and its date line."""
    line_start = _line_start(text, parsed.start)
    line_end = _line_end(text, parsed.end)
    around = text[_line_start(text, max(0, line_start - 1)) : _line_end(text, min(len(text), line_end + 1))].lower()
    if not any(cue in around for cue in _STATUS_CUES):
        return "affirmed"  # most degrees: no word that could change it, on the line or either side
    entry = text[before:after]
    if _NEGATED.search(entry):
        return "negated"
    if _IN_PROGRESS.search(entry):
        return "in_progress"
    previous = text[_line_start(text, max(0, line_start - 1)) : max(0, line_start - 1)] if line_start else ""
    following = text[line_end + 1 : _line_end(text, line_end + 1)] if line_end < len(text) else ""
    date_line = previous if _is_date_line(previous) else following if _is_date_line(following) else ""
    if date_line and _IN_PROGRESS.search(date_line + " "):
        return "in_progress"
    if date_line and re.search(r"(?i)\b(?:present|current|now)\b", date_line):
        return "in_progress"
    return "affirmed"


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
    # with the regex on the few lines that hold one; a regex over the whole text cost
    # 0.9 ms a page.
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: read every line
        lines = [(start, limit)]
    else:
        lines = []
        for cue in _WORD_CUES:
            at = lowered.find(cue, start, limit)
            while at != -1:
                lines.append((max(start, _line_start(text, at)), min(limit, _line_end(text, at))))
                at = lowered.find(cue, at + len(cue), limit)
    merged: list[tuple[int, int]] = []
    for line_start, line_end in sorted(lines):  # overlapping windows of one long line, read once
        if merged and line_start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], line_end))
        else:
            merged.append((line_start, line_end))
    for line_start, line_end in merged:
        for match in _WORD_HEAD.finditer(text, line_start, line_end):
            heads.append((match.start(), 0, match))
    # Abbreviations: a capital and one more capital or a dot within a few letters.
    for match in _ABBREVIATION_CANDIDATE.finditer(text, start, limit):
        at = match.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in _NOT_BEFORE_HEAD):
            continue
        if _abbreviation_key(match.group(0)) is not None or match.group(0) in _GED:
            heads.append((at, match.end(), None))
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
            if text[at:written_end] in _GED:
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
        line_start, line_end = _line_start(text, found.start), _line_end(text, found.end)
        before = max(line_start, parsed[i - 1].end) if i else line_start
        after = min(line_end, parsed[i + 1].start) if i + 1 < len(parsed) else line_end
        status = _status(text, found, before, after)
        degrees.append(DegreeMatch(*found, status))
    return degrees
