"""Resume section detection from headings, with the headings in a data file.

Resumes announce their sections with short heading lines ("PROFESSIONAL EXPERIENCE",
"Licenses & Certifications:", "Education"). Like medspaCy's sectionizer, the rules
are data (``data/sections.json``), so a user can read and extend them without touching
code. A mention's section lets the scorer and the report say *where* a skill appears
(a certification listed under "Certifications" is stronger evidence than one named in
an objective).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from ..models import Section

__all__ = ["SECTION_KINDS", "detect_sections", "heading_kind"]

_MAX_HEADING_WORDS = 6
_TOKENS = re.compile(r"\w+|[&/+,]")
_JOINER_CHARS = frozenset("&/+,")


def _normalise(heading: str) -> str:
    """Lower-case, join '&', 'and', '/' into one form and drop surrounding decoration.

    The heading's words (runs of word characters), with each joiner ('&', '/', '+', ',')
    as "and", one space apart: what replacing the joiners, then other punctuation, by
    spaces would leave, in one pass over the line (every line of a resume is tried).
    """
    text = heading.lower()
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():  # decoration: neither letter nor digit
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return " ".join("and" if token in _JOINER_CHARS else token for token in _TOKENS.findall(text, start, end))


@lru_cache(maxsize=1)
def _heading_table() -> dict[str, str]:
    raw = resources.files("resumematch.data").joinpath("sections.json").read_text("utf-8")
    table: dict[str, str] = {}
    for kind, phrases in json.loads(raw)["sections"].items():
        for phrase in phrases:
            table[_normalise(phrase)] = kind
    return table


SECTION_KINDS: tuple[str, ...] = (
    "contact",
    "summary",
    "experience",
    "education",
    "skills",
    "certifications",
    "projects",
    "volunteer",
    "awards",
    "publications",
    "affiliations",
    "references",
    "interests",
)


_SPACED_LETTERS = re.compile(r"^(?:\w ){3,}\w$")
_INLINE_HEADING = re.compile(r"^\s*([^:\n]{2,40}?)\s*[:|]\s*\S")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every heading in the table (and that word without trailing "_")."""
    firsts = {key.split()[0] for key in _heading_table() if key}
    return frozenset(firsts | {word.rstrip("_") for word in firsts})


_FIRST_WORD = re.compile(r"[^\W_]\w*")
"""From the first letter or digit, as :func:`_normalise` starts: the heading's first word,
perhaps with trailing underscores that its end trimming would drop."""
_ASCII_FIRST_WORD = re.compile(r"[a-z0-9][a-z0-9_]*")
"""``_FIRST_WORD`` for lower-cased ASCII text, without a Unicode look-up per character."""


def _lookup(text: str) -> str | None:
    stripped = text.strip()
    if not stripped or len(stripped) > 60:
        return None
    # "E X P E R I E N C E" (the pattern needs a space second: most lines are not tried)
    if stripped[1:2] == " " and _SPACED_LETTERS.match(stripped):
        stripped = stripped.replace(" ", "")
    # Every short line is tried; most are names, places and dates, whose first word
    # starts no heading. Checking that word first skips normalising them (a third of
    # a plain-text extraction's time).
    lowered = stripped.lower()
    first = (_ASCII_FIRST_WORD if lowered.isascii() else _FIRST_WORD).search(lowered)
    if first is None or first.group().rstrip("_") not in _first_words():
        return None
    normalised = _normalise(stripped)
    if not normalised or len(normalised.split()) > _MAX_HEADING_WORDS:
        return None
    return _heading_table().get(normalised)


def heading_kind(line: str) -> str | None:
    """The section kind a line announces, or ``None`` when the line is not a heading.

    A heading is a line of its own ("LICENSES & CERTIFICATIONS:") or a label that
    the section's content follows on the same line ("SKILLS: Python, SQL").

    >>> heading_kind("LICENSES & CERTIFICATIONS:")
    'certifications'
    >>> heading_kind("Technical Skills: Python, SQL, Terraform")
    'skills'
    >>> heading_kind("Managed patient scheduling for 3 clinics") is None
    True
    """
    kind = _lookup(line)
    if kind is not None or (":" not in line and "|" not in line):
        return kind  # an inline heading needs its ':' or '|'
    inline = _INLINE_HEADING.match(line)
    return _lookup(inline.group(1)) if inline else None


def detect_sections(text: str) -> tuple[Section, ...]:
    """Split ``text`` into sections at heading lines; text before the first heading has none.

    Each section runs from its heading to the next heading (or the end of the text).
    """
    found: list[tuple[str, str, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        # A blank or long line is a heading only as a label before ':' or '|'
        # (heading_kind's own first test, made here without a call for such lines).
        stripped = line.strip()
        if (stripped and len(stripped) <= 60) or ":" in line or "|" in line:
            kind = heading_kind(line)
            if kind is not None:
                found.append((kind, stripped, offset))
        offset += len(line)
    sections = []
    for index, (kind, heading, start) in enumerate(found):
        end = found[index + 1][2] if index + 1 < len(found) else len(text)
        sections.append(Section(kind=kind, heading=heading, start=start, end=end))
    return tuple(sections)
