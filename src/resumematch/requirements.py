"""Reading one requirement statement of a job posting: how firm, how many years, what degree.

Kept apart from ``job.py`` (which walks the posting and collects terms) because these
rules are about the words of a single statement and are tested one sentence at a time:

* **kind**: a softening word ("preferred", "a plus", "nice to have", "ideally") in the
  statement's main clause makes it *preferred*; in a trailing clause ("..., preferably
  in a hospital setting"; "...; hospital experience preferred") it softens only that
  clause, which becomes the requirement's preferred ``setting``.
* **years**: "3+ years", "at least 3 years", "minimum of three years", "2-4 years" (the
  lower bound), "1 year or more"; the **subject** is what the years are of ("professional
  nursing experience" → nursing; "leadership roles" → leadership).
* **education**: the lowest degree level named is the minimum ("Associate or bachelor's
  degree in nursing" → associate or higher, field nursing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .education import degree_field, levels_in
from .models import RequirementAspect, RequirementKind

__all__ = ["StatementFacts", "is_requirement_like", "main_clause_end", "read_statement", "statement_kind"]

_PREFERRED = re.compile(
    r"\b(prefer(?:red|ably|ence)?|(?:is|are|would be)?\s*a\s+plus|a\s+bonus|bonus|nice[- ]to[- ]have"
    r"|ideally|ideal candidate|desired|desirable|advantage(?:ous)?|helpful|would be great|not required"
    r"|optional)\b",
    re.IGNORECASE,
)
# Every match of _PREFERRED holds one of these (lower-cased): a quick test before the search.
_PREFERRED_WORDS = (
    "prefer", "plus", "bonus", "nice", "ideal", "desir", "advantage", "helpful", "great", "not required", "optional",
)  # fmt: skip
# A trailing clause that softens only itself: ", preferably ...", "; hospital experience preferred".
_QUALIFIER = re.compile(
    r"(?:[,;(]|\s[-–—]\s)\s*(?=(?:preferably|ideally|with\s+\w+(?:\s+\w+)?\s+preferred|[\w\s-]{1,40}?\s+preferred\b))",
    re.IGNORECASE,
)
_QUALIFIER_WORDS = ("preferabl", "ideally", "preferred")  # one is in every match of _QUALIFIER
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a": 1, "an": 1,
}  # fmt: skip
_NUM = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
_YEARS = re.compile(
    rf"(?:(?:at\s+least|minimum\s+(?:of\s+)?|a\s+minimum\s+of|over|more\s+than)\s+)?"
    rf"(?P<n>{_NUM})(?:\s*\(\d+\))?\s*(?:\+|plus|(?:\s*[-–]|\s+to)\s*{_NUM})?\s*(?:\+\s*)?"
    rf"(?:full[- ]time\s+)?years?(?:'|’)?(?:\s+or\s+(?:more|longer|greater))?",
    re.IGNORECASE,
)
_SUBJECT_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?P<s>(?:[\w/&-]+\s+){0,5}?)(?:experience|roles?|work|practice|background)\b", re.IGNORECASE
)
_SUBJECT_BEFORE = re.compile(r"(?P<s>(?:[\w/&-]+\s+){0,4}?)(?:experience|roles?)\b", re.IGNORECASE)
_ADJECTIVES = {
    "professional", "relevant", "related", "progressive", "progressively", "direct", "hands-on", "prior",
    "previous", "recent", "full-time", "paid", "post-graduate", "of", "in", "as", "a", "an", "the",
    "working", "practical", "demonstrated", "proven", "combined", "total", "overall", "setting",
    "environment",
    "experience", "with", "and", "or", "at", "least", "minimum", "years", "year",
}  # fmt: skip
_SETTING = re.compile(
    r"(?:in\s+(?:an?\s+|the\s+)?(?P<a>[\w -]{2,40}?)\s+(?:setting|environment)"
    r"|(?P<b>[\w-]{3,30}(?:\s+[\w-]{3,30})?)\s+experience\s+(?:is\s+)?preferred"
    r"|preferably\s+(?:in\s+)?(?:an?\s+|the\s+)?(?P<c>[\w -]{2,40}?)(?=[,.;)]|$))",
    re.IGNORECASE,
)
_CREDENTIAL = re.compile(
    r"\b(certifi(?:ed|cation|cations)|licen[sc](?:e|ed|ure|es)|registered|registration)\b", re.IGNORECASE
)
_DEGREE_WORD = re.compile(r"degree|diploma", re.IGNORECASE)
_CUES = re.compile(
    r"\b(must|required?|requires|need(?:s|ed)?|should|minimum|at least|years?|degree|diploma|bachelor|"
    r"master|associate|certifi|licen[sc]|experience|proficien|knowledge of|ability to|familiarity|"
    r"prefer|a plus|nice to have|ideally|qualifications?)\w*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class StatementFacts:
    """What one statement asks for, before vocabulary terms are attached."""

    kind: RequirementKind
    years: float | None
    subject: str | None
    level: str | None
    field: str | None
    setting: str | None
    aspect: RequirementAspect


def main_clause_end(statement: str) -> int:
    """Where the statement's main clause ends and a softened trailing clause begins."""
    match = _QUALIFIER.search(statement) if _may_match(statement, _QUALIFIER_WORDS) else None
    return match.start() if match else len(statement)


def _may_match(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern that needs one of ``words`` can match ``text``.

    A cheap test run before a slow pattern (Python's ``re`` tries every alternative at
    every position). Only for ASCII text is the lower-cased text an exact stand-in for
    ``re.IGNORECASE`` (which also folds "ſ" to "s" and "ı" to "i"); other text is
    always searched.
    """
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


def _is_softened(main_clause: str) -> bool:
    return _may_match(main_clause, _PREFERRED_WORDS) and _PREFERRED.search(main_clause) is not None


def statement_kind(statement: str, heading_kind: RequirementKind = "required") -> RequirementKind:
    """``"preferred"`` when the statement's main clause or its heading softens it, else ``"required"``."""
    return "preferred" if _is_softened(statement[: main_clause_end(statement)]) else heading_kind


def is_requirement_like(sentence: str) -> bool:
    """Whether a prose sentence states a requirement (for postings written as one paragraph)."""
    return bool(_CUES.search(sentence))


def _number(text: str) -> float:
    text = text.lower()
    return float(_NUMBERS[text]) if text in _NUMBERS else float(text)


def _clean_subject(words: str) -> str | None:
    kept = [w for w in re.findall(r"[\w/&-]+", words.lower()) if w not in _ADJECTIVES]
    return " ".join(kept) or None


_FIELD_LIST = re.compile(
    r"\b(?:in|of)\s+(?P<list>[A-Za-z][A-Za-z ,&/-]{2,120}?)(?=\s*(?:[.;:()]|\s(?:required|preferred|is|are|would|will|a\s+plus)\b|$))"  # noqa: E501
)


def _fields(statement: str, at: int) -> str | None:
    """The field(s) after a degree: "in nursing, health administration, or a related field"
    → "nursing or health administration" (a "related field" adds nothing checkable)."""
    match = _FIELD_LIST.search(statement, at)
    if not match or match.start() - at > 40:
        return None
    listed = re.sub(r"^(?:applied\s+)?(?:science|arts)\s+in\s+", "", match.group("list"), flags=re.IGNORECASE)
    pieces = re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+|\s*/\s*", listed)
    kept = [p.strip().lower() for p in pieces if p.strip() and not re.search(r"related|equivalent|similar", p)]
    return " or ".join(kept) or None


def _years(statement: str) -> tuple[float | None, str | None]:
    match = _YEARS.search(statement) if _may_match(statement, ("year",)) else None
    if not match:
        return None, None
    years = _number(match.group("n"))
    after = _SUBJECT_AFTER.match(statement[match.end() :])
    subject = _clean_subject(after.group("s")) if after else None
    if not subject:
        before = None
        for before in _SUBJECT_BEFORE.finditer(statement[: match.start()]):  # noqa: B007 (keep the last)
            pass
        subject = _clean_subject(before.group("s")) if before else None
    return years, subject


def _setting(statement: str, main_end: int) -> str | None:
    for match in _SETTING.finditer(statement):
        value = match.group("a") or match.group("b") or match.group("c")
        if value and (match.start() >= main_end or "prefer" in match.group(0).lower()):
            return _clean_subject(value)
    return None


def read_statement(statement: str, heading_kind: RequirementKind = "required") -> StatementFacts:
    """The facts of one requirement statement.

    >>> facts = read_statement("3+ years of professional nursing experience, preferably in a hospital setting")
    >>> facts.kind, facts.years, facts.subject, facts.setting, facts.aspect
    ('required', 3.0, 'nursing', 'hospital', 'experience')
    """
    main_end = main_clause_end(statement)
    kind: RequirementKind = "preferred" if _is_softened(statement[:main_end]) else heading_kind
    years, subject = _years(statement)
    levels = levels_in(statement[:main_end])
    level = field = None
    if levels and not (years is not None and not _DEGREE_WORD.search(statement)):
        order = ("high_school", "certificate", "associate", "bachelor", "master", "doctorate")
        level = min((lv for lv, _, _ in levels), key=order.index)
        field = next((f for _, _, end in levels if (f := _fields(statement, end))), None)
        field = field or degree_field(statement, levels[0][1])
    setting = _setting(statement, main_end) if years is not None else None
    if years is not None:
        aspect: RequirementAspect = "experience"
    elif level is not None:
        aspect = "education"
    elif _may_match(statement, ("certifi", "licen", "regist")) and _CREDENTIAL.search(statement):
        aspect = "credential"
    else:
        aspect = "terms"
    return StatementFacts(kind, years, subject, level, field, setting, aspect)
