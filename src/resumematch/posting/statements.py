"""Reading one requirement statement of a job posting: how firm, how many years, what degree.

Kept apart from ``analysis.py`` (which walks the posting and collects terms) because these
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

from ..models import RequirementAspect, RequirementKind
from ..resume.degrees import degree_field, levels_in

__all__ = [
    "StatementFacts",
    "asks_the_candidate",
    "is_a_duty_or_lead_in",
    "is_about_the_employer", "is_requirement_like", "main_clause_end", "read_statement", "statement_kind"]

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
# Also "ideally"/"preferably" before a preposition mid-sentence ("Post registration experience
# ideally of working in more than one clinical area"): it softens only the phrase it opens.
_QUALIFIER = re.compile(
    r"(?:[,;(]|\s[-–—]\s)\s*(?=(?:preferably|ideally|with\s+\w+(?:\s+\w+)?\s+preferred|[\w\s-]{1,40}?\s+preferred\b))"
    r"|(?<=\w)\s+(?=(?:preferably|ideally)\s+(?:of|in|within|with|at|from|on)\b)",
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
# "3 years in an outpatient clinic or physician practice", "2 years of experience working in
# a medical office setting": with no subject of their own, the years are of that setting.
_SETTING_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:(?:[\w-]+\s+){0,2}?experience\s+)?(?:working\s+)?(?:with)?in\s+(?:an?\s+|the\s+)?"
    r"(?P<s>[a-z][\w/&-]*(?:\s+(?:or\s+)?[\w/&-]+){0,5}?)(?:\s+(?:settings?|environments?))?"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:is\s+)?(?:required|preferred|essential|desirable)\b)",
    re.IGNORECASE,
)
# Words that make a setting say nothing a role's text could show ("a similar role", "a
# clinical setting": every clinical role is one, whatever words it uses).
_NOT_A_SETTING = {
    "role", "roles", "position", "capacity", "similar", "related", "field", "area", "job", "post", "team",
    "clinical", "healthcare", "health", "care", "medical", "nhs", "this", "these", "same", "uk", "us",
}  # fmt: skip
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
# A bare two-letter degree ("AA", "AS", "BS", "MA", "MS") is also a conformance level
# ("WCAG 2.1 AA"), a product ("MS Office"), a job ("Certified MA") or a state: in a
# posting it names a degree only beside another degree or a word about one.
_AFTER_BARE_DEGREE = re.compile(r"\s*(?:/|,?\s*or\s|in\s|degree)", re.IGNORECASE)
_ONLY_FIRMNESS = re.compile(
    r"(?:\W*(?:is|are|required|preferred|desired|a|plus|or|higher|equivalent|strongly))*\W*", re.IGNORECASE
)
_DEGREE_CONTEXT = re.compile(
    r"degree|diploma|bachelor|master|associate|graduate|university|college|accredited", re.IGNORECASE
)
_CUES = re.compile(
    r"\b(must|required?|requires|need(?:s|ed)?|should|minimum|at least|years?|degree|diploma|bachelor|"
    r"master|associate|certifi|licen[sc]|experience|proficien|knowledge of|ability to|familiarity|"
    r"prefer|a plus|nice to have|ideally|qualifications?|essential|desirable|advantageous|skills?|abilit(?:y|ies)|"
    r"able to|knowledge|understanding of|you will have|you(?:'|’)ll have|you should|"
    r"registration|registered|qualified|competen|literacy|numeracy|fluent|bilingual|right to work|disclosure|"
    r"dbs|driving licen[cs]e|driver(?:'|’)?s licen[cs]e|willing(?:ness)?|commitment to|passion|demonstrat|"
    r"motivat|team player|appreciation of|proven|adept at|capable of|necessary|or equivalent)\w*",
    re.IGNORECASE,
)

# Case-sensitive twins of the patterns above (whose letters are all lower case), to
# search a lower-cased ASCII statement: for ASCII the same matches as re.IGNORECASE,
# about twice as fast; the facts read from their groups are lower-cased anyway.
_TWINS: dict[re.Pattern[str], re.Pattern[str]] = {
    pattern: re.compile(pattern.pattern)
    for pattern in (
        _PREFERRED,
        _QUALIFIER,
        _YEARS,
        _SUBJECT_AFTER,
        _SETTING_AFTER,
        _SUBJECT_BEFORE,
        _SETTING,
        _CREDENTIAL,
        _DEGREE_WORD,
    )
}

# The words one of which a pattern's every match holds (lower case), as one literal
# alternation: re finds the first letters quickly, faster than testing each word.
_PREFERRED_CUES, _QUALIFIER_CUES, _YEARS_CUE, _CREDENTIAL_CUES = (
    re.compile("|".join(map(re.escape, words)))
    for words in (_PREFERRED_WORDS, _QUALIFIER_WORDS, ("year",), ("certifi", "licen", "regist"))
)


class _Folded:
    """A statement as the patterns search it: lower-cased when it is ASCII (each pattern
    then runs as its case-sensitive twin), else as written (with re.IGNORECASE). Made
    once per statement, so that the text is lower-cased once, not once per question."""

    __slots__ = ("ascii", "text")

    def __init__(self, statement: str) -> None:
        self.ascii = statement.isascii()
        self.text = statement.lower() if self.ascii else statement

    def pattern(self, pattern: re.Pattern[str]) -> re.Pattern[str]:
        return _TWINS[pattern] if self.ascii else pattern

    def may_match(self, words: re.Pattern[str], end: int | None = None) -> bool:
        """Whether a case-insensitive pattern that needs one of ``words`` can match the
        statement (up to ``end``): a cheap test run before a slow pattern (Python's ``re``
        tries every alternative at every position). Only for ASCII text is the
        lower-cased text an exact stand-in for ``re.IGNORECASE`` (which also folds "ſ" to
        "s" and "ı" to "i"); other text is always searched."""
        if not self.ascii:
            return True
        return words.search(self.text, 0, len(self.text) if end is None else end) is not None


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
    return _main_clause_end(_Folded(statement))


def _main_clause_end(folded: _Folded) -> int:
    match = folded.pattern(_QUALIFIER).search(folded.text) if folded.may_match(_QUALIFIER_CUES) else None
    return match.start() if match else len(folded.text)


def _is_softened(folded: _Folded, main_end: int) -> bool:
    """Whether the main clause (the statement up to ``main_end``) holds a softening word."""
    return (
        folded.may_match(_PREFERRED_CUES, main_end)
        and folded.pattern(_PREFERRED).search(folded.text, 0, main_end) is not None
    )


# A statement that says in its own words that it is required ("Commitment to ... required",
# "team player a must") is required even under a heading of wishes.
_FIRM = re.compile(r"\b(?:required|a\s+must|mandatory|essential)\b(?!\s+(?:to|for|that|and|duties))", re.IGNORECASE)


def _kind(folded: _Folded, main_end: int, heading_kind: RequirementKind) -> RequirementKind:
    if _is_softened(folded, main_end):
        return "preferred"
    if heading_kind == "preferred" and _FIRM.search(folded.text, 0, main_end):
        return "required"
    return heading_kind


def statement_kind(statement: str, heading_kind: RequirementKind = "required") -> RequirementKind:
    """``"preferred"`` when the statement's main clause or its heading softens it (unless
    the statement itself says it is required), else ``"required"``."""
    folded = _Folded(statement)
    return _kind(folded, _main_clause_end(folded), heading_kind)


def is_requirement_like(sentence: str) -> bool:
    """Whether a prose sentence states a requirement (for postings written as one paragraph)."""
    return bool(_CUES.search(sentence)) or _IMPERATIVE_ASK.match(sentence) is not None


# What a posting says of the employer, the team, the pay, the hours or the application,
# and what it offers the candidate: none of it is asked of the candidate, even under a
# requirements heading ("About you" often opens with the team the candidate will join).
_ABOUT_THE_EMPLOYER = re.compile(
    r"^\W*(?:we|our|us)\b(?!\s+(?:are|'re)\s+(?:looking|seeking|searching)|\s+(?:require|need|want|expect)\b)"
    r"|^\W*(?:the|this)\s+(?:trust|hospital|service|services|unit|ward|team|department|division|practice|clinic|"
    r"company|organi[sz]ation|programme|program|centre|center|rehabilitation)\b(?!.{0,60}\b(?:candidate|applicant|you)\b)"
    r"|\b(?:you will be offered|in return|we offer|opportunit(?:y|ies) (?:to|for)|will be recognised|salary|"
    r"per annum|per hour|pension|annual leave|benefits? (?:include|package)|welcome bonus|"
    r"how to apply|apply (?:now|online|by)|need not apply|application form|click on|closing date|"
    r"informal visits?|contact\b|telephone|e-?mail|equal opportunit|committed to (?:equality|diversity)|"
    # what the employer pays for or gives the new starter, and where duties take place
    r"(?:met|paid|covered|funded|reimbursed)\s+by\s+the\s+(?:trust|employer|company|organi[sz]ation|practice)|"
    r"will\s+(?:assist|support|help|offer|provide|give)\s+(?:you|your)\b|supernumerary|induction\s+(?:period|programme|program)|"
    r"\bduties\s+will\b|we(?:'d|\s+would)?\s+(?:want|love|like)\s+to\s+(?:talk|hear|speak))",
    re.IGNORECASE,
)
_NO_WORDS = re.compile(r"^\W*$|^[\d\s/().+-]*$")


# What the holder will do ("You will provide clinical leadership", "The successful
# candidate will be responsible for ..."), and a line that only leads in to a list
# ("Apply to this position if you are:").
_DUTY = re.compile(
    r"\b(?:you|the\s+(?:successful\s+)?(?:candidate|applicant|post\s*holder|role|postholder))\s+will\s+"
    r"(?!(?:have|be|need|hold|possess|demonstrate|bring|understand|know|ideally|already|also\s+(?:have|be|need))\b)\w+"
    r"|\bwill\s+(?:be\s+)?(?:responsible|have\s+responsibility|be\s+expected\s+to\s+(?!have)|be\s+required\s+to\s+"
    r"(?:work|travel|participate|cover|undertake\s+shifts))"
    r"|:\s*-?\s*$",
    re.IGNORECASE,
)
# A sentence of prose states a requirement only when it addresses the candidate or says
# what is needed; descriptions of a ward, a service or a programme do not.
_ASKS = re.compile(
    r"\b(?:you|your|candidates?|applicants?|post\s*holder|postholder|individuals?|person|someone|"
    r"must|should|essential|required|requirements?|requires?|desirable|preferred|preferably|minimum|at least|"
    r"ideally|ideal|need(?:s|ed)?|will have|will be|looking for|seeking|years?\s+of|degree|diploma|"
    r"necessary|abilit(?:y|ies)\s+to|able\s+to|years?(?:'|’)?\s+experience|experience\s+(?:in|of|with|working)|"
    r"certifi(?:ed|cation)|licen[cs]ed?|registration|qualifications?)\b",
    re.IGNORECASE,
)
# "Have a person centred ethos ...", "Hold a current licence": what the candidate is told to have.
_IMPERATIVE_ASK = re.compile(r"\W*(?:have|hold|possess|demonstrate|understand|show)\s", re.IGNORECASE)
_PHONE = re.compile(r"\b\d{4,5}\s?\d{5,7}\b")


def is_a_duty_or_lead_in(statement: str) -> bool:
    """Whether a statement says what the holder will do, or only leads in to a list."""
    return _DUTY.search(statement) is not None


def asks_the_candidate(sentence: str) -> bool:
    """Whether a sentence of prose addresses the candidate or says what is needed."""
    return _ASKS.search(sentence) is not None or _IMPERATIVE_ASK.match(sentence) is not None


def is_about_the_employer(statement: str) -> bool:
    """Whether a statement describes the employer, the role's pay, hours or application, or
    what the post offers, rather than asking something of the candidate."""
    return (
        _NO_WORDS.match(statement) is not None
        or _ABOUT_THE_EMPLOYER.search(statement) is not None
        or _PHONE.search(statement) is not None
    )


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


def _years(folded: _Folded) -> tuple[float | None, str | None]:
    text = folded.text
    match = folded.pattern(_YEARS).search(text) if folded.may_match(_YEARS_CUE) else None
    if not match:
        return None, None
    years = _number(match.group("n"))
    after = folded.pattern(_SUBJECT_AFTER).match(text[match.end() :])
    subject = _clean_subject(after.group("s")) if after else None
    if not subject:
        before = None
        for before in folded.pattern(_SUBJECT_BEFORE).finditer(text[: match.start()]):  # noqa: B007 (keep the last)
            pass
        subject = _clean_subject(before.group("s")) if before else None
    if not subject:
        setting = folded.pattern(_SETTING_AFTER).match(text[match.end() :])
        words = set(re.findall(r"[\w/&-]+", setting.group("s").lower())) - {"or", "and"} if setting else set()
        if words and not words <= _NOT_A_SETTING:
            kept = [_clean_subject(part) for part in re.split(r"\s+or\s+", setting.group("s"))] if setting else []
            subject = " or ".join(part for part in kept if part) or None
    return years, subject


def _setting(folded: _Folded, main_end: int) -> str | None:
    for match in folded.pattern(_SETTING).finditer(folded.text):
        value = match.group("a") or match.group("b") or match.group("c")
        if value and (match.start() >= main_end or "prefer" in match.group(0).lower()):
            return _clean_subject(value)
    return None


def _names_a_degree(statement: str, start: int, end: int) -> bool:
    """Whether the degree :func:`levels_in` found at ``start:end`` is one (see ``_AFTER_BARE_DEGREE``)."""
    word = statement[start:end]
    if len(word) != 2 or not word.isupper():
        return True
    if not statement[:start].strip() and _ONLY_FIRMNESS.fullmatch(statement, end):
        return True  # "BS preferred", "MS required"
    return _AFTER_BARE_DEGREE.match(statement, end) is not None or _DEGREE_CONTEXT.search(statement) is not None


def read_statement(statement: str, heading_kind: RequirementKind = "required") -> StatementFacts:
    """The facts of one requirement statement.

    >>> facts = read_statement("3+ years of professional nursing experience, preferably in a hospital setting")
    >>> facts.kind, facts.years, facts.subject, facts.setting, facts.aspect
    ('required', 3.0, 'nursing', 'hospital', 'experience')
    """
    folded = _Folded(statement)
    main_end = _main_clause_end(folded)
    kind = _kind(folded, main_end, heading_kind)
    years, subject = _years(folded)
    levels = levels_in(statement[:main_end])
    if levels:
        levels = [found for found in levels if _names_a_degree(statement, found[1], found[2])]
    level = field = None
    if levels and not (years is not None and not folded.pattern(_DEGREE_WORD).search(folded.text)):
        order = ("high_school", "certificate", "associate", "bachelor", "master", "doctorate")
        level = min((lv for lv, _, _ in levels), key=order.index)
        field = next((f for _, _, end in levels if (f := _fields(statement, end))), None)
        field = field or degree_field(statement, levels[0][1])
    setting = _setting(folded, main_end) if years is not None else None
    if years is not None:
        aspect: RequirementAspect = "experience"
    elif level is not None:
        aspect = "education"
    elif folded.may_match(_CREDENTIAL_CUES) and folded.pattern(_CREDENTIAL).search(folded.text):
        aspect = "credential"
    else:
        aspect = "terms"
    return StatementFacts(kind, years, subject, level, field, setting, aspect)
