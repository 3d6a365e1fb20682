"""What a document is and what was found in it: Document, Term, Mention.

These models come out of extraction and matching; ``report.py`` holds the ones that
come out of job analysis and scoring. Every model has ``to_dict()`` returning only
JSON-ready values: the JSON contract (``docs/json.md``) is built from these methods.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from .frozen import fast_init

__all__ = [
    "CATEGORIES",
    "Category",
    "DegreeSpec",
    "Document",
    "DocumentFormat",
    "Mention",
    "MetStatus",
    "Method",
    "ParseWarning",
    "RequirementAspect",
    "RequirementKind",
    "Section",
    "Status",
    "Term",
]

Category = Literal[
    "hard_skill",
    "soft_skill",
    "tool",
    "certification",
    "license",
    "education",
    "regulation",
    "duty",
    "title",
]
CATEGORIES: tuple[str, ...] = get_args(Category)
"""The categories in their canonical order (the order of :data:`Category`)."""

Method = Literal["phrase", "variant", "pattern", "abbreviation", "defined_abbreviation", "fuzzy", "degree"]
"""How a mention was found: the literal phrase (any case), an inflected or reordered
variant, a token pattern of the term (verb + object, an adjective), a curated
case-sensitive abbreviation, an abbreviation the document defined itself, a near-miss
spelling, or the degree grammar (:mod:`resumematch.resume.degree_grammar`)."""

Status = Literal["affirmed", "negated", "in_progress", "expired", "hedged", "other_person"]
DocumentFormat = Literal["pdf", "docx", "text"]
RequirementKind = Literal["required", "preferred"]
RequirementAspect = Literal["experience", "education", "credential", "terms", "other"]
MetStatus = Literal["met", "partly", "not_met", "unknown"]


@fast_init
@dataclass(frozen=True)
class ParseWarning:
    """Something in the document that an applicant tracking system may miss or garble."""

    code: str
    message: str
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "page": self.page}


@fast_init
@dataclass(frozen=True)
class Section:
    """A resume section (``kind`` is canonical, e.g. ``"experience"``) and its span."""

    kind: str
    heading: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "heading": self.heading, "start": self.start, "end": self.end}


LINE_CHARS = 4_000
"""The longest line :meth:`Document.line_at` returns whole, and the most of a line any
per-mention or per-date step reads (resume lines, paragraphs included, are far shorter:
1,294 characters at most in ``../shared/fixtures``)."""


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` begins and ends, looking no further than
    ``LINE_CHARS // 2`` characters either side (where the look stops, if the line goes on).

    Steps that run per mention or per date read their line through this: a search to the
    line's real ends made a document extracted as one line quadratic.
    """
    end = start if end is None else end
    reach = LINE_CHARS // 2
    low, high = max(0, start - reach), min(len(text), end + reach)
    line_end = text.find("\n", end, high)
    return text.rfind("\n", low, start) + 1 or low, high if line_end == -1 else line_end


BISECT_SECTIONS = 16
"""Above this many sections, look-ups by offset bisect instead of scanning them all (a
scan of a resume's few sections costs less than the bisection's set-up)."""


@fast_init
@dataclass(frozen=True)
class Document:
    """Text extracted from one resume or job posting, with where it came from.

    ``page_starts[i]`` is the character offset at which page ``i + 1`` begins, so any
    character range can be traced back to its page.
    """

    text: str
    source: str
    format: DocumentFormat
    pages: int = 1
    page_starts: tuple[int, ...] = (0,)
    sections: tuple[Section, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()

    def page_of(self, offset: int) -> int:
        """The 1-based page that holds the character at ``offset``."""
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def section_of(self, offset: int) -> str | None:
        """The canonical kind of the section holding ``offset``, if any section does."""
        section = self.section_at(offset)
        return section.kind if section is not None else None

    def section_at(self, offset: int) -> Section | None:
        """The section holding ``offset`` (the first, if several do), or ``None``.

        A resume's dozen sections are scanned. Past :data:`BISECT_SECTIONS`, sections in
        order and apart (as extraction makes them) are found by bisection: a list of
        thousands of one-line headings has as many sections, and one scan per date range
        or mention made such a document quadratic.
        """
        if len(self.sections) > BISECT_SECTIONS and (starts := self._ordered_section_starts) is not None:
            i = bisect.bisect_right(starts, offset) - 1
            return self.sections[i] if i >= 0 and offset < self.sections[i].end else None
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None

    def section_after(self, offset: int) -> Section | None:
        """The first section (in order) that starts after ``offset``, or ``None``; by
        bisection past :data:`BISECT_SECTIONS` sections, as :meth:`section_at`."""
        if len(self.sections) > BISECT_SECTIONS and (starts := self._ordered_section_starts) is not None:
            i = bisect.bisect_right(starts, offset)
            return self.sections[i] if i < len(starts) else None
        return next((section for section in self.sections if section.start > offset), None)

    @functools.cached_property
    def _ordered_section_starts(self) -> list[int] | None:
        """The sections' starts when each ends before the next begins, else ``None`` (scan them)."""
        sections = self.sections
        if any(a.end > b.start or a.start > a.end for a, b in itertools.pairwise(sections)):
            return None
        return [section.start for section in sections]

    def line_at(self, offset: int) -> str:
        """The line of text around ``offset``, stripped: evidence a person can read.

        A line longer than :data:`LINE_CHARS` (a paragraph, or a document extracted as
        one line) is cut to the ``LINE_CHARS // 2`` characters either side of ``offset``,
        with "..." where it was cut: a report's evidence had held the whole of a
        2,000,000-character line for each requirement, and finding it cost as much.
        """
        text = self.text
        start, end = line_bounds(text, offset)
        line = text[start:end].strip()
        if start > 0 and text[start - 1] != "\n":
            line = "..." + line
        if end < len(text) and text[end] != "\n":
            line += "..."
        return line

    def snippet(self, start: int, end: int | None = None, *, width: int = 80) -> str:
        """The line around ``start:end``, cut to ``width`` characters so the match shows.

        A long line (a paragraph extracted as one line) is trimmed around the match with
        "..." on the cut sides, instead of showing its first characters, which may not
        contain the match at all.
        """
        end = start if end is None else end
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end == -1 else line_end
        if line_end - line_start <= width:
            return self.text[line_start:line_end].strip()
        room = max(0, width - (end - start))
        left = max(line_start, start - room // 2)
        right = min(line_end, left + max(width, end - start))
        left = max(line_start, right - max(width, end - start))
        text = self.text[left:right].strip()
        return ("..." if left > line_start else "") + text + ("..." if right < line_end else "")

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source,
            "format": self.format,
            "pages": self.pages,
            "characters": len(self.text),
            "sections": [s.to_dict() for s in self.sections],
            "warnings": [w.to_dict() for w in self.warnings],
        }
        if include_text:
            data["text"] = self.text
        return data


@fast_init
@dataclass(frozen=True)
class DegreeSpec:
    """Which degrees an education term stands for (the vocabulary's ``degree`` key).

    ``level`` alone: every degree of that level (``bachelors-degree``). ``level`` and
    ``fields``: a degree of that level in one of the fields (``bsn``: bachelor, nursing).
    ``fields`` alone: a degree of any level in one of them (``nursing-degree``). Fields
    are lower case and match the start of a degree's field ("nursing" matches "Nursing,
    Nurse Educator").
    """

    level: str | None = None
    fields: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.level is not None:
            data["level"] = self.level
        if self.fields:
            data["fields"] = list(self.fields)
        return data


@fast_init
@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary: a skill, tool, credential, degree, duty, ...

    ``aliases`` match case-insensitively and in inflected forms; ``abbreviations``
    match case-sensitively as whole tokens and are never fuzzy-matched. ``broader``
    lists ids of more general terms this one also counts for (Epic → EHR).
    ``context`` lists words of which at least one must be near an ambiguous surface
    form before it counts (empty: no evidence needed). ``degree``, on education terms,
    says which degrees the degree grammar credits to the term.
    """

    id: str
    name: str
    category: Category
    aliases: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    vocab: str = ""
    degree: DegreeSpec | None = None
    patterns: tuple[tuple[dict[str, Any], ...], ...] = field(default=(), hash=False)
    """spaCy ``Matcher`` patterns (token dicts) that also find the term; see :mod:`resumematch.match.patterns`."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "category": self.category,
            "aliases": list(self.aliases),
            "abbreviations": list(self.abbreviations),
            "broader": list(self.broader),
            "context": list(self.context),
            "vocab": self.vocab,
            "patterns": [[dict(token) for token in pattern] for pattern in self.patterns],
        }
        if self.degree is not None:
            data["degree"] = self.degree.to_dict()
        return data


@fast_init
@dataclass(frozen=True)
class Mention:
    """One place in a text where a term was found.

    ``start``/``end`` are character offsets into the extracted text, ``text`` the
    exact characters there. ``confidence`` is in 0..1.
    """

    term_id: str
    name: str
    category: Category
    text: str
    start: int
    end: int
    section: str | None = None
    method: Method = "phrase"
    confidence: float = 1.0
    status: Status = "affirmed"
    page: int | None = None
    issuer: str | None = None
    """For a certification or license: the issuing body stated next to it ("AHA")."""
    earned: str | None = None
    """For a certification or license: when it was earned, ``YYYY`` or ``YYYY-MM``."""
    expires: str | None = None
    """For a certification or license: when it expires (or expired), ``YYYY`` or ``YYYY-MM``."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "term_id": self.term_id,
            "name": self.name,
            "category": self.category,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "section": self.section,
            "page": self.page,
            "method": self.method,
            "confidence": round(self.confidence, 3),
            "status": self.status,
            "issuer": self.issuer,
            "earned": self.earned,
            "expires": self.expires,
        }
