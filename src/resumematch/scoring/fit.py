"""What a recruiter reads before the skills: role family, licence level, specialty, seniority.

The words live in ``data/fit.json`` (role families and how well each fits another,
the licence and credential ladder of each clinical field, specialties and settings,
experience-level words, languages); this module reads a posting and a resume with them:

* a **posting** (:func:`posting_fit`) by its title, plus the licences it requires;
* a **candidate** (:func:`candidate_fit`) by their own headline (the resume's first
  lines) and role titles (``experience.find_roles``), plus the licence terms the resume
  affirms in its licence or certification section or headline: never a licence named
  in a sentence about other people ("assisted registered nurses").

``signals.py`` turns the two into score parts.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..models import Document, JobProfile, Mention, Role
from ..resume.dates import find_date_ranges
from ..resume.degrees import DEGREE_LINE

__all__ = ["CandidateFit", "Level", "PostingFit", "candidate_fit", "fit_data", "posting_fit"]

FAMILIES = ("clinical", "technician", "administrative", "management", "research", "hr", "other")
_LADDER_VOTE = 2.0
"""A licence level named in a title votes for its family as much as a two-word phrase."""
_HEADLINE_LINES = 3
_ROLE_WEIGHTS = (1.0, 0.8, 0.6, 0.5, 0.4)
_HEADLINE_WEIGHT = 1.5
_MINOR_ROLE = 1 / 3
_WEAK_VOTE = 0.5
_CHARS_PER_WORD = 8
"""A phrase found without its spaces votes about its number of words: its length / 8."""
_HELD_SECTIONS = frozenset({"certifications", "summary", "contact", None})


@dataclass(frozen=True)
class Level:
    """One rung of a field's ladder (nursing: aide < MA < LPN < RN < APRN)."""

    ladder: str
    name: str
    rank: float
    licensed: bool
    family: str
    terms: tuple[str, ...]


class _Phrases:
    """Lookup of phrases (any case) and abbreviations (exact case, whole words) to labels;
    overlapping hits keep the longest, so "nursing assistant" is not also a "nurse".

    :meth:`find` matches phrases as whole words (running text); :meth:`find_in_title`
    also where a PDF lost the spaces of a short title ("PRACTICEMANAGER", "StaffNurse").
    """

    def __init__(
        self, phrases: dict[str, Any], abbreviations: dict[str, Any], *, not_after: Iterable[str] = ()
    ) -> None:
        self._phrases = {p.lower(): label for p, label in phrases.items()}
        self._compact = {_compact(p): label for p, label in self._phrases.items() if len(_compact(p)) >= 3}
        self._abbreviations = dict(abbreviations)
        self._not_after = tuple(_compact(w) for w in not_after)
        forms = sorted(self._phrases, key=len, reverse=True)
        body = "|".join(re.escape(p) for p in forms)
        self._words = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if forms else None
        self._glued = re.compile(_trie_pattern(self._compact)) if self._compact else None
        self._first_words: dict[str, list[tuple[Any, tuple[str, ...], re.Pattern[str] | None]]] = {}
        for p, label in self._phrases.items():
            parts = tuple(_WORDS.findall(p))
            if parts:
                pattern = None if p.isalnum() else re.compile(rf"(?<!\w){re.escape(p)}(?!\w)")
                self._first_words.setdefault(parts[0], []).append((label, parts, pattern))
        abbreviations_ = sorted(self._abbreviations, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in abbreviations_)
        self._exact = re.compile(rf"(?<![\w/])(?:{body})(?![\w])") if abbreviations_ else None

    def find(self, text: str) -> list[tuple[Any, str]]:
        """Phrases as whole words, and abbreviations, in running text."""
        hits = []
        if self._words is not None:
            hits += [(self._phrases[m.group().lower()], m.group()) for m in self._words.finditer(text)]
        if self._exact is not None:
            hits += [(self._abbreviations[m.group()], m.group()) for m in self._exact.finditer(text)]
        return hits

    def labels_in(self, lowered: str, words: frozenset[str]) -> set[Any]:
        """The labels of the phrases (not abbreviations) that a long text names, given
        the text lowercased and its set of words: only the phrases whose first word is in
        the set are looked at, which is much faster than one pattern over the text."""
        found = set()
        for first in words & self._first_words.keys():
            for label, parts, pattern in self._first_words[first]:
                if (
                    label not in found
                    and all(w in words for w in parts)
                    and (pattern is None or pattern.search(lowered))
                ):
                    found.add(label)
        return found

    def find_in_title(self, text: str) -> list[tuple[Any, str]]:
        """Phrases in a short title even without its spaces, and abbreviations; a phrase
        followed by a word of ``not_after`` names whom the person serves ("Physician
        Recruiter", "Nurse Staffing"), not who they are."""
        hits = []
        if self._glued is not None:
            compact = _compact(text)
            for match in self._glued.finditer(compact):
                if not compact.startswith(self._not_after, match.end()):
                    hits.append((self._compact[match.group()], match.group()))
        if self._exact is not None:
            hits += [(self._abbreviations[m.group()], m.group()) for m in self._exact.finditer(text)]
        return hits


def _trie_pattern(phrases: Iterable[str]) -> str:
    """One pattern for many literal phrases, their common prefixes shared: Python's re
    tries the alternatives of a flat "a|b|c" one by one at every position, and titles
    are read for every resume. At one position the longest phrase wins, as in a flat
    alternation sorted longest first."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alternatives = [re.escape(char) + emit(node[char]) for char in sorted(node) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


_NOT_LETTERS = re.compile(r"[^a-z0-9&]+")
_WORDS = re.compile(r"[a-z0-9]+")


def _compact(text: str) -> str:
    return _NOT_LETTERS.sub("", text.lower())


@dataclass(frozen=True)
class _Data:
    families: _Phrases
    family_fit: dict[str, dict[str, float]]
    levels: _Phrases
    level_by_term: dict[str, Level]
    specialties: _Phrases
    seniority: _Phrases
    languages: _Phrases
    unregistered: _Phrases
    minor: _Phrases
    weak: frozenset[str]


@functools.cache
def fit_data() -> _Data:
    """``data/fit.json``, compiled once per process."""
    raw = json.loads(resources.files("resumematch.data").joinpath("fit.json").read_text("utf-8"))
    family_phrases: dict[str, str] = {}
    family_abbreviations: dict[str, str] = {}
    for family, entry in raw["families"].items():
        for phrase in entry["phrases"]:
            family_phrases[phrase] = family
        for abbreviation in entry["abbreviations"]:
            family_abbreviations[abbreviation] = family
    level_phrases: dict[str, Level] = {}
    level_abbreviations: dict[str, Level] = {}
    by_term: dict[str, Level] = {}
    for ladder, rungs in raw["ladders"].items():
        for rung in rungs:
            level = Level(
                ladder, rung["level"], float(rung["rank"]), bool(rung["licensed"]), rung["family"], tuple(rung["terms"])
            )
            for phrase in rung["phrases"]:
                level_phrases[phrase] = level
            for abbreviation in rung["abbreviations"]:
                level_abbreviations[abbreviation] = level
            for term in level.terms:
                by_term[term] = level
    fit = {row: dict(columns) for row, columns in raw["family_fit"].items() if row != "description"}

    def labelled(groups: dict[str, list[str]]) -> _Phrases:
        return _Phrases({p: name for name, phrases in groups.items() for p in phrases}, {})

    return _Data(
        families=_Phrases(family_phrases, family_abbreviations),
        family_fit=fit,
        levels=_Phrases(level_phrases, level_abbreviations, not_after=raw["not_holder_after"]),
        level_by_term=by_term,
        specialties=labelled(raw["specialties"]),
        seniority=labelled(raw["levels"]),
        languages=_Phrases({name: name for name in raw["languages"]}, {}),
        unregistered=_Phrases(dict.fromkeys(raw["unregistered"]["phrases"], True), {}),
        minor=_Phrases(dict.fromkeys(raw["minor_roles"]["phrases"], True), {}),
        weak=frozenset(_compact(p) for p in raw["weak_heads"]["phrases"]),
    )


def _family_votes(text: str, levels: list[Level] | None = None) -> dict[str, float]:
    """Votes of one title for each family: a phrase votes about its number of words (a weak
    head such as "coordinator" half a word), a licence level two."""
    data = fit_data()
    votes: dict[str, float] = {}
    for family, found in data.families.find_in_title(text):
        vote = _WEAK_VOTE if found in data.weak else max(1.0, len(found) / _CHARS_PER_WORD)
        votes[family] = votes.get(family, 0.0) + vote
    if levels is None:
        levels = [level for level, _found in data.levels.find_in_title(text)]
    for level in levels:
        votes[level.family] = votes.get(level.family, 0.0) + _LADDER_VOTE
    return votes


def _highest(levels: Iterable[Level]) -> dict[str, Level]:
    """The highest level held in each ladder."""
    best: dict[str, Level] = {}
    for level in levels:
        if level.ladder not in best or level.rank > best[level.ladder].rank:
            best[level.ladder] = level
    return best


# ---------------------------------------------------------------------------- posting


@dataclass(frozen=True)
class PostingFit:
    """What the posting asks for beyond its terms (``None``/empty: it does not say)."""

    title: str | None
    family: str | None
    level: Level | None
    level_required: bool
    specialties: tuple[str, ...]
    seniority: str | None
    languages: tuple[str, ...]


_LANGUAGE_NEED = re.compile(
    r"\b(?:bilingual|fluent|fluency|speak\w*|spoken|proficien\w*|required|essential|preferred|a plus|language)\b"
)
_LANGUAGE_WINDOW = 60


def posting_fit(job: JobProfile) -> PostingFit:
    """The posting's role family, licence level, specialties, seniority and languages."""
    required = tuple(
        t.term_id for t in job.terms if t.category in ("license", "certification") and t.kind == "required"
    )
    return _posting_fit(job.title, job.text, required)


@functools.lru_cache(maxsize=64)
def _posting_fit(title: str | None, text: str, required_terms: tuple[str, ...]) -> PostingFit:
    data = fit_data()
    heading = title or ""
    votes = _family_votes(heading)
    title_levels = [level for level, _found in data.levels.find_in_title(heading)]
    level: Level | None = None
    if title_levels:
        level = max(title_levels, key=lambda lv: lv.rank)
    elif not data.unregistered.find(heading):
        # A licence the posting requires and its title does not name ("Clinical
        # Coordinator": RN required); not on a post whose title says it needs no
        # registration ("Band 3", "Support Worker"): there the nurses are colleagues.
        term_levels = [data.level_by_term[t] for t in required_terms if t in data.level_by_term]
        if term_levels:
            level = max(term_levels, key=lambda lv: lv.rank)
            votes[level.family] = votes.get(level.family, 0.0) + _LADDER_VOTE
    family = max(votes, key=lambda f: (votes[f], -FAMILIES.index(f))) if votes else None
    if family == "other":
        family = None  # a posting outside the families' fit table: role fit has nothing to judge
    body = text.lower()
    specialties = {name for name, _found in data.specialties.find_in_title(heading)}
    counts: dict[str, int] = {}
    for name, _found in data.specialties.find(text):
        counts[name] = counts.get(name, 0) + 1
    specialties |= {name for name, count in counts.items() if count >= 2}
    seniority_words = {name for name, _found in data.seniority.find_in_title(heading)}
    if not seniority_words:
        seniority_words = {name for name, _found in data.seniority.find(text) if name == "junior"}
    junior = seniority_words & {"junior", "junior in a title"}  # "trainee schedules": a text names others
    seniority = "junior" if junior else "senior" if "senior" in seniority_words else None
    languages = set()
    for name, found in data.languages.find(text):
        for match in re.finditer(re.escape(found), text):
            window = body[max(0, match.start() - _LANGUAGE_WINDOW) : match.end() + _LANGUAGE_WINDOW]
            if _LANGUAGE_NEED.search(window):
                languages.add(name)
                break
    return PostingFit(
        title=title,
        family=family,
        level=level,
        level_required=level is not None and level.licensed,
        specialties=tuple(sorted(specialties)),
        seniority=seniority,
        languages=tuple(sorted(languages)),
    )


# ---------------------------------------------------------------------------- candidate


@dataclass(frozen=True)
class CandidateFit:
    """Who the candidate is, from their own titles: family shares, levels held, specialties."""

    families: dict[str, float]
    levels: dict[str, Level]
    titles: tuple[str, ...]
    specialties: frozenset[str]
    languages: frozenset[str]


def headline(text: str) -> str:
    """The resume's first non-empty lines: where a candidate writes who they are."""
    lines = []
    for line in text[:1_500].splitlines():
        if line.strip():
            lines.append(line.strip())
            if len(lines) == _HEADLINE_LINES:
                break
    return "\n".join(lines)


_TITLE_LINE_CHARS = 120


def _next_line(text: str, offset: int) -> str:
    """The line after the one holding ``offset``: many templates put the title there,
    under its dates ("02/2016 to 10/2016" / "RN - OR, Company, City")."""
    end = text.find("\n", offset)
    if end == -1:
        return ""
    following = text.find("\n", end + 1)
    line = text[end + 1 : following if following != -1 else len(text)]
    return line if len(line) <= _TITLE_LINE_CHARS else ""


def role_titles(document: Document, roles: Sequence[Role]) -> list[str]:
    """The candidate's role titles, most recent first: each role's title and the line
    under its dates. Without dated roles in an experience section, the lines of the
    resume's date ranges that are not about a degree."""
    text = document.text
    if roles:
        return [f"{role.title}\n{_next_line(text, role.offset)}" for role in roles]
    titles = []
    for found in find_date_ranges(text):
        start = text.rfind("\n", 0, found.offset) + 1
        end = text.find("\n", found.end_offset)
        line = text[start : end if end != -1 else len(text)].replace(found.text, " ")
        title = f"{line[:_TITLE_LINE_CHARS]}\n{_next_line(text, found.offset)}"
        if not DEGREE_LINE.search(title):
            titles.append(title)
    return titles


def candidate_fit(document: Document, roles: Sequence[Role], mentions: Sequence[Mention]) -> CandidateFit:
    """The candidate's role family (shares of their headline and recent role titles),
    the highest licence level held in each ladder, and the specialties and languages
    their resume names."""
    data = fit_data()
    top = headline(document.text)
    titles = [top, *role_titles(document, roles)[: len(_ROLE_WEIGHTS)]]
    weights = [_HEADLINE_WEIGHT, *_ROLE_WEIGHTS]
    shares: dict[str, float] = {}
    held: list[Level] = []
    for title, weight in zip(titles, weights, strict=False):
        levels = [level for level, _found in data.levels.find_in_title(title)]
        held += levels
        if data.minor.find(title.split("\n")[0] if title is top else title):
            weight *= _MINOR_ROLE
        votes = _family_votes(title, levels)
        total = sum(votes.values())
        for family, vote in votes.items():
            shares[family] = shares.get(family, 0.0) + weight * vote / total
    total = sum(shares.values())
    families = {family: share / total for family, share in shares.items()} if total else {}
    headline_end = len(top) + document.text.find(top[:20]) if top else 0
    for mention in mentions:
        level = data.level_by_term.get(mention.term_id)
        if level is None or mention.status != "affirmed":
            continue
        if mention.section in _HELD_SECTIONS and (mention.section == "certifications" or mention.start <= headline_end):
            held.append(level)
    lowered = document.text.lower()
    words = frozenset(_WORDS.findall(lowered))
    return CandidateFit(
        families=families,
        levels=_highest(held),
        titles=tuple(t for t in titles if t),
        specialties=frozenset(data.specialties.labels_in(lowered, words)),
        languages=frozenset(data.languages.labels_in(lowered, words)),
    )
