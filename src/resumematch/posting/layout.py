"""A posting's layout: its lines, headings, bullet points and wrapped paragraphs, and the
statements they make (a bullet point, a sentence of prose, a clause of a list written
between semicolons), each with the kind its heading gives and whether it is a requirement.

Kept apart from ``analysis.py`` (which gives each statement its terms and facts) because
these rules are about how a posting is written down, whatever it asks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..models import RequirementKind
from .asks import (
    asks_the_candidate,
    firmly_asks_the_candidate,
    is_a_duty_or_lead_in,
    is_about_the_employer,
    is_requirement_like,
)
from .headings import (
    CANDIDATE_LEAD_IN,
    PREFERRED_HEADING,
    QUESTION_HEADING,
    REQUIRED_HEADING,
    heading_kind,
    is_section_name,
    opens_section,
)
from .hire import hire_description
from .qualities import quality_items

__all__ = ["posting_statements"]

# A requirement written as a field and its value ("License: MD/DO", "Certification: BLS").
_REQUIREMENT_FIELD_LINE = re.compile(
    r"^(?:licen[cs]e|licensure|certifications?|registration|degree|education)\s*:\s+\S", re.IGNORECASE
)
_HEADING_MAX_WORDS = 6
_LEAD_IN_MAX_WORDS = 10
# A line of prose this long is a sentence, which must address the candidate to be a
# requirement; a shorter one is an item of a list that lost its bullets.
_SENTENCE_WORDS = 10
# Sentences end at . ! ?; semicolons cut clauses (_prose_statements), which a label and a
# qualifying clause reach across.
# Pasted text loses the space after a question ("... looking for Band 6 position?We are
# looking for ..."); after a full stop that is an abbreviation's ("e.g.", "U.S.").
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])|(?<=[a-z][?!])(?=[A-Z][a-z])")
# A list item's label: a few capitalised words and a colon ("Report Writing: An ability to ...").
_ITEM_LABEL = re.compile(r"[A-Z][\w&/'’-]*(?:\s+[\w&/'’-]+){0,4}:\s+\S")
_LABEL = re.compile(r"[^\W\d][^:\n.;]{0,38}:\s+")
# A clause that only qualifies the one before it stays with it: "3+ years of nursing
# experience; hospital experience preferred" is one requirement with a preferred setting.
_QUALIFYING_CLAUSE = re.compile(
    r"\s*(?:preferabl|ideally)|[^;]{0,60}?\b(?:preferred|desired|a plus|nice to have)\W*$", re.IGNORECASE
)
# A line that ends on one of these characters or words has not ended its sentence.
_OPEN_END_CHARACTERS = ",&/(–—-"
_OPEN_END_WORDS = frozenset({
    "and", "or", "nor", "but", "of", "the", "a", "an", "to", "for", "in", "into", "on", "onto", "with", "within",
    "without", "from", "by", "via", "as", "at", "about", "across", "between", "through", "over", "under",
    "including", "such", "than", "our", "your", "their", "its", "this", "that", "these", "those", "is", "are", "be",
    "will", "can", "must", "should", "who", "which",
})  # fmt: skip
_CLOSING_MARKS = "\"'”’)]"
_TRAILING_WORD = re.compile(r"\w+$")
# "." too: NHS Jobs pastes its bullets as a full stop and a space (". RMN / RNLD").
_BULLET = re.compile(r"^\s*(?:[-*•●▪◦‣·o.]|\d+[.)])\s+")
_JOIN_WORDS = {"and", "or", "of", "the", "a", "an", "to", "for", "in", "with", "&"}


def _is_heading(line: str, alone: bool = False) -> bool:
    """A short line without a full stop whose words are capitalised or that ends in a colon,
    or (``alone``: blank lines around it) any short line without end punctuation."""
    stripped = line.strip()
    if stripped.endswith((":-", "…", "...")):
        # "About the Division / Speciality / Service :-", "You are…": a colon by another mark
        stripped = stripped.rstrip(".…-").rstrip() + ":"
    # Words, not the slashes and dashes between them ("Division / Speciality / Service").
    words = [w for w in stripped.rstrip(":").split() if any(c.isalnum() for c in w)]
    # A line that ends in a colon and stands alone leads in to what follows, though it is
    # longer than a heading ("What we would like to give you:").
    most = _LEAD_IN_MAX_WORDS if alone and stripped.endswith(":") else _HEADING_MAX_WORDS
    if not 0 < len(words) <= most or _BULLET.match(line) or stripped.endswith((".", ",", ";")):
        return False
    if _REQUIREMENT_FIELD_LINE.match(stripped):
        return False  # "License: MD/DO": a requirement stated as a field, not a heading
    capitalised = all(w[0].isupper() or w.lower() in _JOIN_WORDS or not w[0].isalpha() for w in words)
    if stripped.endswith(":") or capitalised or stripped.isupper() or (alone and len(words) <= 4):
        return True
    # "Required qualifications", "What you'll do": a section's name in sentence case
    return len(words) <= 4 and is_section_name(stripped)


def _is_sentence(statement: str) -> bool:
    """A line of prose that reads as a sentence (long, ending in a full stop), not an item
    of a list that lost its bullets ("Bachelor's degree in nursing from an accredited program")."""
    return len(statement.split()) >= _SENTENCE_WORDS and statement.rstrip("\"'”’)").endswith((".", "!", "?"))


def _unwrap(text: str) -> str:
    """A paragraph's text with each line break and the spaces around it made one space; a
    word broken at its hyphen ("scikit-" / "learn") is joined as written."""
    lines = [line.strip() for line in text.split("\n")]
    joined = lines[0]
    for line in lines[1:]:
        if line:
            hyphen = joined[-1:] == "-" and joined[-2:-1].isalnum() and line[0].isalnum()
            joined += line if hyphen else " " + line
    return joined


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` visibly carries on the sentence of ``previous``: the line above
    ends mid-sentence, and either this one starts with a lower-case word (or a bracket) or
    the line above ends on a comma or a word that cannot end a sentence ("...orchestration
    with Kubernetes or" / "ECS; strong grasp of SQL ...")."""
    tail = previous.rstrip()
    if not tail or tail.rstrip(_CLOSING_MARKS)[-1:] in (".", "!", "?", ":", ""):
        return False
    words = line.split(maxsplit=1)
    first = words[0] if words else ""
    # "eClinicalWorks", "iPhone": a name, which may start a list item
    if first.islower() or first.startswith("(") or tail[-1] in _OPEN_END_CHARACTERS:
        return True
    last_word = _TRAILING_WORD.search(tail[-20:])
    return last_word is not None and last_word.group(0).lower() in _OPEN_END_WORDS


def _wrapped_paragraphs(
    lines: list[str], blank: list[bool], heading: list[bool], bullet: list[bool]
) -> list[tuple[int, int]]:
    """``(first, end)`` line indices of each hard-wrapped paragraph of a posting, as
    e-mailed and plain-text postings are written.

    A run of prose lines (not blank, headings or bullet points) is one paragraph when
    somewhere in it a line visibly carries on the sentence above (:func:`_continues`):
    then its other breaks ("...expertise in Hugging Face" / "Transformers; ...") are the
    same wrapping. A run with none is a bare list, one item per line, and each line stays
    apart ("BLS certification" / "3+ years of clinical experience"). A bullet point's
    wrapped lines are joined to it anyway, when the statements are read.
    """
    prose = [not (b or h or u) for b, h, u in zip(blank, heading, bullet, strict=True)]
    paragraphs: list[tuple[int, int]] = []
    for i in [i for i in range(1, len(lines)) if prose[i] and prose[i - 1]]:
        if paragraphs and paragraphs[-1][1] == i:
            paragraphs[-1] = (paragraphs[-1][0], i + 1)  # the run goes on
        else:
            paragraphs.append((i - 1, i + 1))
    return [
        (first, end)
        for first, end in paragraphs
        if any(_continues(lines[k - 1], lines[k]) for k in range(first + 1, end))
    ]


def _label_kind(sentence: str) -> tuple[int, RequirementKind | None]:
    """Where a sentence's text starts after a requirements label ("Requirements: ...",
    "Nice to have: ..."), and the kind the label gives; ``(0, None)`` without one."""
    label = _LABEL.match(sentence)
    if label is None:
        return 0, None
    name = label.group(0).rstrip().rstrip(":")
    if PREFERRED_HEADING.match(name):
        return label.end(), "preferred"
    if REQUIRED_HEADING.match(name):
        return label.end(), "required"
    return 0, None


def _prose_statements(paragraph: str) -> Iterator[tuple[int, str, RequirementKind | None]]:
    """``(offset, text, label kind)`` of each statement of a prose paragraph.

    A paragraph is split into sentences, and a sentence into the clauses it lists
    between semicolons ("Requirements: 4+ years of Python; deep knowledge of asyncio;
    ..."): each clause is one requirement, with the terms it names and no others. A
    clause that qualifies the one before ("...; hospital experience preferred") stays
    with it. A sentence that opens with a requirements label makes each of its clauses
    a requirement, of the label's kind.
    """
    position = 0
    for sentence in _SENTENCE_SPLIT.split(paragraph):
        index = paragraph.find(sentence, position)
        position = index + len(sentence)
        if not sentence.strip():
            continue
        start, kind = _label_kind(sentence) if ":" in sentence else (0, None)
        clauses: list[list[int]] = []
        for clause_start, clause_end in _clause_bounds(sentence, start):
            if clauses and _QUALIFYING_CLAUSE.match(sentence, clause_start, clause_end):
                clauses[-1][1] = clause_end
            else:
                clauses.append([clause_start, clause_end])
        for clause_start, clause_end in clauses:
            text = sentence[clause_start:clause_end]
            if text.strip():
                yield index + clause_start, text, kind


# "..., you will understand safeguarding policy and practice and have the ability to assess
# risk": a second verb of what the candidate has or is starts a second requirement.
# "You should be educated to 1st level RGN, have excellent verbal and written communication
# skills ...": so does a comma before such a verb.
_SECOND_REQUIREMENT = re.compile(
    r"(?<=\w)(?:\s+and|,)\s+(?=(?:have|be|hold|possess|demonstrate|understand|show)\s+(?:an?|the|good|excellent|strong|"
    r"proven|(?:\w+\s+){1,2}(?:skills|experience|knowledge|qualified|registered))\b)",
    re.IGNORECASE,
)


# "The post holder will oversee the ward and therefore leadership qualities, skills and
# attributes would be essential": a duty, then what it takes, which is a requirement.
_CONSEQUENT_ASK = re.compile(
    r",?\s+(?:and\s+)?(?:therefore|so|thus|hence)\s+(?=[^.;]{0,100}?\b(?:would|will|is|are)\s+(?:be\s+)?"
    r"(?:essential|required|necessary|desirable|a\s+must)\b)",
    re.IGNORECASE,
)


def _clause_bounds(sentence: str, start: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each clause of ``sentence`` from ``start``, cut at semicolons,
    before a second requirement's verb ("... and have the ability to ...") and before
    what a duty makes essential ("... and therefore leadership skills would be essential")."""
    cuts = [(m.start(), m.end()) for m in re.finditer(";", sentence)]
    if (" and " in sentence or ", " in sentence) and not is_a_duty_or_lead_in(sentence):
        cuts = sorted(cuts + [(m.start(), m.end()) for m in _SECOND_REQUIREMENT.finditer(sentence)])
    if any(word in sentence for word in ("therefore", "so ", "thus", "hence")):
        cuts = sorted(cuts + [(m.start(), m.end()) for m in _CONSEQUENT_ASK.finditer(sentence)])
    for cut, resume in cuts:
        if cut >= start:
            yield start, cut
            start = resume
    yield start, len(sentence)


def _posting_lines(text: str) -> tuple[list[str], list[bool], list[bool]]:
    """A posting's lines, each with whether it is a heading and whether it is a bullet
    point; the lines of a hard-wrapped paragraph are joined into one, their line breaks
    kept (so that offsets still add up), so that a sentence is read whole."""
    physical = text.splitlines(keepends=True)
    blank = [not line.strip() for line in physical]
    heading = [
        not blank[i]
        and (
            _is_heading(line, (i == 0 or blank[i - 1]) and (i + 1 == len(physical) or blank[i + 1]))
            or (CANDIDATE_LEAD_IN.match(line) is not None and not _BULLET.match(line))
            or (
                QUESTION_HEADING.match(line) is not None
                and (i == 0 or blank[i - 1])
                and (i + 1 == len(physical) or blank[i + 1])
                and len(line.split()) <= 14
            )
        )
        for i, line in enumerate(physical)
    ]
    for i in [i for i, is_heading in enumerate(heading) if is_heading and i]:
        # a short line that carries on the sentence above is no heading ("(Feast or Tecton), and")
        if not blank[i - 1] and not heading[i - 1] and _continues(physical[i - 1], physical[i]):
            heading[i] = False
    bullet = [not empty and _BULLET.match(line) is not None for line, empty in zip(physical, blank, strict=True)]
    paragraphs = _wrapped_paragraphs(physical, blank, heading, bullet)
    if not paragraphs:
        return physical, heading, bullet
    lines: list[str] = []
    headings: list[bool] = []
    bullets: list[bool] = []
    done = 0
    for first, end in paragraphs:
        lines += [*physical[done:first], "".join(physical[first:end])]
        headings += [*heading[done:first], False]
        bullets += [*bullet[done:first], bullet[first]]
        done = end
    return lines + physical[done:], headings + heading[done:], bullets + bullet[done:]


def _in_bare_list(lines: list[str], headings: list[bool], i: int) -> bool:
    """Whether line ``i`` is one line of a run of lines of one sentence each (no blank
    line, heading or wrapped paragraph between them): a list whose bullets were lost. A
    line of several sentences is a paragraph of prose."""

    def one_sentence(k: int) -> bool:
        line = lines[k].strip()
        return bool(line) and not headings[k] and "\n" not in line and len(_SENTENCE_SPLIT.split(line)) == 1

    return one_sentence(i) and any(one_sentence(k) for k in (i - 1, i + 1) if 0 <= k < len(lines))


def _quality_statements(
    statement: tuple[int, int, str, RequirementKind, bool],
) -> Iterator[tuple[int, int, str, RequirementKind, bool]]:
    """A requirement sentence that lists qualities as one requirement per quality
    (:mod:`.qualities`), else the statement as it is."""
    start, end, text, kind, is_requirement = statement
    items = quality_items(text) if is_requirement and "," in text else []
    if not items:
        yield statement
        return
    for item_start, item_end in items:
        yield start + item_start, min(start + item_end, end), text[item_start:item_end], kind, True


_TITLE_MAX_WORDS = 12


# Words a title does not use, which make a first line an item of a bare list instead.
_NOT_A_TITLE = re.compile(r"\b(?:years?|must|required|preferred|degree|certified|certification)\b|:", re.IGNORECASE)


def _title_line(lines: list[str]) -> int | None:
    """The index of the posting's first line when it reads as its title: short, with no
    end punctuation, not a section's name nor an ask, and heading a block of at most two
    lines (the title and the employer), not a list."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    line = lines[first].strip()
    if "\n" in line or len(line.split()) > _TITLE_MAX_WORDS or line.endswith((".", "!", "?", ";", ",")):
        return None
    block = 1
    while first + block < len(lines) and lines[first + block].strip():
        block += 1
    if block > 2 or _NOT_A_TITLE.search(line) or is_section_name(line):
        return None
    return first


def posting_statements(text: str) -> Iterable[tuple[int, int, str, RequirementKind, bool]]:
    """Split a posting into statements: ``(start, end, text, heading kind, is_requirement)``.

    A statement is a bullet point (with the lines it wraps onto), or a sentence of prose
    (hard-wrapped paragraphs read whole), or a clause of a sentence that lists them
    between semicolons (docs/scoring.md). Under a requirements heading every statement
    is a requirement; under a duties heading or in an introduction none is. A posting
    with no requirements heading at all (one paragraph of prose, or a bare list) gives
    requirements from the statements that state one ("must", "years", "degree",
    "preferred", ...).
    """
    lines, headings, bullets = _posting_lines(text)
    has_requirement_heading = any(headings[i] and heading_kind(line.strip())[1] for i, line in enumerate(lines))
    heading: RequirementKind = "required"
    under_requirements = False
    # A section's list ends at the first paragraph of prose after it; from there on, until
    # the next heading, statements are read as in a posting without headings.
    listed = free = False
    # Prose outside a duties, benefits or about-us section (the introduction, under the
    # title) may still state a requirement outright (opens_section).
    open_section = True
    offset = 0
    pending: list[tuple[int, str]] = []  # a bullet point wrapped over several lines

    def flush(
        label: RequirementKind | None = None, prose: bool = False, item: bool = False
    ) -> tuple[int, int, str, RequirementKind, bool]:
        """The statement the ``pending`` lines make (a plain function: it runs for every
        line, and a generator per line cost more than the statements themselves);
        ``label``: the kind a requirements label in its sentence gives it; ``prose``: a
        sentence of prose, not a bullet point, which must address the candidate;
        ``item``: a line of a list that lost its bullets."""
        start = pending[0][0]
        end = pending[-1][0] + len(pending[-1][1].rstrip())
        joined = " ".join(piece.strip() for _, piece in pending)
        if "\n" in joined:
            joined = _unwrap(joined)
        pending.clear()
        statement = _BULLET.sub("", joined, count=1).strip()
        if label is not None:
            return start, end, statement, label if label == "preferred" else heading, True
        is_requirement = under_requirements if has_requirement_heading and not free else is_requirement_like(statement)
        if not is_requirement and prose and open_section and firmly_asks_the_candidate(statement):
            is_requirement = True  # "The successful candidate must be ...", in the introduction
        if is_requirement and (
            is_about_the_employer(statement)
            or is_a_duty_or_lead_in(statement)
            or (prose and not item and _is_sentence(statement) and not asks_the_candidate(statement))
        ):
            is_requirement = False
        if not is_requirement and prose and (described := hire_description(statement)) is not None:
            # "We are looking for a friendly, organised ...": the hire's qualities, wherever they stand
            return start + described[0], start + described[1], statement[described[0] : described[1]], heading, True
        return start, end, statement, heading, is_requirement

    title_line = _title_line(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i == title_line:
            # The posting's title ("Registered Nurse - All Specialties (Bank and Permanent
            # Posts)"): its terms count, but it asks nothing and opens no section.
            yield offset, offset + len(line.rstrip()), stripped, heading, False
        elif headings[i]:
            if pending:
                yield flush()
            heading, under_requirements = heading_kind(stripped)
            open_section = opens_section(stripped)
            listed = free = False
            # A heading names terms too ("Experience with Epic EHR" heads the lines after
            # it, or is an item of a list that lost its bullets): they count, as asked
            # by the heading, but a heading is no requirement to judge.
            yield offset, offset + len(line.rstrip()), stripped, heading, False
        elif not stripped:
            if pending:
                yield flush()
        elif (bullet := bullets[i]) or not pending:
            # a new bullet, or prose: prose is split into sentences
            if pending:
                yield flush()
            if bullet:
                pending.append((offset, line))
                listed = True
            elif under_requirements and not free and "\n" not in line.rstrip("\n") and _ITEM_LABEL.match(stripped):
                # "Analytical Skills: Proven ability to ... Experience doing so ... is a plus.":
                # an item of a list that lost its bullets, one requirement however many sentences
                pending.append((offset, line))
                yield flush(_label_kind(stripped)[1] if _label_kind(stripped)[1] == "preferred" else None)
            else:
                if listed and (i == 0 or not lines[i - 1].strip()) and _is_sentence(stripped):
                    heading, free = "required", True
                # A line among others of its kind, under a requirements heading, is an item of
                # a list that lost its bullets, even when it reads as a sentence.
                item = under_requirements and not free and _in_bare_list(lines, headings, i)
                for index, piece, label in _prose_statements(line):
                    pending.append((offset + index, piece))
                    yield from _quality_statements(flush(label, prose=True, item=item))
        else:  # the continuation of a wrapped bullet point
            pending.append((offset, line))
        offset += len(line)
    if pending:
        yield flush()
