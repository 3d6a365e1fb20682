"""What a mention's place in the resume's sections says about it.

Two readings, each one pass over the mentions, and only when the document has sections:

* A section heading names the section, not a skill: "Clinical Experience" or "CLINICAL
  SKILLS:" alone on its line is where the candidate's clinical rotations or skills are
  listed, not clinical knowledge of its own (probe set 'clinical', issue #18). A hard-skill
  mention that is the whole heading line (less bullets, a colon, dashes) is dropped; the
  same words in a sentence ("strong clinical experience"), a heading with its text on the
  same line ("Clinical skills: phlebotomy, EKG") and a soft skill as a heading ("Leadership"
  over leadership roles, credited by the real resumes' labels) stay.
* A certificate or licence the Certifications/Licenses section says lapsed is not held
  through a mention elsewhere: an old job title ("Nursing Assistant 2013 to 2015") credits
  the work, but the section is where a candidate says what they hold now, so when every
  mention of the term there is expired ("State Tested Nursing Assistant (STNA) - lapsed
  2016"), its other mentions are expired too. One held mention there ("BLS (expired 2019)",
  then "BLS - AHA, 2024") keeps the term held. A lapse said elsewhere ("former telemetry nurse
  (RN license lapsed 2019)") expires the old job titles of a licence the section does not list.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from ..models import Status

__all__ = [
    "CREDENTIAL_SECTIONS",
    "HEADING_CATEGORIES",
    "HEADING_DECORATION",
    "LAPSED_HEADING_WORDS",
    "PLAN_HEADING_WORDS",
    "expire_lapsed_elsewhere",
    "heading_mentions",
    "is_heading_line",
    "plan_headed_sections",
    "read_section_headings",
    "section_kind_at",
    "within",
]

HEADING_DECORATION = " \t:-–—|•*#=_"
"""Characters a heading line may carry around its words."""
HEADING_CATEGORIES = frozenset({"hard_skill"})
"""The categories a heading line does not credit: a kind of work ("Clinical Experience",
"Clinical Skills") whose entries are read on their own. A quality ("Leadership", a heading of
leadership roles) is what the section's entries show, and the real resumes' labels credit it."""
CREDENTIAL_SECTIONS = frozenset({"certifications"})
"""The section kinds where a candidate lists the certificates and licences held."""
ROLE_TITLE_SECTIONS = frozenset({"experience", "volunteer", "projects"})
"""The section kinds whose titles name a job held then, not a licence held now."""


def heading_mentions(
    spans: Sequence[tuple[int, int]],
    categories: Sequence[str],
    text: str,
    sections: Sequence[tuple[int, int, str]],
) -> set[int]:
    """Indexes of the mentions (character ``spans``, term ``categories``) of a kind of work
    (:data:`HEADING_CATEGORIES`) that are a section's whole heading line."""
    headings: list[tuple[int, int]] = []
    for start, _, _ in sections:
        end = text.find("\n", start)
        headings.append((start, len(text) if end == -1 else end))
    headings.sort()
    firsts = [start for start, _ in headings]
    gone: set[int] = set()
    for k, (start, end) in enumerate(spans):
        if categories[k] == "title" and section_kind_at(start, sections) in CREDENTIAL_SECTIONS:
            if _card_on_line(k, spans, categories, text):
                gone.add(k)  # "Medical Administrative Assistant (CMAA)": the card's name, not a role held
            continue
        if categories[k] not in HEADING_CATEGORIES:
            continue
        at = bisect.bisect_right(firsts, start) - 1
        if at < 0:
            continue
        first, line_end = headings[at]
        if end > line_end:
            continue
        if not text[first:start].strip(HEADING_DECORATION) and not text[end:line_end].strip(HEADING_DECORATION):
            gone.add(k)
    return gone


def _card_on_line(k: int, spans: Sequence[tuple[int, int]], categories: Sequence[str], text: str) -> bool:
    """Whether a certificate or licence mention shares the line of mention ``k`` (a title in a
    credentials section): there the title names the card ("Medical Assistant (RMA), AMT"); alone
    ("PCT - Patient Care Technician certification") it is the only name the card has."""
    first = text.rfind("\n", 0, spans[k][0]) + 1
    last = text.find("\n", spans[k][1])
    last = len(text) if last == -1 else last
    return any(
        j != k and categories[j] in ("certification", "license") and first <= spans[j][0] < last
        for j in range(len(spans))
    )


LAPSED_HEADING_WORDS = frozenset({"expired", "lapsed", "inactive", "former", "past", "previous", "previously"})
"""A word that makes a credentials section's heading a list of cards no longer held ("Expired
Certifications", "Certifications (lapsed)", "Past Licenses")."""
_HEADING_WORD = re.compile(r"[a-z]+")
PLAN_HEADING_WORDS = frozenset({"progress", "pending", "planned", "future", "upcoming", "goal", "goals", "pursuing"})
"""A word that makes a credentials section's heading a list of what the candidate means to earn
("In Progress", "Certifications (pending)", "Future Training", "Goals"), not what is held."""


def _sections_headed_by(
    words: frozenset[str], spans: Sequence[tuple[int, int]], sections: Sequence[tuple[int, int, str]], text: str
) -> Iterator[tuple[int, int]]:
    """The credentials sections whose heading line names one of ``words``; a line that holds a
    mention is a card's own line ("BLS - expired 2019", "BLS - pending"), not a heading."""
    for start, end, kind in sections:
        if kind not in CREDENTIAL_SECTIONS:
            continue
        newline = text.find("\n", start)
        line_end = end if newline == -1 else min(newline, end)
        if words.isdisjoint(_HEADING_WORD.findall(text[start:line_end].lower())):
            continue
        if not any(start <= at < line_end for at, _ in spans):
            yield start, end


def plan_headed_sections(
    spans: Sequence[tuple[int, int]], statuses: list[Status], sections: Sequence[tuple[int, int, str]], text: str
) -> None:
    """Give ``in_progress`` to every held mention in a credentials section whose heading plans
    (:data:`PLAN_HEADING_WORDS`); a card on the heading's own line ("BLS - pending") is no heading."""
    for start, end in _sections_headed_by(PLAN_HEADING_WORDS, spans, sections, text):
        for k, (at, _) in enumerate(spans):
            if start <= at < end and statuses[k] == "affirmed":
                statuses[k] = "in_progress"


def read_section_headings(
    spans: Sequence[tuple[int, int]],
    term_ids: Sequence[str],
    statuses: list[Status],
    credential_ids: frozenset[str],
    sections: Sequence[tuple[int, int, str]],
    text: str,
) -> None:
    """What a credentials section's heading says of its entries: planned, then lapsed."""
    plan_headed_sections(spans, statuses, sections, text)
    expire_lapsed_elsewhere(spans, term_ids, statuses, credential_ids, sections, text)


def expire_lapsed_elsewhere(
    spans: Sequence[tuple[int, int]],
    term_ids: Sequence[str],
    statuses: list[Status],
    credential_ids: frozenset[str],
    sections: Sequence[tuple[int, int, str]],
    text: str | None = None,
) -> None:
    """Give ``expired`` to the held mentions of a certificate or licence whose every mention in a
    credentials section is expired (``statuses`` is changed in place), and first to every one in
    a credentials section whose heading says its cards lapsed (``text``: :data:`LAPSED_HEADING_WORDS`);
    a lapse outside the sections expires the role sections' held mentions of a term they do not list.
    Nothing to do, and no pass over the mentions, when no mention is expired and no such heading
    (most resumes)."""
    if text is not None:
        for start, end in _sections_headed_by(LAPSED_HEADING_WORDS, spans, sections, text):
            for k, ((at, _), term_id) in enumerate(zip(spans, term_ids, strict=True)):
                if start <= at < end and term_id in credential_ids and statuses[k] == "affirmed":
                    statuses[k] = "expired"
    if "expired" not in statuses:
        return
    listed = [(start, end) for start, end, kind in sections if kind in CREDENTIAL_SECTIONS]
    there: dict[str, set[Status]] = {}
    lapsed_outside: set[str] = set()
    for (start, _), term_id, status in zip(spans, term_ids, statuses, strict=True):
        if term_id not in credential_ids:
            continue
        if within(start, listed):
            there.setdefault(term_id, set()).add(status)
        elif status == "expired":
            lapsed_outside.add(term_id)
    lapsed = {term_id for term_id, seen in there.items() if "expired" in seen and "affirmed" not in seen}
    for k, term_id in enumerate(term_ids):
        if term_id in lapsed and statuses[k] == "affirmed":
            statuses[k] = "expired"
    # "Former telemetry nurse (RN license lapsed 2019)" over a job titled "Registered Nurse": a
    # lapse said outside a credentials section expires the old titles too, unless one lists it.
    lapsed_outside -= there.keys()
    if lapsed_outside:
        roles = [(start, end) for start, end, kind in sections if kind in ROLE_TITLE_SECTIONS]
        for k, ((start, _), term_id) in enumerate(zip(spans, term_ids, strict=True)):
            if term_id in lapsed_outside and statuses[k] == "affirmed" and within(start, roles):
                statuses[k] = "expired"


def section_kind_at(offset: int, sections: Sequence[tuple[int, int, str]] | None) -> str | None:
    """The kind of the section (``(start, end, kind)``) that holds character ``offset``, if any."""
    return next((kind for start, end, kind in sections or () if start <= offset < end), None)


def within(offset: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether character ``offset`` lies in one of ``ranges`` (``(start, end)``)."""
    return any(start <= offset < end for start, end in ranges)


def is_heading_line(text: str, offset: int, *, after: bool = False) -> bool:
    """Whether the line ending at ``offset`` (or, ``after``, holding it) is written in capitals."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset) if after else offset
    line = text[start : len(text) if end == -1 else end]
    return any(c.isalpha() for c in line) and line.upper() == line
