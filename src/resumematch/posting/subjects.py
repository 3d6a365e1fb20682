"""What the years of a posting's requirement are of: a subject, or alternatives any of which meets it.

Kept apart from ``statements.py`` (which reads a statement's firmness, years and degree)
because reading a subject is its own small grammar: "3 years of professional nursing
experience" is *nursing*; "experience in Medicaid or Marketplace enrollment, eligibility work,
health plan member services or ..." is a list of alternatives, joined by "or", that a resume's
roles are matched against one by one (docs/scoring.md).
"""

from __future__ import annotations

import re

__all__ = [
    "ACTIVITY_AFTER",
    "EXPERIENCE_ROUTE",
    "NOT_A_SETTING",
    "ROLE_AFTER",
    "SETTING_LIST_AFTER",
    "SUBJECT_LIST_AFTER",
    "activity_subjects",
    "any_of",
    "clean_subject",
    "experience_roles",
    "experience_route",
    "listed_settings",
    "listed_subjects",
    "months_of_experience",
    "not_an_amount",
    "recency_window",
]

NOT_A_SETTING = {
    "role", "roles", "position", "capacity", "similar", "related", "field", "area", "job", "post", "team",
    "clinical", "healthcare", "health", "care", "medical", "nhs", "this", "these", "same", "uk", "us",
}  # fmt: skip
# "2+ years in a health plan, medical office, call center or social services setting": a list
# of settings, any one of which counts (the single setting `statements.py` reads stops at the first comma).
# Only a list of places said to be settings: a list of fields ("in marketing, communications
# or advertising") names abstract words a role's text matches loosely by stem
# ("communications" ~ "community"), which credited practice managers for a marketer's post.
_LIST_ITEM = r"[\w/&-]+(?:\s+(?!or\b|and\b)[\w/&-]+){0,3}?"
SETTING_LIST_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:(?:[\w-]+\s+){0,2}?experience\s+)?(?:working\s+)?(?:with)?in\s+(?:an?|the)\s+"
    rf"(?P<s>{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})+,?\s+or\s+{_LIST_ITEM})\s+(?:settings?|environments?)\b",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:or\s+)?|\s+or\s+", re.IGNORECASE)
# "experience in Medicaid or Marketplace enrollment, eligibility work, health plan member
# services or a community health worker role": a list of subjects ending in "or", any one of
# which counts (an item may hold an "or" of its own). Read before the single setting,
# which stops at the first comma.
_ANY_ITEM = r"[\w/&-]+(?:\s+(?!and\b)[\w/&-]+){0,5}?"
SUBJECT_LIST_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:(?:[\w-]+\s+){0,2}?experience\s+)?(?:working\s+)?(?:with)?in\s+(?:an?\s+|the\s+)?"
    rf"(?P<s>{_ANY_ITEM}(?:\s*,\s*{_ANY_ITEM})+,?\s+or\s+{_ANY_ITEM})"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:is\s+|are\s+)?(?:required|preferred|essential|desirable)\b)",
    re.IGNORECASE,
)
_OR_SPLIT = re.compile(r"\s+or\s+", re.IGNORECASE)
_ITEM_END = re.compile(r"\s+(?:in|at|within|for|with|working|who|that|where|preferably|ideally)\b", re.IGNORECASE)
# A list item's last word that names no subject of its own ("eligibility work", "a community
# health worker role"): the item is what the work or role is about.
_GENERIC_HEADS = {"role", "roles", "work", "position", "positions", "setting", "settings", "environment"}
# A head shared by the words before it ("Medicaid or Marketplace enrollment", "outpatient or
# professional-fee coding", "acute or long-term care"): an activity's or care's noun. Other
# heads are not shared ("billing or revenue cycle": billing is no cycle).
_SHARED_HEAD = re.compile(r"(?:ing|ment|tion|sion|ance|ence|care)$")

_ADJECTIVES = {
    "professional", "relevant", "related", "progressive", "progressively", "direct", "hands-on", "prior",
    "previous", "recent", "full-time", "paid", "post-graduate", "of", "in", "as", "a", "an", "the",
    "working", "practical", "demonstrated", "proven", "combined", "total", "overall", "setting",
    "environment", "post-registration", "post-qualification", "post-qualifying", "substantial", "significant",
    "considerable", "extensive",
    "experience", "with", "and", "or", "at", "least", "minimum", "years", "year",
    # Whom the work sold to: a pharmaceutical rep's or an account executive's resume says
    # "sales", never "business-to-business sales", which every such role is.
    "business-to-business", "b2b", "business-to-consumer", "b2c",
}  # fmt: skip


def clean_subject(words: str) -> str | None:
    """The words a role's text could show: "professional nursing experience" -> "nursing"."""
    kept = [w for w in re.findall(r"[\w/&-]+", words.lower()) if w not in _ADJECTIVES]
    return " ".join(kept) or None


def any_of(words: str, *, listed: bool = False) -> str | None:
    """A subject written as alternatives, each cleaned and joined by "or": "outpatient or
    professional-fee coding" → "outpatient coding or professional-fee coding" (one word
    before "or" shares the next item's activity noun); one item reads as :func:`clean_subject`."""
    items = []
    for item in re.split(r"\s*,\s*(?:or\s+)?", words.strip()):
        # "eligibility work in a healthcare setting", "a health plan role working with
        # referrals, insurance verification or ...": what follows says where or how, not
        # another alternative
        cut = _ITEM_END.search(item)
        if item.strip():
            items.append(_OR_SPLIT.split(item[: cut.start()] if cut else item))
        if cut:
            break
    if sum(len(pieces) for pieces in items) < 2:
        return clean_subject(words)
    kept: list[str] = []
    for pieces in items:
        cleaned = [clean_subject(p) or "" for p in pieces]
        cleaned = [" ".join(w for w in c.split() if w not in _GENERIC_HEADS) or c for c in cleaned]
        for i in range(len(cleaned) - 1):
            head = cleaned[i + 1].split()
            if len(cleaned[i].split()) == 1 and len(head) > 1 and _SHARED_HEAD.search(head[-1]):
                cleaned[i] = f"{cleaned[i]} {head[-1]}"
        # in a list after "in", "a similar role" says nothing a role's text could show
        kept.extend(c for c in cleaned if c and not (listed and set(c.split()) <= NOT_A_SETTING))
    return " or ".join(dict.fromkeys(kept)) or None


# "two years of experience coordinating a community health or social service program, or
# delivering health education": the kind of work the years are of, written as an activity
# and its object (each "or" item may have its own verb). The object is the subject a role's
# text must show; the verb says what was done with it and is left to the role's lines.
_ACTIVITY = (
    r"(?:coordinat|manag|runn|deliver|provid|develop|plann|organi[sz]|administer|conduct|implement|facilitat)ing"
)
ACTIVITY_AFTER = re.compile(
    rf"^\s*(?:of\s+)?(?:[\w-]+\s+){{0,2}}?experience\s+(?:in\s+)?(?P<s>{_ACTIVITY}\b[^.;:()]*?)"
    r"(?=\s*(?:[.;:()]|$)|\s+(?:is\s+|are\s+)?(?:required|preferred|essential|desirable)\b)",
    re.IGNORECASE,
)
_OBJECT_END = re.compile(
    r",?\s+(?:including|and\s+(?:is|are|has|have)|with|as\s+well\s+as|plus|who|which|where"
    r"|or\s+(?:an?\s+|the\s+)?(?:similar|related|other|equivalent|comparable)\b)\b",
    re.IGNORECASE,
)
_ACTIVITY_VERB = re.compile(rf"\b{_ACTIVITY}\s+", re.IGNORECASE)


def activity_subjects(found: re.Match[str] | None) -> str | None:
    """The objects of the activities an ``ACTIVITY_AFTER`` match names, as alternatives:
    "coordinating a community health or social service program, or delivering health
    education" -> "community health or social service program or health education"."""
    if found is None:
        return None
    objects = []
    written = found.group("s")
    if (end := _OBJECT_END.search(written)) is not None:
        written = written[: end.start()]  # ", including hiring and supervising staff": what else, not what
    for piece in _ACTIVITY_VERB.split(written):
        cut = _ITEM_END.search(piece)  # "a medical office in a hospital setting": where, not what
        if (kept := (piece[: cut.start()] if cut else piece).strip(" ,")) and not kept.lower().endswith(" or"):
            objects.append(kept)
        elif kept:
            objects.append(kept[: -len(" or")].strip(" ,"))
    return any_of(", ".join(objects), listed=True) if objects else None


def listed_subjects(found: re.Match[str] | None) -> str | None:
    """The subjects of a list of alternatives (``SUBJECT_LIST_AFTER``), joined by "or".

    Not a list of one-word fields ("in marketing, communications or advertising"): a role's
    text matches an abstract word loosely by stem ("communications" ~ "community"), so it
    reads as its first item, as before (eighth probe of postings)."""
    subject = any_of(found.group("s"), listed=True) if found is not None else None
    return subject if subject and any(" " in part for part in subject.split(" or ")) else None


def listed_settings(found: re.Match[str] | None) -> str | None:
    """The settings of a list a role's text could show, joined by "or" (not "a similar")."""
    if found is None:
        return None
    kept = []
    for item in _LIST_SPLIT.split(found.group("s").lower()):
        cleaned = clean_subject(item)
        if cleaned and not set(cleaned.split()) <= NOT_A_SETTING:
            kept.append(cleaned)
    return " or ".join(kept) if len(kept) > 1 else None


# "experience as a healthcare assistant or care worker", "previous experience working as a
# nursing assistant", "experience of working in a care setting as a healthcare assistant,
# support worker or similar", "have worked as a medical secretary": the experience of a role
# by its title. The role is what the experience is of (its years or any such work); a title
# there that is also a credential's name ("healthcare assistant", "care assistant" of the
# CNA term) names the work, not the certificate (fourteenth session, third round).
_ROLE_WORD = (
    r"(?!(?:in|within|at|on|for|with|who|where|and|or|to|is|are|was|would|will|preferably|ideally|preferred|"
    r"required|essential|desirable|desired|needed|necessary|advantageous|beneficial|but|from|of|including)\b)[\w'’/&-]+"
)
_ROLE_ITEM = rf"{_ROLE_WORD}(?:\s+{_ROLE_WORD}){{0,4}}"
ROLE_AFTER = re.compile(
    r"\b(?:experience[ds]?|worked|working|employment|employed|background|career)\s+"
    r"(?:[\w'’/-]+\s+){0,7}?(?<!such\s)as\s+(?:an?\s+|the\s+)?"
    rf"(?P<role>{_ROLE_ITEM}(?:\s*(?:,|/|\bor\b|,\s*or\b)\s*(?:an?\s+)?{_ROLE_ITEM}){{0,4}})",
    re.IGNORECASE,
)
_NOT_A_ROLE = {
    "similar", "equivalent", "other", "another", "such", "well", "part", "member", "both", "much", "possible",
    "those", "these", "this", "that", "it", "they", "you", "we", "soon", "follows", "appropriate",
}  # fmt: skip


def experience_roles(statement: str) -> list[tuple[int, int, str]]:
    """``(start, end, subject)`` of each role a statement asks experience of by its title
    ("experience as a healthcare assistant or care worker" -> "healthcare assistant or care
    worker"); "similar" and "equivalent" items add nothing a role's text could show, and
    "as well as", "as part of" name no role."""
    found = []
    for match in ROLE_AFTER.finditer(statement):
        items = [clean_subject(p) for p in re.split(r"\s*(?:,\s*or|,|/|\bor\b)\s*(?:an?\s+)?", match.group("role"))]
        kept = [i for i in items if i and not set(i.split()) & _NOT_A_ROLE]
        if kept and kept[0] == items[0]:
            found.append((match.start("role"), match.end("role"), " or ".join(dict.fromkeys(kept))))
    return found


# "NVQ Level 3 in Business Administration, or equivalent administrative experience",
# "Educated to degree level or equivalent experience", "Bachelor's degree in health
# informatics or a related field, or equivalent experience in a data analysis role", "(or
# an equivalent combination of education and experience)": a qualification offered with an
# experience route, either of which meets the requirement (fourteenth session, third round).
EXPERIENCE_ROUTE = re.compile(
    r"\bor\s+(?:have\s+|has\s+)?(?:an?\s+)?(?:equivalent|relevant|comparable|similar)\s+"
    r"(?:level\s+of\s+|combination\s+of\s+(?:[\w-]+\s+(?:and|or|/)\s+)?)?"
    r"(?P<s>(?:(?!experience\b)[\w-]+\s+){0,3}?)experience\b"
    r"(?:\s+(?:in|of|as)\s+(?:an?\s+|the\s+)?(?P<t>[\w ,/&'’-]{2,80}?)"
    r"(?:\s+(?:roles?|settings?|environments?|fields?|disciplines?|sectors?))?"
    r"(?=\s*[.;:()]|\s*$|\s+(?:is|are|required|essential|desirable|preferred|at|within)\b))?",
    re.IGNORECASE,
)
_ROUTE_FILLER = {"work", "working", "professional", "practical", "previous", "and", "or", "education", "training"}


def experience_route(statement: str) -> str | None:
    """What the experience a statement offers instead of its qualification is of: "" when it
    names nothing ("or equivalent experience"), None when it offers no such route."""
    match = EXPERIENCE_ROUTE.search(statement)
    if match is None:
        return None
    words = [w for w in re.findall(r"[\w/&-]+", match.group("s").lower()) if w not in _ROUTE_FILLER]
    if words:
        return clean_subject(" ".join(words)) or ""
    if match.group("t"):
        return any_of(match.group("t")) or ""
    # "NVQ Level 3 in Business Administration or equivalent experience": experience equal to
    # the qualification is of its field
    field = _ROUTE_FIELD.search(statement, 0, match.end())
    if field is None:
        return ""
    named = re.sub(r"-related\b|\b(?:subjects?|disciplines?|fields?|areas?|related)\b", " ", field.group("f"))
    return any_of(named) or ""


_ROUTE_FIELD = re.compile(
    r"\bin\s+(?:an?\s+)?(?P<f>[A-Za-z][\w ,&/'’-]{2,80}?)\s*,?\s*(?:\(\s*)?"
    r"(?:or\s+equivalent\s+qualification\s*,?\s*)?or\s+(?:an?\s+)?"
    r"(?:equivalent|relevant|comparable|similar)\s+(?:[\w-]+\s+){0,3}?experience\b",
    re.IGNORECASE,
)


_RECENCY = re.compile(r"\b(?:in|within|during|over)\s+the\s+(?:last|past|previous|preceding)\s+$", re.IGNORECASE)


def recency_window(text: str, start: int) -> bool:
    """Whether the years at ``start`` bound a time window, not an amount of experience ("if
    you have lived or worked abroad for 6 months or more in the last 5 years", "within the
    past 3 years")."""
    return _RECENCY.search(text, max(0, start - 40), start) is not None


# Years that are no amount of experience: an age ("Must be 21 years of age or older", "18
# years old") or a term of the post ("a 2 year contract", "a 3-year commitment").
_NO_AMOUNT_AFTER = re.compile(
    r"\s*(?:of\s+age|old|or\s+older)\b|[\s-]*(?:contract|commitment|secondment|fixed[- ]term|appointment)\b",
    re.IGNORECASE,
)


def not_an_amount(text: str, start: int, end: int) -> bool:
    """Whether the years at ``start:end`` are no amount of experience: a time window
    (:func:`recency_window`), an age or the post's term."""
    return recency_window(text, start) or _NO_AMOUNT_AFTER.match(text, end) is not None


# "Six months of experience in customer service", "12 months' experience", "18 months of
# experience as a CNA": months of the experience itself (not "within 6 months of hire"); the
# match ends where the years' would, so that their subject is read after it alike.
_MONTHS = re.compile(
    r"\b(?:(?:at\s+least|minimum\s+(?:of\s+)?|a\s+minimum\s+of|over)\s+)?(?P<n>\d{1,2}|six|nine)\+?\s*months?(?:'|’)?"
    r"(?=\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?experience\b)",
    re.IGNORECASE,
)


def months_of_experience(text: str) -> re.Match[str] | None:
    """Where a statement asks a number of months of experience (group ``n``, the count)."""
    return _MONTHS.search(text)
