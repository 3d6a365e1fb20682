"""Whether a resume names the posting's job title, in a role title or its top lines.

Kept apart from ``requirement_checks.py``: the title is no requirement statement of the
posting, and its rule (words of the title, in role titles or the headline) stands alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..models import Document, Role
from .fit_data import family_votes

__all__ = ["role_title", "title_credit"]

_TITLE_PARTS = re.compile(r"\s+[-\u2013\u2014|]\s+|,\s+")
"""What joins a title's parts: a spaced dash or bar ("Medical Assistant - Waukegan",
"Staff Nurse \u2013 Ward 7") or a comma ("Podiatrist, Band 5"); never an unspaced hyphen
("Medical-Surgical", "Education-Dallas", which is then part of a dropped part)."""


@functools.lru_cache(maxsize=512)
def role_title(title: str) -> str:
    """The role a posting's title names, without the place, clinic, ward, unit, band, shift
    or contract the title adds: the first part that names a role (votes for a role family,
    ``fit_data.family_votes``), else the first part.

    "Medical Assistant - Waukegan" -> "Medical Assistant"; "CALM Clinic - Infection Control
    Coordinator" -> "Infection Control Coordinator"; "Staff Nurse \u2013 Ward 7, Band 5" ->
    "Staff Nurse"; "Health Care Assistant - Bank" -> "Health Care Assistant"; "Nurse -
    Endoscopy" -> "Nurse" (the unit is the post's specialty, which the specialty part judges,
    not its title). A title whose dash joins two parts of the role ("Registered Nurse - Case
    Manager") loses its second part here. Read for what a person is told to write (the
    headline suggestion, the ATS headline check); :func:`title_credit` keeps the whole
    title's words (the role title there moved dev NDCG@10 0.944 -> 0.942: docs/scoring.md)."""
    parts = [part.strip() for part in _TITLE_PARTS.split(title) if part.strip()]
    if len(parts) < 2:
        return title.strip()
    return next((part for part in parts if family_votes(part)), parts[0])


_TITLE_WORDS = re.compile(r"[a-z]+")
_TITLE_FILLER = {
    "a",
    "an",
    "the",
    "of",
    "and",
    "or",
    "for",
    "to",
    "in",
    "i",
    "ii",
    "iii",
    "senior",
    "junior",
    "sr",
    "jr",
    # An NHS pay band ("Pharmacy Technician - Band 4") grades the post, it is no word of the role.
    "band",
}


def _first_lines(text: str, count: int) -> list[str]:
    """``text.splitlines()[:count]`` without splitting the rest of the text.

    Every "\\n" ends a line for ``splitlines`` (other separators only add more), so the
    first ``count`` lines lie before the ``count``-th "\\n"."""
    end = -1
    for _ in range(count):
        end = text.find("\n", end + 1)
        if end == -1:
            return text.splitlines()[:count]
    return text[:end].splitlines()[:count]


def title_credit(title: str | None, document: Document, roles: Sequence[Role]) -> tuple[float | None, str]:
    """Whether the resume names the posting's job title: in a role title or its top lines.

    ``None`` when the posting states no title (the part then has nothing to judge).
    """
    if not title:
        return None, ""
    words = [w for w in _TITLE_WORDS.findall(title.lower()) if w not in _TITLE_FILLER]
    if not words:
        return None, ""
    # The headline: the top lines before the first section heading, so a summary paragraph
    # counts as no headline whether it was extracted as one line (text) or wrapped (PDF).
    first_heading = min((section.start for section in document.sections), default=len(document.text))
    top = "\n".join(_first_lines(document.text[:first_heading], 6))
    places = [r.title for r in roles] + [top]
    best = 0.0
    lowered_title = title.lower()
    for place in places:
        lowered = place.lower()
        if lowered_title in lowered:
            return 1.0, f"'{title}' is on the resume"
        have = set(_TITLE_WORDS.findall(lowered))
        best = max(best, sum(1 for w in words if w in have) / len(words) * 0.5)
    if best > 0:
        return best, f"some words of '{title}' are in your role titles"
    return 0.0, f"'{title}' is not in your role titles or headline"
