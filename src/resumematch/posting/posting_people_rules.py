"""The cues that a person a posting names is not the hire, as data
(``data/posting_people.json``, with the person words of ``data/people.json``), validated
by :meth:`PostingPeopleRules.from_dict`, which rejects unknown keys. ``posting/others.py``
reads a posting with them; kept apart as ``match/people_rules.py`` is from ``match/people.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import VocabError
from ..match.assertion import packaged_rules
from ..match.people_rules import default_people_rules

__all__ = ["PostingPeopleRules", "default_posting_people_rules", "hire_holds_no_licence"]

_LISTS = (
    "cues_before",
    "label_cues",
    "cues_before_a_determiner",
    "determiners",
    "cues_before_a_count",
    "count_words",
    "list_joiners",
    "list_openers",
    "breakers",
    "clause_openers",
    "body_openers",
    "service_cues_before",
    "service_cues_after",
    "duty_cues_before",
    "elsewhere_cues",
    "acts_on_the_hire",
    "hire_objects",
    "staff_owners",
    "staff_copulas",
)
_WORD_LISTS = ("group_words", "person_endings", "body_words", "service_categories")
_PATTERNS = ("unlicensed_hire_titles", "unlicensed_hire_acts")
_KEYS = {"schema", "description", "max_scope", "max_items", *_PATTERNS, *_WORD_LISTS, *_LISTS}


def _phrases(values: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(v.lower().split()) for v in values)


@dataclass(frozen=True)
class PostingPeopleRules:
    """The cues that a person a posting names is not the hire (``data/posting_people.json``)."""

    cues_before: frozenset[tuple[str, ...]]
    label_cues: frozenset[tuple[str, ...]]
    cues_before_a_determiner: frozenset[str]
    determiners: frozenset[str]
    cues_before_a_count: frozenset[str]
    count_words: frozenset[str]
    list_joiners: frozenset[str]
    list_openers: frozenset[tuple[str, ...]]
    breakers: frozenset[str]
    clause_openers: frozenset[str]
    person_words: frozenset[str]
    group_words: frozenset[str]
    person_endings: tuple[str, ...]
    max_scope: int
    max_items: int
    unlicensed_hire_titles: re.Pattern[str] | None = None
    """Title words of a hire who holds no licence (a recruiter, a sales representative): the
    licences and clinical titles such a posting names outside its requirements are others'."""
    unlicensed_hire_acts: re.Pattern[str] | None = None
    """What such a hire does to people ("recruit", "source", "place", "sell to", "call on"):
    the people named after one of them in a clause are others', in a requirement too
    ("Recruit registered nurses and allied staff" asks a recruiter for no RN licence)."""
    body_words: frozenset[str] = frozenset()
    """Words that name a body of people after a cue ("report to senior leadership")."""
    body_openers: frozenset[str] = frozenset()
    """Words that open such a body after a cue where a determiner would ("to senior leadership")."""
    service_cues_before: frozenset[tuple[str, ...]] = frozenset()
    """Words before a service the employer markets or supports ("campaigns for", "promote our")."""
    service_cues_after: frozenset[tuple[str, ...]] = frozenset()
    """Words after such a service ("... and orthopedic service lines")."""
    service_categories: frozenset[str] = frozenset()
    """The categories of term such a clause names as a service, not as the hire's field."""
    duty_cues_before: frozenset[tuple[str, ...]] = frozenset()
    """Words right before a duty that make it someone else's act ("We are hiring a
    Medical Receptionist": the employer hires; "under the supervision of the nurses": the
    nurses supervise)."""
    elsewhere_cues: re.Pattern[str] | None = None
    """Words after the people a sentence names that send them to another post ("Registered
    nurses: please see our other openings", "rather than applying here"): not the hire."""
    acts_on_the_hire: re.Pattern[str] | None = None
    """A person named right before one of these verbs and one of ``hire_objects`` ("The
    school nurse (RN) supervises this role", "the ward manager will support you") is the
    hire's supervisor, not the hire."""
    staff_owners: frozenset[str] = frozenset()
    """The owner of a subject that names the employer's people ("our" of "our providers")."""
    staff_copulas: frozenset[tuple[str, ...]] = frozenset()
    """Verbs after such a subject that list its people ("Our providers are physicians, nurse
    practitioners ..."): the people listed are the staff, not the hire."""

    @classmethod
    def from_dict(
        cls, raw: Mapping[str, Any], *, person_words: frozenset[str], where: str = "posting people rules"
    ) -> PostingPeopleRules:
        """Validate the rules; unknown keys are an error that lists the allowed ones."""
        problems = []
        unknown = sorted(set(raw) - _KEYS)
        if unknown:
            problems.append(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_KEYS))}")
        for key in (*_LISTS, *_WORD_LISTS, *_PATTERNS):
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                problems.append(f"'{key}' must be a list of non-empty strings")
        for key in ("max_scope", "max_items"):
            value = raw.get(key, 6)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                problems.append(f"'{key}' must be a positive integer")
        if problems:
            raise VocabError(f"{where}: " + "; ".join(problems), problems)

        def words(key: str) -> frozenset[str]:
            return frozenset(str(v).lower().strip() for v in raw.get(key, []))

        return cls(
            cues_before=_phrases(raw.get("cues_before", [])),
            label_cues=_phrases(raw.get("label_cues", [])),
            cues_before_a_determiner=words("cues_before_a_determiner"),
            determiners=words("determiners"),
            cues_before_a_count=words("cues_before_a_count"),
            count_words=words("count_words"),
            list_joiners=words("list_joiners"),
            list_openers=_phrases(raw.get("list_openers", [])),
            breakers=words("breakers"),
            clause_openers=words("clause_openers"),
            person_words=person_words,
            group_words=words("group_words"),
            person_endings=tuple(sorted(words("person_endings"))),
            max_scope=int(raw.get("max_scope", 6)),
            max_items=int(raw.get("max_items", 12)),
            unlicensed_hire_titles=_whole_words(raw.get("unlicensed_hire_titles", [])),
            unlicensed_hire_acts=_whole_words(raw.get("unlicensed_hire_acts", [])),
            body_words=words("body_words"),
            body_openers=words("body_openers"),
            service_cues_before=_phrases(raw.get("service_cues_before", [])),
            service_cues_after=_phrases(raw.get("service_cues_after", [])),
            service_categories=words("service_categories"),
            duty_cues_before=_phrases(raw.get("duty_cues_before", [])),
            elsewhere_cues=_whole_words(raw.get("elsewhere_cues", [])),
            acts_on_the_hire=_acts_on(raw.get("acts_on_the_hire", []), raw.get("hire_objects", [])),
            staff_owners=words("staff_owners"),
            staff_copulas=_phrases(raw.get("staff_copulas", [])),
        )


# "..." in a phrase of ``elsewhere_cues``: up to four words ("see our ... openings" finds
# "see our clinical openings", "see our other nursing openings", "see our Registered Nurse Case Manager
# openings").
_GAP = re.compile(r"(?:\\?\s)?\\\.\\\.\\\.(?:\\?\s)?")  # an escaped " ... "
_GAP_WORDS = r"\s+(?:[\w'’-]+\s+){0,4}"


def _whole_words(phrases: list[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern of whole-word phrases (``None`` for none); "..." in a
    phrase stands for up to four words."""
    if not phrases:
        return None
    body = "|".join(
        _GAP.sub(lambda _: _GAP_WORDS, re.escape(p.lower().strip())) for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _acts_on(verbs: list[str], objects: list[str]) -> re.Pattern[str] | None:
    """A person's clause going on to a verb of ``verbs`` and an object of ``objects``: an
    optional short parenthesis ("(RN)", or the end of the one the person stands in), up to
    three words ("will", "on duty directly"), the verb, at most one word and the object."""
    if not verbs or not objects:
        return None
    verb = "|".join(re.escape(v.lower().strip()) for v in sorted(verbs, key=len, reverse=True))
    hire = "|".join(re.escape(o.lower().strip()) for o in sorted(objects, key=len, reverse=True))
    return re.compile(
        rf"\)?[ \t]*(?:\([^()\n]{{0,40}}\))?,?(?:[ \t]+[a-z]+){{0,3}}?"
        rf"[ \t]+(?:{verb})(?:[ \t]+[a-z]+)?[ \t]+(?:{hire})(?!\w)",
        re.IGNORECASE,
    )


def hire_holds_no_licence(title: str | None, rules: PostingPeopleRules | None = None) -> bool:
    """Whether a posting's title names a hire who holds no licence ("Healthcare Recruiter -
    Travel Nursing and Allied", "Pharmaceutical Sales Representative"): the nurses such a
    posting names are the people the hire recruits or sells to, not what it asks."""
    pattern = (rules or default_posting_people_rules()).unlicensed_hire_titles
    return bool(title) and pattern is not None and pattern.search(title or "") is not None


@lru_cache(maxsize=1)
def default_posting_people_rules() -> PostingPeopleRules:
    """The rules shipped in ``resumematch/data/posting_people.json``, with the person
    words of ``data/people.json``."""
    return PostingPeopleRules.from_dict(
        packaged_rules("posting_people.json"),
        person_words=default_people_rules().person_words,
        where="resumematch/data/posting_people.json",
    )
