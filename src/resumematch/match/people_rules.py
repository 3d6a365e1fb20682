"""The people check's rules, read from ``data/people.json`` or a user's file.

Apart from :mod:`.people`, which applies them: the rules are data a user may replace
(the component's ``people_rules`` setting), validated here so a bad file fails with a
:class:`~resumematch.errors.VocabError` that names it, before any document is read.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import VocabError
from .assertion import packaged_rules, read_rules_file

__all__ = ["PeopleRules", "default_people_rules", "load_people_rules"]

_KEYS = {
    "schema",
    "description",
    "person_words",
    "determiners",
    "indefinite",
    "cues_before",
    "max_scope",
    "cues_after",
    "role_markers",
    "held_sections",
    "modifier_of",
    "department_categories",
    "department_cues_before",
    "group_after",
    "team_after",
    "group_verbs",
    "title_after",
    "title_own_cues",
    "lower_case_teams",
    "market_cues",
    "market_terms",
    "market_after",
    "market_places",
    "market_place_held",
    "clinical_holders",
    "setting_not_held",
    "worked_place_after",
    "worked_place_before",
    "served_verbs",
    "role_line_sections",
    "clinical_titles",
    "generic_terms",
    "generic_words",
    "clinical_words",
    "other_field_words",
    "top_field_words",
    "animal_field_words",
    "animal_terms",
    "instruction_words",
    "name_labels",
}
_LISTS = _KEYS - {"schema", "description", "max_scope"}


def _phrases(values: Sequence[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(v.lower().split()) for v in values)


@dataclass(frozen=True)
class PeopleRules:
    """The cues that a title or licence names other people (see the module docstring)."""

    person_words: frozenset[str]
    determiners: frozenset[str]
    indefinite: frozenset[str]
    cues_before: frozenset[tuple[str, ...]]
    max_scope: int
    cues_after: frozenset[str]
    role_markers: frozenset[str]
    held_sections: frozenset[str]
    modifier_of: frozenset[str]
    department_categories: frozenset[str] = frozenset()
    department_cues_before: frozenset[tuple[str, ...]] = frozenset()
    group_after: frozenset[str] = frozenset()
    team_after: frozenset[str] = frozenset()
    """Words after a skill written in lower case that make it a team's name ("the utilization
    review team"); a capitalised name before them may be the candidate's own team's title."""
    group_verbs: frozenset[str] = frozenset()
    title_after: frozenset[str] = frozenset()
    title_own_cues: frozenset[str] = frozenset()
    lower_case_teams: frozenset[str] = frozenset()
    market_cues: frozenset[tuple[str, ...]] = frozenset()
    market_terms: frozenset[str] = frozenset()
    market_after: frozenset[tuple[str, ...]] = frozenset()
    market_places: frozenset[tuple[str, ...]] = frozenset()
    market_place_held: frozenset[str] = frozenset()
    clinical_holders: frozenset[str] = frozenset()
    setting_not_held: frozenset[str] = frozenset()
    worked_place_after: frozenset[str] = frozenset()
    worked_place_before: frozenset[str] = frozenset()
    served_verbs: frozenset[str] = frozenset()
    """Verbs of taking things or people somewhere: a setting they reach is a place served."""
    role_line_sections: frozenset[str] = frozenset()
    clinical_titles: frozenset[str] = frozenset()
    generic_terms: frozenset[str] = frozenset()
    generic_words: frozenset[str] = frozenset()
    clinical_words: frozenset[str] = frozenset()
    other_field_words: frozenset[str] = frozenset()
    top_field_words: frozenset[str] = frozenset()
    """Other fields read only at a resume's top, not on a title's line ("Administrative Assistant,
    Hotel" is an assistant's title)."""
    animal_field_words: frozenset[str] = frozenset()
    animal_terms: frozenset[str] = frozenset()
    instruction_words: frozenset[str] = frozenset()
    """Words after which a role marker gives an instruction's source, not the candidate's role
    ("as directed by the RN/MD": "as" does not make the RN the candidate's own)."""
    name_labels: frozenset[str] = frozenset()
    """Words that name a person before a personal name ("supervisor", "preceptor", "under"):
    the credentials after "<label> Jane Roe," are that person's (:mod:`.named_people`)."""

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any], *, where: str = "people rules") -> PeopleRules:
        """Validate the rules; unknown keys are an error that lists the allowed ones."""
        problems = []
        unknown = sorted(set(raw) - _KEYS)
        if unknown:
            problems.append(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_KEYS))}")
        for key in sorted(_LISTS):
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                problems.append(f"'{key}' must be a list of non-empty strings")
        scope = raw.get("max_scope", 6)
        if not isinstance(scope, int) or scope < 1:
            problems.append("'max_scope' must be a positive integer")
        if problems:
            raise VocabError(f"{where}: " + "; ".join(problems), problems)

        def words(key: str) -> frozenset[str]:
            return frozenset(str(v).lower().strip() for v in raw.get(key, []))

        return cls(
            person_words=words("person_words"),
            determiners=words("determiners"),
            indefinite=words("indefinite"),
            cues_before=_phrases(raw.get("cues_before", [])),
            max_scope=int(scope),
            cues_after=words("cues_after"),
            role_markers=words("role_markers"),
            held_sections=words("held_sections"),
            modifier_of=words("modifier_of"),
            department_categories=words("department_categories"),
            department_cues_before=_phrases(raw.get("department_cues_before", [])),
            group_after=words("group_after"),
            team_after=words("team_after"),
            group_verbs=words("group_verbs"),
            title_after=words("title_after"),
            title_own_cues=words("title_own_cues"),
            lower_case_teams=words("lower_case_teams"),
            market_cues=_phrases(raw.get("market_cues", [])),
            market_terms=frozenset(str(v).strip() for v in raw.get("market_terms", [])),
            market_after=_phrases(raw.get("market_after", [])),
            market_places=_phrases(raw.get("market_places", [])),
            market_place_held=words("market_place_held"),
            clinical_holders=frozenset(str(v).strip() for v in raw.get("clinical_holders", [])),
            setting_not_held=frozenset(str(v).strip() for v in raw.get("setting_not_held", [])),
            worked_place_after=words("worked_place_after"),
            worked_place_before=words("worked_place_before"),
            served_verbs=words("served_verbs"),
            role_line_sections=words("role_line_sections"),
            clinical_titles=words("clinical_titles"),
            generic_terms=frozenset(str(v).strip() for v in raw.get("generic_terms", [])),
            generic_words=words("generic_words"),
            clinical_words=words("clinical_words"),
            other_field_words=words("other_field_words"),
            top_field_words=words("top_field_words"),
            animal_field_words=words("animal_field_words"),
            animal_terms=frozenset(str(v).strip() for v in raw.get("animal_terms", [])),
            instruction_words=words("instruction_words"),
            name_labels=words("name_labels"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The rules as :meth:`from_dict` reads them (how a saved spaCy pipeline keeps them)."""
        out: dict[str, Any] = {}
        for key in sorted(_LISTS):
            value = getattr(self, key)
            out[key] = sorted(" ".join(v) if isinstance(v, tuple) else v for v in value)
        out["max_scope"] = self.max_scope
        return out


def load_people_rules(path: str | os.PathLike[str]) -> PeopleRules:
    """A user's people rules file (the format of ``data/people.json``), validated; any
    problem is a :class:`~resumematch.errors.VocabError` whose message starts with the file's name."""
    return PeopleRules.from_dict(read_rules_file(path, "people rules"), where=str(path))


@lru_cache(maxsize=1)
def default_people_rules() -> PeopleRules:
    """The rules shipped in ``resumematch/data/people.json``."""
    return PeopleRules.from_dict(packaged_rules("people.json"), where="resumematch/data/people.json")
