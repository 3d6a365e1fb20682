"""Resume section detection from headings, with the headings in a data file.

Resumes announce their sections with short heading lines ("PROFESSIONAL EXPERIENCE",
"Licenses & Certifications:", "Education"). Like medspaCy's sectionizer, the rules
are data (``data/sections.json``), so a user can read and extend them without touching
code, or give the spaCy component a file of their own (its ``section_headings``
setting). A mention's section lets the scorer and the report say *where* a skill
appears (a certification listed under "Certifications" is stronger evidence than one
named in an objective).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import VocabError
from ..models import Section

__all__ = ["SECTION_KINDS", "SectionHeadings", "default_section_headings", "detect_sections", "heading_kind"]

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


@dataclass(frozen=True)
class SectionHeadings:
    """The heading table: each normalised heading phrase and the section kind it announces.

    Read from ``data/sections.json`` or a user's file of the same format; the spaCy
    component carries it in its config and saves it with ``to_disk``.
    """

    table: Mapping[str, str]
    """Normalised phrase → section kind."""
    first_words: frozenset[str] = field(init=False, compare=False)
    """The first word of every phrase (and that word without trailing "_"): a cheap first test."""

    def __post_init__(self) -> None:
        firsts = {key.split()[0] for key in self.table if key}
        object.__setattr__(self, "first_words", frozenset(firsts | {word.rstrip("_") for word in firsts}))

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.table.items())))

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any], *, where: str = "section headings") -> SectionHeadings:
        """Validate ``{"schema": 1, "sections": {kind: [phrase, ...]}}``; every problem is
        collected into one :class:`~resumematch.errors.VocabError` starting with ``where``."""
        problems = []
        unknown = sorted(set(raw) - _KEYS)
        if unknown:
            problems.append(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_KEYS))}")
        if raw.get("schema", 1) != 1:
            problems.append(f"'schema' must be 1, not {raw.get('schema')!r}")
        sections = raw.get("sections")
        table: dict[str, str] = {}
        if not isinstance(sections, Mapping) or not sections:
            problems.append("'sections' must be an object mapping a section kind to a list of heading phrases")
            sections = {}
        for kind, phrases in sections.items():
            if kind not in SECTION_KINDS:
                problems.append(f"section kind {kind!r} is not one of: {', '.join(SECTION_KINDS)}")
                continue
            if not isinstance(phrases, list) or not all(isinstance(p, str) and _normalise(p) for p in phrases):
                problems.append(f"'sections.{kind}' must be a list of heading phrases with letters or digits")
                continue
            for phrase in phrases:
                key = _normalise(phrase)
                if table.get(key, kind) != kind:
                    problems.append(f"the heading {phrase!r} is claimed by both {table[key]!r} and {kind!r}")
                table[key] = kind
        if problems:
            raise VocabError(f"{where}: " + "; ".join(problems), problems)
        return cls(table)

    def to_dict(self) -> dict[str, Any]:
        """The table as :meth:`from_dict` reads it (the normalised phrases, by kind)."""
        by_kind: dict[str, list[str]] = {}
        for phrase, kind in self.table.items():
            by_kind.setdefault(kind, []).append(phrase)
        return {"schema": 1, "sections": {kind: sorted(phrases) for kind, phrases in by_kind.items()}}


_KEYS = frozenset({"schema", "description", "sections"})


@lru_cache(maxsize=1)
def default_section_headings() -> SectionHeadings:
    """The headings shipped in ``resumematch/data/sections.json``."""
    raw = resources.files("resumematch.data").joinpath("sections.json").read_text("utf-8")
    return SectionHeadings.from_dict(json.loads(raw), where="resumematch/data/sections.json")


_SPACED_LETTERS = re.compile(r"^(?:\w ){3,}\w$")
_INLINE_HEADING = re.compile(r"^\s*([^:\n]{2,40}?)\s*[:|]\s*\S")


_FIRST_WORD = re.compile(r"[^\W_]\w*")
"""From the first letter or digit, as :func:`_normalise` starts: the heading's first word,
perhaps with trailing underscores that its end trimming would drop."""
_ASCII_FIRST_WORD = re.compile(r"[a-z0-9][a-z0-9_]*")
"""``_FIRST_WORD`` for lower-cased ASCII text, without a Unicode look-up per character."""


def _lookup(text: str, headings: SectionHeadings) -> str | None:
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
    if first is None or first.group().rstrip("_") not in headings.first_words:
        return None
    normalised = _normalise(stripped)
    if not normalised or len(normalised.split()) > _MAX_HEADING_WORDS:
        return None
    return headings.table.get(normalised)


def heading_kind(line: str, headings: SectionHeadings | None = None) -> str | None:
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
    headings = headings or default_section_headings()
    kind = _lookup(line, headings)
    if kind is not None or (":" not in line and "|" not in line):
        return kind  # an inline heading needs its ':' or '|'
    inline = _INLINE_HEADING.match(line)
    return _lookup(inline.group(1), headings) if inline else None


def detect_sections(text: str, headings: SectionHeadings | None = None) -> tuple[Section, ...]:
    """Split ``text`` into sections at heading lines; text before the first heading has none.

    Each section runs from its heading to the next heading (or the end of the text).
    ``headings``: a heading table (:class:`SectionHeadings`); ``None``, the packaged one.
    """
    headings = headings or default_section_headings()
    found: list[tuple[str, str, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        # A blank or long line is a heading only as a label before ':' or '|'
        # (heading_kind's own first test, made here without a call for such lines).
        stripped = line.strip()
        if (stripped and len(stripped) <= 60) or ":" in line or "|" in line:
            kind = heading_kind(line, headings)
            if kind is not None:
                found.append((kind, stripped, offset))
        offset += len(line)
    sections = []
    for index, (kind, heading, start) in enumerate(found):
        end = found[index + 1][2] if index + 1 < len(found) else len(text)
        sections.append(Section(kind=kind, heading=heading, start=start, end=end))
    return tuple(sections)
