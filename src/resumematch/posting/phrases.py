"""A requirement's key phrases that no loaded vocabulary names ("LOINC", "typing skills").

A vocabulary is never complete, and a posting that asks for "Cardiology experience" asks
for something a resume can show even when resumematch has no term for it. Rather than
drop such asks (and tell the applicant "a resume cannot show this"), the phrases are
picked out by a few plain patterns, without a parser: capitalised acronyms, "X
experience", "X skills", "knowledge of X" and its kin, "X certification", language
names, and a name capitalised inside a sentence ("caring for adults with an Autistic
Spectrum Condition"; not a place's, a person's, a day's or a month's). Spans a
vocabulary term already covers are left out. Scoring checks each phrase in a resume as
written (with inflections) and weighs it below a vocabulary term.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources

from ..models import PostingPhrase, RequirementKind

__all__ = ["place_names", "unknown_phrases"]

_ACRONYM = re.compile(r"(?<![\w/-])(?P<p>[A-Z][A-Z0-9&]{1,6})(?:s|'s)?(?![\w-])")
# Acronyms that are no skill: places, employers' own words, grades and the posting's grammar.
_NOT_ACRONYMS = {
    "NHS", "UK", "US", "USA", "EEO", "EOE", "AND", "OR", "THE", "FOR", "NOT", "FT", "PT", "II", "III", "IV",
    "VI", "ID", "PO", "AM", "PM", "HR", "CV", "JD", "FAQ", "ADA", "DEI", "ACLU", "NB", "TBC", "TBD", "OK",
    "WTE", "AFC", "NI", "PIN", "LS",
    "RN", "LPN", "LVN", "MA", "BA", "BS", "MS", "MSN", "BSN", "PHD", "GED", "LGBTQ", "LGBT",
}  # fmt: skip
_GENERIC = {
    "a", "an", "the", "and", "or", "of", "in", "with", "to", "for", "on", "at", "as", "by", "from", "your",
    "our", "their", "this", "that", "these", "some", "any", "all", "other", "own", "good", "excellent",
    "strong", "great", "solid", "sound", "basic", "working", "demonstrable", "demonstrated", "proven",
    "previous", "prior", "relevant", "related", "recent", "significant", "extensive", "considerable",
    "substantial", "professional", "practical", "general", "similar", "appropriate", "effective",
    "outstanding", "exceptional", "superb", "well", "developed", "highly", "very", "high", "level", "levels",
    "clinical", "work", "job", "role", "post", "area", "field", "life", "lived", "people", "personal",
    "interpersonal", "communication", "written", "verbal", "oral", "organisational", "organizational",
    "leadership", "management", "team", "customer", "service", "paid", "unpaid", "voluntary", "volunteer",
    "previously", "current", "hands", "up", "date", "skills", "skill", "experience", "knowledge",
    "understanding", "ability", "abilities", "be", "is", "are", "have", "has", "must", "will", "can",
    "would", "should", "required", "preferred", "desirable", "essential", "minimum", "years", "year",
    "including", "such", "e", "g", "eg", "ie", "etc", "using", "use", "new", "data", "it", "like", "tools",
    "you", "we", "they", "candidates", "candidate", "applicants", "applicant", "individuals", "staff",
    "demonstrate", "demonstrating", "show", "able", "but", "plus", "evidence", "gain", "gained", "develop",
    "registration", "partnership", "polices", "policies", "reflect", "administration",
    "specialist", "also", "both", "either", "further", "additional", "more", "most",
    # an alternative route's sameness and a training offer's time, which no resume writes as
    # a skill: "or equivalent experience", "desirable but full training given", "or obtained
    # during training", "within 6 weeks"
    "equivalent", "equivalents", "equivalence", "comparable", "alternative", "standard", "full",
    "obtained", "obtain", "during", "within", "week", "weeks", "month", "months",
}  # fmt: skip
_BOUNDARY = r"[,.;:()!?\n]|\s(?:and|or|is|are|as|to|including|such|required|preferred|desirable|essential|a\s+plus)\b"
_BEFORE = re.compile(
    r"(?P<p>(?:[A-Za-z][\w/&+-]*\s+){1,3}?)(?P<what>experience|skills|certification|certificate|training)\b",
)
_AFTER = re.compile(
    r"\b(?:knowledge|understanding|proficiency|proficient|fluency|fluent|familiarity|familiar|competence|"
    r"competent|experience|experienced|trained|certified|skilled)\s+(?:of|in|with|using)\s+"
    rf"(?P<p>(?:[A-Za-z][\w/&+-]*)(?:\s+[A-Za-z][\w/&+-]*){{0,3}}?)(?={_BOUNDARY}|\s*$)",
    re.IGNORECASE,
)
_LANGUAGE_WORD = re.compile(r"[A-Z][a-z]+(?:\s+(?:Creole|Sign\s+Language))?")
# A name the posting capitalises inside a sentence ("caring for adults with an Autistic
# Spectrum Condition", "proven experience in Orthopaedic Surgery"): a specialty, a
# condition or a service, unless it names a place or a person.
_NAME = re.compile(r"(?<![\w'’-])[a-z][a-z'’]*,?\s+(?P<p>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})(?![\w-])")
_NOT_IN_A_NAME = re.compile(
    r"\b(?:Units?|Areas?|Wards?|Hospitals?|Centre|Center|Trust|Clinic|Department|Team|Foundation|Board|Practice|"
    r"Campus|Site|Institute|School|College|University|Partnership|Manager|Managers|Nurse|Nurses|Director|Officer|Assistant|Assistants|Worker|Workers|"
    r"Coordinator|Practitioner|Practitioners|Lead|Sister|Matron|Doctor|Consultant|Service|Services|Group|Ltd|Limited|"
    r"Street|Road|England|Scotland|Wales|Ireland|Britain|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b"
)


# "John Farman Intensive Care Unit (JFICU)": an acronym the posting defines as the name of a
# place; "Staff Bank Services at CUH": an acronym the posting is at or from. Not "Service":
# "Disclosure and Barring Service (DBS)" names a check the candidate must pass.
_PLACE_NOUNS = (
    r"(?:Unit|Units|Area|Ward|Wards|Hospital|Hospitals|Centre|Center|Trust|Clinic|Department|"
    r"Team|Foundation|Board|Practice|Campus|Site|Institute|School|College|University|Group|Partnership)"
)
_DEFINED_PLACE = re.compile(rf"\b(?:[A-Z][\w'’&-]*\s+){{0,6}}{_PLACE_NOUNS}\s*\(\s*(?P<p>[A-Z][A-Z0-9&]{{1,6}})\s*\)")
_AT_PLACE = re.compile(r"\b(?:at|within|across|join|joining)\s+(?:the\s+)?(?P<p>[A-Z][A-Z0-9&]{1,6})(?![\w-])")


def place_names(text: str) -> frozenset[str]:
    """The acronyms a posting uses as the names of its employer, sites and units (CUH,
    JFICU): no skill to look for in a resume, whichever statement names them."""
    return frozenset(m.group("p") for pattern in (_DEFINED_PLACE, _AT_PLACE) for m in pattern.finditer(text))


@functools.lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """The languages ``data/fit.json`` lists (without spaces: "haitiancreole")."""
    raw = json.loads(resources.files("resumematch.data").joinpath("fit.json").read_text("utf-8"))
    return frozenset(raw["languages"])


def _key(words: str) -> str | None:
    """The phrase to look for: the content words, lower-cased, without leading fillers."""
    kept = [w for w in re.findall(r"[\w/&+-]+", words) if w.lower() not in _GENERIC]
    key = " ".join(kept).strip(" -/&").lower()
    if not key or len(key) < 3 or len(kept) > 4 or any(ch.isdigit() for ch in key):
        return None
    return key


def unknown_phrases(
    statement: str,
    kind: RequirementKind,
    covered: Iterable[tuple[int, int]] = (),
    *,
    places: frozenset[str] = frozenset(),
) -> tuple[PostingPhrase, ...]:
    """The key phrases of one requirement statement that no vocabulary term covers.

    ``covered`` are the spans (offsets into ``statement``) of the statement's vocabulary
    mentions; a phrase overlapping one is the vocabulary's, not unknown. ``places`` are
    the posting's names for its sites and units (:func:`place_names`), never a phrase.

    >>> [p.key for p in unknown_phrases("Cardiology experience; knowledge of LOINC", "required")]
    ['LOINC', 'cardiology']
    """
    spans = list(covered)
    if not statement.strip() or statement.isupper():
        return ()
    found: dict[str, PostingPhrase] = {}

    def add(text: str, key: str | None, start: int, end: int) -> None:
        if key is None or key.lower() in found or any(s < end and start < e for s, e in spans):
            return
        found[key.lower()] = PostingPhrase(text=text.strip(), key=key, kind=kind, statement=statement)
        spans.append((start, end))  # "knowledge of LOINC measures" after "LOINC" is the same ask

    for match in _ACRONYM.finditer(statement):
        word = match.group("p")
        if (
            word not in _NOT_ACRONYMS
            and word not in places
            and not word.isdigit()
            and sum(ch.isalpha() for ch in word) >= 2
        ):
            add(word, word, match.start(), match.end())
    languages = _languages()
    for match in _LANGUAGE_WORD.finditer(statement):
        if match.group(0).lower().replace(" ", "") in languages:
            add(match.group(0), match.group(0).lower(), match.start(), match.end())
    for match in _BEFORE.finditer(statement):
        key = _key(match.group("p"))
        if key is not None and key.upper() != key:
            start = match.start("p") + len(match.group("p")) - len(match.group("p").lstrip())
            add(statement[start : match.end()], key, match.start("p"), match.end("p"))
    for match in _AFTER.finditer(statement):
        key = _key(match.group("p"))
        if key is not None:
            add(match.group(0), key, match.start("p"), match.end("p"))
    for match in _NAME.finditer(statement):
        name = match.group("p")
        if not _NOT_IN_A_NAME.search(name) and name.lower().replace(" ", "") not in languages:
            add(name, _key(name), match.start("p"), match.end("p"))
    return tuple(found.values())
