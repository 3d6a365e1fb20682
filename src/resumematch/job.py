"""Job description analysis: which vocabulary terms a posting asks for, and how firmly.

A posting mixes duties, hard requirements and wishes. Each term it names is
classified as **required** or **preferred** from the words of its own statement
("preferred", "a plus", "nice to have", "ideally", ...) and from the heading it
stands under ("Preferred Qualifications"). A term named both ways counts as required.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from .models import Document, JobProfile, JobTerm, Mention, Requirement, RequirementKind
from .requirements import is_requirement_like, main_clause_end, read_statement, statement_kind
from .vocab import Vocabulary

__all__ = ["TERM_WEIGHTS", "analyze_job", "statement_kind"]

# How much a term weighs inside its part of the score, by category: credentials and
# tools are what screeners check first; soft skills are cheap to claim.
TERM_WEIGHTS: dict[str, float] = {
    "certification": 3.0,
    "license": 3.0,
    "education": 2.0,
    "tool": 2.0,
    "hard_skill": 2.0,
    "regulation": 1.5,
    "duty": 1.0,
    "title": 1.0,
    "soft_skill": 1.0,
}

_PREFERRED_HEADING = re.compile(r"^\W*(preferred|desired|bonus|nice[- ]to[- ]have|additional|plus)\b.*$", re.IGNORECASE)
_REQUIRED_HEADING = re.compile(
    r"^\W*(requirements?|required|qualifications?|minimum qualifications|basic qualifications|"
    r"requirements and qualifications|what you need|what you(?:'|’)ll need|who you are|must[- ]haves?|"
    r"skills|education|experience)\b.*$",
    re.IGNORECASE,
)
_HEADING_MAX_WORDS = 6
_SENTENCE_SPLIT = re.compile(r"(?<=[.;!?])\s+(?=[A-Z0-9])|\n")
_BULLET = re.compile(r"^\s*(?:[-*•●▪◦‣·o]|\d+[.)])\s+")
_JOIN_WORDS = {"and", "or", "of", "the", "a", "an", "to", "for", "in", "with", "&"}


def _is_heading(line: str, alone: bool = False) -> bool:
    """A short line without a full stop whose words are capitalised or that ends in a colon,
    or (``alone``: blank lines around it) any short line without end punctuation."""
    stripped = line.strip()
    words = stripped.rstrip(":").split()
    if not 0 < len(words) <= _HEADING_MAX_WORDS or _BULLET.match(line) or stripped.endswith((".", ",", ";")):
        return False
    capitalised = all(w[0].isupper() or w.lower() in _JOIN_WORDS or not w[0].isalpha() for w in words)
    return stripped.endswith(":") or capitalised or stripped.isupper() or (alone and len(words) <= 4)


def _statements(text: str) -> Iterable[tuple[int, int, str, RequirementKind, bool]]:
    """Split a posting into statements: ``(start, end, text, heading kind, is_requirement)``.

    Under a requirements heading every line is a requirement; under a duties heading or
    in an introduction none is. A posting with no requirements heading at all (one
    paragraph of prose, or a bare list) gives requirements from the bullet points and
    sentences that state one ("must", "years", "degree", "preferred", ...).
    """
    lines = text.splitlines(keepends=True)
    blank = [not line.strip() for line in lines]
    headings = [
        not blank[i] and _is_heading(line, (i == 0 or blank[i - 1]) and (i + 1 == len(lines) or blank[i + 1]))
        for i, line in enumerate(lines)
    ]
    has_requirement_heading = any(
        headings[i] and (_REQUIRED_HEADING.match(line.strip()) or _PREFERRED_HEADING.match(line.strip()))
        for i, line in enumerate(lines)
    )
    heading: RequirementKind = "required"
    under_requirements = False
    offset = 0
    pending: list[tuple[int, str]] = []  # a bullet point wrapped over several lines

    def flush() -> tuple[int, int, str, RequirementKind, bool]:
        """The statement the ``pending`` lines make (a plain function: it runs for every
        line, and a generator per line cost more than the statements themselves)."""
        start = pending[0][0]
        end = pending[-1][0] + len(pending[-1][1].rstrip())
        joined = " ".join(piece.strip() for _, piece in pending)
        pending.clear()
        statement = _BULLET.sub("", joined, count=1).strip()
        is_requirement = under_requirements if has_requirement_heading else is_requirement_like(statement)
        return start, end, statement, heading, is_requirement

    for i, line in enumerate(lines):
        stripped = line.strip()
        if headings[i]:
            if pending:
                yield flush()
            if _PREFERRED_HEADING.match(stripped):
                heading, under_requirements = "preferred", True
            elif _REQUIRED_HEADING.match(stripped):
                heading, under_requirements = "required", True
            else:
                heading, under_requirements = "required", False
        elif not stripped:
            if pending:
                yield flush()
        elif (bullet := _BULLET.match(line) is not None) or not pending:
            # a new bullet, or prose: prose is split into sentences
            if pending:
                yield flush()
            if bullet:
                pending.append((offset, line))
            else:
                position = 0
                for piece in _SENTENCE_SPLIT.split(line):
                    index = line.find(piece, position)
                    position = index + len(piece)
                    if piece.strip():
                        pending.append((offset + index, piece))
                        yield flush()
        else:  # the continuation of a wrapped bullet point
            pending.append((offset, line))
        offset += len(line)
    if pending:
        yield flush()


def analyze_job(document: Document, mentions: Iterable[Mention], vocabulary: Vocabulary) -> JobProfile:
    """Build a JobProfile from a posting's text and the mentions found in it.

    Every statement contributes its terms (required unless softened); statements under
    a requirements heading, or that read as requirements in a posting without one,
    also become :class:`Requirement` objects with their years, degree level and setting.
    """
    mentions = tuple(mentions)
    # Mention indices by start offset: each statement's mentions are two binary searches
    # away (then put back in the given order, which decides ties between statements).
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    starts = [mentions[i].start for i in order]
    text = document.text
    kinds: dict[str, RequirementKind] = {}
    first_text: dict[str, str] = {}
    requirements: list[Requirement] = []
    for start, end, statement, heading, is_requirement in _statements(text):
        inside = [mentions[i] for i in sorted(order[bisect_left(starts, start) : bisect_left(starts, end)])]
        if not inside and not is_requirement:
            continue  # a duty or introduction line naming no term: nothing to read in it
        # Only a requirement needs all the facts; for a line of duties, how firmly it is
        # written (the kind, which read_statement would give the same) is enough.
        facts = read_statement(statement, heading) if is_requirement else None
        firmness = facts.kind if facts is not None else statement_kind(statement, heading)
        main_end = start + main_clause_end(text[start:end]) if inside else end
        for mention in inside:
            kind = firmness if mention.start < main_end else "preferred"
            if kinds.get(mention.term_id) != "required":
                kinds[mention.term_id] = kind
            first_text.setdefault(mention.term_id, statement)
        if facts is not None:
            term_ids = tuple(dict.fromkeys(m.term_id for m in inside if m.status != "negated"))
            aspect = facts.aspect
            if aspect == "terms" and not term_ids:
                aspect = "other"
            elif aspect == "terms" and all(
                vocabulary.get(t).category in ("certification", "license") for t in term_ids
            ):
                aspect = "credential"
            requirements.append(
                Requirement(
                    text=statement,
                    kind=facts.kind,
                    term_ids=term_ids,
                    years=facts.years,
                    level=facts.level,
                    subject=facts.subject if facts.years is not None else facts.field,
                    aspect=aspect,
                    setting=facts.setting,
                )
            )
    terms = tuple(
        JobTerm(
            term_id=term_id,
            name=term.name,
            category=term.category,
            kind=kind,
            weight=TERM_WEIGHTS.get(term.category, 1.0),
            text=first_text.get(term_id, ""),
        )
        for term_id, kind in kinds.items()
        for term in (vocabulary.get(term_id),)
    )
    return JobProfile(
        source=document.source,
        text=text,
        title=_title(document, mentions),
        terms=terms,
        requirements=tuple(requirements),
        mentions=mentions,
    )


_HIRING = re.compile(
    r"\b(?:seeking|hiring|looking\s+for|recruiting|searching\s+for)\s+(?:an?\s+|our\s+next\s+)?"
    r"(?:[a-z][\w-]*,?\s+(?:and\s+)?){0,4}?(?P<title>(?:[A-Z][\w&/-]*\s?){1,5}?)(?=\s+(?:to|who|for|at|in|with)\b|[.,;]|$)"
)
_TITLE_LINE = re.compile(r"^(?:job\s+)?(?:title|position|role)\s*:\s*(?P<title>.+)$", re.IGNORECASE | re.MULTILINE)
# Its case-sensitive twin, for lower-cased ASCII postings: the same matches, faster.
_TITLE_LINE_LOWER = re.compile(_TITLE_LINE.pattern, re.MULTILINE)


def _title(document: Document, mentions: tuple[Mention, ...]) -> str | None:
    """The posting's title: a "Title:" line, then "hiring a <Title>", then a title term
    near the top, then a short first line."""
    text = document.text
    labelled = _TITLE_LINE_LOWER.search(text.lower()) if text.isascii() else _TITLE_LINE.search(text)
    if labelled:
        return text[labelled.start("title") : labelled.end("title")].strip()
    hiring = _HIRING.search(text)
    if hiring and hiring.group("title").strip():
        return hiring.group("title").strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head_end = text.find(lines[0]) + len(lines[0]) if lines else 0
    for mention in mentions:
        if mention.category == "title" and mention.start <= head_end + 200:
            return mention.name
    first = lines[0].rstrip(":") if lines else ""
    if first and len(first.split()) <= 8 and not (_REQUIRED_HEADING.match(first) or _PREFERRED_HEADING.match(first)):
        return first
    return None
