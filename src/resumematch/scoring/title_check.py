"""Whether a resume names the posting's job title, in a role title or its top lines.

Kept apart from ``requirement_checks.py``: the title is no requirement statement of the
posting, and its rule (words of the title, in role titles or the headline) stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Document, Role

__all__ = ["title_credit"]

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
    top = "\n".join(_first_lines(document.text, 6))
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
