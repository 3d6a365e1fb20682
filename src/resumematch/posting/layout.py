"""A posting's statements (a bullet point, a sentence of prose, a clause of a list written
between semicolons), each with the kind its heading gives and whether it is a requirement.

The walk over a posting's lines (``lines.py``: headings, bullets, wrapped paragraphs,
title) that cuts its prose (``prose.py``: sentences and clauses) and decides, from the
section each statement stands in, whether it asks something of the candidate. Kept apart
from ``analysis.py`` (which gives each statement its terms and facts) because these rules
are about how a posting is written down, whatever it asks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import NamedTuple

from ..models import RequirementKind
from .asks import (
    asks_the_candidate,
    firmly_asks_the_candidate,
    is_a_duty_or_lead_in,
    is_about_the_employer,
    is_requirement_like,
)
from .headings import describes_the_employer, heading_kind, is_section_name, offers_section, opens_section
from .hire import hire_description
from .lines import BULLET, in_bare_list, posting_lines, title_line, unwrap
from .prose import is_sentence, label_kind, prose_statements
from .qualities import quality_items

__all__ = ["PostingStatement", "posting_statements"]

# A list item's label: a few capitalised words and a colon ("Report Writing: An ability to ...").
_ITEM_LABEL = re.compile(r"[A-Z][\w&/'’-]*(?:\s+[\w&/'’-]+){0,4}:\s+\S")
# A person specification's line in capitals, under its Essential or Desirable column ("Care
# Certificate", "Experience of ECGs", "Knowledge of EMIS Web", "NVQ Level 3 in Business
# Administration"): an item of the column, not a heading that ends it. By word class: a noun
# of what is asked with its object ("Experience of", "Knowledge of", "Ability to"), or the
# name of a credential's kind.
_ITEM_IN_CAPITALS = re.compile(
    r"^(?:(?:Proven|Previous|Recent|Relevant|Demonstrable|Good|Excellent|Strong|Sound|Working)\s+)?"
    r"(?:Experience|Knowledge|Understanding|Awareness|Ability|Evidence|Proficiency|Competence)\s+(?:of|in|with|to)\s"
    r"|\b(?:Level\s+\d|NVQ|GCSE|BTEC|Certificate|Diploma|Degree|Registration|Licen[cs]e)\b(?!.*:$)"
)
_TO_THE_CANDIDATE = re.compile(r"\b(?:you|your|candidates?|applicants?)\b", re.IGNORECASE)
_FIRMNESS_LABEL = re.compile(
    r"(?:essential|desirable|required|preferred|optional|nice[- ]to[- ]have|must[- ]haves?|bonus)\s*:", re.IGNORECASE
)


class PostingStatement(NamedTuple):
    """One statement of a posting: where it is in the text, its text (without its bullet),
    the kind its heading or label gives, and whether it is a requirement to judge."""

    start: int
    end: int
    text: str
    kind: RequirementKind
    is_requirement: bool


def _quality_statements(statement: PostingStatement) -> Iterator[PostingStatement]:
    """A requirement sentence that lists qualities as one requirement per quality
    (:mod:`.qualities`), else the statement as it is."""
    start, end, text, kind, is_requirement = statement
    items = quality_items(text) if is_requirement and "," in text else []
    if not items:
        yield statement
        return
    for item_start, item_end in items:
        yield PostingStatement(start + item_start, min(start + item_end, end), text[item_start:item_end], kind, True)


def posting_statements(text: str, body_end: int | None = None) -> Iterable[PostingStatement]:
    """Split a posting into statements: ``(start, end, text, heading kind, is_requirement)``.

    A statement is a bullet point (with the lines it wraps onto), or a sentence of prose
    (hard-wrapped paragraphs read whole), or a clause of a sentence that lists them
    between semicolons (docs/scoring.md). Under a requirements heading every statement
    is a requirement; under a duties heading or in an introduction none is. A posting
    with no requirements heading at all (one paragraph of prose, or a bare list) gives
    requirements from the statements that state one ("must", "years", "degree",
    "preferred", ...). ``body_end``: where the posting's own text ends and the list of
    the requirements its fields state begins (``formats.fields_start``), whose heading
    is not the body's.
    """
    if body_end is None:
        body_end = len(text)
    lines, headings, bullets = posting_lines(text)
    # The fields' own list (a front matter's degree, from ``body_end`` on) does not tell how
    # the body is written.
    starts = list(accumulate((len(line) for line in lines[:-1]), initial=0))
    has_requirement_heading = any(
        headings[i] and starts[i] < body_end and heading_kind(line.strip())[1] for i, line in enumerate(lines)
    )
    heading: RequirementKind = "required"
    under_requirements = False
    # A section's list ends at the first paragraph of prose after it; from there on, until
    # the next heading, statements are read as in a posting without headings.
    listed = free = False
    # Prose outside a duties, benefits or about-us section (the introduction, under the
    # title) may still state a requirement outright (opens_section).
    open_section = True
    offered = False  # under a section of what the employer gives: no statements
    about = False  # under a description of the employer: no statements but those to the candidate
    offset = 0
    pending: list[tuple[int, str]] = []  # a bullet point wrapped over several lines

    def flush(label: RequirementKind | None = None, prose: bool = False, item: bool = False) -> PostingStatement:
        """The statement the ``pending`` lines make (a plain function: it runs for every
        line, and a generator per line cost more than the statements themselves);
        ``label``: the kind a requirements label in its sentence gives it; ``prose``: a
        sentence of prose, not a bullet point, which must address the candidate;
        ``item``: a line of a list that lost its bullets."""
        start = pending[0][0]
        end = pending[-1][0] + len(pending[-1][1].rstrip())
        joined = " ".join(piece.strip() for _, piece in pending)
        if "\n" in joined:
            joined = unwrap(joined)
        pending.clear()
        statement = BULLET.sub("", joined, count=1).strip()
        if label is not None:
            return PostingStatement(start, end, statement, label if label == "preferred" else heading, True)
        is_requirement = under_requirements if has_requirement_heading and not free else is_requirement_like(statement)
        if not is_requirement and prose and open_section and firmly_asks_the_candidate(statement):
            is_requirement = True  # "The successful candidate must be ...", in the introduction
        if is_requirement and (
            is_about_the_employer(statement)
            or is_a_duty_or_lead_in(statement)
            or (prose and not item and is_sentence(statement) and not asks_the_candidate(statement))
        ):
            is_requirement = False
        if not is_requirement and prose and (described := hire_description(statement)) is not None:
            # "We are looking for a friendly, organised ...": the hire's qualities, wherever they stand
            return PostingStatement(
                start + described[0], start + described[1], statement[described[0] : described[1]], heading, True
            )
        return PostingStatement(start, end, statement, heading, is_requirement)

    title = title_line(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i == title:
            # The posting's title ("Registered Nurse - All Specialties (Bank and Permanent
            # Posts)"): its terms count, but it asks nothing and opens no section.
            yield PostingStatement(offset, offset + len(line.rstrip()), stripped, heading, False)
        elif headings[i] and not (
            under_requirements and _ITEM_IN_CAPITALS.search(stripped) and not is_section_name(stripped)
        ):
            if pending:
                yield flush()
            heading, under_requirements = heading_kind(stripped)
            open_section = opens_section(stripped)
            offered = offers_section(stripped)
            about = describes_the_employer(stripped)
            listed = free = False
            # A heading names terms too ("Experience with Epic EHR" heads the lines after
            # it, or is an item of a list that lost its bullets): they count, as asked
            # by the heading, but a heading is no requirement to judge.
            yield PostingStatement(offset, offset + len(line.rstrip()), stripped, heading, False)
        elif not stripped:
            if pending:
                yield flush()
        elif (
            about
            and not _TO_THE_CANDIDATE.search(stripped)
            and not is_requirement_like(stripped)
            and hire_description(stripped) is None
        ):
            # the employer, its unit or team described: no ask, not even the field of the job
            # (a line that states an ask or describes the hire still does: "Essential: ...")
            if pending:
                yield flush()
        elif offered and (offered := not is_sentence(stripped)):
            # an item of what the employer gives ("Support for BSc and MSc"): no ask; a
            # sentence of prose ends the list ("A driving license is essential ...")
            if pending:
                yield flush()
            listed = listed or bool(bullets[i])
        elif (bullet := bullets[i]) or not pending:
            # a new bullet, or prose: prose is split into sentences
            if pending:
                yield flush()
            if bullet:
                pending.append((offset, line))
                listed = True
            elif (
                under_requirements
                and not free
                and "\n" not in line.rstrip("\n")
                and _ITEM_LABEL.match(stripped)
                # "Essential: NVQ Level 3 ...; previous administrative experience. Desirable: ...":
                # a label of firmness opens clauses of its kind, read as prose (prose.py);
                # a topic's label ("License: MD/DO") stays with its item
                and not _FIRMNESS_LABEL.match(stripped)
            ):
                # "Analytical Skills: Proven ability to ... Experience doing so ... is a plus.":
                # an item of a list that lost its bullets, one requirement however many sentences
                pending.append((offset, line))
                yield flush("preferred" if label_kind(stripped).kind == "preferred" else None)
            else:
                if listed and (i == 0 or not lines[i - 1].strip()) and is_sentence(stripped):
                    heading, free = "required", True
                # A line among others of its kind, under a requirements heading, is an item of
                # a list that lost its bullets, even when it reads as a sentence.
                item = under_requirements and not free and in_bare_list(lines, headings, i)
                for index, piece, label in prose_statements(line):
                    pending.append((offset + index, piece))
                    yield from _quality_statements(flush(label, prose=True, item=item))
        else:  # the continuation of a wrapped bullet point
            pending.append((offset, line))
        offset += len(line)
    if pending:
        yield flush()
