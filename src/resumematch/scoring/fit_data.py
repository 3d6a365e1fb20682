"""The recruiter's word lists of ``data/fit.json``, compiled once: role families and how
well each fits another, the licence ladders, specialties, seniority words, languages.

:func:`fit_data` reads them; :func:`family_votes` reads one title's family and
:func:`highest_levels` the top rung held on each ladder. ``posting_fit.py`` reads a
posting with them and ``candidate_fit.py`` a resume (``fit.py`` gathers the three).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .title_phrases import PhraseLookup, compact

__all__ = [
    "CHARS_PER_WORD",
    "FAMILIES",
    "LADDER_VOTE",
    "FitData",
    "Level",
    "TitleOpening",
    "family_votes",
    "fit_data",
    "fit_json",
    "highest_levels",
    "own_words",
]

FAMILIES = (
    "clinical",
    "technician",
    "administrative",
    "management",
    "research",
    "hr",
    "sales",
    "it",
    "marketing",
    "hospitality",
    "finance",
    "procurement",
    "facilities",
    "education",
    "community",
    "other",
)
LADDER_VOTE = 2.0
"""A licence level named in a title votes for its family as much as a two-word phrase."""
_WEAK_VOTE = 0.5
CHARS_PER_WORD = 8
"""A phrase found without its spaces votes about its number of words: its length / 8."""


@dataclass(frozen=True)
class Level:
    """One rung of a field's ladder (nursing: aide < MA < LPN < RN < APRN)."""

    ladder: str
    name: str
    rank: float
    licensed: bool
    family: str
    terms: tuple[str, ...]


def not_nhs() -> bool:
    """The ``in_nhs`` of a text known not to be the NHS's (:meth:`FitData.title_levels` then
    skips the NHS title look-up, whose answer could not change the levels)."""
    return False


@dataclass(frozen=True)
class TitleOpening:
    """Words of a post's title that open it to a second family (``open_to_it``, ``open_to_hr``,
    ``open_to_research`` in ``fit.json``): for a post of one of ``posts``' families whose title
    has one of ``phrases``, role fit also reads every candidate by ``family``'s row."""

    phrases: PhraseLookup
    family: str
    posts: frozenset[str]


_TITLE_OPENINGS = ("open_to_it", "open_to_hr", "open_to_research")
"""``fit.json``'s title openings, in the order they are tried (the first that applies wins)."""


@dataclass(frozen=True)
class FitData:
    families: PhraseLookup
    family_fit: dict[str, dict[str, float]]
    levels: PhraseLookup
    level_by_term: dict[str, Level]
    specialties: PhraseLookup
    seniority: PhraseLookup
    languages: PhraseLookup
    unregistered: PhraseLookup
    minor: PhraseLookup
    weak: frozenset[str]
    field_families: frozenset[str]
    """Posting families whose terms count as far as the candidate's family fits (``field_words``)."""
    field_floor: float
    customers_families: frozenset[str]
    """Posting families whose clinical words name the customers (``field_words``'s
    ``customers_words``): the setting, healthcare-work and text parts also count as far as
    the candidate's family fits."""
    text_factor: float
    """What the text similarity part's weight is multiplied by on a post of ``text_factor_families``."""
    text_factor_families: frozenset[str]
    """Fields of their own outside healthcare's work, whose posts the clinical vocabulary
    reads little of (``field_words``'s ``text_factor``)."""
    unvocabulary_families: frozenset[str]
    """Families whose work the shipped vocabulary does not name (``field_words``'s
    ``not_a_role_for_scoring``): a posting of theirs naming no term is still refused."""
    registered_heads: PhraseLookup
    """Title words of a clinical post a registered clinician holds in practice (``registered_heads``)."""
    registered_level: Level
    open_to_clinical: PhraseLookup
    """Words of an office post open to nurses as well (``open_to_clinical``)."""
    open_level: Level
    """The lowest rung those words open the post to."""
    title_openings: tuple[TitleOpening, ...]
    """A digital or IT project's, a staffing office's and a community or public-health
    programme's office posts (:data:`_TITLE_OPENINGS`), tried in that order."""
    open_to_care: frozenset[str]
    """Roles of ``role_duties`` whose posts take care staff as readily as office staff
    (``open_to_care``: a care coordinator's): role fit also reads such a post by
    ``open_care_family``'s row, for every candidate whatever their rung."""
    open_care_family: str
    open_to_support: PhraseLookup
    """Words of a hospital support post's title whose work is moving patients
    (``open_to_patient_support``: a porter's): role fit also reads such a post by
    ``open_support_family``'s row, for every candidate whatever their rung."""
    open_support_family: str
    programme_posts: PhraseLookup
    """Words of an office post's title that make it a programme's (``programme_posts``):
    the executive-level part is not judged there."""
    nhs_registered: PhraseLookup
    """Advanced-practice titles that name a registered nurse's post in the NHS ("Clinical
    Nurse Specialist - Band 7"; ``nhs_registered_titles``)."""
    nhs_level: Level
    entry_rungs: dict[str, Level]
    """Each ladder's lowest rung that needs no licence (nursing: the aide), if it has one."""
    in_training: PhraseLookup
    """Title words of a post whose hire trains for the licensed rung the title names (``in_training``)."""
    work_families: dict[str, tuple[frozenset[str], int]]
    """For an office or a manager's post's family, the terms of its work and how many a
    role's lines must show to read as that family (``work_families``)."""
    work_read_titles: frozenset[str]
    """The families of the titles that a role's work may re-read (``work_families``'s
    ``titles_of``: healthcare titles; a title naming none is re-read too)."""
    trades: frozenset[str]
    """Ladders that are trades of one allied-health field (``trades``): a rung of another of
    them earns ``trade_credit``, nearer the post than another field's rung."""
    trade_credit: float
    registered_as_other: dict[str, frozenset[str]]
    """Posting families that read a candidate holding a licensed rung as another field, each
    with the rungs so read (empty: every licensed rung)."""
    title_heads: frozenset[str]
    """Families a title's head noun names, a post's level rather than its field (``title_fields``)."""
    title_fields: tuple[str, ...]
    """Families a title's modifier names as the post's field, over a head's (``title_fields``)."""
    field_modifiers: PhraseLookup
    """Field words read in a posting's title only, each voting for its field (``title_fields``)."""
    posting_rungs: PhraseLookup
    """Rung titles read in a posting's title only (``posting_title_rungs``: a physician's specialty)."""
    generic_rungs: frozenset[str]
    """Rung words any rung of their ladder may hold ("nurse", "charge nurse"; ``generic_rungs``):
    a title that also names a rung of that ladder is read by it ("LPN Charge Nurse")."""

    def title_levels(self, title: str, in_nhs: Callable[[], bool], *, squeezed: str | None = None) -> list[Level]:
        """The ladder levels ``title`` names. Where ``in_nhs()`` (asked only for such a title)
        says the text is the NHS's, a ``nhs_registered`` title ("Clinical Nurse Specialist")
        names a registered nurse's post (Band 6/7), not the US advanced-practice rung.
        ``squeezed``: ``compact(title)``, when the caller has it."""
        # A title naming another role that holds a rung's words ("Veterinary Nurse", "Family
        # Support Worker", ``not_rungs``) finds no rung there: its phrase is labelled None.
        named = [(level, found) for level, found in self.levels.find_in_title(title, squeezed) if level is not None]
        if len(named) > 1:
            named = self._named_rungs(named)
        if in_nhs is not_nhs:  # the answer is known: no title of this text is looked up as the NHS's
            return [level for level, _found in named]
        nhs_titles = {found for _nhs, found in self.nhs_registered.find_in_title(title, squeezed)}
        if nhs_titles and in_nhs():
            return [self.nhs_level if found in nhs_titles else level for level, found in named]
        return [level for level, _found in named]

    def _named_rungs(self, named: list[tuple[Level, str]]) -> list[tuple[Level, str]]:
        """``named`` without the rungs found by a generic word of a ladder ("charge nurse")
        whose rung the title also names otherwise ("LPN Charge Nurse": the LPN's post)."""
        specific = {level.ladder for level, found in named if compact(found) not in self.generic_rungs}
        return [
            (level, found)
            for level, found in named
            if compact(found) not in self.generic_rungs or level.ladder not in specific
        ]


@functools.cache
def fit_json() -> dict[str, Any]:
    """``data/fit.json`` as read, once per process (each scoring module compiles its own lists)."""
    raw: dict[str, Any] = json.loads(resources.files("resumematch.data").joinpath("fit.json").read_text("utf-8"))
    return raw


@functools.cache
def fit_data() -> FitData:
    """``data/fit.json``, compiled once per process."""
    raw = fit_json()
    family_phrases: dict[str, str] = {}
    family_abbreviations: dict[str, str] = {}
    for family, entry in raw["families"].items():
        for phrase in entry["phrases"]:
            family_phrases[phrase] = family
        for abbreviation in entry["abbreviations"]:
            family_abbreviations[abbreviation] = family
    level_phrases: dict[str, Level | None] = dict.fromkeys(raw["not_rungs"]["phrases"])
    level_abbreviations: dict[str, Level] = {}
    by_term: dict[str, Level] = {}
    entry_rungs: dict[str, Level] = {}
    by_name: dict[str, Level] = {}
    for ladder, rungs in raw["ladders"].items():
        for rung in rungs:
            level = Level(
                ladder, rung["level"], float(rung["rank"]), bool(rung["licensed"]), rung["family"], tuple(rung["terms"])
            )
            by_name[level.name] = level
            for phrase in rung["phrases"]:
                level_phrases[phrase] = level
            for abbreviation in rung["abbreviations"]:
                level_abbreviations[abbreviation] = level
            for term in level.terms:
                by_term[term] = level
            if not level.licensed and (ladder not in entry_rungs or level.rank < entry_rungs[ladder].rank):
                entry_rungs[ladder] = level
    fit = {row: dict(columns) for row, columns in raw["family_fit"].items() if row != "description"}

    def labelled(groups: dict[str, list[str]]) -> PhraseLookup:
        return PhraseLookup({p: name for name, phrases in groups.items() for p in phrases}, {})

    return FitData(
        families=PhraseLookup(family_phrases, family_abbreviations),
        family_fit=fit,
        levels=PhraseLookup(
            level_phrases,
            level_abbreviations,
            not_after=raw["not_holder_after"],
            not_before_word=raw["not_holder_before_employer"]["phrases"],
        ),
        level_by_term=by_term,
        specialties=labelled(raw["specialties"]),
        seniority=labelled(raw["levels"]),
        languages=PhraseLookup({name: name for name in raw["languages"]}, {}),
        unregistered=PhraseLookup.flags(raw["unregistered"]["phrases"]),
        minor=PhraseLookup.flags(raw["minor_roles"]["phrases"]),
        weak=frozenset(compact(p) for p in raw["weak_heads"]["phrases"]),
        field_families=frozenset(raw["field_words"]["families"]),
        field_floor=float(raw["field_words"]["floor"]),
        customers_families=frozenset(raw["field_words"]["customers_words"]["families"]),
        text_factor=float(raw["field_words"]["text_factor"]["factor"]),
        text_factor_families=frozenset(raw["field_words"]["text_factor"]["families"]),
        unvocabulary_families=frozenset(raw["field_words"].get("not_a_role_for_scoring", ())),
        registered_heads=PhraseLookup.flags(raw["registered_heads"]["phrases"]),
        registered_level=by_term[raw["registered_heads"]["level"]],
        open_to_clinical=PhraseLookup.flags(raw["open_to_clinical"]["phrases"]),
        open_level=by_term[raw["open_to_clinical"]["level"]],
        title_openings=tuple(
            TitleOpening(PhraseLookup.flags(raw[key]["phrases"]), raw[key]["family"], frozenset(raw[key]["posts"]))
            for key in _TITLE_OPENINGS
        ),
        open_to_care=frozenset(raw["open_to_care"]["roles"]),
        open_care_family=raw["open_to_care"]["family"],
        open_to_support=PhraseLookup.flags(raw["open_to_patient_support"]["phrases"]),
        open_support_family=raw["open_to_patient_support"]["family"],
        programme_posts=PhraseLookup.flags(raw["programme_posts"]["phrases"]),
        nhs_registered=PhraseLookup(
            dict.fromkeys(raw["nhs_registered_titles"]["phrases"], True),
            dict.fromkeys(raw["nhs_registered_titles"]["abbreviations"], True),
        ),
        nhs_level=by_term[raw["nhs_registered_titles"]["level"]],
        entry_rungs=entry_rungs,
        in_training=PhraseLookup.flags(raw["in_training"]["phrases"]),
        work_families={
            family: (frozenset(entry["terms"]), int(entry["min_terms"]))
            for family, entry in raw["work_families"]["families"].items()
        },
        work_read_titles=frozenset(raw["work_families"]["titles_of"]),
        trades=frozenset(raw["trades"]["ladders"]),
        trade_credit=float(raw["trades"]["credit"]),
        registered_as_other={
            family: frozenset(rungs) for family, rungs in raw["registered_as_other"]["families"].items()
        },
        title_heads=frozenset(raw["title_fields"]["heads"]),
        title_fields=tuple(raw["title_fields"]["fields"]),
        field_modifiers=labelled(raw["title_fields"]["modifiers"]),
        generic_rungs=frozenset(compact(p) for p in raw["generic_rungs"]["phrases"]),
        posting_rungs=PhraseLookup(
            {p: by_name[rung["level"]] for rung in raw["posting_title_rungs"]["rungs"] for p in rung["phrases"]}, {}
        ),
    )


_SERVES = re.compile(
    r"\b((?:assistant|secretary|pa|administrator|coordinator|clerk|advisor|adviser)\b[ \t]+to)"
    r"[ \t]+(?:the[ \t]+)?[^\n]*",
    re.IGNORECASE,
)
"""An office title's "to the <post>" ("PA to the Chief Executive", "Personal Assistant to the
Director of Nursing"): the post named is whom the holder serves, no family or rung of theirs."""


def own_words(title: str) -> str:
    """``title`` without the post its holder serves (:data:`_SERVES`)."""
    return _SERVES.sub(r"\1", title) if " to " in title.lower() else title


def family_votes(text: str, levels: list[Level] | None = None, *, squeezed: str | None = None) -> dict[str, float]:
    """Votes of one title for each family: a phrase votes about its number of words (a weak
    head such as "coordinator" half a word), a licence level two. ``squeezed``:
    ``compact(text)``, when the caller has it."""
    data = fit_data()
    votes: dict[str, float] = {}
    for family, found in data.families.find_in_title(text, squeezed):
        vote = _WEAK_VOTE if found in data.weak else max(1.0, len(found) / CHARS_PER_WORD)
        votes[family] = votes.get(family, 0.0) + vote
    if levels is None:
        levels = data.title_levels(text, not_nhs, squeezed=squeezed)
    for level in levels:
        votes[level.family] = votes.get(level.family, 0.0) + LADDER_VOTE
    return votes


def highest_levels(levels: Iterable[Level]) -> dict[str, Level]:
    """The highest level held in each ladder."""
    best: dict[str, Level] = {}
    for level in levels:
        if level.ladder not in best or level.rank > best[level.ladder].rank:
            best[level.ladder] = level
    return best
