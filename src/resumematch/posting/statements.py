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
from .asks import states_no_need
from .subjects import (
    ACTIVITY_AFTER,
    NOT_A_SETTING,
    SETTING_LIST_AFTER,
    SUBJECT_LIST_AFTER,
    activity_subjects,
    any_of,
    clean_subject,
    experience_roles,
    listed_settings,
    listed_subjects,
    months_of_experience,
    not_an_amount,
)

__all__ = ["StatementFacts", "main_clause_end", "read_statement", "statement_kind"]

_PREFERRED = re.compile(
    # "a plus" with its adjective too ("a big plus", "an added plus", "a huge bonus")
    r"\b(prefer(?:red|ably|ence)?|(?:is|are|would be)?\s*an?\s+"
    r"(?:(?:big|huge|strong|definite|added|real|great|major)\s+)?plus"
    r"|a\s+(?:(?:big|huge|strong|definite|added|real|great|major)\s+)?bonus|bonus|nice[- ]to[- ]have"
    r"|ideally|ideal candidate(?![^.;]{0,40}?\b(?:must|required)\b)|desired|desirable|advantage(?:ous)?|helpful"
    # the wish in other word classes: worth, a need denied, an invitation, a maybe, a score, a fit
    r"|would be great|not required|optional|beneficial|(?:would\s+be|is|are)\s+(?:\w+\s+)?(?:useful|valuable)"
    r"|an?\s+(?:\w+\s+)?asset|not\s+(?:essential|mandatory)|encouraged\s+to\s+apply|(?:particularly|especially|also)\s+welcomed?"
    r"|(?:may|might)\s+also\s+have|you\s+(?:may|might)\s+have\s+(?!to\b)|(?:extra|bonus)\s+points|would\s+suit)\b",
    re.IGNORECASE,
)
_PREFERRED_WORDS = (  # each match of _PREFERRED holds one (lower-cased): a quick test first
    "prefer", "plus", "bonus", "nice", "ideal", "desir", "advantage", "helpful", "great", "not required", "optional",
    "benefic", "useful", "valuable", "asset", "not ", "encouraged", "welcome", "may", "might", "points", "suit",
)  # fmt: skip
# A trailing clause that softens only itself: ", preferably ...", "; hospital experience preferred"
# (each match holds one of _QUALIFIER_WORDS). Also "ideally"/"preferably" before a preposition
# mid-sentence ("Post registration experience ideally of working in more than one clinical
# area"): it softens only the phrase it opens.
_QUALIFIER = re.compile(
    r"(?:[,;(]|\s[-–—]\s)\s*(?=(?:preferably|ideally|with\s+\w+(?:\s+\w+)?\s+preferred|[\w\s-]{1,40}?\s+preferred\b))"
    r"|(?<=\w)\s+(?=(?:preferably|ideally)\s+(?:of|in|within|with|at|from|on)\b)"
    # ", and the Care Certificate would be an advantage": a trailing clause that says it is wished for
    # (not ", which is desirable" or ", this would be an advantage": those speak of the main clause)
    r"|[,;](?!\s*(?:which|that|this|it|these|they|although|though|while|whilst|if)\b)\s*"
    r"(?=(?:and\s+|but\s+)?[\w\s'’/-]{1,60}?\s+(?:would\s+be|is|are)\s+(?:an?\s+|also\s+)?"
    r"(?:advantage(?:ous)?|desirable|beneficial|helpful|plus|useful|valuable|(?:\w+\s+)?asset)\b)",
    re.IGNORECASE,
)
_QUALIFIER_WORDS = "preferabl ideally preferred advantage desirable benefic helpful plus useful valuable asset".split()
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a": 1, "an": 1,
}  # fmt: skip
_NUM = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
_YEARS = re.compile(
    rf"(?:(?:at\s+least|minimum\s+(?:of\s+)?|a\s+minimum\s+of|over|more\s+than)\s+)?"
    rf"(?P<n>{_NUM})(?:\s*\(\d+\))?(?:\s+or\s+more)?\s*(?:\+|plus|(?:\s*[-–]|\s+to)\s*{_NUM})?\s*(?:\+\s*)?"
    rf"(?:full[- ]time\s+)?years?(?:'|’)?(?:\s+or\s+(?:more|longer|greater))?",
    re.IGNORECASE,
)
_SUBJECT_AFTER = re.compile(
    # "of outpatient or professional-fee coding experience": alternatives before the word, too.
    # Not a comma list of them ("1+ year of front desk, reception or customer service
    # experience"): read as no subject (any years count), as before (docs/scoring.md).
    r"^\s*(?:of\s+)?(?P<s>(?:[\w/&-]+\s+){0,5}?)"
    r"(?:experience|roles?|work|practice(?!\s+(?:management|manager|administration|operations)\b)|background)\b",
    re.IGNORECASE,
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
_SUBJECT_BEFORE = re.compile(r"(?P<s>(?:[\w/&-]+\s+){0,4}?)(?:experience|roles?)\b", re.IGNORECASE)
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
        SETTING_LIST_AFTER,
        SUBJECT_LIST_AFTER,
        ACTIVITY_AFTER,
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


# "BLS, ACLS or PALS preferred", "Bachelor's degree in business, marketing or a related field
# preferred": the comma only parts the items of one list, which the last word softens whole;
# not where the main clause is firm ("Current BLS required, ACLS or PALS preferred") or the
# tail is another kind of ask ("RN license, ICU or ED experience preferred"). After a
# semicolon the list is a clause of its own ("High school diploma; associate or bachelor's
# degree in business, health or a related field preferred": the diploma stays required).
_LIST_TAIL = re.compile(
    r",\s*(?:(?:or|and)\s+|[\w\s'’/-]{1,40}?\s(?:or|and)\s+)[\w\s'’/-]{1,40}?\s+preferred\W*$", re.IGNORECASE
)
_OTHER_ASK = re.compile(r"\b(?:experience|years?)\b", re.IGNORECASE)


def _main_clause_end(folded: _Folded) -> int:
    match = folded.pattern(_QUALIFIER).search(folded.text) if folded.may_match(_QUALIFIER_CUES) else None
    if match is None:
        return len(folded.text)
    at = match.start()
    text = folded.text
    if text[at] == "," and _LIST_TAIL.match(text, at) and not _OTHER_ASK.search(text, at):
        clause = text.rfind(";", 0, at) + 1
        if not _FIRM.search(text, clause, at):
            return clause - 1 if clause else len(text)
    return at


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


# "Care Certificate, or willingness to complete it", "(or be willing to complete it)", "or
# working towards it": the item before is not needed to apply, only wished for.
_WILLING = re.compile(
    r"[,(]?\s*\bor\s+(?:an?\s+|the\s+)?(?:(?:be\s+)?willing(?:ness)?\s+to\s+"
    r"(?:complete|obtain|undertake|achieve|gain|work\s+towards?)|(?:be\s+|currently\s+)?working\s+towards?)\b",
    re.IGNORECASE,
)
_ITEM_EDGE = re.compile(r"[,;(]")
# "you must be able to complete CPR certification within 90 days", "obtain BLS within 30 days
# of hire": a credential the hire gains after starting is not needed to apply (held, a plus).
_PERIOD = r"within\s+(?:\d+|one|two|three|four|six|nine|twelve|eighteen)\s+(?:days?|weeks?|months?|years?)\b"
_GAINED_AFTER = re.compile(
    r"\b(?:complete|obtain|earn|gain|achieve|acquire)\s+(?P<item>[^.;,()]{2,80}?)\s+" + _PERIOD, re.IGNORECASE
)
_GAINED_AFTER_ITEM = re.compile(
    r",?\s+(?:must|to|will|should)\s+be\s+(?:obtained|completed|earned|acquired|gained)\s+" + _PERIOD, re.IGNORECASE
)


def wished_items(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that an "or willingness to complete it" makes a wish: each from
    the last comma, semicolon or parenthesis before the cue (or the start) to the cue, so
    that "experience as a healthcare assistant, and hold a Care Certificate (or be willing
    to complete it)" still asks for the experience. A credential gained within a period
    after hire ("complete CPR certification within 90 days", "BLS, to be obtained within 30
    days of hire") is wished for likewise."""
    spans: list[tuple[int, int]] = []
    if "within" in text:
        spans.extend(found.span("item") for found in _GAINED_AFTER.finditer(text))
        for found in _GAINED_AFTER_ITEM.finditer(text):
            edges = [m.end() for m in _ITEM_EDGE.finditer(text, 0, found.start())]
            spans.append((edges[-1] if edges else 0, found.start()))
    if "willing" not in text and "toward" not in text and "Willing" not in text:
        return spans
    for found in _WILLING.finditer(text):
        edges = [m.end() for m in _ITEM_EDGE.finditer(text, 0, found.start())]
        spans.append((edges[-1] if edges else 0, found.start()))
    return spans


def statement_kind(statement: str, heading_kind: RequirementKind = "required") -> RequirementKind:
    """``"preferred"`` when the statement's main clause or its heading softens it (unless
    the statement itself says it is required), else ``"required"``."""
    folded = _Folded(statement)
    return _kind(folded, _main_clause_end(folded), heading_kind)


def _number(text: str) -> float:
    text = text.lower()
    return float(_NUMBERS[text]) if text in _NUMBERS else float(text)


_FIELD_LIST = re.compile(
    r"\b(?:in|of)\s+(?P<list>[A-Za-z][A-Za-z ,&/-]{2,120}?)(?=\s*(?:[.;:()]|\s(?:required|preferred|essential|desirable|is|are|would|will|a\s+plus)\b|$))"  # noqa: E501
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
    found = folded.pattern(_YEARS).finditer(text) if folded.may_match(_YEARS_CUE) else iter(())
    match = next((m for m in found if not not_an_amount(text, m.start(), m.end())), None) or months_of_experience(text)
    if not match:
        return None, None
    years = round(_number(match.group("n")) / (12 if "month" in match.group(0) else 1), 2)
    after = folded.pattern(_SUBJECT_AFTER).match(text[match.end() :])
    subject = any_of(after.group("s")) if after else None
    if not subject:
        subject = activity_subjects(folded.pattern(ACTIVITY_AFTER).match(text[match.end() :]))
    if not subject:
        before = None
        for before in folded.pattern(_SUBJECT_BEFORE).finditer(text[: match.start()]):  # noqa: B007 (keep the last)
            pass
        subject = clean_subject(before.group("s")) if before else None
    if not subject:
        subject = listed_settings(folded.pattern(SETTING_LIST_AFTER).match(text[match.end() :]))
    if not subject:
        subject = listed_subjects(folded.pattern(SUBJECT_LIST_AFTER).match(text[match.end() :]))
    if not subject:
        setting = folded.pattern(_SETTING_AFTER).match(text[match.end() :])
        words = set(re.findall(r"[\w/&-]+", setting.group("s").lower())) - {"or", "and"} if setting else set()
        if words and not words <= NOT_A_SETTING:
            kept = [clean_subject(part) for part in re.split(r"\s+or\s+", setting.group("s"))] if setting else []
            subject = " or ".join(part for part in kept if part) or None
    return years, subject


def _setting(folded: _Folded, main_end: int) -> str | None:
    for match in folded.pattern(_SETTING).finditer(folded.text):
        value = match.group("a") or match.group("b") or match.group("c")
        if value and (match.start() >= main_end or "prefer" in match.group(0).lower()):
            return clean_subject(value)
    return None


def _names_a_degree(statement: str, start: int, end: int) -> bool:
    """Whether the degree :func:`levels_in` found at ``start:end`` is one (see ``_AFTER_BARE_DEGREE``)."""
    word = statement[start:end]
    if len(word) != 2 or not word.isupper():
        return True
    if not statement[:start].strip() and _ONLY_FIRMNESS.fullmatch(statement, end):
        return True  # "BS preferred", "MS required"
    return _AFTER_BARE_DEGREE.match(statement, end) is not None or _DEGREE_CONTEXT.search(statement) is not None


_ROLE_CUE = re.compile(r"\bas\s+(?:an?|the)\s", re.IGNORECASE)


def read_statement(statement: str, heading_kind: RequirementKind = "required") -> StatementFacts:
    """The facts of one requirement statement.

    >>> facts = read_statement("3+ years of professional nursing experience, preferably in a hospital setting")
    >>> facts.kind, facts.years, facts.subject, facts.setting, facts.aspect
    ('required', 3.0, 'nursing', 'hospital', 'experience')
    """
    folded = _Folded(statement)
    main_end = _main_clause_end(folded)
    kind = _kind(folded, main_end, heading_kind)
    if states_no_need(statement):
        return StatementFacts(kind, None, None, None, None, None, "other")
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
    # "experience as a healthcare assistant or care worker": the experience of a role by its
    # title, with or without years, is judged on the resume's roles, not as a credential.
    roles = experience_roles(statement) if _ROLE_CUE.search(folded.text) else []
    role = next((found for start, _, found in roles if start < main_end), None)
    if role is not None and years is not None and not subject:
        subject = role
    setting = _setting(folded, main_end) if years is not None else None
    if years is not None:
        aspect: RequirementAspect = "experience"
    elif role is not None and level is None:
        aspect, subject = "experience", role
    elif level is not None:
        aspect = "education"
    elif folded.may_match(_CREDENTIAL_CUES) and folded.pattern(_CREDENTIAL).search(folded.text):
        aspect = "credential"
    else:
        aspect = "terms"
    return StatementFacts(kind, years, subject, level, field, setting, aspect)
