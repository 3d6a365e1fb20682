"""A candidate as a recruiter reads them: their own headline and role titles (role family
shares, licence levels), the licences their resume affirms, specialties and languages.

Only the candidate's words about themselves count: the resume's first lines and the
titles of their dated roles (``resume.roles.find_roles``), and licence terms affirmed in a
licence or certification section or the headline (a certificate of an unlicensed level,
such as a CNA's, also under Education or Skills); never a licence named in a sentence
about other people ("assisted registered nurses").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..models import Document, Mention, Role
from ..resume.dates import find_date_ranges
from ..resume.degrees import DEGREE_LINE
from ..resume.roles import duty_line
from .fit_data import Level, family_votes, fit_data, highest_levels, not_nhs, own_words
from .title_phrases import WORDS, compact

__all__ = [
    "HEADLINE_WEIGHT",
    "ROLE_WEIGHTS",
    "CandidateFit",
    "candidate_fit",
    "headline",
    "role_titles",
    "title_holds",
]

_HEADLINE_LINES = 3
ROLE_WEIGHTS = (1.0, 0.8, 0.6, 0.5, 0.4)
"""How much each dated role's title counts, most recent first (older ones are not read)."""
HEADLINE_WEIGHT = 1.5
"""How much the headline (the resume's first lines) counts against the latest role's 1."""
_MINOR_ROLE = 1 / 3
RECENT_ROLES = 2
"""The latest roles that are always read as what the candidate is, however old."""
OLD_ROLE_YEARS = 7.0
"""A role that ended more than this many years before the resume's newest written date
(and is not one of the ``RECENT_ROLES`` latest) is background, not what the candidate is:
the levels its title names are not held (a licence or certificate listed as held still
counts, from its mention)."""
_NHS_RESUME = re.compile(r"\bNHS\b|\bNMC\b|\bBand [5-8]\b")
"""A resume of NHS work: its "Clinical Nurse Specialist" titles are a registered nurse's."""
_NHS_WORDS = ("NHS", "NMC", "Band ")
"""Literal words, one of which every match of ``_NHS_RESUME`` holds (it is case-sensitive)."""
_TRAINEE_TITLE = re.compile(
    r"\b(?:student|trainee|apprentice)\s+(?:[\w'’-]+\s+){0,2}?(?:nurse|nursing\s+associate|midwife)\b",
    re.IGNORECASE,
)
"""A trainee's title ("Student Nurse", "Trainee Nursing Associate", "Apprentice Registered
Nurse"): it names the licence trained for, not one held; the candidate holds the ladder's
entry rung that needs no licence (the care such a trainee gives), as a trainee's post asks
(``posting_fit``). Only the words before the level: "Staff Nurse, Student Health Center" is
an RN."""
_OPEN_END = re.compile(r"present|current|now|today|ongoing|date", re.IGNORECASE)
_HELD_SECTIONS = frozenset({"certifications", "summary", "contact", None})
_CERTIFICATE_SECTIONS = _HELD_SECTIONS | {"education", "skills"}
"""Where a certificate of an unlicensed level (a CNA's, a medical assistant's, a
phlebotomist's) is held when affirmed anywhere in the section: many list the course that
gave it under Education or Skills ("Certified Nursing Assistant 08/2010"). A licence (LPN,
RN) counts only in a licence section or the headline: "Registered Nurse programme" under
Education may be a course not finished."""


@dataclass(frozen=True)
class CandidateFit:
    """Who the candidate is, from their own titles: family shares, levels held, specialties."""

    families: dict[str, float]
    levels: dict[str, Level]
    titles: tuple[str, ...]
    specialties: frozenset[str]
    languages: frozenset[str]
    basic_languages: frozenset[str] = frozenset()
    """Languages the candidate names with a level below fluency ("Intermediate in Spanish",
    "Spanish (conversational)"): they do not meet a posting that requires the language."""
    role_levels: dict[str, Level] = field(default_factory=dict)
    """The highest licensed level in each ladder that the titles of the candidate's current dated
    roles name (not the headline's words, not a licence listed, not an old role): a
    licence these show is partly shown (``signals.licences_by_title``)."""
    background_levels: dict[str, Level] = field(default_factory=dict)
    """The highest level in each ladder read only from old roles' titles (``old_roles``):
    background a recruiter credits in part, never a level held now."""
    work_families: dict[str, dict[str, float]] = field(default_factory=dict)
    """For an office family (``work_families`` in ``data/fit.json``), the family shares when
    each dated role whose lines show that family's work reads as it (a role whose title names
    no family or only a healthcare one, no licence: the clinic clerk under a nursing
    attendant's title; only the families some role's work shows): role fit for such a post
    takes the better of this reading and ``families``."""


_BELOW_FLUENT = r"(?:basic|beginner|beginning|elementary|intermediate|conversational|limited)"


def _basic_languages(lowered: str, languages: frozenset[str]) -> frozenset[str]:
    """The languages the resume qualifies, anywhere, with a level below fluency: a level
    word just before ("intermediate in spanish", "conversational spanish") or just after
    ("spanish (conversational)", "spanish - basic"). The candidate's own word for their
    level; a recruiter who requires fluency reads it as not fluent."""
    basic = set()
    for name in languages:
        language = re.escape(name)
        pattern = rf"\b{_BELOW_FLUENT}(?:\s+(?:in|level))?\s+{language}\b|\b{language}\s*[(:,\-–]\s*{_BELOW_FLUENT}\b"
        if re.search(pattern, lowered):
            basic.add(name)
    return frozenset(basic)


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
    under its dates ("02/2016 to 10/2016" / "RN - OR, Company, City"); never a duty line (a
    bullet or a sentence), whose people are the role's customers or colleagues ("- Call on
    nurses")."""
    end = text.find("\n", offset)
    if end == -1:
        return ""
    following = text.find("\n", end + 1)
    line = text[end + 1 : following if following != -1 else len(text)]
    return line if len(line) <= _TITLE_LINE_CHARS and not duty_line(line) else ""


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


def title_holds(title: str, level: Level) -> bool:
    """Whether a role title names ``level`` or a rung above it on the same ladder ("Oncology
    Nurse", "Charge Nurse" hold the RN rung), not as a trainee's ("Student Nurse")."""
    if _TRAINEE_TITLE.search(title):
        return False
    return any(
        held.ladder == level.ladder and held.rank >= level.rank for held in fit_data().title_levels(title, not_nhs)
    )


def old_roles(roles: Sequence[Role]) -> list[bool]:
    """For each role, whether a recruiter reads it as background rather than as what the
    candidate is: not one of the ``RECENT_ROLES`` latest, and ended more than
    ``OLD_ROLE_YEARS`` before the newest date the resume writes. An open end ("to
    Present") is no written date: it stands for the day the resume is read, not the day
    it was written, so such a role gives its start, and is never old itself."""
    if len(roles) <= RECENT_ROLES:
        return [False] * len(roles)
    open_end = [bool(_OPEN_END.search(role.dates)) for role in roles]
    written = [role.start if is_open else role.end for role, is_open in zip(roles, open_end, strict=True)]
    newest = dt.date.fromisoformat(max(written))
    return [
        index >= RECENT_ROLES
        and not is_open
        and (newest - dt.date.fromisoformat(role.end)).days > OLD_ROLE_YEARS * 365.25
        for index, (role, is_open) in enumerate(zip(roles, open_end, strict=True))
    ]


def _family_shares(read: Iterable[tuple[float, dict[str, float]]]) -> dict[str, float]:
    """Each family's share of the titles' votes, a title's votes adding up to its weight."""
    shares: dict[str, float] = {}
    for weight, votes in read:
        total = sum(votes.values())
        for family, vote in votes.items():
            shares[family] = shares.get(family, 0.0) + weight * vote / total
    total = sum(shares.values())
    return {family: share / total for family, share in shares.items()} if total else {}


def _work_families(
    roles: Sequence[Role], mentions: Sequence[Mention], read: list[tuple[float, dict[str, float], bool]]
) -> dict[str, dict[str, float]]:
    """For each office family of ``work_families``, the family shares when every role read
    (``read[1:]``, after the headline) whose own lines show at least its ``min_terms`` of the
    family's terms votes for that family alone, where its title may be re-read (the third
    item of ``read``: a title naming no family or only a healthcare one, and no licensed
    level); only the families some role shows. One pass over the mentions, the few roles
    read scanned for each work term."""
    work = fit_data().work_families
    shown: list[dict[str, set[str]]] = [{} for _role in roles]
    for mention in mentions:
        if mention.status != "affirmed":
            continue
        for family, (terms, _least) in work.items():
            if mention.term_id in terms:
                for index, role in enumerate(roles):
                    if role.offset <= mention.start < role.end_offset:
                        shown[index].setdefault(family, set()).add(mention.term_id)
    readings: dict[str, dict[str, float]] = {}
    for family, (_terms, least) in work.items():
        doing = [len(found.get(family, ())) >= least and read[i + 1][2] for i, found in enumerate(shown)]
        if not any(doing):
            continue
        readings[family] = _family_shares(
            (weight, {family: 1.0} if index and doing[index - 1] else votes)
            for index, (weight, votes, _rereadable) in enumerate(read)
        )
    return readings


def candidate_fit(document: Document, roles: Sequence[Role], mentions: Sequence[Mention]) -> CandidateFit:
    """The candidate's role family (shares of their headline and recent role titles),
    the highest licence level held in each ladder, and the specialties and languages
    their resume names."""
    data = fit_data()
    top = headline(document.text)
    titles = [top, *role_titles(document, roles)[: len(ROLE_WEIGHTS)]]
    weights = [HEADLINE_WEIGHT, *ROLE_WEIGHTS]
    old = [False, *old_roles(roles)]
    read: list[tuple[float, dict[str, float], bool]] = []  # each title's weight, votes, whether work re-reads it
    held: list[Level] = []
    in_roles: list[Level] = []
    background: list[Level] = []
    # Read only if asked, and known without reading when the text holds none of the
    # pattern's literal words (most resumes: each title is then looked up once less).
    nhs_resume = (
        functools.cache(lambda: _NHS_RESUME.search(document.text) is not None)
        if any(word in document.text for word in _NHS_WORDS)
        else not_nhs
    )
    for index, (written, weight) in enumerate(zip(titles, weights, strict=False)):
        title = own_words(written)
        squeezed = compact(title)  # read once for the title's look-ups (levels, families, NHS titles)
        levels = data.title_levels(title, nhs_resume, squeezed=squeezed)
        if levels and any(lv.licensed for lv in levels) and _TRAINEE_TITLE.search(title):
            entry = data.entry_rungs
            levels = [kept for lv in levels if (kept := entry.get(lv.ladder) if lv.licensed else lv) is not None]
        if index < len(old) and old[index]:
            # Background: the level is credited in part (``background_levels``); the
            # title still votes for the family at its place's weight (a quarter of it
            # was tried: dev NDCG@10 0.938 -> 0.936).
            background += levels
        else:
            held += levels
            if index:
                in_roles += [lv for lv in levels if lv.licensed]  # only a licence is read from them
        if data.minor.find(title.split("\n")[0] if written is top else title):
            weight *= _MINOR_ROLE
        votes = family_votes(title, levels, squeezed=squeezed)
        # May its work re-read it (``work_families``)? Not a licence's title, nor another field's.
        rereadable = not any(lv.licensed for lv in levels) and votes.keys() <= data.work_read_titles
        read.append((weight, votes, rereadable))
    families = _family_shares((weight, votes) for weight, votes, _rereadable in read)
    headline_end = len(top) + document.text.find(top[:20]) if top else 0
    for mention in mentions:
        level = data.level_by_term.get(mention.term_id)
        if level is None or mention.status != "affirmed":
            continue
        in_licence_place = mention.section in _HELD_SECTIONS and (
            mention.section == "certifications" or mention.start <= headline_end
        )
        if in_licence_place or (not level.licensed and mention.section in _CERTIFICATE_SECTIONS):
            held.append(level)
    lowered = document.text.lower()
    words = frozenset(WORDS.findall(lowered))
    languages = frozenset(data.languages.labels_in(lowered, words))
    now = highest_levels(held)
    return CandidateFit(
        families=families,
        levels=now,
        titles=tuple(t for t in titles if t),
        specialties=frozenset(data.specialties.labels_in(lowered, words)),
        languages=languages,
        basic_languages=_basic_languages(lowered, languages) if languages else frozenset(),
        role_levels=highest_levels(in_roles) if in_roles else {},
        work_families=_work_families(roles[: len(read) - 1], mentions, read) if roles else {},
        background_levels={
            ladder: level
            for ladder, level in highest_levels(background).items()
            if ladder not in now or now[ladder].rank < level.rank
        },
    )
